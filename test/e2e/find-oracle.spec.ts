/**
 * The page cannot read the sidebar through `window.find` (security review, guarantee 1: "not read its
 * contents"). Chromium's `window.find` searches the text of closed shadow roots too: the selection stays
 * empty (`user-select: none`), but its boolean answer is an oracle, and growing a known prefix one
 * character at a time reads the tier, the score and values the page does not hold (an account's,
 * remembered on an opportunity). Marked `test.fail` while the sidebar's text is in the page's document:
 * it reports "expected to fail, passed" once the fix lands; then drop the mark.
 */
import type { Page } from '@playwright/test';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const account = loadExpectation('salesforce', 'account');
const opportunity = loadExpectation('salesforce', 'opportunity');

/** What a page script learns by growing `prefix` with `window.find` (case-sensitive, no wrap-around into dialogs). */
function readThroughFind(page: Page, prefixes: string[]): Promise<Record<string, string>> {
  return page.evaluate((prefixes) => {
    const alphabet = ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;()/-+%&@';
    const find = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean, wholeWord: boolean, inFrames: boolean, dialog: boolean): boolean }).find;
    const has = (text: string) => {
      const found = find.call(window, text, true, false, true, false, false, false);
      getSelection()?.removeAllRanges();
      return found;
    };
    const grow = (prefix: string) => {
      let text = prefix;
      if (!has(text)) return '';
      for (let step = 0; step < 40; step++) {
        const next = [...alphabet].find((char) => has(text + char));
        if (next === undefined) break;
        text += next;
      }
      return text;
    };
    return Object.fromEntries(prefixes.map((prefix) => [prefix, grow(prefix)]));
  }, prefixes);
}

test('the page cannot read the cards, or a remembered account\'s values, through window.find', async ({ browserWithExtension }) => {
  test.fail(true, 'window.find crosses the closed shadow root in Chromium (security review)');
  test.setTimeout(90_000);
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account'), [opportunity.url]: fixtureHtml('salesforce', 'opportunity') });
  const accountPage = await context.newPage();
  await accountPage.goto(account.url);
  await (await SidebarProbe.attach(accountPage)).waitFor('[data-field="industry"]');

  const page = await context.newPage();
  await page.goto(opportunity.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.waitFor('[data-field="industry"]', (el) => el.attributes['data-source'] === 'remembered');
  // The rep opens the fields card, as when checking what was read.
  await sidebar.click('[data-card="fields"] .pc-card__toggle');
  await sidebar.waitFor('[data-card="fields"] .pc-field__value');

  const phone = String(account.fields.phone);
  const industry = String(account.fields.industry);
  // Neither value is on the opportunity's own page: only the sidebar shows them.
  expect(await page.evaluate(({ phone, industry }) => [document.body.innerText.includes(phone.slice(0, 7)), document.body.innerText.includes(industry.slice(0, 5)), /Tier |Score /.test(document.body.innerText)], { phone, industry })).toEqual([false, false, false]);
  await sidebar.fit();

  const prefixes = ['Tier ', 'Score ', phone.slice(0, 7), industry.slice(0, 5)];
  // None of the prefixes is on the page (checked above for the values), so a page that cannot see the sidebar learns nothing.
  expect(await readThroughFind(page, prefixes)).toEqual(Object.fromEntries(prefixes.map((prefix) => [prefix, ''])));
});
