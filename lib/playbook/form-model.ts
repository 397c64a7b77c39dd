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
import { formatNumber, t, tn, type MessageKey } from '../i18n';

export interface ControlText {
  label: string;
  help?: string;
  /** Not edited in the form: written by the export or by migrations (shown read-only or not at all). */
  auto?: boolean;
}

type TextFor<T> = { [K in keyof Required<T>]: ControlText };

/** A control's text, looked up when read (so it follows the UI language, also in tests that switch it). */
function text(label: MessageKey, help?: MessageKey, options: { auto?: boolean; sub?: string } = {}): ControlText {
  const control: ControlText = {
    get label() {
      return options.sub === undefined ? t(label) : t(label, options.sub);
    },
  };
  if (help) Object.defineProperty(control, 'help', { get: () => t(help), enumerable: true });
  if (options.auto) control.auto = true;
  return control;
}

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
    $schema: text('editor_playbook_schema_label', 'editor_playbook_schema_help', { auto: true }),
    schemaVersion: text('editor_playbook_schemaVersion_label', undefined, { auto: true }),
    name: text('editor_playbook_name_label', 'editor_playbook_name_help'),
    version: text('editor_playbook_version_label', 'editor_playbook_version_help'),
    updatedAt: text('editor_playbook_updatedAt_label', 'editor_playbook_updatedAt_help'),
    icp: text('editor_playbook_icp_label'),
    products: text('editor_playbook_products_label'),
    differentiators: text('editor_playbook_differentiators_label'),
    questions: text('editor_playbook_questions_label'),
    fieldMappings: text('editor_playbook_fieldMappings_label'),
    aliases: text('editor_playbook_aliases_label'),
  },
  icp: {
    criteria: text('editor_icp_criteria_label', 'editor_icp_criteria_help'),
    disqualifiers: text('editor_icp_disqualifiers_label', 'editor_icp_disqualifiers_help'),
    tiers: text('editor_icp_tiers_label', 'editor_icp_tiers_help'),
    minCoverage: text('editor_icp_minCoverage_label', 'editor_icp_minCoverage_help'),
  },
  tiers: {
    A: text('editor_tier_from_label', 'editor_tier_a_help', { sub: 'A' }),
    B: text('editor_tier_from_label', 'editor_tier_b_help', { sub: 'B' }),
    C: text('editor_tier_from_label', 'editor_tier_c_help', { sub: 'C' }),
  },
  criterion: {
    id: text('editor_id_label', 'editor_id_from_label_help'),
    label: text('editor_criterion_label_label', 'editor_criterion_label_help'),
    weight: text('editor_criterion_weight_label', 'editor_criterion_weight_help'),
    when: text('editor_criterion_when_label'),
  },
  disqualifier: {
    id: text('editor_id_label', 'editor_id_from_label_help'),
    label: text('editor_disqualifier_label_label', 'editor_disqualifier_label_help'),
    when: text('editor_disqualifier_when_label'),
  },
  product: {
    id: text('editor_id_label', 'editor_id_from_name_help'),
    name: text('editor_product_name_label'),
    priority: text('editor_product_priority_label', 'editor_product_priority_help'),
    fitsWhen: text('editor_product_fitsWhen_label', 'editor_product_fitsWhen_help'),
    pitch: text('editor_product_pitch_label', 'editor_product_pitch_help'),
    note: text('editor_product_note_label', 'editor_product_note_help'),
  },
  differentiator: {
    id: text('editor_id_label', 'editor_id_from_title_help'),
    title: text('editor_differentiator_title_label'),
    detail: text('editor_differentiator_detail_label', 'editor_differentiator_detail_help'),
    products: text('editor_differentiator_products_label', 'editor_differentiator_products_help'),
    competitors: text('editor_differentiator_competitors_label', 'editor_differentiator_competitors_help'),
    when: text('editor_only_when_label', 'editor_differentiator_when_help'),
  },
  question: {
    id: text('editor_id_label', 'editor_id_from_question_help'),
    text: text('editor_question_text_label'),
    category: text('editor_question_category_label'),
    framework: text('editor_question_framework_label'),
    fills: text('editor_question_fills_label', 'editor_question_fills_help'),
    stages: text('editor_question_stages_label', 'editor_question_stages_help'),
    when: text('editor_only_when_label', 'editor_question_when_help'),
  },
  fieldMapping: {
    crm: text('editor_mapping_crm_label', 'editor_mapping_crm_help'),
    field: text('editor_mapping_field_label'),
    labels: text('editor_mapping_labels_label', 'editor_mapping_labels_help'),
    selector: text('editor_mapping_selector_label', 'editor_mapping_selector_help'),
  },
  valueAlias: {
    field: text('editor_field_label'),
    value: text('editor_alias_value_label', 'editor_alias_value_help'),
    synonyms: text('editor_alias_synonyms_label', 'editor_alias_synonyms_help'),
  },
};

