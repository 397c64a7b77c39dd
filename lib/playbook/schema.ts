/**
 * The playbook schema: the single source of truth for types, validation (the options page, background,
 * imported files, config URL, policy, with messages in a manager's words) and the published JSON Schema.
 * Content scripts do not bundle it: they check the playbook they read from storage with check.ts, which
 * accepts exactly what this schema accepts (test/unit/playbook-check.test.ts) and shares its lists,
 * limits and value rules (rules.ts).
 *
 * Config is data, never code: no regular expressions, no expressions, only the condition shapes below.
 */
import * as z from 'zod/mini';
import { CANONICAL_FIELDS, GRADED_TIERS, type FieldName, type GradedTier } from '../record';
import { formatNumber, t } from '../i18n';
import { playbookErrorMap } from './issue-messages';
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
  saysSomething as hasWords,
  SCHEMA_VERSION,
} from './rules';

const saysSomething = z.refine<string>(hasWords, { error: () => t('editor_schema_no_words') });
const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.shortText), saysSomething);
const longText = z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.text), saysSomething);
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.refine(isIdText, { error: () => t('editor_schema_id_chars') }));
const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.list) => z.array(item).check(z.maxLength(max));

export const fieldNameSchema = z.string().check(
  z.refine(isFieldName, {
    error: (issue) => (issue.input === '' ? t('editor_schema_choose_field') : t('editor_schema_field_name', CANONICAL_FIELDS.join(', '))),
  }),
) as unknown as z.ZodMiniType<FieldName>;

export type Condition =
  | { field: FieldName; is: 'oneOf'; values: string[] }
  | { field: FieldName; is: 'between'; min?: number; max?: number }
  | { field: FieldName; is: 'contains'; keywords: string[] }
  | { field: FieldName; is: 'known' | 'unknown' }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const oneOfCondition = z.strictObject({
  field: fieldNameSchema,
  is: z.literal('oneOf'),
  values: list(shortText).check(z.minLength(1)),
});
const betweenCondition = z
  .strictObject({
    field: fieldNameSchema,
    is: z.literal('between'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  })
  .check(
    z.refine((c) => c.min !== undefined || c.max !== undefined, { error: () => t('editor_schema_min_or_max') }),
    z.refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, { error: () => t('editor_schema_min_above_max') }),
  );
const containsCondition = z.strictObject({
  field: fieldNameSchema,
  is: z.literal('contains'),
  keywords: list(shortText).check(z.minLength(1)),
});
const presenceCondition = z.strictObject({
  field: fieldNameSchema,
  is: z.enum(['known', 'unknown']),
});

export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  oneOfCondition,
  betweenCondition,
  containsCondition,
  presenceCondition,
  z.strictObject({
    get all() {
      return list(conditionSchema, LIMITS.conditions).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return list(conditionSchema, LIMITS.conditions).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
]) as unknown as z.ZodMiniType<Condition>;

export const criterionSchema = z.strictObject({
  id,
  label: shortText,
  weight: z.number().check(z.int(), z.minimum(LIMITS.weight.min), z.maximum(LIMITS.weight.max)),
  when: conditionSchema,
});

export const disqualifierSchema = z.strictObject({ id, label: shortText, when: conditionSchema });

/** The graded tiers A–D, from the one tier list (lib/record.ts FIT_TIERS). */
export const TIERS: readonly GradedTier[] = GRADED_TIERS;

const threshold = z.number().check(z.minimum(LIMITS.threshold.min), z.maximum(LIMITS.threshold.max));
export const tiersSchema = z
  .strictObject({ A: threshold, B: threshold, C: threshold })
  .check(z.refine((tiers) => tiers.A > tiers.B && tiers.B > tiers.C, { error: () => t('editor_schema_tiers_order') }));

export const productSchema = z.strictObject({
  id,
  name: shortText,
  priority: z.enum(PRODUCT_PRIORITIES),
  fitsWhen: z.optional(conditionSchema),
  pitch: longText,
  note: z.optional(longText),
});

export const differentiatorSchema = z.strictObject({
  id,
  title: shortText,
  detail: longText,
  products: z.optional(list(id)),
  competitors: z.optional(list(shortText)),
  when: z.optional(conditionSchema),
});

export const questionSchema = z.strictObject({
  id,
  text: longText,
  fills: z.optional(list(fieldNameSchema, LIMITS.fills)),
  when: z.optional(conditionSchema),
  stages: z.optional(list(shortText)),
  category: z.enum(QUESTION_CATEGORIES),
  framework: z.optional(z.enum(QUESTION_FRAMEWORKS)),
});

const questionLimitSchema = z.number().check(z.int(), z.minimum(LIMITS.questionLimit.min), z.maximum(LIMITS.questionLimit.max));

export type CoachingMetric = (typeof COACHING_METRICS)[number];
/**
 * A manager's coaching question, shown in the rep's weekly review when `metric` this week falls
 * below `fallsBelow` (a share, 0.5 = half) of the rep's own average over the four weeks before.
 */
const shareOfUsual = () => t('editor_schema_share_of_usual', formatNumber(LIMITS.share.min), formatNumber(LIMITS.share.max), formatNumber(0.5));
export const coachingQuestionSchema = z.strictObject({
  id,
  when: z.strictObject({
    metric: z.enum(COACHING_METRICS),
    // In a manager's terms: a share of the rep's usual, not a bare bound.
    fallsBelow: z.number().check(z.minimum(LIMITS.share.min, { error: shareOfUsual }), z.maximum(LIMITS.share.max, { error: shareOfUsual })),
  }),
  question: longText,
});

export const fieldMappingSchema = z
  .strictObject({
    // `*` (every CRM) or a CRM's id: not text a rep reads.
    crm: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.shortText)),
    field: fieldNameSchema,
    labels: z.optional(list(shortText, LIMITS.mappingLabels)),
    selector: z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.selector))),
  })
  .check(z.refine((m) => Boolean(m.labels?.length || m.selector), { error: () => t('editor_schema_labels_or_selector') }));

