/**
 * The call-prep view and the notes a rep copies into the CRM's call log: the fit and its strongest
 * reasons, what to ask, what to lead with, what never to discount, and why us. Only playbook text,
 * the score and the record's name go into the notes.
 */
import type { CardsModel, SelectedDifferentiator, SelectedProduct, SelectedQuestion } from './scoring/select';

export interface CallPrep {
  title: string;
  score: number | null;
  tier: string;
  disqualifiedBy?: string;
  /** The heaviest matched criteria. */
  reasonsFor: string[];
  /** The heaviest missed criteria. */
  reasonsAgainst: string[];
  questions: SelectedQuestion[];
  leadWith: SelectedProduct[];
  doNotDiscount: SelectedProduct[];
  whyUs: SelectedDifferentiator[];
}

const REASONS = 3;
const QUESTIONS = 6;
const DIFFERENTIATORS = 4;

export function buildCallPrep(cards: CardsModel): CallPrep {
  const byWeight = [...cards.fit.criteria].sort((a, b) => b.criterion.weight - a.criterion.weight);
  const { fields } = cards.record;
  const name = fields.company?.value ?? fields.fullName?.value ?? fields.dealName?.value;
  return {
    title: typeof name === 'string' ? name : 'this record',
    score: cards.fit.score,
    tier: cards.fit.tier,
    ...(cards.fit.disqualifiedBy ? { disqualifiedBy: cards.fit.disqualifiedBy.label } : {}),
    reasonsFor: byWeight.filter((c) => c.outcome === 'match').slice(0, REASONS).map((c) => c.criterion.label),
    reasonsAgainst: byWeight.filter((c) => c.outcome === 'miss').slice(0, REASONS).map((c) => c.criterion.label),
    questions: cards.questions.filter((q) => !q.asked).slice(0, QUESTIONS),
    leadWith: cards.products.filter((p) => p.product.priority !== 'loss-leader'),
    doNotDiscount: cards.products.filter((p) => p.product.priority === 'loss-leader'),
    whyUs: cards.differentiators.slice(0, DIFFERENTIATORS),
  };
}

export type NotesFormat = 'text' | 'markdown';

export function formatCallNotes(prep: CallPrep, format: NotesFormat): string {
  const md = format === 'markdown';
  const lines: string[] = [];
  const section = (title: string, items: string[], checkbox = false) => {
    if (!items.length) return;
    lines.push('', md ? `### ${title}` : title.toUpperCase());
    for (const item of items) lines.push(md ? `- ${checkbox ? '[ ] ' : ''}${item}` : `• ${item}`);
  };
  lines.push(md ? `## Call prep: ${prep.title}` : `Call prep: ${prep.title}`);
  lines.push(
    `Fit ${prep.score ?? '–'}/100, tier ${prep.tier}${prep.disqualifiedBy ? ` (disqualified: ${prep.disqualifiedBy})` : ''}`,
  );
  section('Why they fit', prep.reasonsFor);
  section('Watch out', prep.reasonsAgainst);
  section('Ask', prep.questions.map((q) => q.question.text), true);
  section('Lead with', prep.leadWith.map((p) => `${p.product.name}: ${p.product.pitch}`));
  section(
    'Never discount',
    prep.doNotDiscount.map((p) => `${p.product.name}: ${p.product.note ?? 'use it to open the door, never discount it further'}`),
  );
  section('Why us', prep.whyUs.map((d) => `${d.differentiator.title}: ${d.differentiator.detail}`));
  return `${lines.join('\n')}\n`;
}
