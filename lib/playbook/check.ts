/**
 * The content scripts' check of the playbook they read from storage.local: accepts exactly what
 * `playbookSchema` (schema.ts) accepts and returns the same data (text trimmed, defaults filled), or
 * null, without zod, which would cost every CRM tab ~7.5 KB gzip. storage.local can be written by a
 * compromised CRM tab, so this is a full check, not a shape sniff; test/unit/playbook-check.test.ts
 * holds it to the schema on generated playbooks. No messages: the options page explains problems.
 */
import type { FieldName } from '../record';
import {
  COACHING_METRICS,
  CURRENCY_CODE,
  DEFAULT_MIN_COVERAGE,
  isFieldName,
  isIdText,
  LIMITS,
  PRODUCT_PRIORITIES,
  QUESTION_CATEGORIES,
  QUESTION_FRAMEWORKS,
  saysSomething,
  SCHEMA_VERSION,
} from './rules';
import type {
  CoachingQuestion,
  Condition,
  Criterion,
  Differentiator,
  Disqualifier,
  FieldMapping,
  Playbook,
  Product,
  Question,
  ValueAlias,
} from './schema';

type Fields = Record<string, unknown>;
type Check<T> = (value: unknown) => T;

/** Thrown on the first problem and caught by `checkPlaybook`: the check has no messages to collect. */
const INVALID = new Error('not a valid playbook');
function fail(): never {
  throw INVALID;
}

/** An object with no key but `keys` (zod's strictObject: not null, not an array, keys as `for…in` lists them). */
function strict(value: unknown, keys: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  for (const key in value) if (!keys.includes(key)) fail();
  return value as Fields;
}

/** An optional key: absent stays absent, present but undefined stays undefined (as zod's optional keeps it). */
function optional<K extends string, T>(fields: Fields, key: K, check: Check<T>): Partial<Record<K, T>> {
  if (!(key in fields)) return {};
  const value = fields[key];
  return { [key]: value === undefined ? undefined : check(value) } as Partial<Record<K, T>>;
}

function string(value: unknown, min: number, max: number): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) fail();
  return value;
}

/** Text a rep reads: trimmed, then 1..max long and saying something (zod's `z.trim()` trims the output too). */
function text(value: unknown, max: number, words = true): string {
  const trimmed = string(value, 0, Infinity).trim();
  if (!trimmed || trimmed.length > max || (words && !saysSomething(trimmed))) fail();
  return trimmed;
}
const shortText: Check<string> = (value) => text(value, LIMITS.shortText);
const longText: Check<string> = (value) => text(value, LIMITS.text);

function id(value: unknown): string {
  const checked = string(value, 1, LIMITS.id);
  return isIdText(checked) ? checked : fail();
}

function fieldName(value: unknown): FieldName {
  const checked = string(value, 0, Infinity);
  return isFieldName(checked) ? (checked as FieldName) : fail();
}

/** A finite number (zod's number() refuses NaN and ±Infinity) within min..max, whole when `whole`. */
function number(value: unknown, min = -Infinity, max = Infinity, whole = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isSafeInteger(value))) fail();
  return value;
}

const oneOf =
  <T>(choices: readonly T[]): Check<T> =>
  (value) =>
    choices.includes(value as T) ? (value as T) : fail();

/** A list of min..max entries, each checked; holes read as undefined, as zod reads them. */
function list<T>(value: unknown, item: Check<T>, max: number = LIMITS.list, min = 0): T[] {
  if (!Array.isArray(value) || value.length > max || value.length < min) fail();
  const checked: T[] = [];
  for (let index = 0; index < value.length; index++) checked.push(item(value[index]));
  return checked;
}
const listOf =
  <T>(item: Check<T>, max?: number, min?: number): Check<T[]> =>
  (value) =>
    list(value, item, max, min);

