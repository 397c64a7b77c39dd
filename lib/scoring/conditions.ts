/**
 * Three-valued evaluation of playbook conditions against a record's fields. "unknown" is a first-
 * class answer: a field the page did not show must never count as a miss.
 */
import type { Condition, ValueAlias } from '../playbook/schema';
import { isRange, type FieldName, type FieldValue } from '../record';

export type Truth = true | false | 'unknown';

export type FieldValues = Partial<Record<FieldName, FieldValue>>;

/** Lower-cased synonym → canonical value, per field. Built once per playbook. */
export type AliasIndex = Map<FieldName, Map<string, string>>;

export function buildAliasIndex(aliases: readonly ValueAlias[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const alias of aliases) {
    const forField = index.get(alias.field) ?? new Map<string, string>();
    forField.set(fold(alias.value), alias.value);
    for (const synonym of alias.synonyms) forField.set(fold(synonym), alias.value);
    index.set(alias.field, forField);
  }
  return index;
}

function fold(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** The value's canonical spelling after the playbook's aliases ("Computer Software" → "Software"). */
export function canonicalText(field: FieldName, value: FieldValue, aliases: AliasIndex): string {
  const text = typeof value === 'string' ? value : isRange(value) ? '' : String(value);
  return aliases.get(field)?.get(fold(text)) ?? text;
}

/** Words of a text, lower-cased, split on anything that is not a letter or digit (any script). */
export function words(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function containsPhrase(haystack: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= haystack.length; start++) {
    if (phrase.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

function numericValue(value: FieldValue): { min: number; max: number } | undefined {
  if (typeof value === 'number') return { min: value, max: value };
  if (isRange(value)) return { min: value.min, max: value.max ?? Number.POSITIVE_INFINITY };
  // Readers parse numeric fields (lib/extract/normalise); text left in one is a value they could not parse.
  return undefined;
}

export function evaluateCondition(condition: Condition, fields: FieldValues, aliases: AliasIndex): Truth {
  if ('all' in condition) {
    let result: Truth = true;
    for (const part of condition.all) {
      const truth = evaluateCondition(part, fields, aliases);
      if (truth === false) return false;
      if (truth === 'unknown') result = 'unknown';
    }
    return result;
  }
  if ('any' in condition) {
    let result: Truth = false;
    for (const part of condition.any) {
      const truth = evaluateCondition(part, fields, aliases);
      if (truth === true) return true;
      if (truth === 'unknown') result = 'unknown';
    }
    return result;
  }
  if ('not' in condition) {
    const truth = evaluateCondition(condition.not, fields, aliases);
    return truth === 'unknown' ? 'unknown' : !truth;
  }
  const value = fields[condition.field];
  switch (condition.is) {
    case 'known':
      return value !== undefined;
    case 'unknown':
      return value === undefined;
  }
  if (value === undefined) return 'unknown';
  switch (condition.is) {
    case 'oneOf': {
      const actual = fold(canonicalText(condition.field, value, aliases));
      return condition.values.some((expected) => fold(canonicalText(condition.field, expected, aliases)) === actual);
    }
    case 'contains': {
      const haystack = words(typeof value === 'string' ? value : String(numericValue(value)?.min ?? ''));
      return condition.keywords.some((keyword) => containsPhrase(haystack, words(keyword)));
    }
    case 'between': {
      const range = numericValue(value);
      // A text the page showed where a number was expected is a fact we cannot compare: unknown.
      if (!range) return 'unknown';
      const min = condition.min ?? Number.NEGATIVE_INFINITY;
      const max = condition.max ?? Number.POSITIVE_INFINITY;
      // Bands overlap-match: "51-200 employees" fits "between 100 and 5000".
      return range.min <= max && range.max >= min;
    }
  }
}

/** Every field a condition looks at, in order of first mention. */
export function conditionFields(condition: Condition): FieldName[] {
  const found = new Set<FieldName>();
  const visit = (c: Condition) => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else found.add(c.field);
  };
  visit(condition);
  return [...found];
}
