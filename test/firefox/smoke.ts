/**
 * Firefox smoke: the Firefox build in Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi (Playwright's own Firefox cannot be downloaded here). Covers what differs from Chromium:
 * the MV2 manifest, the permission flows and the closed shadow root.
 *
 * 1. A record on three SaaS CRMs, served at its real URL, shows every field of its fixture.
 * 2. A manager adds an "Other CRM" site (declared optional and pre-granted by the test build, because
 *    automation cannot click the browser's prompt) and its record gets cards.
 * 3. A config URL on a local server is followed and its playbook is put in force.
 *
 * Run with `npm run test:firefox` (part of `npm test`); FIREFOX_PATH overrides /usr/bin/firefox-esr, and
 * SMOKE_REUSE_BUILD=1 skips the build when only the test changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../lib/addon-id';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation } from '../e2e/crm-pages';

const SITE_ORIGIN = 'https://crm.acme-intern.example';
const BUILD_DIR = path.resolve('.output-firefox-smoke');
/** A fixed moz-extension UUID (pref extensions.webextensions.uuids), so the options page has a known address. */
const EXTENSION_UUID = '5b0a3c1e-7d42-4f7e-9a11-3c5e2b8d9f60';
const OPTIONS_URL = `moz-extension://${EXTENSION_UUID}/options.html`;
const SANDBOX = 'playcard-smoke';

let failures = 0;
async function check(name: string, run: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await run();
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures++;
    console.log(`  ✘ ${name}\n    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual, Object.keys((actual ?? {}) as object).sort());
  const e = JSON.stringify(expected, Object.keys((expected ?? {}) as object).sort());
  if (a !== e) throw new Error(`${what}:\n      expected ${e}\n      received ${a}`);
}

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: timed out; last value ${JSON.stringify(last)}${lastError ? `, last error ${String(lastError)}` : ''}`);
}

/** Raw WebDriver BiDi: puppeteer has no API for closed shadow roots, BiDi's serialisation does. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result?: RemoteValue; exceptionDetails?: { text: string } } }>;
}
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
function bidi(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}
function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** The fields card of the sidebar in the closed root: field → shown value; undefined while there is none. */
async function sidebarFields(browser: Browser, page: Page): Promise<Record<string, string> | undefined> {
  const target = { context: contextId(page), sandbox: SANDBOX };
  const host = await bidi(browser).send('script.evaluate', {
    expression: `document.querySelector('div[data-playcard-sidebar]')`,
    target,
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const node = host.result.result;
  if (node?.type !== 'node') return undefined;
  const shadowRoot = (node.value as { shadowRoot?: RemoteValue | null }).shadowRoot;
  if (!shadowRoot?.sharedId) throw new Error('the sidebar host has no shadow root');
  const fields = await bidi(browser).send('script.callFunction', {
    functionDeclaration: `(root) => root.querySelector('[data-card="fields"]') && JSON.stringify(Object.fromEntries(
      [...root.querySelectorAll('[data-card="fields"] [data-field]')].map((el) => [el.getAttribute('data-field'), el.getAttribute('data-value') ?? ''])))`,
    arguments: [{ sharedId: shadowRoot.sharedId }],
    target,
    awaitPromise: false,
  });
  if (fields.result.exceptionDetails) throw new Error(fields.result.exceptionDetails.text);
  const value = fields.result.result?.value;
  return typeof value === 'string' ? (JSON.parse(value) as Record<string, string>) : undefined;
}

/** Serves fixture pages at their real CRM URLs; every other https request gets an empty 404 (nothing leaves the machine). */
async function servePages(page: Page, pages: Record<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'https:') return void request.continue();
    const body = Object.entries(pages).find(([pageUrl]) => {
      const wanted = new URL(pageUrl);
      return wanted.origin + wanted.pathname === url.origin + url.pathname;
    })?.[1];
    if (body === undefined || !request.isNavigationRequest()) return void request.respond({ status: 404, body: '' });
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Extension pages open only through BiDi's own navigate without waiting (puppeteer's goto waits for events moz-extension pages do not send). */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await bidi(browser).send('browsingContext.navigate', { context: contextId(page), url, wait: 'none' });
  await page.waitForSelector('[data-testid="site-address"], [data-testid="config-url"]', { timeout: 20_000 });
  return page;
}

async function text(page: Page, testId: string): Promise<string> {
  return page.$eval(`[data-testid="${testId}"]`, (el) => el.textContent ?? '').catch(() => '');
}

