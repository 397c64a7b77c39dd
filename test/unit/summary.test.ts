import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';
import { summarise } from '../../lib/scoring/summary';

function record(values: Partial<Record<FieldName, FieldValue>>, kind: CrmRecord['kind'] = 'deal'): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  for (const [name, value] of Object.entries(values) as [FieldName, FieldValue][]) fields[name] = { value, label: name, raw: String(value), via: 'adapter' };
  return { crm: 'salesforce', kind, id: '006', fields, warnings: [] };
}

describe('summarise', () => {
  const deal = record({ dealName: 'Fleet', company: 'Brightline', stage: 'Needs Analysis', competitor: 'Gong.io', amount: 250_000 });

  it('gives the first three questions not yet asked, in the card order', () => {
    const cards = buildCards(DEFAULT_PLAYBOOK, deal);
    expect(summarise(cards).questions.map((q) => q.question.id)).toEqual(cards.questions.slice(0, 3).map((q) => q.question.id));
    const asked = cards.questions[0]!.question.id;
    const after = summarise(buildCards(DEFAULT_PLAYBOOK, deal, new Set([asked])));
    expect(after.questions.map((q) => q.question.id)).toEqual(cards.questions.slice(1, 4).map((q) => q.question.id));
  });

  it('answers the competitor on the record, and only when there is one', () => {
    const withGong = summarise(buildCards(DEFAULT_PLAYBOOK, deal));
    expect(withGong.versus?.competitor).toBe('Gong.io');
    expect(withGong.versus?.differentiator.reason).toBe('competitor');
    expect(withGong.versus?.differentiator.differentiator.competitors?.some((c) => /gong/i.test(c))).toBe(true);
    const { competitor: _none, ...rest } = deal.fields;
    expect(summarise(buildCards(DEFAULT_PLAYBOOK, { ...deal, fields: rest })).versus).toBeUndefined();
  });

  it('names the product the playbook pushes', () => {
    const push = summarise(buildCards(DEFAULT_PLAYBOOK, deal)).push;
    expect(push?.product.priority).toBe('push');
    const noPush = { ...DEFAULT_PLAYBOOK, products: DEFAULT_PLAYBOOK.products.map((p) => ({ ...p, priority: p.priority === 'push' ? ('standard' as const) : p.priority })) };
    expect(summarise(buildCards(noPush, deal)).push).toBeUndefined();
  });

  it('pushes a product that fits before one that only might, and says so when none surely fits', () => {
    const book = {
      ...DEFAULT_PLAYBOOK,
      products: [
        { id: 'big', name: 'Big', priority: 'push' as const, pitch: 'p', fitsWhen: { field: 'employees' as const, is: 'between' as const, min: 1000 } },
        { id: 'any', name: 'Any', priority: 'push' as const, pitch: 'p' },
      ],
    };
    // Employees unknown: "Big" might fit, "Any" surely does.
    expect(summarise(buildCards(book, deal)).push).toMatchObject({ product: { id: 'any' }, fit: 'fits' });
    // Only the maybe is left: it is named, as a maybe.
    const onlyMaybe = { ...book, products: book.products.slice(0, 1) };
    expect(summarise(buildCards(onlyMaybe, deal)).push).toMatchObject({ product: { id: 'big' }, fit: 'maybe' });
    // Known and ruled out: nothing to push.
    expect(summarise(buildCards(onlyMaybe, record({ ...Object.fromEntries(Object.entries(deal.fields).map(([k, v]) => [k, v!.value])), employees: 50 }))).push).toBeUndefined();
  });
});
