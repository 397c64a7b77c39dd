/**
 * Turns a record and its fit into the sidebar's cards: which questions to ask next, which
 * products to lead with, which differentiators to use. Pure: the options-page preview and the
 * content script build the same model.
 */
import type { Differentiator, Playbook, Product, ProductPriority, Question } from '../playbook/schema';
import type { CrmRecord, FieldName, FieldReading } from '../record';
import { buildAliasIndex, canonicalText, evaluateCondition, type AliasIndex, type FieldValues, type Truth } from './conditions';
import { moneyInOtherCurrency, type OtherCurrency } from './currency';
import { scoreFit, type FitResult } from './fit';

export type QuestionReason = 'fills-unknown' | 'stage' | 'persona' | 'general';

export interface SelectedQuestion {
  question: Question;
  reason: QuestionReason;
  /** The fields this question would fill that the page does not show. */
  fills: FieldName[];
  asked: boolean;
}

export type ProductFit = 'fits' | 'maybe';

export interface SelectedProduct {
  product: Product;
  fit: ProductFit;
}

export type DifferentiatorReason = 'competitor' | 'prospect' | 'product' | 'general';

export interface SelectedDifferentiator {
  differentiator: Differentiator;
  reason: DifferentiatorReason;
}

export interface CardsModel {
  record: CrmRecord;
  fit: FitResult;
  questions: SelectedQuestion[];
  products: SelectedProduct[];
  differentiators: SelectedDifferentiator[];
  /** How many questions show before "Show all" (the playbook's questionLimit). */
  questionLimit: number;
  /** Money fields in another currency than the playbook's, left out of every comparison (lib/scoring/currency.ts). */
  otherCurrency?: OtherCurrency;
}

export const DEFAULT_QUESTION_LIMIT = 8;

export function fieldValues(fields: CrmRecord['fields'], leaveOut: OtherCurrency['fields'] = {}): FieldValues {
  const values: FieldValues = {};
  for (const [name, reading] of Object.entries(fields) as [FieldName, FieldReading | undefined][]) {
    if (reading && leaveOut[name] === undefined) values[name] = reading.value;
  }
  return values;
}

/** The values the playbook's conditions are held against: money in another currency left out. */
export function comparableValues(playbook: Playbook, record: CrmRecord): { values: FieldValues; otherCurrency?: OtherCurrency } {
  const otherCurrency = moneyInOtherCurrency(record.fields, playbook.currency);
  return { values: fieldValues(record.fields, otherCurrency?.fields), ...(otherCurrency ? { otherCurrency } : {}) };
}

function fold(text: string): string {
  return text.trim().toLocaleLowerCase();
}

const REASON_ORDER: Record<QuestionReason, number> = { 'fills-unknown': 0, stage: 1, persona: 2, general: 3 };

/** Before a deal has a stage (leads, contacts, accounts) the conversation is still opening. */
const OPENING_CATEGORIES: ReadonlySet<Question['category']> = new Set(['cold-call', 'discovery']);

export function selectQuestions(
  playbook: Playbook,
  fields: FieldValues,
  fit: FitResult,
  aliases: AliasIndex,
  askedIds: ReadonlySet<string> = new Set(),
): SelectedQuestion[] {
  const unknownRank = new Map(fit.unknownFields.map((field, rank) => [field, rank]));
  // Stages compare after the playbook's aliases, as conditions do: a Pipedrive "Proposal Made" is the
  // manager's "Proposal/Price Quote" when the playbook says so.
  const stageKey = (text: string) => fold(canonicalText('stage', text, aliases));
  const stage = typeof fields.stage === 'string' ? stageKey(fields.stage) : undefined;
  const selected: (SelectedQuestion & { rank: number; order: number })[] = [];

  playbook.questions.forEach((question, order) => {
    let forStage = false;
    if (question.stages) {
      if (stage !== undefined && !question.stages.some((s) => stageKey(s) === stage)) return;
      if (stage === undefined && !OPENING_CATEGORIES.has(question.category)) return;
      forStage = stage !== undefined;
    }
    if (question.when && evaluateCondition(question.when, fields, aliases) !== true) return;
    const missing = (question.fills ?? []).filter((field) => fields[field] === undefined);
    // A question that only fills fields the page already shows has nothing left to learn.
    if (question.fills?.length && missing.length === 0) return;
    const icpGaps = missing.filter((field) => unknownRank.has(field));
    const reason: QuestionReason = icpGaps.length ? 'fills-unknown' : forStage ? 'stage' : question.when ? 'persona' : 'general';
    const rank = icpGaps.length ? Math.min(...icpGaps.map((field) => unknownRank.get(field) ?? Infinity)) : 0;
    selected.push({ question, reason, fills: missing, asked: askedIds.has(question.id), rank, order });
  });

  // Ticking a question never moves it: the rep finds it where it was, struck through, and can untick it.
  return selected
    .sort(
      (a, b) =>
        REASON_ORDER[a.reason] - REASON_ORDER[b.reason] ||
        a.rank - b.rank ||
        a.order - b.order,
    )
    .map(({ rank: _rank, order: _order, ...question }) => question);
}

