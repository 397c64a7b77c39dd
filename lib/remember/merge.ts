/**
 * What a page hands to the memory, and what the memory gives back to a page (docs/ARCHITECTURE.md, "Reading the
 * page" 10). Pure.
 *
 * - An account/company or contact/person page gives its own fields (never the linked records shown on it), and only
 *   those a linked record may give (an account's company-level facts and main phone, a person's contact-level ones).
 * - A page that links to remembered records, by id, gets from them what it lacks, marked `remembered` with the time
 *   the record was read. The page's own values and the linked panels on the page always win; a remembered value
 *   that differs from the one shown is kept as an alternative. A person's phone wins over an account's.
 */
import { linkedRecordGives } from '../extract/linked';
import { CANONICAL_FIELDS, formatFieldValue, type CanonicalField, type CrmRecord, type FieldReading, type RecordLink } from '../record';
import { isRememberedKind, type RememberedContent, type RememberedField, type RememberedKind } from './shape';

/** At most this many losing values per field (as the reader keeps). */
const MAX_ALTERNATIVES = 3;

/** Fields a page may take from a remembered record (a deal takes the most): an account's or a person's. */
function givable(kind: RememberedContent['kind'], field: CanonicalField): boolean {
  return linkedRecordGives(kind, field, 'deal');
}

/** What to remember of a record read on its own page; undefined when it is not an account or a person, or shows nothing to keep. */
export function rememberable(record: CrmRecord): RememberedContent | undefined {
  if (!isRememberedKind(record.kind)) return undefined;
  const kind = record.kind;
  const fields: RememberedContent['fields'] = {};
  for (const field of CANONICAL_FIELDS) {
    const reading = record.fields[field];
    // The record's own values only: a contact page's panel of its company is that company's, not this person's.
    if (!reading || (reading.source ?? 'page') !== 'page' || !givable(kind, field)) continue;
    fields[field] = { value: reading.value, label: reading.label, raw: reading.raw, via: reading.via };
  }
  if (!Object.keys(fields).length) return undefined;
  return { crm: record.crm, kind, id: record.id, fields };
}

/** The links a page may ask the memory about: accounts and persons, not the record itself. */
export function recallableLinks(record: CrmRecord): (RecordLink & { kind: RememberedKind })[] {
  return (record.links ?? []).filter(
    (link): link is RecordLink & { kind: RememberedKind } => isRememberedKind(link.kind) && !(link.kind === record.kind && link.id === record.id),
  );
}

/**
 * `record` with what the remembered records it links to give: fields it lacks are filled (`remembered`, with the
 * time read and the kind of record), differing values become alternatives. Records it does not link to are ignored.
 */
export function withRemembered(record: CrmRecord, remembered: readonly (RememberedContent & { readAt: number })[]): CrmRecord {
  const links = recallableLinks(record);
  const linked = remembered.filter((entry) => entry.crm === record.crm && links.some((link) => link.kind === entry.kind && link.id === entry.id));
  if (!linked.length) return record;
  // A person's phone before an account's main line: persons first.
  const ordered = [...linked].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'contact' ? -1 : 1));
  const fields: CrmRecord['fields'] = { ...record.fields };
  for (const entry of ordered) {
    for (const field of CANONICAL_FIELDS) {
      const value = entry.fields[field];
      if (!value || !linkedRecordGives(entry.kind, field, record.kind)) continue;
      const shown = fields[field];
      fields[field] = shown ? withAlternative(shown, value, entry.readAt) : { ...fromMemory(value), source: 'remembered', readAt: entry.readAt, from: entry.kind };
    }
  }
  return { ...record, fields };
}

function fromMemory({ value, label, raw, via }: RememberedField): Pick<FieldReading, 'value' | 'label' | 'raw' | 'via'> {
  return { value, label, raw, via };
}

/** The shown reading, with the remembered value as an alternative when it differs from every value already listed. */
function withAlternative(shown: FieldReading, remembered: RememberedField, readAt: number): FieldReading {
  const listed = [shown.value, ...(shown.alternatives ?? []).map((other) => other.value)].map(formatFieldValue);
  if (listed.includes(formatFieldValue(remembered.value)) || (shown.alternatives?.length ?? 0) >= MAX_ALTERNATIVES) return shown;
  const { value, label, raw } = remembered;
  return { ...shown, alternatives: [...(shown.alternatives ?? []), { value, label, raw, source: 'remembered', readAt }] };
}
