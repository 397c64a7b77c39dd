import { describe, expect, it } from 'vitest';
import { labelTables, matchLabel, SELLER_SIDE_LABELS } from '../../lib/extract/labels';
import { foldKey } from '../../lib/extract/normalise/text';
import { RECORD_KINDS } from '../../lib/record';

describe('label tables (data)', () => {
  it.each(labelTables().map((table) => [table.name, table.labels] as const))('%s has no two entries that fold alike', (_name, labels) => {
    const folded = labels.map(foldKey);
    const duplicates = folded.filter((key, index) => folded.indexOf(key) !== index);
    expect(duplicates).toEqual([]);
    expect(folded.every(Boolean)).toBe(true);
  });

  it('never reads a seller-side label (owner, salesperson, assigned to) as any field, on any record', () => {
    for (const label of SELLER_SIDE_LABELS) {
      expect(matchLabel(label), label).toBeUndefined();
      for (const kind of RECORD_KINDS) expect(matchLabel(label, kind), `${label} on a ${kind}`).toBeUndefined();
    }
  });
});

describe('labels per record kind', () => {
  it('ranks a deal customer label above the deal’s Company, which may be the seller’s', () => {
    expect(matchLabel('Party', 'deal')).toEqual({ field: 'company', rank: 3 });
    expect(matchLabel('Customer Name:', 'deal')).toEqual({ field: 'company', rank: 3 });
    expect(matchLabel('Company', 'deal')).toEqual({ field: 'company', rank: 1 });
    expect(matchLabel('Company', 'contact')).toEqual({ field: 'company', rank: 2 });
  });

  it('reads the words ERPs use for a deal’s name, stage and close date only on deals', () => {
    expect(matchLabel('Description', 'deal')?.field).toBe('dealName');
    expect(matchLabel('Description', 'company')).toBeUndefined();
    expect(matchLabel('State', 'deal')?.field).toBe('stage');
    expect(matchLabel('State', 'contact')).toBeUndefined();
    expect(matchLabel('End Date', 'deal')?.field).toBe('closeDate');
    expect(matchLabel('Enddatum', 'deal')?.field).toBe('closeDate');
    expect(matchLabel('Sales Stage', 'deal')).toEqual({ field: 'stage', rank: 3 });
  });

  it('reads "Name" as the record’s own name', () => {
    expect(matchLabel('Name', 'company')?.field).toBe('company');
    expect(matchLabel('Name', 'contact')?.field).toBe('fullName');
    expect(matchLabel('Name', 'deal')?.field).toBe('dealName');
  });

  it('reads an address label for its country only', () => {
    expect(matchLabel('Address', 'deal')).toEqual({ field: 'country', rank: 1, address: true });
    expect(matchLabel('Anschrift')).toEqual({ field: 'country', rank: 1, address: true });
  });
});
