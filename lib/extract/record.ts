/** From a detected record page's DOM to a CrmRecord: adapter pairs, manager mappings, ranking, normalisation. */
import type { DetectedRecord } from '../crm/detect';
import { t } from '../i18n';
import type { RawField } from '../crm/types';
import type { FieldMapping } from '../playbook/schema';
import {
  formatFieldValue,
  NAME_FIELD,
  type AlternativeReading,
  type CrmRecord,
  type FieldName,
  type FieldReading,
  type FieldValue,
  type ReadMethod,
  type RecordKind,
  type RecordLink,
  type ValueSource,
} from '../record';
import { readGenericPairs } from './generic';
import { linkedRank, linkedRecordGives, linkIn } from './linked';
import { foldLabel, matchLabel } from './labels';
import { splitNameAndEmail } from './normalise/contact';
import { countryOfAddress } from './normalise/country';
import { dayFirstFromDates, dayFirstFromLanguage, type DateOptions } from './normalise/date';
import { normaliseFieldValue } from './normalise/field';
import { clean, isPlaceholder } from './normalise/text';
import { queryAllDeep, visibleText, type ReadOptions } from './read';
import { createReadContext } from './read-context';

export interface ReadRecordOptions extends ReadOptions {
  /** The playbook's field mappings; those for this CRM (or `*`) win over the adapter. */
  mappings?: readonly FieldMapping[];
  /** Filled with the elements the record's values were read from (the content script watches them). */
  sources?: Set<Element>;
}

/** At most this many losing values are kept per field, for the fields card. */
const MAX_ALTERNATIVES = 3;

interface Candidate {
  field: FieldName;
  /** The kind of linked record the value comes from, when it is not the page's own. */
  linked?: RecordKind;
  value: FieldValue;
  label: string;
  raw: string;
  via: ReadMethod;
  source: ValueSource;
  /** Lower wins: a manager's mapping, the adapter's reading, the generic reader's, a linked record's. */
  tier: number;
  /** Higher wins within a tier: how surely the label names the field. */
  rank: number;
}

export function readRecord(detected: DetectedRecord, root: ParentNode, options: ReadRecordOptions = {}): CrmRecord {
  const { adapter } = detected;
  const warnings: string[] = [];
  const mappings = (options.mappings ?? []).filter((m) => m.crm === '*' || m.crm === adapter.id);

  // One context per read: the adapter and the generic reader share its shadow roots.
  const context = createReadContext(root, options);
  options = { ...options, roots: context.roots };
  let pairs: RawField[] = [];
  try {
    pairs = adapter.readFields(context, detected);
  } catch (error) {
    // A CRM markup change must degrade to "fewer fields", never to a broken page.
    warnings.push(t('sidebar_warningReaderFailed', adapter.name, errorText(error)));
  }

  // The generic reader fills what the adapter missed (a custom field under a known label, a new layout).
  let generic: RawField[] = [];
  const dateEvidence: string[] = [];
  try {
    const alreadyRead = new Set(pairs.flatMap((pair) => (pair.source ? [pair.source] : [])));
    const mappedLabels = new Set(mappings.flatMap((mapping) => mapping.labels ?? []).map(foldLabel));
    const wantedLabel = (label: string) => matchLabel(label, detected.kind) !== undefined || mappedLabels.has(foldLabel(label));
    generic = readGenericPairs(root, { ...options, kind: detected.kind, ignoredRegions: adapter.ignoredRegions, alreadyRead, adapterPairs: pairs, wantedLabel, dateEvidence });
  } catch (error) {
    warnings.push(t('sidebar_warningLabelReaderFailed', errorText(error)));
  }

  const dates: DateOptions = { dayFirst: pageDayFirst(root, [...pairs, ...generic].map((pair) => pair.raw), dateEvidence) };
  const candidates: Candidate[] = [];
  for (const mapping of mappings) {
    const reading = readMapping(mapping, [...pairs, ...generic], root, options, warnings, options.sources, dates);
    if (reading) candidates.push({ ...reading, field: mapping.field, source: 'page', tier: 0, rank: 3 });
  }
  const pageUrl = documentOf(root)?.URL ?? '';
  const links: { link: RecordLink; linked?: RecordKind }[] = [];
  const collect = (found: RawField[], via: 'adapter' | 'generic', tier: number) => {
    for (const pair of found) {
      // Every pair is watched, empty ones too: an inline edit may fill one.
      if (pair.source) options.sources?.add(pair.source);
      const own = candidatesOf(pair, via, pair.linked ? tier + 2 : tier, detected.kind, dates);
      // A linked record gives only the fields that belong to it.
      const kept = pair.linked
        ? own
            .filter((candidate) => linkedRecordGives(pair.linked!, candidate.field, detected.kind))
            .map((candidate) => ({ ...candidate, rank: linkedRank(pair.linked!, candidate.field, candidate.rank) }))
        : own;
      candidates.push(...kept);
      // The account or contact a value names, by the id in its link: remembered records join on it.
      const link = pair.link ?? (pair.source && kept.some(namesLinkedRecord) ? linkIn(pair.source, adapter, pageUrl, options) : undefined);
      if (link && link.kind !== detected.kind) links.push({ link, linked: pair.linked });
    }
  };
  collect(pairs, 'adapter', 1);
  collect(generic, 'generic', 2);

  const others = otherLinkedRecords(candidates);
  const fields = choose(candidates.filter((candidate) => !candidate.linked || !others.has(candidate.linked) || candidate.field === NAME_FIELD[candidate.linked]));
  const unique = uniqueLinks(links.filter(({ linked }) => !linked || !others.has(linked)).map(({ link }) => link));
  return { crm: adapter.id, kind: detected.kind, id: detected.id, fields, warnings, ...(unique.length ? { links: unique } : {}) };
}

