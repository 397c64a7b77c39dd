/**
 * The page cannot read the sidebar through `window.find` (security review, guarantee 1: "not read its
 * contents"). Chromium's `window.find` searches the text of closed shadow roots too: its boolean answer
 * is an oracle, and growing a known prefix one character at a time read the tier, the score and values
 * the page does not hold (an account's, remembered on an opportunity). The sidebar now draws its words
 * from attributes (components/sidebar/text-from-attributes.ts), which find does not search.
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

  // The oracle works: text the page itself shows is found and grown.
  const ownName = String(opportunity.fields.dealName);
  expect((await readThroughFind(page, [ownName.slice(0, 4)]))[ownName.slice(0, 4)]!.length).toBeGreaterThan(4);
  // And the sidebar holds no words as text at all: only white space between the drawn ones.
  expect(await sidebar.textNodes()).toEqual([]);

  const prefixes = ['Tier ', 'Score ', phone.slice(0, 7), industry.slice(0, 5)];
  // None of the prefixes is on the page (checked above for the values), so a page that cannot see the sidebar learns nothing.
  expect(await readThroughFind(page, prefixes)).toEqual(Object.fromEntries(prefixes.map((prefix) => [prefix, ''])));
});

test('screen readers still get the words: controls in the shipped sidebar are named in the accessibility tree', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [opportunity.url]: fixtureHtml('salesforce', 'opportunity') });
  const page = await context.newPage();
  await page.goto(opportunity.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.waitFor('[data-card="questions"] .pc-question');
  const questions = (await sidebar.queryAll('[data-card="questions"] .pc-question__text')).map((el) => el.text);
  const cardTitles = (await sidebar.queryAll('.pc-card__title')).map((el) => el.text);
  expect(questions.length).toBeGreaterThan(0);
  expect(cardTitles.length).toBeGreaterThanOrEqual(5);
  expect(await sidebar.textNodes()).toEqual([]);

  // What assistive technology is handed: Chromium's accessibility tree, generated content included.
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  const named = (role: string) => nodes.filter((node) => node.role?.value === role).map((node) => node.name?.value ?? '');
  expect(named('checkbox')).toEqual(expect.arrayContaining(questions));
  for (const title of cardTitles) expect(named('button').some((name) => name.includes(title)), `a button named "${title}"`).toBe(true);
  expect(named('heading').filter((name) => cardTitles.some((title) => name.includes(title))).length).toBeGreaterThanOrEqual(cardTitles.length);
});
