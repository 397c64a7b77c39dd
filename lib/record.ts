/** Canonical record model shared by every adapter, the scorer and the sidebar (docs/ARCHITECTURE.md contract). */

export const RECORD_KINDS = ['lead', 'contact', 'company', 'deal'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

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

export interface FieldReading {
  value: FieldValue;
  /** The label the value was read under, as shown on the page. */
  label: string;
  /** The text as it appeared on the page, before normalisation. */
  raw: string;
  via: ReadMethod;
}

export interface CrmRecord {
  crm: string;
  kind: RecordKind;
  id: string;
  fields: Partial<Record<FieldName, FieldReading>>;
  /** Problems met while reading (a mapping's bad selector, ...), shown on the fields card. */
  warnings: string[];
}

export function isCanonicalField(name: string): name is CanonicalField {
  return (CANONICAL_FIELDS as readonly string[]).includes(name);
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
