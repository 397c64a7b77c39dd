/**
 * The call-prep view and the notes a rep copies into the CRM's call log: the fit and all its
 * reasons, what to ask, what to lead with, what never to discount, and why us. Only playbook text,
 * the score and the record's name go into the notes; while the tier is unknown there is no score,
 * only how much of the profile is known.
 */
import { formatNumber, t, uiLanguage } from '../i18n';
import { recordName, type FieldName, type FieldReading } from '../record';
import { fitCounts, headlineScore, type FitCounts, type FitTier } from './fit';
import type { CardsModel, SelectedDifferentiator, SelectedProduct, SelectedQuestion } from './select';

/** A deal's facts for the top of call prep, as the CRM shows them (shown, never copied into the notes). */
export interface DealFact {
  field: FieldName;
  raw: string;
}

export interface CallPrep {
  title: string;
  /** The headline score: null while the tier is unknown (a partial score is no headline). */
  score: number | null;
  tier: FitTier;
  /** Known weight ÷ total weight, 0–1. */
  coverage: number;
  counts: FitCounts;
  disqualifiedBy?: string;
  /** The matched criteria, heaviest first. */
  reasonsFor: string[];
  /** The missed criteria, heaviest first. */
  reasonsAgainst: string[];
  /** The criteria the page does not let us judge, heaviest first: unknowns, never counted as misses or matches. */
  unknowns: string[];
  /** A deal's name (unless it is the title), account, stage, amount, close date and competitor, those the page shows. */
  facts: DealFact[];
  questions: SelectedQuestion[];
  leadWith: SelectedProduct[];
  doNotDiscount: SelectedProduct[];
  whyUs: SelectedDifferentiator[];
}

/** What a rep checks before a deal's call; the one that names the view (the deal, else its account) is not repeated. */
const DEAL_FACTS: readonly FieldName[] = ['dealName', 'company', 'stage', 'amount', 'closeDate', 'competitor'];
const QUESTIONS = 6;
const DIFFERENTIATORS = 4;

export function buildCallPrep(cards: CardsModel): CallPrep {
  const byWeight = [...cards.fit.criteria].sort((a, b) => b.criterion.weight - a.criterion.weight);
  const { fields } = cards.record;
  const isDeal = cards.record.kind === 'deal';
  // A deal is called by its own name; the account it belongs to is the first fact below it.
  const name = recordName(cards.record);
  // Every criterion, heaviest first: a "Watch out" that silently drops the fourth unknown tells the rep
  // less than the fit card beside it (profiles are short: the default has seven criteria).
  const labels = (outcome: string) => byWeight.filter((c) => c.outcome === outcome).map((c) => c.criterion.label);
  const facts = isDeal
    ? DEAL_FACTS.flatMap((field) => {
        const reading: FieldReading | undefined = fields[field];
        return reading && reading.raw.trim() && reading.value !== name ? [{ field, raw: reading.raw.trim() }] : [];
      })
    : [];
  return {
    title: name ?? t('callPrep_thisRecord'),
    score: headlineScore(cards.fit),
    tier: cards.fit.tier,
    coverage: cards.fit.coverage,
    counts: fitCounts(cards.fit),
    ...(cards.fit.disqualifiedBy ? { disqualifiedBy: cards.fit.disqualifiedBy.label } : {}),
    reasonsFor: labels('match'),
    reasonsAgainst: labels('miss'),
    unknowns: labels('unknown'),
    facts,
    // In the sidebar's order, ticked ones included where they were: the rep sees what is done.
    questions: cards.questions.slice(0, QUESTIONS),
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
  lines.push(notesFit(prep));
  section(t('callPrep_whyTheyFit'), prep.reasonsFor);
  section(t('callPrep_watchOut'), [...prep.reasonsAgainst, ...prep.unknowns.map((label) => t('callPrep_unknownCriterion', label))]);
  if (prep.questions.length) {
    const title = t('callPrep_ask');
    lines.push('', md ? `### ${title}` : upperCase(title, language));
    for (const { question, asked } of prep.questions) {
      if (md) lines.push(`- [${asked ? 'x' : ' '}] ${question.text}`);
      else lines.push(`• ${asked ? t('callPrep_askedQuestion', question.text) : question.text}`);
    }
  }
  section(t('callPrep_leadWith'), prep.leadWith.map((p) => `${p.product.name}: ${p.product.pitch}`));
  section(
    t('callPrep_neverDiscount'),
    prep.doNotDiscount.map((p) => `${p.product.name}: ${p.product.note ?? t('callPrep_lossLeaderNote')}`),
  );
  section(t('callPrep_whyUs'), prep.whyUs.map((d) => `${d.differentiator.title}: ${d.differentiator.detail}`));
  return `${lines.join('\n')}\n`;
}

/** The notes' second line: the score and tier, or how much is known while the tier is unknown. */
function notesFit(prep: CallPrep): string {
  if (prep.tier === 'unknown') {
    const percent = formatNumber(Math.round(prep.coverage * 100) / 100, { style: 'percent' });
    return t('callPrep_notesFitUnknown', formatNumber(prep.counts.known), formatNumber(prep.counts.total), percent);
  }
  const score = prep.score === null ? '–' : formatNumber(prep.score);
  const fit = prep.disqualifiedBy ? t('callPrep_notesFitDisqualified', score, prep.disqualifiedBy) : t('callPrep_notesFit', score, prep.tier);
  const { known, total } = prep.counts;
  return known < total && !prep.disqualifiedBy ? `${fit} · ${t('sidebar_criteriaKnown', formatNumber(known), formatNumber(total))}` : fit;
}

function upperCase(text: string, language: string): string {
  try {
    return text.toLocaleUpperCase(language);
  } catch {
    return text.toUpperCase();
  }
}
