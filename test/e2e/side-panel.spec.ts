/**
 * The browser side-panel display (issue 10, item 4), on the shipped build. The sidebar header's button
 * opens the browser's own side panel (headless Chromium has one); Playwright does not list it as a page,
 * so it is read over the DevTools protocol (`Target.attachToTarget`). For tab switches and the popup the
 * panel's page is also opened in a popup window of its own, from the extension's service worker; such a
 * page follows the active tab of the last-focused normal window, as the side panel of that window
 * follows its own (lib/panel/protocol.ts `followedWindow`). Nothing about which tab to follow comes from
 * the page's address.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { hitOnControl, SidebarProbe } from './sidebar';

const pipedrive = loadExpectation('pipedrive', 'deal');
const zoho = loadExpectation('zoho', 'lead');
const PIPELINE = 'https://nordwind-sales.pipedrive.com/pipeline';
const WON = '[data-testid="won-button"]';

let launched: LaunchedBrowser | undefined;
test.afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

async function start(viewport = { width: 1280, height: 800 }, colorScheme: 'light' | 'dark' = 'light') {
  launched = await launchWithExtension({ viewport, colorScheme });
  await serveCrmPages(launched.context, {
    [pipedrive.url]: fixtureHtml('pipedrive', 'deal'),
    [zoho.url]: fixtureHtml('zoho', 'lead'),
    [PIPELINE]: '<!doctype html><title>Pipeline</title><main>Deals by stage</main>',
  });
  const page = await launched.context.newPage();
  await page.goto(pipedrive.url);
  return { launched, page, sidebar: await SidebarProbe.attach(page) };
}

async function serviceWorker(launched: LaunchedBrowser): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${launched.extensionId}/`);
  return launched.context.serviceWorkers().find(isOurs) ?? (await launched.context.waitForEvent('serviceworker', { predicate: isOurs }));
}

/** The panel's page in a popup window of its own, as a rep's side panel would be beside the CRM window. */
async function openPanel(launched: LaunchedBrowser, size = { width: 400, height: 800 }): Promise<Page> {
  const worker = await serviceWorker(launched);
  const opened = launched.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/sidepanel.html') });
  await worker.evaluate(
    (size) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> }; runtime: { getURL(p: string): string } } }).chrome.windows.create({
      url: (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('sidepanel.html'),
      type: 'popup',
      ...size,
    }),
    size,
  );
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}

/** The browser's own side panels now open with our page in them (the extension API lists them as contexts). */
async function openSidePanels(launched: LaunchedBrowser): Promise<string[]> {
  const worker = await serviceWorker(launched);
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } } }).chrome.runtime
      .getContexts({ contextTypes: ['SIDE_PANEL'] })
      // A panel still loading has no document URL yet.
      .then((contexts) => contexts.map((context) => (context.documentUrl ?? '').replace(/^chrome-extension:\/\/[^/]+/, ''))),
  );
}

/** Evaluates `expression` in the browser's own side panel (not a Playwright page), over the DevTools protocol. */
async function inRealSidePanel<T>(page: Page, expression: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const target = targetInfos.find((info) => info.url.endsWith('/sidepanel.html') && !page.context().pages().some((p) => p.url() === info.url));
    if (!target) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<string>((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        if ((JSON.parse(event.message) as { id?: number }).id === 1) resolve(event.message);
      }),
    );
    const message = { id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
    // A panel that goes away meanwhile never answers: give up after 2 s, and the poll asks again.
    const reply = await Promise.race([answer, new Promise<string>((resolve) => setTimeout(() => resolve('{}'), 2000))]);
    return (JSON.parse(reply) as { result?: { result?: { value?: T } } }).result?.result?.value;
  } finally {
    await cdp.detach();
  }
}

const FIELDS_AND_TIER = `({
  tier: document.querySelector('[data-card="fit"]')?.getAttribute('data-tier') ?? null,
  fields: Object.fromEntries([...document.querySelectorAll('[data-card="fields"] [data-field]')].map((el) => [el.getAttribute('data-field'), el.getAttribute('data-value') ?? ''])),
})`;

