import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

/** The few extension APIs these checks call inside the service worker. */
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

async function serviceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const find = () => context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
  return find() ?? (await context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`) }));
}

/** The toolbar badge of the tab showing `url`, read in the extension's service worker. */
async function badgeOf(worker: Worker, url: string): Promise<string> {
  return worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, url);
}

test('the toolbar badge shows the tab tier on records and nothing elsewhere; the shortcut folds the sidebar', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const account = loadExpectation('salesforce', 'account');
  const home = 'https://acme.lightning.force.com/lightning/page/home';
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account'), [home]: '<html><body>Home</body></html>' });
  const page = await context.newPage();
  await page.goto(account.url);
  const sidebar = await SidebarProbe.attach(page);
  const { tier } = await sidebar.fit();
  const worker = await serviceWorker(context, extensionId);
  await expect.poll(() => badgeOf(worker, account.url)).toBe(tier === 'disqualified' ? 'DQ' : tier === 'unknown' ? '?' : tier);

  // What the keyboard shortcut's command handler sends to the active tab (shortcut.spec.ts presses the real keys).
  await worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'toggle-sidebar' });
  }, account.url);
  await sidebar.waitFor('.pc-root--collapsed');

  // The popup's question, as entrypoints/popup/App.tsx asks it: the tab answers (asynchronously, on the
  // browser's own API) with its CRM, tier and the record's name; a message of any other shape gets no answer.
  const ask = (message: unknown) =>
    worker.evaluate(
      async ({ pageUrl, question }) => {
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        return chrome.tabs.sendMessage(tab!.id!, question).catch(() => 'no answer');
      },
      { pageUrl: account.url, question: message },
    );
  expect(await ask({ type: 'record-summary' })).toMatchObject({ crm: 'Salesforce', tier, name: expect.stringMatching(/\S/) });
  expect([undefined, 'no answer']).toContain(await ask({ type: 'record-summary', field: 'industry' }));

  await page.evaluate((url) => history.pushState({}, '', url), home);
  await expect.poll(() => badgeOf(worker, home)).toBe('');
});

test('this week counts records reviewed, calls prepared and questions asked, exports CSV and resets', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const lead = loadExpectation('salesforce', 'lead');
  await serveCrmPages(context, { [lead.url]: fixtureHtml('salesforce', 'lead') });
  const page = await context.newPage();
  await page.goto(lead.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  const question = (await sidebar.waitFor('[data-card="questions"] [data-question]')).attributes['data-question']!;
  await sidebar.click(`[data-question="${question}"] input[type="checkbox"]`);
  await sidebar.click('[data-action="call-prep"]');
  await sidebar.waitFor('[data-view="call-prep"]');
  // The same record opened again the same day is still one record reviewed (page visits are not records).
  await page.reload();
  await (await SidebarProbe.attach(page)).fit();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('week-reviewed')).toHaveText('1');
  await expect(popup.getByTestId('week-calls')).toHaveText('1');
  await expect(popup.getByTestId('week-questions')).toHaveText('1');
  await expect(popup.getByTestId('week-reviewed-last')).toHaveText('0');

  const download = popup.waitForEvent('download');
  await popup.getByTestId('week-csv').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\n')[0]).toContain('reviewed_total,calls_prepared,questions_asked');
  expect(csv).toMatch(/\n\d{4}-W\d{2},.*,1,1,1\n/);
  expect(csv).not.toContain(String(lead.fields.fullName));

  popup.once('dialog', (dialog) => void dialog.accept());
  await popup.getByTestId('week-reset').click();
  await expect(popup.getByTestId('week-reviewed')).toHaveText('0');

  // The shortcut in force, and the way to the browser's page for changing it.
  await expect(popup.getByTestId('popup-shortcut')).toContainText('Alt+Shift+Y');
  const settings = context.waitForEvent('page');
  await popup.getByTestId('popup-shortcut-edit').click();
  await expect.poll(async () => (await settings).url()).toBe('chrome://extensions/shortcuts');
});
