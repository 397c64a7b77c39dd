/**
 * The popup's weekly review on the shipped build: seeded weekly counts where this week's calls prepared
 * fall below half the rep's four-week average show the default playbook's coaching questions, and
 * "Copy my week" puts the counts, averages and questions on the clipboard.
 */
import { expect, test } from './fixtures';
import { CALLS_FELL, counts, openPopupAt, setActivity, weeksBack } from './weekly-history';

const CALL_QUESTION = 'What is your cold calling process?';

test('calls prepared below half the four-week average show the coaching questions; Copy my week copies them', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const popup = await context.newPage();
  // Usual: 10 calls a week, so 8 by Thursday evening; this week 3 (below half). Questions and records on pace.
  await openPopupAt(popup, extensionId, CALLS_FELL);

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
  await setActivity(popup, { ...CALLS_FELL, [weeksBack(0)]: counts(9, 16, 8) });
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

test('the editor\'s coaching section says what a share means for a rep, and follows a change', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  await editor.locator('details[data-section="coaching"] > summary').click();
  const item = editor.locator('[data-item="coaching.0"]');
  await expect(item.locator('[data-path="coaching.0.question"]')).toHaveValue(CALL_QUESTION);
  const example = item.getByTestId('coaching-example');
  await expect(example).toHaveText('For a rep whose usual is 10 a week, it shows with 4 or fewer by Friday evening (2 or fewer by Wednesday evening).');
  await item.locator('[data-path="coaching.0.when.fallsBelow"]').selectOption({ label: '75% of usual' });
  await expect(example).toContainText('7 or fewer by Friday evening (4 or fewer by Wednesday evening)');
  await item.scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/editor-coaching.png' });
});
