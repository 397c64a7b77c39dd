/**
 * New items start empty: no made-up title, pitch or question that could reach every rep unedited.
 * Their required texts fail validation until the manager writes them, so Save says what is missing.
 * Only choices that are sensible as they stand get a value (a weight, a category, a priority).
 * The id is a stand-in (`item`, `item-2`) that follows the label as it is typed.
 */
import type { CoachingQuestion, Criterion, Differentiator, Disqualifier, FieldMapping, Product, Question, ValueAlias } from '../schema';
import type { FieldName } from '../../record';
import { newCondition } from './conditions';
import { uniqueId } from './ids';

const ids = (items: readonly { id?: unknown }[] | undefined) => (items ?? []).map((item) => String(item.id ?? ''));
const newId = (existing: readonly { id?: unknown }[]) => uniqueId('', ids(existing));

export function newCriterion(existing: readonly Criterion[]): Criterion {
  return { id: newId(existing), label: '', weight: 10, when: newCondition() };
}
export function newDisqualifier(existing: readonly Disqualifier[]): Disqualifier {
  return { id: newId(existing), label: '', when: newCondition() };
}
export function newProduct(existing: readonly Product[]): Product {
  return { id: newId(existing), name: '', priority: 'standard', pitch: '' };
}
export function newDifferentiator(existing: readonly Differentiator[]): Differentiator {
  return { id: newId(existing), title: '', detail: '' };
}
export function newQuestion(existing: readonly Question[]): Question {
  return { id: newId(existing), text: '', category: 'discovery' };
}
export function newCoachingQuestion(existing: readonly CoachingQuestion[]): CoachingQuestion {
  return { id: newId(existing), when: { metric: 'callsPrepared', fallsBelow: 0.5 }, question: '' };
}
export function newFieldMapping(): FieldMapping {
  return { crm: '*', field: '' as FieldName, labels: [] };
}
export function newValueAlias(): ValueAlias {
  return { field: 'industry', value: '', synonyms: [] };
}

/** The key an item's id is made from. */
export const ID_SOURCE = { criteria: 'label', disqualifiers: 'label', products: 'name', differentiators: 'title', questions: 'text', coaching: 'question' } as const;
