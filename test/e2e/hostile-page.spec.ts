/**
 * A hostile CRM page against the shipped build (issue 11): it cannot reach the sidebar's closed
 * root, keep the sidebar away, read the cards through a selection, learn the extension id or end
 * Playcard, restyle the inside; an extension reload leaves nothing stale that throws; a page that
 * cannot be read says so; what a content script (or a renderer acting as one) writes to storage
 * changes nothing in force. Each test failed against the build before these fixes (the probe in
 * sidebar.ts finds that build's `<playcard-sidebar>` host too: `PLAYCARD_EXTENSION_DIR=<old build>`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from '@playwright/test';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages, type FixtureExpectation } from './crm-pages';
import { expect, test } from './fixtures';
import { inContentScriptWorld } from './content-world';
import { SidebarProbe } from './sidebar';

// Inside a value the reader reads; deeper than about 7,500 crashes Chromium's renderer with no extension at all.
const NESTING_DEPTH = 5000;
const company = loadExpectation('hubspot', 'company');
const deal = loadExpectation('hubspot', 'deal');

/** The deal's address on the company's tenant: pushState cannot change origin. */
const dealUrlOnSameTenant = new URL(new URL(deal.url).pathname + new URL(deal.url).search, company.url).href;

const shown = (expected: FixtureExpectation) =>
  Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));

/** What HubSpot does on same-document navigation: swap the record's DOM (keeping ours), push the URL. */
async function navigateToDeal(page: Page): Promise<void> {
  await page.evaluate(
    ({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      const host = document.querySelector('[data-playcard-sidebar], playcard-sidebar');
      document.body.replaceChildren(...next.body.childNodes);
      if (host) document.body.append(host);
      history.pushState({}, '', url);
    },
    { html: fixtureHtml('hubspot', 'deal'), url: dealUrlOnSameTenant },
  );
}

declare global {
  interface Window {
    attack?: { constructed: number; internals?: ElementInternals | null; messages: string[] };
  }
}

test('a page that defined our old element name first gets no constructor call, no root, no way in', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  await context.addInitScript(() => {
    window.attack = { constructed: 0, messages: [] };
    customElements.define(
      'playcard-sidebar',
      class extends HTMLElement {
        constructor() {
          super();
          window.attack!.constructed++;
          window.attack!.internals = this.attachInternals();
        }
      },
    );
  });
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  const seen = await page.evaluate(() => {
    const root = window.attack!.internals?.shadowRoot;
    if (root) {
      const link = document.createElement('a');
      link.href = 'javascript:alert(1)';
      link.textContent = 'Click me';
      root.append(link);
    }
    return { constructed: window.attack!.constructed, rootText: root?.textContent?.slice(0, 80) ?? null };
  });
  expect(seen).toEqual({ constructed: 0, rootText: null });
  expect(await sidebar.query('a[href^="javascript:"]')).toBeUndefined();
});

test('a page whose pre-defined element attaches an open root cannot keep the sidebar away', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  await context.addInitScript(() => {
    customElements.define(
      'playcard-sidebar',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Not Playcard</p>';
        }
      },
    );
  });
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  expect(await sidebar.fields()).toEqual(shown(company));
});

test('the page cannot read the cards through a selection, not even one the rep made', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  const cardText = (await sidebar.waitFor('[data-card="fit"] .pc-fit__tier-text')).text;
  expect(cardText.length).toBeGreaterThan(5);
  // The rep triple-clicks a line in the fit card, as when trying to copy it.
  await sidebar.click('[data-card="fit"] .pc-fit__tier-text', { clickCount: 3 });
  const harvested = await page.evaluate(() => {
    const afterClick = getSelection()?.toString() ?? '';
    document.execCommand('selectAll');
    const afterSelectAll = getSelection()?.toString() ?? '';
    return { afterClick, afterSelectAll };
  });
  expect(harvested.afterClick).not.toContain(cardText);
  expect(harvested.afterSelectAll).not.toContain(cardText);
  expect(harvested.afterSelectAll).not.toContain('Fields read');
  // The page's own text is still selectable: the host's rule stays in the host.
  expect(harvested.afterSelectAll).toContain(company.fields.company as string);
});

