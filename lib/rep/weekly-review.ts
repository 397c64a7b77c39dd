/**
 * The weekly review (the guide's "a rep who booked half as many appointments as usual this week knows
 * to hit the phones"): each of this week's counts against the rep's own average over the four weeks
 * before, and the manager's coaching questions for the counts that fall well below it. Pure: counts
 * in (lib/rep/activity.ts, never CRM values), comparisons out.
 */
import type { CoachingMetric, CoachingQuestion } from '../playbook/schema';
import { COACHING_METRICS } from '../playbook/rules';
import { isoWeek, totalReviewed, type ActivityStore, type WeekCounts } from './activity';

/** Weeks the average covers: the four before this one. activity.ts keeps eight, so all four are there. */
export const AVERAGE_WEEKS = 4;
/** Fewer weeks of history than this (since the first week Playcard counted anything) and nothing is compared. */
export const MIN_HISTORY_WEEKS = 2;
/**
 * No coaching before this share of the working week is gone (the end of Monday): on Monday morning
 * every count is "below" the usual pace, and a question then would be noise, not coaching.
 */
export const MIN_PROGRESS = 0.2;
/** The working day the pace follows: counts come in between 8:00 and 18:00, local time. */
const DAY_START_HOUR = 8;
const DAY_HOURS = 10;
const WORKING_DAYS = 5;

export function metricCount(week: WeekCounts, metric: CoachingMetric): number {
  switch (metric) {
    case 'recordsReviewed':
      return totalReviewed(week);
    case 'goodFitReviewed':
      return week.reviewed.A + week.reviewed.B;
    case 'callsPrepared':
      return week.callsPrepared;
    case 'questionsAsked':
      return week.questionsAsked;
  }
}

/**
 * How much of the working week (Monday to Friday, 8:00–18:00 local time) is gone, 0..1: Wednesday at
 * 13:00 is 2.5 days of 5, 0.5; Saturday and Sunday are the whole week. A partial week is compared with
 * the same share of the usual week, so Tuesday's count is not held against a whole week's average.
 */
export function weekProgress(now: Date): number {
  const weekday = (now.getDay() + 6) % 7; // Monday 0 … Sunday 6
  if (weekday >= WORKING_DAYS) return 1;
  const hours = now.getHours() + now.getMinutes() / 60;
  const today = Math.min(1, Math.max(0, (hours - DAY_START_HOUR) / DAY_HOURS));
  return (weekday + today) / WORKING_DAYS;
}

/** The ISO weeks before `now`'s, nearest first. */
function weeksBefore(now: Date, count: number): string[] {
  const weeks: string[] = [];
  for (let back = 1; back <= count; back++) weeks.push(isoWeek(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 7 * back)));
  return weeks;
}

/**
 * The weeks the average is taken over: of the four before this one, those since the first week
 * Playcard counted anything (a week before that is not a week of zero work, it is a week without
 * Playcard). A week since then with no entry counts as zero: the rep had Playcard and did nothing
 * it counts (a holiday lowers the average, which only makes the review gentler).
 */
export function historyWeeks(store: ActivityStore, now: Date): string[] {
  const current = isoWeek(now);
  const first = Object.keys(store)
    .filter((week) => week < current)
    .sort()[0];
  if (!first) return [];
  return weeksBefore(now, AVERAGE_WEEKS).filter((week) => week >= first);
}

export interface MetricReview {
  metric: CoachingMetric;
  thisWeek: number;
  /** The average per week over the history weeks; undefined while there are too few of them. */
  average: number | undefined;
  /** The average scaled to the share of the week gone: what the rep usually has by now. */
  usualByNow: number | undefined;
  /** thisWeek ÷ usualByNow; undefined when nothing is compared (no history, or an average of 0). */
  share: number | undefined;
}

export interface WeekReview {
  week: string;
  progress: number;
  /** How many weeks the averages cover (0 while there is no history; compared from MIN_HISTORY_WEEKS). */
  historyWeeks: number;
  metrics: MetricReview[];
}

export function reviewWeek(store: ActivityStore, now: Date): WeekReview {
  const week = isoWeek(now);
  const progress = weekProgress(now);
  const history = historyWeeks(store, now);
  const compared = history.length >= MIN_HISTORY_WEEKS;
  const metrics = COACHING_METRICS.map((metric): MetricReview => {
    const thisWeek = store[week] ? metricCount(store[week], metric) : 0;
    if (!compared) return { metric, thisWeek, average: undefined, usualByNow: undefined, share: undefined };
    const average = history.reduce((sum, key) => sum + (store[key] ? metricCount(store[key], metric) : 0), 0) / history.length;
    const usualByNow = average * progress;
    return { metric, thisWeek, average, usualByNow, share: usualByNow > 0 ? thisWeek / usualByNow : undefined };
  });
  return { week, progress, historyWeeks: history.length, metrics };
}

/**
 * Whether a metric falls below a share of the usual: only once enough of the week is gone, and only
 * against an average above zero (nothing falls below "half of nothing").
 */
export function fallsBelow(review: WeekReview, metric: MetricReview, share: number): boolean {
  return review.progress >= MIN_PROGRESS && metric.usualByNow !== undefined && metric.usualByNow > 0 && metric.thisWeek < share * metric.usualByNow;
}

export interface CoachingPrompt {
  question: CoachingQuestion;
  metric: MetricReview;
}

/** The manager's coaching questions whose condition holds this week, in the playbook's order. */
export function coachingPrompts(review: WeekReview, coaching: readonly CoachingQuestion[] | undefined): CoachingPrompt[] {
  const prompts: CoachingPrompt[] = [];
  for (const question of coaching ?? []) {
    const metric = review.metrics.find((m) => m.metric === question.when.metric);
    if (metric && fallsBelow(review, metric, question.when.fallsBelow)) prompts.push({ question, metric });
  }
  return prompts;
}

/**
 * The highest count that still shows a coaching question, for a rep whose usual is `usual` a week, at
 * `progress` of the week (the editor's example: "with 4 or fewer by Friday evening"); -1 when none does.
 */
export function highestCountShown(usual: number, fallsBelow: number, progress: number): number {
  if (progress < MIN_PROGRESS || usual <= 0) return -1;
  // thisWeek < fallsBelow × usual × progress; the epsilon keeps 0.5 × 10 × 0.6 from landing above 3.
  return Math.ceil(fallsBelow * usual * progress - 1e-9) - 1;
}
