/**
 * Which control edits which schema key, with the wording a sales manager reads.
 *
 * FORM_TEXT is keyed by the schema's own types, and test/unit/form-model.test.ts walks the zod
 * objects' shapes: a schema field without a form control fails the build or the test.
 */
import type { CoachingQuestion, Criterion, Differentiator, Disqualifier, FieldMapping, Playbook, Product, Question, ValueAlias } from '../schema';
import { t, type MessageKey } from '../../i18n';

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
  coaching: TextFor<CoachingQuestion>;
  coachingWhen: TextFor<CoachingQuestion['when']>;
  fieldMapping: TextFor<FieldMapping>;
  valueAlias: TextFor<ValueAlias>;
} = {
  playbook: {
    $schema: text('editor_playbook_schema_label', 'editor_playbook_schema_help', { auto: true }),
    schemaVersion: text('editor_playbook_schemaVersion_label', undefined, { auto: true }),
    name: text('editor_playbook_name_label', 'editor_playbook_name_help'),
    version: text('editor_playbook_version_label', 'editor_playbook_version_help'),
    updatedAt: text('editor_playbook_updatedAt_label', 'editor_playbook_updatedAt_help'),
    currency: text('editor_playbook_currency_label', 'editor_playbook_currency_help'),
    icp: text('editor_playbook_icp_label'),
    products: text('editor_playbook_products_label'),
    differentiators: text('editor_playbook_differentiators_label'),
    questions: text('editor_playbook_questions_label'),
    fieldMappings: text('editor_playbook_fieldMappings_label'),
    aliases: text('editor_playbook_aliases_label'),
    questionLimit: text('editor_playbook_questionLimit_label', 'editor_playbook_questionLimit_help'),
    coaching: text('editor_playbook_coaching_label', 'editor_playbook_coaching_help'),
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
  coaching: {
    id: text('editor_id_label', 'editor_id_from_question_help'),
    question: text('editor_coaching_question_label', 'editor_coaching_question_help'),
    when: text('editor_coaching_when_label'),
  },
  coachingWhen: {
    metric: text('editor_coaching_metric_label'),
    fallsBelow: text('editor_coaching_fallsBelow_label', 'editor_coaching_fallsBelow_help'),
  },
  valueAlias: {
    field: text('editor_field_label'),
    value: text('editor_alias_value_label', 'editor_alias_value_help'),
    synonyms: text('editor_alias_synonyms_label', 'editor_alias_synonyms_help'),
  },
};
