/**
 * "Where will this show?": where each question of a playbook lands in the sidebar for some sample
 * records, worked out by the same selection the sidebar uses (buildCards): its rank, beyond the
 * question limit (hidden behind "Show all"), not picked for that record, or never (its condition
 * looks at a field no supported CRM reads, so it can never be true).
 */
import type { Playbook } from '../playbook/schema';
import type { CrmRecord, FieldName } from '../record';
import { buildAliasIndex, conditionFields } from './conditions';
import { buildCards, DEFAULT_QUESTION_LIMIT } from './select';

export type Placement =
  /** Shown among the first `limit` questions, at `rank` (from 1). */
  | { kind: 'shown'; rank: number }
  /** Picked at `rank`, but only after "Show all": beyond the first `limit`. */
  | { kind: 'beyond'; rank: number; limit: number }
  /** Not picked for this record (its stage or condition does not fit, or it has nothing left to learn). */
  | { kind: 'notPicked' };

export type QuestionPlacement =
  | { kind: 'never'; field: FieldName }
  | { kind: 'records'; records: { recordId: string; placement: Placement }[] };

/** Per question (same order as `playbook.questions`), where it shows on each record. */
export function questionPlacements(playbook: Playbook, records: readonly CrmRecord[], readable: ReadonlySet<FieldName>): QuestionPlacement[] {
  const limit = playbook.questionLimit ?? DEFAULT_QUESTION_LIMIT;
  const aliases = buildAliasIndex(playbook.aliases);
  const ranks = records.map((record) => {
    const cards = buildCards(playbook, record, new Set(), aliases);
    return new Map(cards.questions.map((q, index) => [q.question.id, index + 1]));
  });
  return playbook.questions.map((question) => {
    const unread = question.when && conditionFields(question.when).find((field) => !readable.has(field));
    if (unread) return { kind: 'never', field: unread };
    return {
      kind: 'records',
      records: records.map((record, index) => {
        const rank = ranks[index]!.get(question.id);
        const placement: Placement = rank === undefined ? { kind: 'notPicked' } : rank <= limit ? { kind: 'shown', rank } : { kind: 'beyond', rank, limit };
        return { recordId: record.id, placement };
      }),
    };
  });
}