function condition(value: unknown): Condition {
  const fields = strict(value, ['field', 'is', 'values', 'min', 'max', 'keywords', 'all', 'any', 'not']);
  switch (fields.is) {
    case 'oneOf':
      strict(fields, ['field', 'is', 'values']);
      return { field: fieldName(fields.field), is: 'oneOf', values: list(fields.values, shortText, LIMITS.list, 1) };
    case 'contains':
      strict(fields, ['field', 'is', 'keywords']);
      return { field: fieldName(fields.field), is: 'contains', keywords: list(fields.keywords, shortText, LIMITS.list, 1) };
    case 'known':
    case 'unknown':
      strict(fields, ['field', 'is']);
      return { field: fieldName(fields.field), is: fields.is };
    case 'between': {
      strict(fields, ['field', 'is', 'min', 'max']);
      const between = { field: fieldName(fields.field), is: 'between' as const, ...optional(fields, 'min', number), ...optional(fields, 'max', number) };
      const { min, max } = between;
      if ((min === undefined && max === undefined) || (min !== undefined && max !== undefined && min > max)) fail();
      return between;
    }
  }
  // Each of all / any / not is an object with that one key.
  if ('all' in fields) return { all: list(strict(fields, ['all']).all, condition, LIMITS.conditions, 1) };
  if ('any' in fields) return { any: list(strict(fields, ['any']).any, condition, LIMITS.conditions, 1) };
  if ('not' in fields) return { not: condition(strict(fields, ['not']).not) };
  return fail();
}

function criterion(value: unknown): Criterion {
  const fields = strict(value, ['id', 'label', 'weight', 'when']);
  return {
    id: id(fields.id),
    label: shortText(fields.label),
    weight: number(fields.weight, LIMITS.weight.min, LIMITS.weight.max, true),
    when: condition(fields.when),
  };
}

function disqualifier(value: unknown): Disqualifier {
  const fields = strict(value, ['id', 'label', 'when']);
  return { id: id(fields.id), label: shortText(fields.label), when: condition(fields.when) };
}

function product(value: unknown): Product {
  const fields = strict(value, ['id', 'name', 'priority', 'fitsWhen', 'pitch', 'note']);
  return {
    id: id(fields.id),
    name: shortText(fields.name),
    priority: oneOf(PRODUCT_PRIORITIES)(fields.priority),
    ...optional(fields, 'fitsWhen', condition),
    pitch: longText(fields.pitch),
    ...optional(fields, 'note', longText),
  };
}

function differentiator(value: unknown): Differentiator {
  const fields = strict(value, ['id', 'title', 'detail', 'products', 'competitors', 'when']);
  return {
    id: id(fields.id),
    title: shortText(fields.title),
    detail: longText(fields.detail),
    ...optional(fields, 'products', listOf(id)),
    ...optional(fields, 'competitors', listOf(shortText)),
    ...optional(fields, 'when', condition),
  };
}

function question(value: unknown): Question {
  const fields = strict(value, ['id', 'text', 'fills', 'when', 'stages', 'category', 'framework']);
  return {
    id: id(fields.id),
    text: longText(fields.text),
    ...optional(fields, 'fills', listOf(fieldName, LIMITS.fills)),
    ...optional(fields, 'when', condition),
    ...optional(fields, 'stages', listOf(shortText)),
    category: oneOf(QUESTION_CATEGORIES)(fields.category),
    ...optional(fields, 'framework', oneOf(QUESTION_FRAMEWORKS)),
  };
}

function coachingQuestion(value: unknown): CoachingQuestion {
  const fields = strict(value, ['id', 'when', 'question']);
  const when = strict(fields.when, ['metric', 'fallsBelow']);
  return {
    id: id(fields.id),
    when: { metric: oneOf(COACHING_METRICS)(when.metric), fallsBelow: number(when.fallsBelow, LIMITS.share.min, LIMITS.share.max) },
    question: longText(fields.question),
  };
}