const PRIORITY_ORDER: Record<ProductPriority, number> = { push: 0, standard: 1, 'loss-leader': 2 };

export function selectProducts(playbook: Playbook, fields: FieldValues, aliases: AliasIndex): SelectedProduct[] {
  const selected: (SelectedProduct & { order: number })[] = [];
  playbook.products.forEach((product, order) => {
    const truth: Truth = product.fitsWhen ? evaluateCondition(product.fitsWhen, fields, aliases) : true;
    if (truth === false) return;
    selected.push({ product, fit: truth === true ? 'fits' : 'maybe', order });
  });
  return selected
    .sort(
      (a, b) =>
        Number(a.fit === 'maybe') - Number(b.fit === 'maybe') ||
        PRIORITY_ORDER[a.product.priority] - PRIORITY_ORDER[b.product.priority] ||
        a.order - b.order,
    )
    .map(({ order: _order, ...product }) => product);
}

const DIFFERENTIATOR_ORDER: Record<DifferentiatorReason, number> = { competitor: 0, prospect: 1, product: 2, general: 3 };

/** Whether a differentiator answers the competitor named on a record (free text, matched either way round). */
export function mentionsCompetitor(differentiator: Differentiator, competitor: string | undefined): boolean {
  if (!competitor || !differentiator.competitors) return false;
  const onRecord = fold(competitor);
  // CRMs hold free text ("Gong.io", "ZoomInfo Chorus"): match either way round.
  return differentiator.competitors.some((name) => onRecord.includes(fold(name)) || fold(name).includes(onRecord));
}

export function selectDifferentiators(
  playbook: Playbook,
  fields: FieldValues,
  aliases: AliasIndex,
  leadProductIds: ReadonlySet<string>,
): SelectedDifferentiator[] {
  const competitor = typeof fields.competitor === 'string' ? fields.competitor : undefined;
  const selected: (SelectedDifferentiator & { order: number })[] = [];
  playbook.differentiators.forEach((differentiator, order) => {
    if (differentiator.competitors?.length && !mentionsCompetitor(differentiator, competitor)) return;
    if (differentiator.when && evaluateCondition(differentiator.when, fields, aliases) !== true) return;
    const reason: DifferentiatorReason = differentiator.competitors?.length
      ? 'competitor'
      : differentiator.when
        ? 'prospect'
        : differentiator.products?.some((id) => leadProductIds.has(id))
          ? 'product'
          : 'general';
    if (differentiator.products?.length && !differentiator.products.some((id) => leadProductIds.has(id))) return;
    selected.push({ differentiator, reason, order });
  });
  return selected
    .sort((a, b) => DIFFERENTIATOR_ORDER[a.reason] - DIFFERENTIATOR_ORDER[b.reason] || a.order - b.order)
    .map(({ order: _order, ...differentiator }) => differentiator);
}

/** Everything the sidebar shows for one record under one playbook. */
export function buildCards(
  playbook: Playbook,
  record: CrmRecord,
  askedIds: ReadonlySet<string> = new Set(),
  aliases: AliasIndex = buildAliasIndex(playbook.aliases),
): CardsModel {
  const { values: fields, otherCurrency } = comparableValues(playbook, record);
  const fit = scoreFit(playbook, fields, aliases);
  const products = selectProducts(playbook, fields, aliases);
  const leadProductIds = new Set(products.map((p) => p.product.id));
  return {
    record,
    fit,
    questions: selectQuestions(playbook, fields, fit, aliases, askedIds),
    products,
    differentiators: selectDifferentiators(playbook, fields, aliases, leadProductIds),
    questionLimit: playbook.questionLimit ?? DEFAULT_QUESTION_LIMIT,
    ...(otherCurrency ? { otherCurrency } : {}),
  };
}
