/**
 * The loader (lib/content/loader.ts): a CRM page that is not a record gets the URL test only; the
 * reader, scoring and sidebar (the app) arrive, injected by the background, when the tab reaches a
 * record page, here by same-document navigation from a list.
 */
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

test('a list page loads no app; navigating to a record in the same document brings the cards', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const record = loadExpectation('salesforce', 'account');
  const list = new URL('/lightning/o/Account/list', record.url).href;
  // The list URL serves the record's markup: only the URL says it is no record page, so only the URL test can keep the app away.
  await serveCrmPages(context, { [list]: fixtureHtml('salesforce', 'account'), [record.url]: fixtureHtml('salesforce', 'account') });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => {
    if (url.startsWith(`chrome-extension://${extensionId}/`)) scripts.push(url.slice(`chrome-extension://${extensionId}/`.length));
  });
  await cdp.send('Debugger.enable');
  await page.goto(list);
  const sidebar = await SidebarProbe.attach(page);
  await expect.poll(() => scripts).toContain('content-scripts/salesforce.js');
  await page.waitForTimeout(1500);
  expect(await sidebar.hostCount()).toBe(0);
  expect(scripts).not.toContain('salesforce-app.js');

  await page.evaluate((url) => history.pushState(null, '', url), record.url);
  const fit = await sidebar.fit();
  expect(fit.tier).toBeTruthy();
  expect(scripts.filter((script) => script === 'salesforce-app.js')).toHaveLength(1);
  expect(await sidebar.hostCount()).toBe(1);
});
