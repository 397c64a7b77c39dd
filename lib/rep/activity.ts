/**
 * This week's activity (the guide's "sales metrics tracking"): local counters only — records
 * reviewed by tier, calls prepared, questions asked. No field values, no names, no record ids.
 */
import { FIT_TIERS, type FitTier } from '../record';

export const ACTIVITY_KEY = 'activity';
/** The tiers counted, in the popup's order: the one tier list (lib/record.ts). */
export const ACTIVITY_TIERS: readonly FitTier[] = FIT_TIERS;
/** Weeks kept: this one and the seven before it. */
const WEEKS_KEPT = 8;

export interface WeekCounts {
  reviewed: Record<FitTier, number>;
  callsPrepared: number;
  questionsAsked: number;
}
export type ActivityStore = Record<string, WeekCounts>;

export type ActivityEvent = { event: 'reviewed'; tier: FitTier } | { event: 'call-prepared' } | { event: 'question-asked' };

export function emptyWeek(): WeekCounts {
  const reviewed = Object.fromEntries(FIT_TIERS.map((tier) => [tier, 0])) as Record<FitTier, number>;
  return { reviewed, callsPrepared: 0, questionsAsked: 0 };
}

/** ISO-8601 week of a date, as `2026-W48` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function previousWeek(date: Date): string {
  return isoWeek(new Date(date.getFullYear(), date.getMonth(), date.getDate() - 7));
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** Keeps only well-formed weeks and counts (checked by hand: read in the background and popup). */
export function parseActivity(value: unknown): ActivityStore {
  const store: ActivityStore = {};
  if (!value || typeof value !== 'object') return store;
  for (const [week, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!/^\d{4}-W\d{2}$/.test(week) || !raw || typeof raw !== 'object') continue;
    const input = raw as Partial<Record<keyof WeekCounts, unknown>>;
    const reviewed = (input.reviewed ?? {}) as Record<string, unknown>;
    const counts = emptyWeek();
    for (const tier of ACTIVITY_TIERS) counts.reviewed[tier] = count(reviewed[tier]);
    counts.callsPrepared = count(input.callsPrepared);
    counts.questionsAsked = count(input.questionsAsked);
    store[week] = counts;
  }
  return store;
}

export function recordActivity(store: ActivityStore, activity: ActivityEvent, now: Date): ActivityStore {
  const week = isoWeek(now);
  const current = store[week] ?? emptyWeek();
  const next: WeekCounts = { reviewed: { ...current.reviewed }, callsPrepared: current.callsPrepared, questionsAsked: current.questionsAsked };
  if (activity.event === 'reviewed') next.reviewed[activity.tier] += 1;
  else if (activity.event === 'call-prepared') next.callsPrepared += 1;
  else next.questionsAsked += 1;
  const kept = Object.keys(store)
    .filter((key) => key !== week)
    .sort()
    .slice(-(WEEKS_KEPT - 1));
  return Object.fromEntries([...kept.map((key) => [key, store[key]!] as const), [week, next]]);
}

export function totalReviewed(week: WeekCounts): number {
  return ACTIVITY_TIERS.reduce((sum, tier) => sum + week.reviewed[tier], 0);
}

/**
 * The counters as CSV, one row per week, oldest first. The header holds column keys for
 * spreadsheets and scripts, not words to read, so it is the same in every language.
 */
export function activityCsv(store: ActivityStore): string {
  const header = ['week', ...ACTIVITY_TIERS.map((tier) => `reviewed_${tier}`), 'reviewed_total', 'calls_prepared', 'questions_asked'];
  const rows = Object.keys(store)
    .sort()
    .map((week) => {
      const counts = store[week]!;
      return [week, ...ACTIVITY_TIERS.map((tier) => counts.reviewed[tier]), totalReviewed(counts), counts.callsPrepared, counts.questionsAsked].join(',');
    });
  return `${[header.join(','), ...rows].join('\n')}\n`;
}

/**
 * Records already counted as reviewed today, by record key: kept in `storage.session` (memory only, never
 * on disk) so that "records reviewed" counts distinct records per day, not page visits.
 */
export const REVIEWED_TODAY_KEY = 'reviewedToday';
export interface ReviewedToday {
  day: string;
  keys: string[];
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Validates what `session:reviewedToday` holds; null when it is not a day with its record keys. */
export function parseReviewedToday(value: unknown): ReviewedToday | null {
  const stored = value as Partial<Record<keyof ReviewedToday, unknown>> | null | undefined;
  if (!stored || typeof stored !== 'object' || typeof stored.day !== 'string' || !Array.isArray(stored.keys)) return null;
  return { day: stored.day, keys: stored.keys.filter((k): k is string => typeof k === 'string') };
}

/**
 * More records than a rep reviews in a day: past it, a review no longer counts, so a compromised tab
 * sending made-up record keys can neither inflate the week nor grow the session store without end.
 */
export const MAX_REVIEWS_PER_DAY = 1000;

/** Whether a review of `key` counts (its first today), and the set to keep; yesterday's set is dropped. */
export function firstReviewToday(stored: unknown, key: string, now: Date): { counts: boolean; next: ReviewedToday } {
  const day = localDay(now);
  const previous = parseReviewedToday(stored);
  const keys = previous?.day === day ? previous.keys : [];
  if (keys.includes(key) || keys.length >= MAX_REVIEWS_PER_DAY) return { counts: false, next: { day, keys } };
  return { counts: true, next: { day, keys: [...keys, key] } };
}