async function startConfigServer(body: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/playbook.json` };
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Firefox smoke: building the Firefox add-on with a pre-granted test origin');
  if (!process.env.SMOKE_REUSE_BUILD) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: 'ignore',
    env: { ...process.env, PLAYCARD_TEST_HOSTS: `${SITE_ORIGIN}/*,http://127.0.0.1/*`, PLAYCARD_OUT_DIR: BUILD_DIR },
  });
  const profile = mkdtempSync(path.join(tmpdir(), 'playcard-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // A rep's window: below ~1440 px the sidebar folds itself to leave the CRM its room, and the fields card is not drawn.
    defaultViewport: { width: 1920, height: 1080 },
    userDataDir: profile,
    // moz-extension:// pages need system access over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }) },
  });
  const hosted = await startConfigServer(JSON.stringify({ ...DEFAULT_PLAYBOOK, name: 'Hosted Playbook', version: '2026.12.1' }));
  try {
    console.log(`  ${await browser.version()}`);
    const installed = await browser.installExtension(path.join(BUILD_DIR, 'firefox-mv2'));
    assertEqual(installed, FIREFOX_ADDON_ID, 'installed add-on id');

    for (const [crm, name] of [['salesforce', 'lead'], ['hubspot', 'deal'], ['pipedrive', 'organization']] as const) {
      await check(`${crm} ${name}: the sidebar shows every field of the fixture, in a closed root`, async () => {
        const expected = loadExpectation(crm, name);
        const page = await browser.newPage();
        await servePages(page, { [expected.url]: fixtureHtml(crm, name) });
        await page.goto(expected.url, { waitUntil: 'load' });
        const wanted = Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));
        const shown = await poll(() => sidebarFields(browser, page), (fields) => JSON.stringify(fields && Object.keys(fields).sort()) === JSON.stringify(Object.keys(wanted).sort()), 'fields card');
        assertEqual(shown, wanted, 'fields card');
        const openRoot = await page.evaluate(() => document.querySelector('div[data-playcard-sidebar]')?.shadowRoot ?? null);
        if (openRoot !== null) throw new Error('the page can see the sidebar root');
        await page.close();
      });
    }

    await check('a manager adds an Other-CRM site and its record gets cards', async () => {
      const expected = loadExpectation('generic', 'inhouse-company');
      const options = await openExtensionPage(browser, `${OPTIONS_URL}#sites`);
      await options.waitForSelector('[data-testid="site-address"]', { visible: true });
      await options.type('[data-testid="site-address"]', 'crm.acme-intern.example');
      await options.select('[data-testid="site-crm"]', 'generic');
      const [pathInput] = await options.$$('xpath/.//label[contains(., "Record addresses contain")]//input | .//input[@id=//label[contains(., "Record addresses contain")]/@for]');
      if (!pathInput) throw new Error('no "Record addresses contain" input');
      await pathInput.type('/records/');
      await options.click('[data-testid="site-add"]');
      const message = await poll(() => text(options, 'site-message'), (value) => value !== '', 'site message');
      if (!message.includes(`Added ${SITE_ORIGIN}`)) throw new Error(`site message: ${message}`);
      const page = await browser.newPage();
      await servePages(page, { [expected.url]: fixtureHtml('generic', 'inhouse-company') });
      const wanted = Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));
      // The background registers the content script once the site is saved; load again until it runs.
      const shown = await poll(
        async () => {
          await page.goto(expected.url, { waitUntil: 'load' });
          return poll(() => sidebarFields(browser, page), (fields) => fields !== undefined, 'sidebar', 3000).catch(() => undefined);
        },
        (fields) => fields !== undefined,
        'sidebar on the added site',
        30_000,
      );
      assertEqual(shown, wanted, 'fields card on the added site');
      await page.close();
      await options.close();
    });

    await check('a config URL on a local server is followed and its playbook is in force', async () => {
      const options = await openExtensionPage(browser, `${OPTIONS_URL}#distribution`);
      await options.waitForSelector('[data-testid="config-url"]', { visible: true });
      await options.type('[data-testid="config-url"]', hosted.url);
      await options.click('[data-testid="config-url-save"]');
      const message = await poll(() => text(options, 'config-url-message'), (value) => value !== '', 'config URL message');
      if (!message.startsWith('Saved.')) throw new Error(`config URL message: ${message}`);
      await poll(() => text(options, 'playbook-name'), (value) => value === 'Hosted Playbook', 'playbook in force');
      await options.close();
    });
  } finally {
    hosted.server.close();
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`Firefox smoke: ${failures ? `${failures} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