function fieldMapping(value: unknown): FieldMapping {
  const fields = strict(value, ['crm', 'field', 'labels', 'selector']);
  const mapping = {
    crm: text(fields.crm, LIMITS.shortText, false),
    field: fieldName(fields.field),
    ...optional(fields, 'labels', listOf(shortText, LIMITS.mappingLabels)),
    ...optional(fields, 'selector', (selector) => string(selector, 1, LIMITS.selector)),
  };
  return mapping.labels?.length || mapping.selector ? mapping : fail();
}

function valueAlias(value: unknown): ValueAlias {
  const fields = strict(value, ['field', 'value', 'synonyms']);
  return { field: fieldName(fields.field), value: shortText(fields.value), synonyms: list(fields.synonyms, shortText, LIMITS.synonyms, 1) };
}

/** A key the schema fills when it is absent or undefined (zod's `_default`). */
const orDefault = <T>(value: unknown, fallback: T, check: Check<T>): T => (value === undefined ? fallback : check(value));

function playbook(value: unknown): Playbook {
  const fields = strict(value, [
    '$schema',
    'schemaVersion',
    'name',
    'version',
    'updatedAt',
    'currency',
    'icp',
    'products',
    'differentiators',
    'questions',
    'questionLimit',
    'coaching',
    'fieldMappings',
    'aliases',
  ]);
  if (fields.schemaVersion !== SCHEMA_VERSION) fail();
  const icp = strict(fields.icp, ['criteria', 'disqualifiers', 'tiers', 'minCoverage']);
  const tiers = strict(icp.tiers, ['A', 'B', 'C']);
  const threshold: Check<number> = (value) => number(value, LIMITS.threshold.min, LIMITS.threshold.max);
  const checked: Playbook = {
    ...optional(fields, '$schema', (url) => string(url, 0, LIMITS.schemaUrl)),
    schemaVersion: SCHEMA_VERSION,
    name: shortText(fields.name),
    version: string(fields.version, 1, LIMITS.version),
    ...optional(fields, 'updatedAt', (date) => string(date, 0, LIMITS.version)),
    ...optional(fields, 'currency', (code) => (CURRENCY_CODE.test(string(code, 3, 3)) ? (code as string) : fail())),
    icp: {
      criteria: list(icp.criteria, criterion, LIMITS.criteria, 1),
      disqualifiers: list(icp.disqualifiers, disqualifier, LIMITS.criteria),
      tiers: { A: threshold(tiers.A), B: threshold(tiers.B), C: threshold(tiers.C) },
      minCoverage: orDefault(icp.minCoverage, DEFAULT_MIN_COVERAGE, (share) => number(share, 0, 1)),
    },
    products: list(fields.products, product),
    differentiators: list(fields.differentiators, differentiator),
    questions: list(fields.questions, question, LIMITS.questions),
    ...optional(fields, 'questionLimit', (limit) => number(limit, LIMITS.questionLimit.min, LIMITS.questionLimit.max, true)),
    ...optional(fields, 'coaching', listOf(coachingQuestion, LIMITS.coaching)),
    fieldMappings: orDefault(fields.fieldMappings, [], listOf(fieldMapping)),
    aliases: orDefault(fields.aliases, [], listOf(valueAlias)),
  };
  const { A, B, C } = checked.icp.tiers;
  if (!(A > B && B > C)) fail();
  const { icp: checkedIcp, products, differentiators, questions, coaching = [] } = checked;
  for (const items of [checkedIcp.criteria, checkedIcp.disqualifiers, products, differentiators, questions, coaching]) {
    if (new Set(items.map((item) => item.id)).size !== items.length) fail();
  }
  const productIds = new Set(products.map((item) => item.id));
  if (differentiators.some((item) => item.products?.some((productId) => !productIds.has(productId)))) fail();
  return checked;
}

/**
 * The playbook `input` holds, as `playbookSchema.safeParse(input).data` would return it, or null
 * when the schema would refuse it.
 */
export function checkPlaybook(input: unknown): Playbook | null {
  try {
    return playbook(input);
  } catch {
    // INVALID, or conditions nested too deep to walk (where zod throws too): a RangeError in
    // Chromium, an InternalError in Firefox. Either way not a playbook to show.
    return null;
  }
}
