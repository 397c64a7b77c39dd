/**
 * "Where will this show?": where each question of a playbook lands in the sidebar for some sample
 * records, worked out by the same selection the sidebar uses (buildCards): its rank, beyond the
 * question limit (hidden behind "Show all"), not picked for that record, or never (its condition
 * looks at a field no supported CRM reads, so it can never be true). The same for products and
 * differentiators: their place on the Products / Why us card, whether the first screen (summary) shows
 * them, or why a record does not get them.
 */
import type { Playbook } from '../playbook/schema';
import type { CrmRecord, FieldName } from '../record';
import { buildAliasIndex, conditionFields, evaluateCondition } from './conditions';
import { buildCards, comparableValues, DEFAULT_QUESTION_LIMIT, mentionsCompetitor } from './select';
import { summarise } from './summary';

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

/** Where a product or differentiator lands on one record's card ("Products" or "Why us"). */
export type ItemPlacement =
  /** Listed at `rank` of `of` on its card; `firstScreen` when the summary card shows it too. */
  | { kind: 'shown'; rank: number; of: number; firstScreen: boolean; maybe?: boolean }
  /** Not listed, and why: its condition does not fit, the record names another competitor (or none), or none of its products is offered. */
  | { kind: 'notPicked'; why: 'condition' | 'competitor' | 'product'; competitor?: string };

export type ItemPlacements =
  | { kind: 'never'; field: FieldName }
  | {
      kind: 'records';
      records: { recordId: string; placement: ItemPlacement }[];
      /** Differentiators for named competitors: true when no sample record names any of them. */
      competitorOnNoSample?: boolean;
      /** Products: a field of its condition no CRM reads (so that part stays unknown: at best "may fit"). */
      unreadField?: FieldName;
    };

function competitorOf(record: CrmRecord): string | undefined {
  const value = record.fields.competitor?.value;
  return typeof value === 'string' ? value : undefined;
}

function cardsFor(playbook: Playbook, records: readonly CrmRecord[]) {
  const aliases = buildAliasIndex(playbook.aliases);
  return records.map((record) => {
    const cards = buildCards(playbook, record, new Set(), aliases);
    return { cards, summary: summarise(cards), fields: comparableValues(playbook, record).values, aliases };
  });
}

/** Per product (same order as `playbook.products`), where it shows on each sample record. */
export function productPlacements(playbook: Playbook, records: readonly CrmRecord[], readable: ReadonlySet<FieldName>): ItemPlacements[] {
  const built = cardsFor(playbook, records);
  return playbook.products.map((product) => {
    const unreadField = product.fitsWhen && conditionFields(product.fitsWhen).find((field) => !readable.has(field));
    return {
      kind: 'records',
      ...(unreadField ? { unreadField } : {}),
      records: records.map((record, r) => {
        const { cards, summary } = built[r]!;
        const at = cards.products.findIndex((p) => p.product.id === product.id);
        const placement: ItemPlacement =
          at < 0
            ? { kind: 'notPicked', why: 'condition' }
            : {
                kind: 'shown',
                rank: at + 1,
                of: cards.products.length,
                firstScreen: summary.push?.product.id === product.id,
                ...(cards.products[at]!.fit === 'maybe' ? { maybe: true } : {}),
              };
        return { recordId: record.id, placement };
      }),
    };
  });
}

/** Per differentiator (same order as `playbook.differentiators`), where it shows on each sample record. */
export function differentiatorPlacements(playbook: Playbook, records: readonly CrmRecord[], readable: ReadonlySet<FieldName>): ItemPlacements[] {
  const built = cardsFor(playbook, records);
  return playbook.differentiators.map((differentiator) => {
    const unread = differentiator.when && conditionFields(differentiator.when).find((field) => !readable.has(field));
    if (unread) return { kind: 'never', field: unread };
    const named = differentiator.competitors?.length ? differentiator.competitors : undefined;
    const placements = records.map((record, r) => {
      const { cards, summary, fields, aliases } = built[r]!;
      const at = cards.differentiators.findIndex((d) => d.differentiator.id === differentiator.id);
      let placement: ItemPlacement;
      if (at >= 0) {
        placement = { kind: 'shown', rank: at + 1, of: cards.differentiators.length, firstScreen: summary.versus?.differentiator.differentiator.id === differentiator.id };
      } else {
        // The tests of selectDifferentiators, in its order, to say which one it failed.
        const competitor = competitorOf(record);
        if (named && !mentionsCompetitor(differentiator, competitor)) placement = { kind: 'notPicked', why: 'competitor', ...(competitor ? { competitor } : {}) };
        else if (differentiator.when && evaluateCondition(differentiator.when, fields, aliases) !== true) placement = { kind: 'notPicked', why: 'condition' };
        else placement = { kind: 'notPicked', why: 'product' };
      }
      return { recordId: record.id, placement };
    });
    const competitorOnNoSample = named !== undefined && !records.some((record) => mentionsCompetitor(differentiator, competitorOf(record)));
    return { kind: 'records', records: placements, ...(competitorOnNoSample ? { competitorOnNoSample } : {}) };
  });
}