/** The panel's fields card as `{field: data-value}`, as the sidebar probe reads the in-page one. */
async function panelFields(panel: Page): Promise<Record<string, string>> {
  return panel.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-card="fields"] [data-field]')].map((el) => [el.getAttribute('data-field'), el.getAttribute('data-value') ?? ''])),
  );
}

async function panelFit(panel: Page): Promise<{ score: string; tier: string; coverage: string }> {
  const card = panel.locator('[data-card="fit"]');
  await card.waitFor();
  return {
    score: (await card.getAttribute('data-score')) ?? '',
    tier: (await card.getAttribute('data-tier')) ?? '',
    coverage: (await card.getAttribute('data-coverage')) ?? '',
  };
}

test('the panel shows the active tab’s record, the same cards as the sidebar, and follows the rep from tab to tab', async () => {
  const { launched, page, sidebar } = await start({ width: 1920, height: 1080 });
  const inPage = await sidebar.fit();
  const inPageFields = await sidebar.fields();
  const panel = await openPanel(launched);

  await expect.poll(() => panelFit(panel)).toEqual(inPage);
  await expect.poll(() => panelFields(panel)).toEqual(inPageFields);
  expect(inPageFields.dealName).toBe(pipedrive.fields.dealName);
  // The first screen too, with its tier, and the rep's display choice (still in the page) said plainly.
  await expect(panel.locator('[data-card="summary"]')).toHaveAttribute('data-tier', inPage.tier);
  await expect(panel.getByTestId('panel-also-in-page')).toBeVisible();

  // Another record in another tab: the panel follows the tab the rep brings to the front.
  const lead = await launched.context.newPage();
  await lead.goto(zoho.url);
  await lead.bringToFront();
  await expect.poll(() => panelFields(panel).then((fields) => fields.fullName)).toBe(zoho.fields.fullName);

  // A page that is not a record: the panel says what to do, in words.
  const pipeline = await launched.context.newPage();
  await pipeline.goto(PIPELINE);
  await pipeline.bringToFront();
  await expect(panel.getByTestId('panel-empty')).toHaveText('Open a CRM record to see its playbook cards');
  await expect(panel.locator('[data-card]')).toHaveCount(0);

  await page.bringToFront();
  await expect.poll(() => panelFields(panel).then((fields) => fields.dealName)).toBe(pipedrive.fields.dealName);
});

test('the sidebar header’s button opens the browser’s own side panel, which shows the tab’s record and its inline edits', async () => {
  const { launched, page, sidebar } = await start({ width: 1920, height: 1080 });
  const { tier } = await sidebar.fit();
  const fields = await sidebar.fields();
  await sidebar.click('[data-action="side-panel"]');
  await expect.poll(() => openSidePanels(launched)).toEqual(['/sidepanel.html']);
  await expect.poll(() => sidebar.hostCount()).toBe(0);
  await expect.poll(() => inRealSidePanel(page, FIELDS_AND_TIER)).toEqual({ tier, fields });
  // An inline edit of the deal's name, as the CRM re-renders it.
  const dealName = String(pipedrive.fields.dealName);
  await page.evaluate(
    ({ from, to }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(from)) node.nodeValue = node.nodeValue.replace(from, to);
      }
    },
    { from: dealName, to: `${dealName} (renewal)` },
  );
  await expect
    .poll(() => inRealSidePanel<{ fields: Record<string, string> }>(page, FIELDS_AND_TIER).then((panel) => panel?.fields.dealName))
    .toBe(`${dealName} (renewal)`);
});

