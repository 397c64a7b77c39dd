/** Seeded weekly counts for popup tests: a fixed Thursday evening and the weeks before it. */
import type { Page } from '@playwright/test';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** Thursday 26 November 2026, 18:00 local time: four of five working days gone (ISO week 2026-W48). */
const THURSDAY_EVENING = new Date(2026, 10, 26, 18, 0);

/** ISO week of a date, written here again (not imported) so the test checks the extension's own. */
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const week = Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export const weeksBack = (back: number, from = THURSDAY_EVENING) => isoWeek(new Date(from.getFullYear(), from.getMonth(), from.getDate() - 7 * back));

export const counts = (calls: number, questions: number, reviewedC: number) => ({
  reviewed: { A: 0, B: 0, C: reviewedC, D: 0, disqualified: 0, unknown: 0 },
  callsPrepared: calls,
  questionsAsked: questions,
});

/** Usual 10 calls a week (8 by Thursday evening); this week 3, below half. Questions and records on pace. */
export const CALLS_FELL = {
  [weeksBack(0)]: counts(3, 16, 8),
  [weeksBack(1)]: counts(12, 20, 10),
  [weeksBack(2)]: counts(8, 20, 10),
  [weeksBack(3)]: counts(10, 20, 10),
  [weeksBack(4)]: counts(10, 20, 10),
};

/** Opens the popup with its clock fixed at THURSDAY_EVENING and the weekly counts set. */
export async function openPopupAt(page: Page, extensionId: string, activity: Record<string, unknown>): Promise<void> {
  await page.clock.setFixedTime(THURSDAY_EVENING);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await setActivity(page, activity);
}

export async function setActivity(page: Page, activity: Record<string, unknown>): Promise<void> {
  await page.evaluate((value) => chrome.storage.local.set({ activity: value }), activity);
}