export const valueAliasSchema = z.strictObject({
  field: fieldNameSchema,
  value: shortText,
  synonyms: list(shortText, LIMITS.synonyms).check(z.minLength(1)),
});

export const playbookSchema = z
  .strictObject({
    $schema: z.optional(z.string().check(z.maxLength(LIMITS.schemaUrl))),
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: (issue) =>
        typeof issue.input === 'number' && issue.input > SCHEMA_VERSION ? t('editor_msg_newer_format', issue.input) : undefined,
    }),
    name: shortText,
    version: z.string().check(z.minLength(1), z.maxLength(LIMITS.version)),
    updatedAt: z.optional(z.string().check(z.maxLength(LIMITS.version))),
    // The currency the playbook's money figures are in (ISO 4217): a deal or revenue written in another is not compared.
    currency: z.optional(z.string().check(z.regex(CURRENCY_CODE, { error: () => t('editor_schema_currency') }))),
    icp: z.strictObject({
      criteria: list(criterionSchema, LIMITS.criteria).check(z.minLength(1)),
      disqualifiers: list(disqualifierSchema, LIMITS.criteria),
      tiers: tiersSchema,
      minCoverage: z._default(z.number().check(z.minimum(0), z.maximum(1)), DEFAULT_MIN_COVERAGE),
    }),
    products: list(productSchema),
    differentiators: list(differentiatorSchema),
    questions: list(questionSchema, LIMITS.questions),
    questionLimit: z.optional(questionLimitSchema),
    coaching: z.optional(list(coachingQuestionSchema, LIMITS.coaching)),
    fieldMappings: z._default(list(fieldMappingSchema), []),
    aliases: z._default(list(valueAliasSchema), []),
  })
  .check(
    z.superRefine((playbook, ctx) => {
      const reportDuplicates = (items: { id: string }[], path: (string | number)[]) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id)) {
            ctx.issues.push({ code: 'custom', message: t('editor_schema_duplicate_id', item.id), path: [...path, index, 'id'], input: item.id });
          }
          seen.add(item.id);
        });
      };
      reportDuplicates(playbook.icp.criteria, ['icp', 'criteria']);
      reportDuplicates(playbook.icp.disqualifiers, ['icp', 'disqualifiers']);
      reportDuplicates(playbook.products, ['products']);
      reportDuplicates(playbook.differentiators, ['differentiators']);
      reportDuplicates(playbook.questions, ['questions']);
      reportDuplicates(playbook.coaching ?? [], ['coaching']);
      const productIds = new Set(playbook.products.map((p) => p.id));
      playbook.differentiators.forEach((d, index) => {
        d.products?.forEach((productId, productIndex) => {
          if (!productIds.has(productId)) {
            ctx.issues.push({
              code: 'custom',
              message: t('editor_schema_unknown_product', productId),
              path: ['differentiators', index, 'products', productIndex],
              input: productId,
            });
          }
        });
      });
    }),
  );

export type Playbook = z.infer<typeof playbookSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Disqualifier = z.infer<typeof disqualifierSchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductPriority = (typeof PRODUCT_PRIORITIES)[number];
export type Differentiator = z.infer<typeof differentiatorSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
export type CoachingQuestion = z.infer<typeof coachingQuestionSchema>;
export type FieldMapping = z.infer<typeof fieldMappingSchema>;
export type ValueAlias = z.infer<typeof valueAliasSchema>;

export interface ValidationIssue {
  /** Dotted path to the value at fault, e.g. `icp.criteria.2.weight`; empty for the whole file. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; playbook: Playbook } | { ok: false; issues: ValidationIssue[] };

/** Validates a playbook; every problem comes with its path and a message in the manager's words. */
export function parsePlaybook(input: unknown): ParseResult {
  const result = playbookSchema.safeParse(input, { error: playbookErrorMap });
  if (result.success) return { ok: true, playbook: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
