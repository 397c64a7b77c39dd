/** From a detected record page's DOM to a CrmRecord: adapter pairs, manager mappings, normalisation. */
import type { DetectedRecord } from '../crm/detect';
import { t } from '../i18n';
import type { RawField } from '../crm/types';
import type { FieldMapping } from '../playbook/schema';
import type { CrmRecord, FieldName, FieldReading } from '../record';
import { readGenericPairs } from './generic';
import { fieldForLabel, foldLabel } from './labels';
import { normaliseFieldValue } from './normalise/field';
import { queryAllDeep, visibleText, type ReadOptions } from './read';

export interface ReadRecordOptions extends ReadOptions {
  /** The playbook's field mappings; those for this CRM (or `*`) win over the adapter. */
  mappings?: readonly FieldMapping[];
  /** Filled with the elements the record's values were read from (the content script watches them). */
  sources?: Set<Element>;
}

export function readRecord(detected: DetectedRecord, root: ParentNode, options: ReadRecordOptions = {}): CrmRecord {
  const { adapter } = detected;
  const fields: CrmRecord['fields'] = {};
  const warnings: string[] = [];
  const mappings = (options.mappings ?? []).filter((m) => m.crm === '*' || m.crm === adapter.id);

  let pairs: RawField[] = [];
  try {
    pairs = adapter.readFields(root, detected, options);
  } catch (error) {
    // A CRM markup change must degrade to "fewer fields", never to a broken page.
    warnings.push(t('sidebar_warningReaderFailed', adapter.name, errorText(error)));
  }

  // The generic reader fills what the adapter missed (a custom field under a known label, a new layout).
  let generic: RawField[] = [];
  try {
    const alreadyRead = new Set(pairs.flatMap((pair) => (pair.source ? [pair.source] : [])));
    const mappedLabels = new Set(mappings.flatMap((mapping) => mapping.labels ?? []).map(foldLabel));
    const wantedLabel = (label: string) => fieldForLabel(label) !== undefined || mappedLabels.has(foldLabel(label));
    generic = readGenericPairs(root, { ...options, ignoredRegions: adapter.ignoredRegions, alreadyRead, wantedLabel });
  } catch (error) {
    warnings.push(t('sidebar_warningLabelReaderFailed', errorText(error)));
  }

  const set = (field: FieldName, reading: FieldReading) => {
    if (!fields[field]) fields[field] = reading;
  };

  for (const mapping of mappings) {
    const reading = readMapping(mapping, [...pairs, ...generic], root, options, warnings, options.sources);
    if (reading) set(mapping.field, reading);
  }
  const take = (found: RawField[], via: 'adapter' | 'generic') => {
    for (const pair of found) {
      // Every pair is watched, empty ones too: an inline edit may fill one.
      if (pair.source) options.sources?.add(pair.source);
      const field = pair.field ?? fieldForLabel(pair.label);
      if (!field || fields[field]) continue;
      const value = normaliseFieldValue(field, pair.raw);
      if (value !== undefined) set(field, { value, label: pair.label, raw: collapse(pair.raw), via });
    }
  };
  take(pairs, 'adapter');
  take(generic, 'generic');

  return { crm: adapter.id, kind: detected.kind, id: detected.id, fields, warnings };
}

function readMapping(
  mapping: FieldMapping,
  pairs: readonly { label: string; raw: string }[],
  root: ParentNode,
  options: ReadOptions,
  warnings: string[],
  sources: Set<Element> | undefined,
): FieldReading | undefined {
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
      const value = normaliseFieldValue(mapping.field, raw);
      if (value !== undefined) return { value, label: mapping.selector, raw: collapse(raw), via: 'mapping' };
    }
  }
  if (mapping.labels?.length) {
    const wanted = new Set(mapping.labels.map(foldLabel));
    for (const pair of pairs) {
      if (!wanted.has(foldLabel(pair.label))) continue;
      const value = normaliseFieldValue(mapping.field, pair.raw);
      if (value !== undefined) return { value, label: pair.label, raw: collapse(pair.raw), via: 'mapping' };
    }
  }
  return undefined;
}

/** The error's own message: technical text from a reader, shown as it is. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
