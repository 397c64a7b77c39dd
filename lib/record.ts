/** Canonical record model shared by every adapter, the scorer and the sidebar (docs/ARCHITECTURE.md contract). */

export const RECORD_KINDS = ['lead', 'contact', 'company', 'deal'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The one list of tiers a record can get, best first: the playbook's graded tiers A–D, then
 * `disqualified` (a disqualifier matched) and `unknown` (too little known to score). Messages,
 * activity counters, the playbook schema (A–D), the badge and the popup all derive from it.
 */
export const FIT_TIERS = ['A', 'B', 'C', 'D', 'disqualified', 'unknown'] as const;
export type FitTier = (typeof FIT_TIERS)[number];
/** The tiers a playbook grades into (thresholds A > B > C, D below): FIT_TIERS without the two verdicts. */
export type GradedTier = Exclude<FitTier, 'disqualified' | 'unknown'>;
export const GRADED_TIERS = FIT_TIERS.filter((tier): tier is GradedTier => tier !== 'disqualified' && tier !== 'unknown');

export const CANONICAL_FIELDS = [
  'company',
  'industry',
  'employees',
  'annualRevenue',
  'country',
  'website',
  'fullName',
  'title',
  'email',
  'phone',
  'dealName',
  'stage',
  'amount',
  'closeDate',
  'competitor',
  'leadSource',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];
/** A canonical name or a manager-mapped `custom.<key>`. */
export type FieldName = CanonicalField | `custom.${string}`;

/** The field that holds a record's own name: what its page title shows. */
export const NAME_FIELD: Readonly<Record<RecordKind, CanonicalField>> = { company: 'company', contact: 'fullName', lead: 'fullName', deal: 'dealName' };

/** Fields whose values are numbers (or numeric bands). */
export const NUMERIC_FIELDS: ReadonlySet<FieldName> = new Set(['employees', 'annualRevenue', 'amount']);
/** Fields whose values are calendar dates. */
export const DATE_FIELDS: ReadonlySet<FieldName> = new Set(['closeDate']);

export interface NumberRange {
  min: number;
  /** Absent for open-ended bands such as `10,000+`. */
  max?: number;
}

/** A normalised value: trimmed text, a number, a numeric band, or a `YYYY-MM-DD` date (as text). */
export type FieldValue = string | number | NumberRange;

export type ReadMethod = 'adapter' | 'generic' | 'mapping';

/**
 * Where a value comes from (contract: the fields card's `data-source`): the record's own fields on the page, a
 * linked account/company or contact/person shown on the same page, or that linked record's own page opened earlier
 * in this browser session and remembered.
 */
export const VALUE_SOURCES = ['page', 'linked', 'remembered'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** A record this one links to, by the id its link carries (never by name): a deal's account, a contact's company. */
export interface RecordLink {
  kind: RecordKind;
  id: string;
}

/** A value that lost to the one shown: another candidate customer, the linked record's differing value. */
export interface AlternativeReading {
  value: FieldValue;
  label: string;
  raw: string;
  source: ValueSource;
  /** Remembered values: when their record was read (ms since the epoch). */
  readAt?: number;
}

export interface FieldReading {
  value: FieldValue;
  /** The label the value was read under, as shown on the page. */
  label: string;
  /** The text as it appeared on the page, before normalisation. */
  raw: string;
  via: ReadMethod;
  /** Where the value comes from; absent means the page's own fields. */
  source?: ValueSource;
  /** Remembered values: when their record was read (ms since the epoch). */
  readAt?: number;
  /** Remembered values: the kind of record they were read from (an account, a contact). */
  from?: RecordKind;
  /** Other values read for this field, which lost to this one. */
  alternatives?: AlternativeReading[];
}

export interface CrmRecord {
  crm: string;
  kind: RecordKind;
  id: string;
  fields: Partial<Record<FieldName, FieldReading>>;
  /** Problems met while reading (a mapping's bad selector, ...), shown on the fields card. */
  warnings: string[];
  /** The linked records the page points at by id (its account, its contact): remembered ones fill what it lacks. */
  links?: RecordLink[];
}

export function isRange(value: FieldValue): value is NumberRange {
  return typeof value === 'object' && value !== null;
}

/** The contract's string form: numbers as plain digits, ranges as `min-max` (open ranges `min+`). */
export function formatFieldValue(value: FieldValue): string {
  if (typeof value === 'number') return String(value);
  if (isRange(value)) return value.max === undefined ? `${value.min}+` : `${value.min}-${value.max}`;
  return value;
}

/** What a rep calls the record: a deal by its own name, anything else by its company or person; undefined when the page shows none. */
export function recordName(record: Pick<CrmRecord, 'kind' | 'fields'>): string | undefined {
  const { fields } = record;
  const name = (record.kind === 'deal' ? fields.dealName?.value : undefined) ?? fields.company?.value ?? fields.fullName?.value ?? fields.dealName?.value;
  return typeof name === 'string' ? name : undefined;
}