/** The candidates one pair gives: its field's value, and the e-mail of a `Name <address>` contact. */
function candidatesOf(pair: RawField, via: 'adapter' | 'generic', tier: number, kind: RecordKind, dates: DateOptions): Candidate[] {
  const match = pair.field ? undefined : matchLabel(pair.label, kind);
  const field = pair.field ?? match?.field;
  if (!field) return [];
  const source: ValueSource = pair.linked ? 'linked' : 'page';
  const rank = pair.field ? 3 : (match?.rank ?? 1);
  const raw = clean(pair.raw);
  const value = match?.address ? countryOfAddress(pair.raw) : normaliseFieldValue(field, pair.raw, dates);
  const found: Candidate[] = [];
  const linked = pair.linked ? { linked: pair.linked } : {};
  if (value !== undefined) found.push({ field, value, label: pair.label, raw, via, source, tier, rank, ...linked });
  const composite = field === 'fullName' ? splitNameAndEmail(pair.raw) : undefined;
  if (composite) found.push({ field: 'email', value: composite.email, label: pair.label, raw, via, source, tier, rank: 1, ...linked });
  return found;
}

/**
 * A linked panel naming another account or person than the record's own field does (the contact works for
 * "Northwind Analytics", its associated company is "Northwind Holdings Group") is not that record's: its name stays
 * as an alternative, its other facts are left out.
 */
function otherLinkedRecords(candidates: Candidate[]): Set<RecordKind> {
  const others = new Set<RecordKind>();
  for (const kind of ['company', 'contact'] as const) {
    const nameField = NAME_FIELD[kind];
    const own = candidates.filter((candidate) => !candidate.linked && candidate.field === nameField).map((candidate) => foldLabel(formatFieldValue(candidate.value)));
    const linkedName = candidates.find((candidate) => candidate.linked === kind && candidate.field === nameField);
    if (own.length && linkedName && !own.includes(foldLabel(formatFieldValue(linkedName.value)))) others.add(kind);
  }
  return others;
}

/** Per field, the best candidate (lowest tier, then highest rank, then first on the page); the others as alternatives. */
function choose(candidates: Candidate[]): CrmRecord['fields'] {
  const byField = new Map<FieldName, Candidate[]>();
  for (const candidate of candidates) byField.set(candidate.field, [...(byField.get(candidate.field) ?? []), candidate]);
  const fields: CrmRecord['fields'] = {};
  for (const [field, list] of byField) {
    const ordered = list
      .map((candidate, order) => ({ candidate, order }))
      .sort((a, b) => a.candidate.tier - b.candidate.tier || b.candidate.rank - a.candidate.rank || a.order - b.order)
      .map(({ candidate }) => candidate);
    const [winner, ...others] = ordered;
    if (!winner) continue;
    const reading: FieldReading = { value: winner.value, label: winner.label, raw: winner.raw, via: winner.via };
    if (winner.source !== 'page') reading.source = winner.source;
    const seen = new Set([formatFieldValue(winner.value)]);
    const alternatives: AlternativeReading[] = [];
    for (const other of others) {
      const shown = formatFieldValue(other.value);
      if (seen.has(shown) || alternatives.length >= MAX_ALTERNATIVES) continue;
      seen.add(shown);
      alternatives.push({ value: other.value, label: other.label, raw: other.raw, source: other.source });
    }
    if (alternatives.length) reading.alternatives = alternatives;
    fields[field] = reading;
  }
  return fields;
}

/**
 * How the page writes ambiguous numeric dates: its own unambiguous dates first (they show the format in use),
 * then its language (`<html lang>`); unknown when neither tells.
 */
function pageDayFirst(root: ParentNode, raws: readonly string[], evidence: readonly string[]): boolean | undefined {
  const fromDates = dayFirstFromDates([...raws, ...evidence]);
  if (fromDates !== undefined) return fromDates;
  return dayFirstFromLanguage(documentOf(root)?.documentElement?.getAttribute('lang'));
}

function documentOf(root: ParentNode): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

/** Values that name an account or a person: their links say which record. */
function namesLinkedRecord(candidate: Candidate): boolean {
  return candidate.field === 'company' || candidate.field === 'fullName';
}

function uniqueLinks(links: RecordLink[]): RecordLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.kind}:${link.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readMapping(
  mapping: FieldMapping,
  pairs: readonly { label: string; raw: string }[],
  root: ParentNode,
  options: ReadOptions,
  warnings: string[],
  sources: Set<Element> | undefined,
  dates: DateOptions,
): Omit<FieldReading, 'source'> | undefined {
  if (mapping.selector) {
    let element: Element | undefined;
    try {
      element = queryAllDeep(root, mapping.selector, options)[0];
    } catch {
      warnings.push(t('sidebar_warningBadSelector', mapping.field, mapping.selector));
    }
    if (element) {
      sources?.add(element);
      const raw = visibleText(element, options);
      const value = normaliseFieldValue(mapping.field, raw, dates);
      if (value !== undefined) return { value, label: mapping.selector, raw: clean(raw), via: 'mapping' };
    }
  }
  if (mapping.labels?.length) {
    const wanted = new Set(mapping.labels.map(foldLabel));
    for (const pair of pairs) {
      if (!wanted.has(foldLabel(pair.label)) || isPlaceholder(pair.raw)) continue;
      const value = normaliseFieldValue(mapping.field, pair.raw, dates);
      if (value !== undefined) return { value, label: pair.label, raw: clean(pair.raw), via: 'mapping' };
    }
  }
  return undefined;
}

/** The error's own message: technical text from a reader, shown as it is. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