/** The condition shapes the condition editor offers (one per zod union option). */
export const CONDITION_KINDS = ['oneOf', 'between', 'contains', 'known', 'unknown', 'all', 'any', 'not'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
const CONDITION_KIND_KEYS: Record<ConditionKind, MessageKey> = {
  oneOf: 'editor_kind_oneOf',
  between: 'editor_kind_between',
  contains: 'editor_kind_contains',
  known: 'editor_kind_known',
  unknown: 'editor_kind_unknown',
  all: 'editor_kind_all',
  any: 'editor_kind_any',
  not: 'editor_kind_not',
};
/** How the condition editor names a shape ("is one of", "All of these are true"), in the UI language. */
export const conditionKindText = (kind: ConditionKind): string => t(CONDITION_KIND_KEYS[kind]);
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
  const label = t('editor_new_criterion');
  return { id: uniqueId(label, ids(existing)), label, weight: 10, when: newCondition() };
}
export function newDisqualifier(existing: readonly Disqualifier[]): Disqualifier {
  const label = t('editor_new_disqualifier');
  return { id: uniqueId(label, ids(existing)), label, when: newCondition() };
}
export function newProduct(existing: readonly Product[]): Product {
  const name = t('editor_new_product');
  return { id: uniqueId(name, ids(existing)), name, priority: 'standard', pitch: t('editor_new_product_pitch') };
}
export function newDifferentiator(existing: readonly Differentiator[]): Differentiator {
  const title = t('editor_new_differentiator');
  return { id: uniqueId(title, ids(existing)), title, detail: t('editor_new_differentiator_detail') };
}
export function newQuestion(existing: readonly Question[]): Question {
  const text = t('editor_new_question');
  return { id: uniqueId(text, ids(existing)), text, category: 'discovery' };
}
export function newFieldMapping(): FieldMapping {
  return { crm: '*', field: 'custom.new_field' as FieldName, labels: [t('editor_new_mapping_label')] };
}
export function newValueAlias(): ValueAlias {
  return { field: 'industry', value: t('editor_new_alias_value'), synonyms: [t('editor_new_alias_synonym')] };
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
  if (!draft || typeof draft !== 'object' || Array.isArray(draft)) return t('editor_problem_not_object');
  const d = draft as Record<string, unknown>;
  const icp = d.icp as Record<string, unknown> | undefined;
  if (!icp || typeof icp !== 'object') return t('editor_problem_no_object', 'icp');
  for (const key of ['criteria', 'disqualifiers'] as const) if (!Array.isArray(icp[key])) return t('editor_problem_not_list', `icp.${key}`);
  if (!icp.tiers || typeof icp.tiers !== 'object') return t('editor_problem_no_object', 'icp.tiers');
  for (const key of ['products', 'differentiators', 'questions'] as const) if (!Array.isArray(d[key])) return t('editor_problem_not_list', key);
  for (const key of ['fieldMappings', 'aliases'] as const) if (d[key] !== undefined && !Array.isArray(d[key])) return t('editor_problem_not_list', key);
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
      return /^\d+$/.test(rest) ? t('editor_issue_line', formatNumber(Number(rest) + 1), issue.message) : issue.message;
    });
  }
}

const number = (text: string) => (Number.isFinite(Number(text)) ? formatNumber(Number(text)) : text);

/**
 * zod's messages, reworded for people who do not read types and put in the UI language. zod writes
 * them in its own locale (English, or German once the options page switches it), so both are matched.
 */
export function humanMessage(message: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^Too small: expected string to have >=1 characters?$/, () => t('editor_msg_required')],
    [/^Too big: expected string to have <=(\d+) characters?$/, (m) => tn('editor_msg_max_chars', Number(m[1]))],
    [/^Too small: expected number to be >=(.+)$/, (m) => t('editor_msg_min_number', number(m[1]!))],
    [/^Too big: expected number to be <=(.+)$/, (m) => t('editor_msg_max_number', number(m[1]!))],
    [/^Too small: expected array to have >=1 items?$/, () => t('editor_msg_add_at_least_1')],
    [/^Too big: expected array to have <=(\d+) items?$/, (m) => tn('editor_msg_max_entries', Number(m[1]))],
    [/^Invalid input: expected int, received number$/, () => t('editor_msg_whole_number')],
    [/^Invalid input: expected number, received (undefined|NaN|null)$/, () => t('editor_msg_enter_number')],
    [/^Invalid input: expected (string|array), received undefined$/, () => t('editor_msg_required')],
    // zod.locales.de()
    [/^Zu klein: erwartet, dass string >=1 Zeichen hat$/, () => t('editor_msg_required')],
    [/^Zu groß: erwartet, dass string <=(\d+) Zeichen hat$/, (m) => tn('editor_msg_max_chars', Number(m[1]))],
    [/^Zu klein: erwartet, dass number >=(.+) ist$/, (m) => t('editor_msg_min_number', number(m[1]!))],
    [/^Zu groß: erwartet, dass number <=(.+) ist$/, (m) => t('editor_msg_max_number', number(m[1]!))],
    [/^Zu klein: erwartet, dass array >=1 Elemente hat$/, () => t('editor_msg_add_at_least_1')],
    [/^Zu groß: erwartet, dass array <=(\d+) Elemente hat$/, (m) => tn('editor_msg_max_entries', Number(m[1]))],
    [/^Ungültige Eingabe: erwartet int, erhalten Zahl$/, () => t('editor_msg_whole_number')],
    [/^Ungültige Eingabe: erwartet Zahl, erhalten (undefined|NaN|null)$/, () => t('editor_msg_enter_number')],
    [/^Ungültige Eingabe: erwartet (string|Array), erhalten undefined$/, () => t('editor_msg_required')],
  ];
  for (const [pattern, rewrite] of rules) {
    const match = message.match(pattern);
    if (match) return rewrite(match);
  }
  return message;
}
