/**
 * "Copy my week": the weekly review as short plain text for a one-to-one — the counts, each against
 * the rep's four-week average, and the coaching questions that apply. Counts only, never CRM values.
 */
import type { CoachingMetric } from '../playbook/schema';
import { formatNumber, t, type MessageKey } from '../i18n';
import { fallsBelow, type CoachingPrompt, type MetricReview, type WeekReview } from './weekly-review';

export const METRIC_LABEL: Record<CoachingMetric, MessageKey> = {
  recordsReviewed: 'popup_recordsReviewed',
  goodFitReviewed: 'popup_goodFitReviewed',
  callsPrepared: 'popup_callsPrepared',
  questionsAsked: 'popup_questionsAsked',
};

/** An average per week: whole numbers as they are, others to one decimal. */
export function formatAverage(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 1 });
}

/** This week against the usual pace, in words ("45 % of your usual pace"); '' while nothing is compared. */
export function paceText(metric: MetricReview, key: 'popup_pace' | 'popup_copyPace' = 'popup_pace'): string {
  if (metric.share === undefined) return '';
  return t(key, formatNumber(Math.min(metric.share, 9.99), { style: 'percent', maximumFractionDigits: 0 }));
}

export function weekText(review: WeekReview, prompts: readonly CoachingPrompt[]): string {
  const lines = [t('popup_copyHeading', review.week)];
  for (const metric of review.metrics) {
    const label = t(METRIC_LABEL[metric.metric]);
    const count = formatNumber(metric.thisWeek);
    if (metric.average === undefined) {
      lines.push(t('popup_copyLine', label, count));
      continue;
    }
    const flagged = prompts.some((p) => p.metric.metric === metric.metric) || fallsBelow(review, metric, 0.5);
    const line = t('popup_copyLineAverage', label, count, formatAverage(metric.average));
    const pace = paceText(metric, 'popup_copyPace');
    lines.push(pace ? `${line}, ${pace}${flagged ? ` ${t('popup_copyBelow')}` : ''}` : line);
  }
  if (review.metrics[0]?.average === undefined) lines.push(t('popup_noHistory'));
  if (prompts.length) {
    lines.push('', t('popup_copyCoaching'));
    const seen = new Set<string>();
    for (const { question } of prompts) {
      if (seen.has(question.question)) continue;
      seen.add(question.question);
      lines.push(`- ${question.question}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
