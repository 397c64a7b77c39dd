/**
 * Where in the playbook a schema path points, in words a manager reads: items numbered from 1 and
 * named by their own label, keys by the name the form gives them, e.g. `icp.criteria.1.weight` →
 * "Criterion 2 “50–5,000 employees” › Weight". Pure: the editor, the import, the config URL and
 * the policy all describe problems with it, against the input they were found in.
 */
import { formatNumber, t, type MessageKey } from '../../i18n';
import type { ValidationIssue } from '../schema';

/** What a value at some place in the playbook is, for naming the keys and items below it. */
type Kind =
  | 'playbook'
  | 'icp'
  | 'tiers'
  | 'criterion'
  | 'disqualifier'
  | 'product'
  | 'differentiator'
  | 'question'
  | 'fieldMapping'
  | 'valueAlias'
  | 'coaching'
  | 'coachingWhen'
  | 'condition'
  | 'entries';

/** A list of items: the noun each is called by, and what each is. */
interface ItemList {
  noun: MessageKey;
  item: Kind;
}

/** A key's name in the manager's words, and what its value is. */
type KeyPlace = [MessageKey, Kind | ItemList | null];

const list = (noun: MessageKey, item: Kind): ItemList => ({ noun, item });
const ENTRIES = list('editor_place_entry', 'entries');
const CONDITIONS = list('editor_place_test', 'condition');

const KEYS: Record<Exclude<Kind, 'entries'>, Record<string, KeyPlace>> = {
  playbook: {
    $schema: ['editor_playbook_schema_label', null],
    schemaVersion: ['editor_playbook_schemaVersion_label', null],
    name: ['editor_playbook_name_label', null],
    version: ['editor_playbook_version_label', null],
    updatedAt: ['editor_place_lastUpdated', null],
    currency: ['editor_playbook_currency_label', null],
    icp: ['editor_playbook_icp_label', 'icp'],
    products: ['editor_playbook_products_label', list('editor_place_product', 'product')],
    differentiators: ['editor_playbook_differentiators_label', list('editor_place_differentiator', 'differentiator')],
    questions: ['editor_playbook_questions_label', list('editor_place_question', 'question')],
    fieldMappings: ['editor_playbook_fieldMappings_label', list('editor_place_fieldMapping', 'fieldMapping')],
    aliases: ['editor_playbook_aliases_label', list('editor_place_valueAlias', 'valueAlias')],
    questionLimit: ['editor_playbook_questionLimit_label', null],
    coaching: ['editor_playbook_coaching_label', list('editor_place_coaching', 'coaching')],
  },
  icp: {
    criteria: ['editor_icp_criteria_label', list('editor_place_criterion', 'criterion')],
    disqualifiers: ['editor_icp_disqualifiers_label', list('editor_place_disqualifier', 'disqualifier')],
    tiers: ['editor_icp_tiers_label', 'tiers'],
    minCoverage: ['editor_place_minCoverage', null],
  },
  tiers: { A: ['editor_place_tierA', null], B: ['editor_place_tierB', null], C: ['editor_place_tierC', null] },
  criterion: {
    id: ['editor_id_label', null],
    label: ['editor_place_name', null],
    weight: ['editor_place_weight', null],
    when: ['editor_criterion_when_label', 'condition'],
  },
  disqualifier: {
    id: ['editor_id_label', null],
    label: ['editor_place_name', null],
    when: ['editor_disqualifier_when_label', 'condition'],
  },
  product: {
    id: ['editor_id_label', null],
    name: ['editor_place_name', null],
    priority: ['editor_product_priority_label', null],
    fitsWhen: ['editor_product_fitsWhen_label', 'condition'],
    pitch: ['editor_product_pitch_label', null],
    note: ['editor_place_note', null],
  },
  differentiator: {
    id: ['editor_id_label', null],
    title: ['editor_differentiator_title_label', null],
    detail: ['editor_differentiator_detail_label', null],
    products: ['editor_differentiator_products_label', ENTRIES],
    competitors: ['editor_differentiator_competitors_label', ENTRIES],
    when: ['editor_only_when_label', 'condition'],
  },
  question: {
    id: ['editor_id_label', null],
    text: ['editor_place_questionText', null],
    fills: ['editor_question_fills_label', ENTRIES],
    when: ['editor_only_when_label', 'condition'],
    stages: ['editor_question_stages_label', ENTRIES],
    category: ['editor_question_category_label', null],
    framework: ['editor_place_framework', null],
  },
  fieldMapping: {
    crm: ['editor_mapping_crm_label', null],
    field: ['editor_mapping_field_label', null],
    labels: ['editor_mapping_labels_label', ENTRIES],
    selector: ['editor_place_selector', null],
  },
  valueAlias: {
    field: ['editor_field_label', null],
    value: ['editor_alias_value_label', null],
    synonyms: ['editor_alias_synonyms_label', ENTRIES],
  },
  coaching: {
    id: ['editor_id_label', null],
    when: ['editor_coaching_when_label', 'coachingWhen'],
    question: ['editor_coaching_question_label', null],
  },
  coachingWhen: {
    metric: ['editor_coaching_metric_label', null],
    fallsBelow: ['editor_place_fallsBelow', null],
  },
  condition: {
    field: ['editor_field_label', null],
    is: ['editor_place_test_kind', null],
    values: ['editor_cond_values_label', ENTRIES],
    keywords: ['editor_cond_keywords_label', ENTRIES],
    min: ['editor_place_from', null],
    max: ['editor_place_to', null],
    all: ['editor_place_all', CONDITIONS],
    any: ['editor_place_any', CONDITIONS],
    not: ['editor_place_not', 'condition'],
  },
};