test('side-panel mode draws nothing in the page (Pipedrive’s Won is clickable at 1280×800), survives a reload, follows inline edits, and switches back', async () => {
  const { launched, page, sidebar } = await start();
  // Opened and pinned, the in-page sidebar covers Won at 1280 px (test/e2e/sidebar-layout.spec.ts).
  await sidebar.click('.pc-tab');
  await sidebar.click('[data-action="pin"]');
  await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-action="side-panel"]');
  expect(await hitOnControl(page, WON)).toBe('sidebar');
  const panel = await openPanel(launched);
  await page.bringToFront();

  // The header's button opens the browser's own side panel (the click's gesture travels with the message to
  // the background), and nothing of Playcard's is left in the page: Won is the rep's again.
  expect(await openSidePanels(launched)).toEqual([]);
  await sidebar.click('[data-action="side-panel"]');
  await expect.poll(() => openSidePanels(launched)).toEqual(['/sidepanel.html']);
  await expect.poll(() => sidebar.hostCount()).toBe(0);
  expect(await hitOnControl(page, WON)).toBe('control');
  await expect.poll(() => panelFields(panel).then((fields) => fields.dealName)).toBe(pipedrive.fields.dealName);
  await expect(panel.getByTestId('panel-also-in-page')).toHaveCount(0);

  // An inline edit in the CRM: the panel shows the new value.
  const dealName = String(pipedrive.fields.dealName);
  const edited = await page.evaluate(
    ({ from, to }) => {
      let count = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(from)) {
          node.nodeValue = node.nodeValue.replace(from, to);
          count++;
        }
      }
      return count;
    },
    { from: dealName, to: `${dealName} (renewal)` },
  );
  expect(edited).toBeGreaterThan(0);
  await expect.poll(() => panelFields(panel).then((fields) => fields.dealName)).toBe(`${dealName} (renewal)`);

  // The choice is remembered: after a reload the panel shows the record again, and the page stays clear.
  await page.reload();
  await expect.poll(() => panelFields(panel).then((fields) => fields.dealName)).toBe(dealName);
  expect(await sidebar.hostCount()).toBe(0);
  expect(await hitOnControl(page, WON)).toBe('control');

  // The panel's "Show in the page": the sidebar is back without a reload, as the rep left it (pinned open).
  await panel.locator('[data-action="in-page"]').click();
  await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="summary"]');
  expect(await sidebar.hostCount()).toBe(1);
  expect(await hitOnControl(page, WON)).toBe('sidebar');
  await expect(panel.getByTestId('panel-also-in-page')).toBeVisible();
});

test('the popup switches between the page and the side panel, and every open record tab follows', async () => {
  const { launched, page, sidebar } = await start();
  await sidebar.waitFor('.pc-tab');
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-display-in-page')).toBeChecked();
  expect(await openSidePanels(launched)).toEqual([]);
  await popup.getByTestId('popup-display-side-panel').click();
  await expect.poll(() => sidebar.hostCount()).toBe(0);
  // The popup's click opened the browser's side panel too.
  await expect.poll(() => openSidePanels(launched)).toEqual(['/sidepanel.html']);
  await popup.reload();
  await expect(popup.getByTestId('popup-display-side-panel')).toBeChecked();
  await popup.getByTestId('popup-display-in-page').click();
  await sidebar.waitFor('.pc-tab');
  await page.bringToFront();
  expect(await sidebar.hostCount()).toBe(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel (cards, call prep, no record) has no serious or critical axe violations (${colorScheme})`, async () => {
    const { launched } = await start({ width: 1280, height: 800 }, colorScheme);
    const panel = await openPanel(launched);
    await panel.setViewportSize({ width: 360, height: 800 });
    const violations = async (label: string) => {
      const results = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.passes.length, `${label}: axe checked nothing`).toBeGreaterThan(0);
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${label}: ${v.id} at ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
    };
    await panel.locator('[data-card="fit"]').waitFor();
    const found = await violations('cards');
    await panel.locator('[data-action="call-prep"]').click();
    await panel.locator('[data-view="call-prep"]').waitFor();
    found.push(...(await violations('call prep')));
    const pipeline = await launched.context.newPage();
    await pipeline.goto(PIPELINE);
    await pipeline.bringToFront();
    await panel.getByTestId('panel-empty').waitFor();
    found.push(...(await violations('no record')));
    expect(found).toEqual([]);
  });
}
