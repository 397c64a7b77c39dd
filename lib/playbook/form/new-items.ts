/** New-item factories, with ids made from their labels. */
import type { CoachingQuestion, Criterion, Differentiator, Disqualifier, FieldMapping, Product, Question, ValueAlias } from '../schema';
import type { FieldName } from '../../record';
import { t } from '../../i18n';
import { newCondition } from './conditions';
import { uniqueId } from './ids';

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
export function newCoachingQuestion(existing: readonly CoachingQuestion[]): CoachingQuestion {
  return { id: uniqueId('', ids(existing)), when: { metric: 'callsPrepared', fallsBelow: 0.5 }, question: '' };
}
export function newFieldMapping(): FieldMapping {
  return { crm: '*', field: 'custom.new_field' as FieldName, labels: [t('editor_new_mapping_label')] };
}
export function newValueAlias(): ValueAlias {
  return { field: 'industry', value: t('editor_new_alias_value'), synonyms: [t('editor_new_alias_synonym')] };
}

/** The key an item's id is made from. */
export const ID_SOURCE = { criteria: 'label', disqualifiers: 'label', products: 'name', differentiators: 'title', questions: 'text', coaching: 'question' } as const;
