/**
 * The popup's weekly review on the shipped build: seeded weekly counts where this week's calls prepared
 * fall below half the rep's four-week average show the default playbook's coaching questions, and
 * "Copy my week" puts the counts, averages and questions on the clipboard.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

// Thursday 26 November 2026, 18:00 local time: four of five working days gone (ISO week 2026-W48).
const THURSDAY_EVENING = new Date(2026, 10, 26, 18, 0);
const CALL_QUESTION = 'What is your cold calling process?';

function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const week = Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
const weeksBack = (back: number) => isoWeek(new Date(THURSDAY_EVENING.getFullYear(), THURSDAY_EVENING.getMonth(), THURSDAY_EVENING.getDate() - 7 * back));
const counts = (calls: number, questions: number, reviewedC: number) => ({
  reviewed: { A: 0, B: 0, C: reviewedC, D: 0, disqualified: 0, unknown: 0 },
  callsPrepared: calls,
  questionsAsked: questions,
});

async function openPopupAt(page: Page, extensionId: string, activity: Record<string, unknown>): Promise<void> {
  await page.clock.setFixedTime(THURSDAY_EVENING);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate((value) => chrome.storage.local.set({ activity: value }), activity);
}

test('calls prepared below half the four-week average show the coaching questions; Copy my week copies them', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const popup = await context.newPage();
  // Usual: 10 calls a week, so 8 by Thursday evening; this week 3 (below half). Questions and records on pace.
  await openPopupAt(popup, extensionId, {
    [weeksBack(0)]: counts(3, 16, 8),
    [weeksBack(1)]: counts(12, 20, 10),
    [weeksBack(2)]: counts(8, 20, 10),
    [weeksBack(3)]: counts(10, 20, 10),
    [weeksBack(4)]: counts(10, 20, 10),
  });

  await expect(popup.getByTestId('week-calls-average')).toHaveText('10');
  await expect(popup.getByTestId('week-calls')).toContainText('3');
  await expect(popup.getByTestId('week-calls').locator('xpath=..')).toHaveAttribute('data-below', 'true');
  await expect(popup.getByTestId('week-questions').locator('xpath=..')).not.toHaveAttribute('data-below', 'true');
  const coaching = popup.getByTestId('week-coaching');
  await expect(coaching.getByRole('heading', { name: 'Questions from your manager' })).toBeVisible();
  await expect(coaching).toContainText(CALL_QUESTION);
  await expect(coaching).toContainText('What exactly do prospects say when you call them and they turn you down?');
  await expect(coaching).toContainText('Calls prepared: 3 this week, 38% of your usual pace by now');
  // Only the counts that fell: nothing about questions asked or records reviewed.
  await expect(coaching.locator('li')).toHaveCount(2);

  await popup.getByTestId('week-copy').click();
  await expect(popup.getByTestId('week-copy-status')).toHaveText(/Copied/);
  const shown = await popup.getByTestId('week-copy-text').inputValue();
  expect(shown).toContain(`My week (${weeksBack(0)})`);
  expect(shown).toContain('Calls prepared: 3 (4-week average 10), 38% of my usual pace so far (well below)');
  expect(shown).toContain(`- ${CALL_QUESTION}`);
  // What the clipboard holds, pasted by the keyboard into a field of a page (reading it needs a permission
  // Chromium does not grant extension origins).
  const pad = await context.newPage();
  await pad.setContent('<textarea aria-label="pad"></textarea>');
  await pad.getByLabel('pad').focus();
  await pad.keyboard.press('ControlOrMeta+V');
  await expect(pad.getByLabel('pad')).toHaveValue(shown);
  await pad.close();

  // Back on pace: the questions go.
  await popup.evaluate((value) => chrome.storage.local.set({ activity: value }), {
    [weeksBack(0)]: counts(9, 16, 8),
    [weeksBack(1)]: counts(12, 20, 10),
    [weeksBack(2)]: counts(8, 20, 10),
    [weeksBack(3)]: counts(10, 20, 10),
    [weeksBack(4)]: counts(10, 20, 10),
  });
  await expect(popup.getByTestId('week-calls')).toHaveText('9');
  await expect(popup.getByTestId('week-coaching')).toHaveCount(0);
});

test('with one week of history there is no comparison and no coaching yet', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const popup = await context.newPage();
  await openPopupAt(popup, extensionId, { [weeksBack(0)]: counts(0, 0, 0), [weeksBack(1)]: counts(20, 20, 10) });
  await expect(popup.getByTestId('week-calls-last')).toHaveText('20');
  await expect(popup.getByTestId('week-calls-average')).toHaveText('—');
  await expect(popup.getByTestId('week-average-note')).toContainText('two weeks');
  await expect(popup.getByTestId('week-coaching')).toHaveCount(0);
});
