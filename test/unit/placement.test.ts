import { describe, expect, it } from 'vitest';
import { DEMO_RECORDS, recordFromValues } from '../../components/options/preview/demo-records';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { readableFields } from '../../lib/playbook/guide';
import type { Playbook } from '../../lib/playbook/schema';
import { questionPlacements } from '../../lib/scoring/placement';
import { buildCards } from '../../lib/scoring/select';

const records = DEMO_RECORDS.map((d) => recordFromValues(d.values, { crm: d.crm, kind: d.kind, id: d.id }));
const opportunity = records.findIndex((r) => r.kind === 'deal');
const base = (): Playbook => structuredClone(DEFAULT_PLAYBOOK);

describe('questionPlacements', () => {
  it('gives each question its rank in the sidebar, as buildCards orders them', () => {
    const playbook = base();
    const placements = questionPlacements(playbook, records, readableFields(playbook));
    records.forEach((record, r) => {
      const shown = buildCards(playbook, record).questions.map((q) => q.question.id);
      playbook.questions.forEach((question, q) => {
        const placement = placements[q]!;
        if (placement.kind !== 'records') throw new Error('unexpected never');
        const at = shown.indexOf(question.id);
        const expected = at < 0 ? { kind: 'notPicked' } : at < 8 ? { kind: 'shown', rank: at + 1 } : { kind: 'beyond', rank: at + 1, limit: 8 };
        expect(placement.records[r]).toEqual({ recordId: record.id, placement: expected });
      });
    });
  });

  it('a new question without conditions falls beyond the limit on the opportunity; a condition picks the records it shows on', () => {
    const playbook = base();
    playbook.questions.push({ id: 'new-q', text: 'What else?', category: 'discovery' });
    const last = playbook.questions.length - 1;
    const before = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    expect(before.kind === 'records' && before.records[opportunity]!.placement).toMatchObject({ kind: 'beyond', limit: 8 });
    playbook.questions[last]!.when = { field: 'competitor', is: 'known' };
    const after = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    // Picked only where the record names a competitor: the opportunity, not the lead.
    expect(after.kind === 'records' && after.records[opportunity]!.placement.kind).toBe('beyond');
    expect(after.kind === 'records' && after.records[0]!.placement).toEqual({ kind: 'notPicked' });
    expect(before.kind === 'records' && before.records[0]!.placement.kind).not.toBe('notPicked');
    playbook.questions[last]!.when = { field: 'competitor', is: 'unknown' };
    const notPicked = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    expect(notPicked.kind === 'records' && notPicked.records[opportunity]!.placement).toEqual({ kind: 'notPicked' });
    playbook.questions[last]!.when = { field: 'competitor', is: 'known' };
    playbook.questionLimit = 1;
    const limited = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    expect(limited.kind === 'records' && limited.records[opportunity]!.placement).toMatchObject({ kind: 'beyond', limit: 1 });
  });

  it('is never shown when its condition looks at a field no CRM reads, until a mapping reads it', () => {
    const playbook = base();
    playbook.questions.push({ id: 'tier-q', text: 'Gold partner?', category: 'discovery', when: { field: 'custom.tier', is: 'oneOf', values: ['Gold'] } });
    const last = playbook.questions.length - 1;
    expect(questionPlacements(playbook, records, readableFields(playbook))[last]).toEqual({ kind: 'never', field: 'custom.tier' });
    playbook.fieldMappings = [{ crm: '*', field: 'custom.tier', labels: ['Partner tier'] }];
    expect(questionPlacements(playbook, records, readableFields(playbook))[last]!.kind).toBe('records');
  });
});
