/**
 * Sample records for the options page's live preview: the field values of our own Salesforce demo
 * fixtures (test/crm/fixtures/salesforce/*.expected.json), written as a CRM shows them and read
 * through the same normalisation as a page (test/unit/demo-records.test.ts checks they match).
 */
import { linkedRecordGives } from '../../../lib/extract/linked';
import { normaliseFieldValue } from '../../../lib/extract/normalise/field';
import type { CrmRecord, FieldName, FieldReading, RecordKind } from '../../../lib/record';

export interface DemoRecord {
  id: string;
  /** What the manager picks from. */
  name: string;
  crm: string;
  kind: RecordKind;
  /** Field → text as the CRM page shows it. */
  values: Partial<Record<FieldName, string>>;
  /** A linked record the page shows (a deal's account panel): its fields fill what the record lacks, marked `linked`. */
  linked?: { kind: RecordKind; values: Partial<Record<FieldName, string>> };
}

export const DEMO_RECORDS: readonly DemoRecord[] = [
  {
    id: 'salesforce-lead',
    name: 'Lead: Priya Raman, Helios Sensorik',
    crm: 'salesforce',
    kind: 'lead',
    values: {
      fullName: 'Ms. Priya Raman',
      title: 'Director of Data Engineering',
      industry: 'Electronics',
      employees: '3,400',
      annualRevenue: '910,000,000',
      email: 'priya.raman@helios-sensorik.de',
      phone: '+49 89 2020 5500',
      leadSource: 'Web',
      country: 'Germany',
      website: 'www.helios-sensorik.de',
    },
  },
  {
    id: 'salesforce-account',
    name: 'Account: Brightline Robotics',
    crm: 'salesforce',
    kind: 'company',
    values: {
      company: 'Brightline Robotics Inc.',
      industry: 'Computer Software',
      employees: '1,250',
      annualRevenue: '48,500,000',
      country: 'United States',
      website: 'www.brightline-robotics.com',
      phone: '(415) 555-0198',
      leadSource: 'Trade Show',
    },
  },
  {
    id: 'salesforce-contact',
    name: 'Contact: Maria Schneider, Keller',
    crm: 'salesforce',
    kind: 'contact',
    values: {
      fullName: 'Dr. Maria Schneider',
      title: 'Head of Procurement',
      company: 'Keller Maschinenbau GmbH',
      email: 'm.schneider@keller-maschinenbau.de',
      phone: '+49 711 4455200',
      country: 'Germany',
      leadSource: 'Partner Referral',
    },
  },
  {
    id: 'salesforce-opportunity',
    name: 'Opportunity: Fleet Analytics (vs Gong)',
    crm: 'salesforce',
    kind: 'deal',
    values: {
      dealName: 'Fleet Analytics Expansion 2027',
      company: 'Brightline Robotics Inc.',
      amount: '250,000',
      closeDate: '2026-12-15',
      stage: 'Needs Analysis',
      competitor: 'Gong',
      leadSource: 'Partner Referral',
    },
  },
  {
    // The same opportunity as the rep sees it with its account's panel on the page (or the account
    // opened earlier): the account's company-level facts fill the deal, so ICP criteria can be scored.
    id: 'salesforce-opportunity-account',
    name: 'Opportunity with its account: Fleet Analytics, Brightline Robotics',
    crm: 'salesforce',
    kind: 'deal',
    values: {
      dealName: 'Fleet Analytics Expansion 2027',
      company: 'Brightline Robotics Inc.',
      amount: '250,000',
      closeDate: '2026-12-15',
      stage: 'Needs Analysis',
      competitor: 'Gong',
      leadSource: 'Partner Referral',
    },
    linked: {
      kind: 'company',
      values: {
        company: 'Brightline Robotics Inc.',
        industry: 'Computer Software',
        employees: '1,250',
        annualRevenue: '48,500,000',
        country: 'United States',
        website: 'www.brightline-robotics.com',
        phone: '(415) 555-0198',
        leadSource: 'Trade Show',
      },
    },
  },
];

/**
 * A record from field texts, normalised like a page's values. Empty and unreadable values are
 * left out (and listed in the record's warnings), so they count as unknown.
 */
export function recordFromValues(
  values: Partial<Record<FieldName, string>>,
  options: {
    crm?: string;
    kind?: RecordKind;
    id?: string;
    labelFor?: (field: FieldName) => string;
    /** A linked record's field texts: each fills a field the record lacks, if that kind of record may give it (lib/extract/linked.ts). */
    linked?: DemoRecord['linked'];
  } = {},
): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  const warnings: string[] = [];
  for (const [field, raw] of Object.entries(values) as [FieldName, string | undefined][]) {
    if (raw === undefined || raw.trim() === '') continue;
    const value = normaliseFieldValue(field, raw);
    const label = options.labelFor?.(field) ?? field;
    if (value === undefined) {
      warnings.push(`“${raw}” could not be read as ${label.toLowerCase()}; it counts as unknown.`);
      continue;
    }
    const reading: FieldReading = { value, label, raw: raw.trim(), via: 'adapter' };
    fields[field] = reading;
  }
  const kind = options.kind ?? 'company';
  const linked = options.linked;
  if (linked) {
    for (const [field, raw] of Object.entries(linked.values) as [FieldName, string | undefined][]) {
      if (fields[field] || raw === undefined || !linkedRecordGives(linked.kind, field, kind)) continue;
      const value = normaliseFieldValue(field, raw);
      if (value !== undefined) fields[field] = { value, label: options.labelFor?.(field) ?? field, raw: raw.trim(), via: 'adapter', source: 'linked' };
    }
  }
  return { crm: options.crm ?? 'preview', kind, id: options.id ?? 'preview', fields, warnings };
}
