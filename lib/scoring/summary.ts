/**
 * The sidebar's first screen, for the call about to happen: the tier (or how much is known), the
 * top questions still to ask, the answer to the competitor on the record, and the product to push.
 */
import type { CardsModel, SelectedDifferentiator, SelectedProduct, SelectedQuestion } from './select';

export interface Summary {
  /** The first questions not yet asked, in the questions card's order. */
  questions: SelectedQuestion[];
  /** The first differentiator against the competitor named on the record, when there is one. */
  versus?: { competitor: string; differentiator: SelectedDifferentiator };
  /**
   * The product the playbook pushes: the first that fits this record, else the first not ruled out
   * (its `fit` is then `maybe`, and the card says "if it fits", as the products card does).
   */
  push?: SelectedProduct;
}

export const SUMMARY_QUESTIONS = 3;

export function summarise(cards: CardsModel): Summary {
  const competitor = cards.record.fields.competitor?.value;
  const against = cards.differentiators.find((d) => d.reason === 'competitor');
  const pushed = cards.products.filter((p) => p.product.priority === 'push');
  const push = pushed.find((p) => p.fit === 'fits') ?? pushed[0];
  return {
    questions: cards.questions.filter((q) => !q.asked).slice(0, SUMMARY_QUESTIONS),
    ...(typeof competitor === 'string' && against ? { versus: { competitor, differentiator: against } } : {}),
    ...(push ? { push } : {}),
  };
}
