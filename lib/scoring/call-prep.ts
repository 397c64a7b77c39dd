/**
 * The call-prep view and the notes a rep copies into the CRM's call log: the fit and its strongest
 * reasons, what to ask, what to lead with, what never to discount, and why us. Only playbook text,
 * the score and the record's name go into the notes.
 */
import { formatNumber, t, uiLanguage } from '../i18n';
import type { CardsModel, SelectedDifferentiator, SelectedProduct, SelectedQuestion } from './select';

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
    title: typeof name === 'string' ? name : t('callPrep_thisRecord'),
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

/** The notes in the UI language; the playbook's own text (criteria, questions, products) is copied as written. */
export function formatCallNotes(prep: CallPrep, format: NotesFormat): string {
  const md = format === 'markdown';
  const language = uiLanguage();
  const lines: string[] = [];
  const section = (title: string, items: string[], checkbox = false) => {
    if (!items.length) return;
    lines.push('', md ? `### ${title}` : upperCase(title, language));
    for (const item of items) lines.push(md ? `- ${checkbox ? '[ ] ' : ''}${item}` : `• ${item}`);
  };
  const heading = t('callPrep_title', prep.title);
  lines.push(md ? `## ${heading}` : heading);
  const score = prep.score === null ? '–' : formatNumber(prep.score);
  lines.push(prep.disqualifiedBy ? t('callPrep_notesFitDisqualified', score, prep.disqualifiedBy) : t('callPrep_notesFit', score, notesTier(prep.tier)));
  section(t('callPrep_whyTheyFit'), prep.reasonsFor);
  section(t('callPrep_watchOut'), prep.reasonsAgainst);
  section(t('callPrep_ask'), prep.questions.map((q) => q.question.text), true);
  section(t('callPrep_leadWith'), prep.leadWith.map((p) => `${p.product.name}: ${p.product.pitch}`));
  section(
    t('callPrep_neverDiscount'),
    prep.doNotDiscount.map((p) => `${p.product.name}: ${p.product.note ?? t('callPrep_lossLeaderNote')}`),
  );
  section(t('callPrep_whyUs'), prep.whyUs.map((d) => `${d.differentiator.title}: ${d.differentiator.detail}`));
  return `${lines.join('\n')}\n`;
}

/** The tier as the notes' second line names it: its letter, or a word for the other tiers. */
function notesTier(tier: string): string {
  if (tier === 'unknown') return t('callPrep_notesTierUnknown');
  if (tier === 'disqualified') return t('callPrep_notesTierDisqualified');
  return tier;
}

function upperCase(text: string, language: string): string {
  try {
    return text.toLocaleUpperCase(language);
  } catch {
    return text.toUpperCase();
  }
}
