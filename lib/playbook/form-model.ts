/**
 * The playbook form editor's model: which control edits which schema key (with the wording a sales
 * manager reads), path helpers for immutable edits, new-item factories with ids made from labels,
 * and the index that maps `parsePlaybook` issues back to the control at fault.
 *
 * FORM_TEXT is keyed by the schema's own types, and test/unit/form-model.test.ts walks the zod
 * objects' shapes: a schema field without a form control fails the build or the test.
 */
import type {
  Condition,
  Criterion,
  Differentiator,
  Disqualifier,
  FieldMapping,
  Playbook,
  Product,
  Question,
  ValidationIssue,
  ValueAlias,
} from './schema';
import type { FieldName } from '../record';

export interface ControlText {
  label: string;
  help?: string;
  /** Not edited in the form: written by the export or by migrations (shown read-only or not at all). */
  auto?: boolean;
}

type TextFor<T> = { [K in keyof Required<T>]: ControlText };

export const FORM_TEXT: {
  playbook: TextFor<Playbook>;
  icp: TextFor<Playbook['icp']>;
  tiers: TextFor<Playbook['icp']['tiers']>;
  criterion: TextFor<Criterion>;
  disqualifier: TextFor<Disqualifier>;
  product: TextFor<Product>;
  differentiator: TextFor<Differentiator>;
  question: TextFor<Question>;
  fieldMapping: TextFor<FieldMapping>;
  valueAlias: TextFor<ValueAlias>;
} = {
  playbook: {
    $schema: { label: 'Schema address', auto: true, help: 'Added to exported files so editors can check them.' },
    schemaVersion: { label: 'Format version', auto: true },
    name: { label: 'Playbook name', help: 'Reps see it at the top of the sidebar.' },
    version: { label: 'Version', help: 'Any short text, e.g. 2026.11.1. Raise it when you publish changes.' },
    updatedAt: { label: 'Last updated (optional)', help: 'A date such as 2026-11-27.' },
    icp: { label: 'Ideal customer profile' },
    products: { label: 'Products' },
    differentiators: { label: 'Differentiators' },
    questions: { label: 'Questions' },
    fieldMappings: { label: 'Field mappings' },
    aliases: { label: 'Value aliases' },
  },
  icp: {
    criteria: { label: 'Ideal customer criteria', help: 'Each criterion adds its weight to the fit score when the record matches it.' },
    disqualifiers: { label: 'Disqualifiers', help: 'A record that matches any of these is disqualified, whatever its score.' },
    tiers: { label: 'Tiers', help: 'The score (0–100) a record needs for each tier; below C is tier D.' },
    minCoverage: {
      label: 'Minimum coverage (0–1)',
      help: 'Below this share of the total weight known, the card says "not enough data" instead of a tier. 0.5 = half.',
    },
  },
  tiers: {
    A: { label: 'Tier A from', help: 'Ideal customer.' },
    B: { label: 'Tier B from', help: 'Good fit.' },
    C: { label: 'Tier C from', help: 'Partial fit.' },
  },
  criterion: {
    id: { label: 'ID', help: 'Made from the label; used in exports.' },
    label: { label: 'Criterion', help: 'What reps read on the fit card, e.g. "50–5,000 employees".' },
    weight: { label: 'Weight (1–100)', help: 'How much this criterion counts in the fit score.' },
    when: { label: 'Matches when' },
  },
  disqualifier: {
    id: { label: 'ID', help: 'Made from the label; used in exports.' },
    label: { label: 'Disqualifier', help: 'Shown to reps as the reason, e.g. "Existing customer".' },
    when: { label: 'Disqualifies when' },
  },
  product: {
    id: { label: 'ID', help: 'Made from the name; differentiators refer to it.' },
    name: { label: 'Product name' },
    priority: { label: 'Priority', help: 'Push products are shown first; door openers carry a warning not to discount.' },
    fitsWhen: { label: 'Fits only when', help: 'Leave off to suggest it for every record.' },
    pitch: { label: 'Pitch', help: 'One or two sentences a rep can say.' },
    note: { label: 'Note for reps (optional)', help: 'Shown under the pitch, e.g. pricing rules.' },
  },
  differentiator: {
    id: { label: 'ID', help: 'Made from the title; used in exports.' },
    title: { label: 'Title' },
    detail: { label: 'Detail', help: 'The argument, in a rep\'s words.' },
    products: { label: 'Only with these products', help: 'Shown only when one of them is suggested. None ticked: any product.' },
    competitors: { label: 'Against these competitors', help: 'One per line. Shown only when the record names one of them.' },
    when: { label: 'Only when', help: 'Leave off to use it for every record.' },
  },
  question: {
    id: { label: 'ID', help: 'Made from the question; used in exports.' },
    text: { label: 'Question' },
    category: { label: 'Category' },
    framework: { label: 'Framework (optional)' },
    fills: { label: 'Answers these fields', help: 'Asked first when these fields are unknown and the fit score needs them.' },
    stages: { label: 'Only at these deal stages', help: 'One stage per line, as your CRM spells it. Empty: any stage.' },
    when: { label: 'Only when', help: 'Leave off to ask it on every record.' },
  },
  fieldMapping: {
    crm: { label: 'CRM', help: 'The CRM this mapping is for (e.g. salesforce), or * for all.' },
    field: { label: 'Playbook field' },
    labels: { label: 'Labels on the page', help: 'One per line: the labels your CRM shows next to the value.' },
    selector: { label: 'CSS selector (optional, advanced)', help: 'Where the value is on the page; for admins.' },
  },
  valueAlias: {
    field: { label: 'Field' },
    value: { label: 'Canonical value', help: 'The spelling your criteria use, e.g. Software.' },
    synonyms: { label: 'Also written as', help: 'One per line, e.g. Computer Software.' },
  },
};