/** The schema keys each kind of object has a name for (tests check these against the zod shapes). */
export const NAMED_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries(KEYS).map(([kind, keys]) => [kind, Object.keys(keys)]));

const NAME_KEYS = ['label', 'name', 'title', 'text', 'question', 'value'] as const;
const MAX_NAME = 48;

/** An item's own label, shortened, to name it by. */
function itemName(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  const record = item as Record<string, unknown>;
  const name = NAME_KEYS.map((key) => record[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (!name) return '';
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME - 1)}…` : flat;
}

const child = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/**
 * A schema path (`icp.criteria.1.weight`) in the manager's words, against the playbook (or draft,
 * or imported file) the path points into. Unknown keys are named as written.
 */
export function describePath(path: string, input: unknown): string {
  if (!path) return t('editor_place_playbook');
  const parts: string[] = [];
  let kind = 'playbook' as Kind | ItemList | null;
  let value = input;
  const segments = path.split('.');
  segments.forEach((segment, position) => {
    const last = position === segments.length - 1;
    const next = child(value, segment);
    if (kind !== null && typeof kind === 'object') {
      const index = Number(segment);
      const number = formatNumber(index + 1);
      if (kind.item === 'entries') parts.push(t('editor_item_numbered', t(kind.noun), number));
      else {
        const name = itemName(next);
        parts.push(name ? t('editor_place_item_named', t(kind.noun), number, name) : t('editor_item_numbered', t(kind.noun), number));
      }
      kind = kind.item === 'entries' ? null : kind.item;
    } else {
      const known: KeyPlace | undefined = kind && kind !== 'entries' ? KEYS[kind][segment] : undefined;
      // A list's items and the ICP's parts are named on their own ("Criterion 2 …", "Tiers"); the list or
      // group itself only when the problem is with it as a whole.
      const group = known !== undefined && (known[1] === 'icp' || (known[1] !== null && typeof known[1] === 'object' && known[1].item !== 'entries' && known[1].item !== 'condition'));
      if (last || !group) parts.push(known ? t(known[0]) : segment);
      kind = known ? known[1] : null;
    }
    value = next;
  });
  return parts.join(' › ');
}

/** One problem as a line a manager reads: "Criterion 2 “50–5,000 employees” › Weight: must be at most 100". */
function describeIssue(issue: ValidationIssue, input: unknown): string {
  return t('editor_issue_at', describePath(issue.path, input), issue.message);
}

/** Every problem as such a line, in the order found. */
export function describeIssues(issues: readonly ValidationIssue[], input: unknown): string[] {
  return issues.map((issue) => describeIssue(issue, input));
}