test('no message naming the extension reaches the page', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  await context.addInitScript(() => {
    window.attack = { constructed: 0, messages: [] };
    window.addEventListener('message', (event) => window.attack!.messages.push(JSON.stringify(event.data)), true);
  });
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  await navigateToDeal(page);
  await expect.poll(() => sidebar.fields({ read: 'on-page' }), { timeout: 10_000 }).toEqual(shown(deal));
  const messages = await page.evaluate(() => window.attack!.messages);
  expect(messages.filter((message) => message.includes(extensionId) || message.includes('wxt'))).toEqual([]);
});

test('no page event ends Playcard: WXT’s start handshake, forged, changes nothing', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  // What WXT's context obeyed (the page learnt the id from WXT's own start message).
  await page.evaluate((id) => {
    for (const entrypoint of ['hubspot', 'sites']) {
      const type = `${id}:${entrypoint}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: entrypoint, messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: entrypoint, messageId: 'forged' }, '*');
    }
  }, extensionId);
  await page.waitForTimeout(200);
  expect(await sidebar.hostCount()).toBe(1);
  await navigateToDeal(page);
  await expect.poll(() => sidebar.fields({ read: 'on-page' }), { timeout: 10_000 }).toEqual(shown(deal));
  expect(await sidebar.hostCount()).toBe(1);
});

test('page CSS on the host cannot restyle the inside', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  const hostile = `<style>[data-playcard-sidebar], playcard-sidebar, div { --pc-text: transparent !important; --pc-width: 1px !important; --pc-bg: transparent !important; }</style>`;
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company').replace('</head>', `${hostile}</head>`) });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  const style = await sidebar.computedStyle('.pc-root');
  expect(parseFloat(style.width!)).toBeGreaterThan(200);
  expect(style.color).not.toBe('rgba(0, 0, 0, 0)');
  expect(style['background-color']).not.toBe('rgba(0, 0, 0, 0)');
});

async function serviceWorker(page: Page, extensionId: string): Promise<Worker> {
  const context = page.context();
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
}

test('after an extension reload the old sidebar removes itself, and nothing it leaves can throw', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(company.url);
  const cdp = await context.newCDPSession(page);
  // Uncaught errors of every world, the content script's isolated one included.
  cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
    errors.push(`${event.exceptionDetails.text} ${event.exceptionDetails.exception?.description ?? ''}`),
  );
  await cdp.send('Runtime.enable');
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  const dock = await sidebar.center('[data-action="dock"]');

  const worker = await serviceWorker(page, extensionId);
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  // Nobody touches the page: the port's disconnect alone takes the old sidebar away.
  await expect.poll(() => sidebar.hostCount(), { timeout: 10_000 }).toBe(0);

  // Where the sidebar was, the rep clicks and types; the CRM re-renders; nothing of the old script throws.
  await page.mouse.click(dock.x, dock.y);
  await page.keyboard.press('Alt+Shift+Y');
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { textContent: 'Industry changed' })));
  await page.waitForTimeout(500);
  expect(errors.filter((text) => /context invalidated|reading 'local'|Playcard/i.test(text))).toEqual([]);
});

test('a page that cannot be read says so in the sidebar instead of leaving it blank', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  // 5,000 elements nested inside a value cell (issue 11: more than the readers' recursion could take).
  const nesting = `<script>
    const cell = document.querySelector('[data-selenium-test="property-input-country"]');
    let parent = cell;
    for (let depth = 0; depth < ${NESTING_DEPTH}; depth++) parent = parent.appendChild(document.createElement('span'));
    parent.textContent = 'Germany';
  </script>`;
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company').replace('</body>', `${nesting}</body>`) });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  // Cards when the readers cope with the depth, the notice when they do not: never nothing.
  const shownCard = await sidebar.waitFor('[data-card="fit"], [data-card="unreadable"]');
  if (shownCard.attributes['data-card'] === 'unreadable') expect(shownCard.text).toContain('Could not read this page');
});

test('a page that removes the sidebar gets it back', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [company.url]: fixtureHtml('hubspot', 'company') });
  const page = await context.newPage();
  await page.goto(company.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  await page.evaluate(() => document.querySelector('[data-playcard-sidebar], playcard-sidebar')?.remove());
  await expect.poll(() => sidebar.hostCount()).toBe(1);
  await sidebar.fit();
});

/** The attacker's playbook: one product everyone would notice on the sidebar. */
const evilPlaybook = {
  ...DEFAULT_PLAYBOOK,
  name: 'EVIL playbook',
  version: '666',
  products: [{ id: 'evil', name: 'EVIL product', priority: 'push', pitch: 'Buy from the attacker.' }],
  differentiators: DEFAULT_PLAYBOOK.differentiators.filter((d) => !d.products),
};

test('what a content script writes to storage changes nothing in force: config URL, own playbook, CRM sites, the tabs’ copy', async ({ browserWithExtension }) => {
  test.setTimeout(90_000);
  const { context, extensionId } = browserWithExtension;
  // Where the forged config URL points: it serves the attacker's playbook to anyone (CORS open).
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify(evilPlaybook));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const evilUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/evil.json`;
  try {
    const account = loadExpectation('salesforce', 'account');
    await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account') });
    const page = await context.newPage();
    await page.goto(account.url);
    const sidebar = await SidebarProbe.attach(page);
    await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]');

    const now = new Date().toISOString();
    const forged = {
      configUrl: { url: evilUrl, setAt: now },
      configSync: { url: evilUrl, playbook: evilPlaybook, lastSuccessAt: now, lastVersion: '666' },
      playbook: { playbook: evilPlaybook, savedFrom: 'editor', savedAt: now },
      crmSites: [{ origin: 'https://evil.example', crm: 'generic', kind: 'deal' }],
    };
    await inContentScriptWorld(page, extensionId, `chrome.storage.local.set(${JSON.stringify(forged)}).then(() => 'written')`);
    const copyName = () => inContentScriptWorld(page, extensionId, `chrome.storage.local.get('activePlaybook').then((s) => s.activePlaybook?.playbook?.name)`);
    // Long enough for the old build to fetch the forged URL and put its playbook in force (well under a second there).
    await page.waitForTimeout(3000);
    expect(requests).toEqual([]);
    expect(await copyName()).toBe(DEFAULT_PLAYBOOK.name);

    // And the tabs' copy of the playbook in force itself: the background rewrites it from the trusted store.
    await inContentScriptWorld(page, extensionId, `chrome.storage.local.set(${JSON.stringify({ activePlaybook: { playbook: evilPlaybook, origin: 'local', savedAt: now } })})`);
    await expect.poll(copyName, { timeout: 10_000 }).toBe(DEFAULT_PLAYBOOK.name);
    await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]');
    expect(await sidebar.query('[data-product="evil"]')).toBeUndefined();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('playbook-name')).toHaveText(DEFAULT_PLAYBOOK.name);
    await expect(options.getByTestId('sync-source')).toHaveText('Built-in default');
    await expect(options.getByTestId('config-url')).toHaveValue('');
    await expect(options.locator('#crm-sites')).not.toContainText('evil.example');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-playbook-name')).toHaveText(DEFAULT_PLAYBOOK.name);
    expect(requests).toEqual([]);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a compromised tab writing forged playbook copies in a loop never gets one into another tab\'s sidebar', async ({ browserWithExtension }) => {
  test.setTimeout(60_000);
  const { context, extensionId } = browserWithExtension;
  const account = loadExpectation('salesforce', 'account');
  const company = loadExpectation('hubspot', 'company');
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account'), [company.url]: fixtureHtml('hubspot', 'company') });
  const victim = await context.newPage();
  await victim.goto(account.url);
  const sidebar = await SidebarProbe.attach(victim);
  await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]');
  const attacker = await context.newPage();
  await attacker.goto(company.url);
  await (await SidebarProbe.attach(attacker)).fit();

  // Every 20 ms for 4 s, from the attacker tab's content-script world (what a compromised renderer can do).
  const copy = JSON.stringify({ playbook: evilPlaybook, origin: 'local', savedAt: new Date().toISOString() });
  await inContentScriptWorld(attacker, extensionId, `(() => { const timer = setInterval(() => chrome.storage.local.set({ activePlaybook: ${copy} }), 20); setTimeout(() => clearInterval(timer), 4000); return 'started'; })()`);
  let samples = 0;
  const deadline = Date.now() + 4000;
  while (Date.now() < deadline) {
    expect(await sidebar.query('[data-product="evil"]'), `sample ${samples}`).toBeUndefined();
    samples++;
    await victim.waitForTimeout(50);
  }
  expect(samples).toBeGreaterThan(20);
  expect(await sidebar.query('[data-card="products"] [data-product="revenue-analytics"]')).toBeDefined();
});