/** The condition shapes the condition editor offers (one per zod union option). */
export const CONDITION_KINDS = ['oneOf', 'between', 'contains', 'known', 'unknown', 'all', 'any', 'not'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
export const CONDITION_KIND_TEXT: Record<ConditionKind, string> = {
  oneOf: 'is one of',
  between: 'is between',
  contains: 'contains any of',
  known: 'is known',
  unknown: 'is unknown',
  all: 'All of these are true',
  any: 'Any of these is true',
  not: 'This is NOT true',
};
/** Every key a condition shape holds, by shape: the test checks these against the zod union. */
export const CONDITION_KEYS: Record<ConditionKind, readonly string[]> = {
  oneOf: ['field', 'is', 'values'],
  between: ['field', 'is', 'min', 'max'],
  contains: ['field', 'is', 'keywords'],
  known: ['field', 'is'],
  unknown: ['field', 'is'],
  all: ['all'],
  any: ['any'],
  not: ['not'],
};

export function conditionKind(condition: unknown): ConditionKind {
  if (condition && typeof condition === 'object') {
    if ('all' in condition) return 'all';
    if ('any' in condition) return 'any';
    if ('not' in condition) return 'not';
    const is = (condition as { is?: unknown }).is;
    if (typeof is === 'string' && (CONDITION_KINDS as readonly string[]).includes(is)) return is as ConditionKind;
  }
  return 'oneOf';
}

/** The condition a shape change leads to, keeping the field (or the first child) where it can. */
export function convertCondition(from: unknown, to: ConditionKind): Condition {
  const old = (from ?? {}) as Record<string, unknown>;
  const kind = conditionKind(from);
  const field = (typeof old.field === 'string' ? old.field : firstField(from) ?? 'industry') as FieldName;
  const leaf: Condition = kind === 'all' || kind === 'any' || kind === 'not' ? newCondition(field) : (from as Condition);
  switch (to) {
    case 'oneOf':
      return { field, is: 'oneOf', values: Array.isArray(old.values) ? (old.values as string[]) : Array.isArray(old.keywords) ? (old.keywords as string[]) : [] };
    case 'contains':
      return { field, is: 'contains', keywords: Array.isArray(old.keywords) ? (old.keywords as string[]) : Array.isArray(old.values) ? (old.values as string[]) : [] };
    case 'between':
      return { field, is: 'between', ...(typeof old.min === 'number' ? { min: old.min } : {}), ...(typeof old.max === 'number' ? { max: old.max } : {}) };
    case 'known':
    case 'unknown':
      return { field, is: to };
    case 'all':
    case 'any': {
      const children = kind === 'all' || kind === 'any' ? ((old[kind] as Condition[]) ?? []) : [leaf];
      return to === 'all' ? { all: children } : { any: children };
    }
    case 'not':
      return { not: kind === 'all' || kind === 'any' ? from as Condition : leaf };
  }
}

function firstField(condition: unknown): string | undefined {
  if (!condition || typeof condition !== 'object') return undefined;
  const c = condition as Record<string, unknown>;
  if (typeof c.field === 'string') return c.field;
  for (const key of ['all', 'any'] as const) {
    if (Array.isArray(c[key])) for (const child of c[key] as unknown[]) {
      const found = firstField(child);
      if (found) return found;
    }
  }
  return firstField(c.not);
}

export function newCondition(field: FieldName = 'industry'): Condition {
  return { field, is: 'oneOf', values: [] };
}

// ---------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------

/** kebab-case from a label: "50–5,000 employees" → "50-5-000-employees". */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** A kebab-case id from the label that none of `taken` uses (`-2`, `-3`… appended when needed). */
export function uniqueId(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(label);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

// ---------------------------------------------------------------------------
// New items
// ---------------------------------------------------------------------------

const ids = (items: readonly { id?: unknown }[] | undefined) => (items ?? []).map((item) => String(item.id ?? ''));

export function newCriterion(existing: readonly Criterion[]): Criterion {
  return { id: uniqueId('New criterion', ids(existing)), label: 'New criterion', weight: 10, when: newCondition() };
}
export function newDisqualifier(existing: readonly Disqualifier[]): Disqualifier {
  return { id: uniqueId('New disqualifier', ids(existing)), label: 'New disqualifier', when: newCondition() };
}
export function newProduct(existing: readonly Product[]): Product {
  return { id: uniqueId('New product', ids(existing)), name: 'New product', priority: 'standard', pitch: 'Why this product helps.' };
}
export function newDifferentiator(existing: readonly Differentiator[]): Differentiator {
  return { id: uniqueId('New differentiator', ids(existing)), title: 'New differentiator', detail: 'What makes us different.' };
}
export function newQuestion(existing: readonly Question[]): Question {
  return { id: uniqueId('New question', ids(existing)), text: 'New question?', category: 'discovery' };
}
export function newFieldMapping(): FieldMapping {
  return { crm: '*', field: 'custom.new_field' as FieldName, labels: ['New field'] };
}
export function newValueAlias(): ValueAlias {
  return { field: 'industry', value: 'New value', synonyms: ['Other spelling'] };
}

/** The key an item's id is made from. */
export const ID_SOURCE = { criteria: 'label', disqualifiers: 'label', products: 'name', differentiators: 'title', questions: 'text' } as const;

// ---------------------------------------------------------------------------
// Paths and immutable edits
// ---------------------------------------------------------------------------

export type Path = string;
export const joinPath = (...parts: (string | number)[]): Path => parts.filter((p) => p !== '').join('.');

export function getIn(value: unknown, path: Path): unknown {
  if (!path) return value;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced; `undefined` removes an object key. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (!path) return value as T;
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const tail = rest.join('.');
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = setIn(copy[Number(head)], tail, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...((root ?? {}) as Record<string, unknown>) };
  const next = setIn(copy[head], tail, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Renames a product everywhere differentiators refer to it. */
export function renameProductRefs(playbook: Playbook, from: string, to: string): Playbook {
  if (from === to) return playbook;
  return {
    ...playbook,
    differentiators: playbook.differentiators.map((d) =>
      d.products?.includes(from) ? { ...d, products: d.products.map((id) => (id === from ? to : id)) } : d,
    ),
  };
}

/** Whether a draft has the structure the form needs (a JSON edit may have broken it). */
export function formProblem(draft: unknown): string | undefined {
  if (!draft || typeof draft !== 'object' || Array.isArray(draft)) return 'The playbook must be a JSON object.';
  const d = draft as Record<string, unknown>;
  const icp = d.icp as Record<string, unknown> | undefined;
  if (!icp || typeof icp !== 'object') return 'The playbook has no "icp" object.';
  for (const key of ['criteria', 'disqualifiers'] as const) if (!Array.isArray(icp[key])) return `"icp.${key}" must be a list.`;
  if (!icp.tiers || typeof icp.tiers !== 'object') return 'The playbook has no "icp.tiers" object.';
  for (const key of ['products', 'differentiators', 'questions'] as const) if (!Array.isArray(d[key])) return `"${key}" must be a list.`;
  for (const key of ['fieldMappings', 'aliases'] as const) if (d[key] !== undefined && !Array.isArray(d[key])) return `"${key}" must be a list.`;
  return undefined;
}

// ---------------------------------------------------------------------------
// Issues → controls
// ---------------------------------------------------------------------------

export class IssueIndex {
  readonly all: ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    this.all = issues.map((issue) => ({ path: issue.path, message: humanMessage(issue.message) }));
  }
  /** Issues about exactly this value. */
  at(path: Path): string[] {
    return this.all.filter((issue) => issue.path === path).map((issue) => issue.message);
  }
  /** Issues about this value or anything inside it. */
  under(path: Path): ValidationIssue[] {
    return this.all.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
  }
  /** Issues inside a value, as messages prefixed with the position within (for list controls). */
  within(path: Path): string[] {
    return this.under(path).map((issue) => {
      const rest = issue.path.slice(path.length + 1);
      return /^\d+$/.test(rest) ? `Line ${Number(rest) + 1}: ${issue.message}` : issue.message;
    });
  }
}

/** zod's English messages, reworded for people who do not read types. */
export function humanMessage(message: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^Too small: expected string to have >=1 characters?$/, () => 'Required.'],
    [/^Too big: expected string to have <=(\d+) characters?$/, (m) => `At most ${m[1]} characters.`],
    [/^Too small: expected number to be >=(.+)$/, (m) => `Must be at least ${m[1]}.`],
    [/^Too big: expected number to be <=(.+)$/, (m) => `Must be at most ${m[1]}.`],
    [/^Too small: expected array to have >=1 items?$/, () => 'Add at least one.'],
    [/^Too big: expected array to have <=(\d+) items?$/, (m) => `At most ${m[1]} entries.`],
    [/^Invalid input: expected int, received number$/, () => 'Must be a whole number.'],
    [/^Invalid input: expected number, received (undefined|NaN|null)$/, () => 'Enter a number.'],
    [/^Invalid input: expected string, received undefined$/, () => 'Required.'],
    [/^Invalid input: expected array, received undefined$/, () => 'Required.'],
  ];
  for (const [pattern, rewrite] of rules) {
    const match = message.match(pattern);
    if (match) return rewrite(match);
  }
  return message;
}
