import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_RECORDS, recordFromValues } from '../../components/options/preview/demo-records';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { buildCards, fieldValues } from '../../lib/scoring/select';
import { parsePastedValues } from '../../components/options/preview/Preview';
import { CANONICAL_FIELDS } from '../../lib/record';

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, `../crm/fixtures/salesforce/${name}.expected.json`), 'utf8')) as { kind: string; fields: Record<string, unknown> };

describe('demo records for the preview', () => {
  it.each([
    ['salesforce-lead', 'lead'],
    ['salesforce-account', 'account'],
    ['salesforce-contact', 'contact'],
    ['salesforce-opportunity', 'opportunity'],
  ])('%s reads like the %s fixture', (id, name) => {
    const demo = DEMO_RECORDS.find((r) => r.id === id)!;
    const expected = fixture(name);
    const record = recordFromValues(demo.values, { kind: demo.kind });
    expect(demo.kind).toBe(expected.kind);
    expect(fieldValues(record.fields)).toEqual(expected.fields);
    expect(record.warnings).toEqual([]);
  });

  it('skips empty values and warns about unreadable ones', () => {
    const record = recordFromValues({ industry: 'Software', employees: 'lots', country: '  ' }, { labelFor: (f) => f });
    expect(Object.keys(record.fields)).toEqual(['industry']);
    expect(record.warnings[0]).toContain('lots');
    expect(buildCards(DEFAULT_PLAYBOOK, record).fit.criteria.length).toBe(DEFAULT_PLAYBOOK.icp.criteria.length);
  });
});

describe('pasted field values', () => {
  it('reads "Label: value" and tab-separated lines by field label or name', () => {
    const values = parsePastedValues('Industry: Computer Software\nemployees\t51-200\nAnnual revenue: $5M\nNonsense line\nUnknown: x\nStage:', [...CANONICAL_FIELDS, 'custom.seats']);
    expect(values).toEqual({ industry: 'Computer Software', employees: '51-200', annualRevenue: '$5M' });
    expect(parsePastedValues('custom.seats: 40', ['custom.seats'])).toEqual({ 'custom.seats': '40' });
  });
});
