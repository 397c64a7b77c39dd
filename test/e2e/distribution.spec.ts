/**
 * Distributing the playbook: a config URL served by a real local HTTP server that fails in every way
 * the background must survive, and an enterprise policy read by Chromium from /etc/chromium/policies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { MAX_PLAYBOOK_BYTES } from '../../lib/playbook/io';
import { launchWithExtension, unpackedExtensionId, type LaunchedBrowser } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { inContentScriptWorld } from './content-world';
import { SidebarProbe } from './sidebar';

const BUILD_DIR = path.resolve('.output-e2e-dist');
// The policy test writes a machine-wide policy for this build's extension id: nothing else may run with it meanwhile.
test.describe.configure({ mode: 'serial' });
const EXTENSION_DIR = path.join(BUILD_DIR, 'chrome-mv3');

// A build that differs from the shipped one only by a pre-granted loopback origin (any port): the
// browser's permission prompt for the config URL's origin cannot be clicked in automation.
test.beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, PLAYCARD_TEST_HOSTS: 'http://127.0.0.1/*', PLAYCARD_OUT_DIR: BUILD_DIR },
  });
});

/** A playbook everyone recognises on the sidebar: one product, one criterion every lead with an email meets. */
function hostedPlaybook(name: string, version: string) {
  return {
    ...DEFAULT_PLAYBOOK,
    name,
    version,
    products: [{ id: 'hosted', name: 'Hosted Product', priority: 'push', pitch: 'From the config URL.' }],
    differentiators: DEFAULT_PLAYBOOK.differentiators.filter((d) => !d.products),
    icp: { ...DEFAULT_PLAYBOOK.icp, criteria: [{ id: 'has-email', label: 'Email is known', weight: 10, when: { field: 'email', is: 'known' } }], disqualifiers: [] },
  };
}

type Mode = 'ok' | '404' | '500' | 'invalid-json' | 'schema' | 'too-large' | 'too-large-chunked' | 'slow' | 'redirect';

/** The config server: serves `body` with an ETag (answering 304 to a matching If-None-Match) or fails as `mode` says. */
class ConfigServer {
  mode: Mode = 'ok';
  body = '';
  etag = '"1"';
  log: { status: number; ifNoneMatch?: string; cookie?: string; method: string }[] = [];
  /** Every path requested, in order: a redirect's target must never appear. */
  paths: string[] = [];
  private server: Server;
  port = 0;

  constructor() {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/team/playbook.json`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    this.paths.push(req.url ?? '');
    const record = (status: number) =>
      this.log.push({ status, method: req.method ?? '', ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}), ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}) });
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      record(status);
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(body);
    };
    switch (this.mode) {
      case '404':
        return send(404, 'not here');
      case '500':
        return send(500, 'boom');
      case 'redirect':
        // To a loopback address the config URL's rules allow: still not followed, as its Location cannot be checked first.
        return send(302, '', { Location: `http://127.0.0.1:${this.port}/moved/playbook.json` });
      case 'invalid-json':
        return send(200, '{ "name": "half', { ETag: '"broken"' });
      case 'schema':
        return send(200, JSON.stringify({ ...JSON.parse(this.body), icp: { criteria: [], disqualifiers: [], tiers: { A: 1, B: 2, C: 3 } } }), { ETag: '"schema"' });
      case 'too-large': {
        // Declared up front: the Content-Length check refuses it before reading.
        const big = JSON.stringify({ padding: 'x'.repeat(MAX_PLAYBOOK_BYTES) });
        return send(200, big, { ETag: '"big"', 'Content-Length': String(Buffer.byteLength(big)) });
      }
      case 'too-large-chunked': {
        // No Content-Length: the size cap has to stop the streamed body.
        record(200);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < MAX_PLAYBOOK_BYTES * 2) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        return pump();
      }
      case 'slow': {
        record(0);
        const timer = setTimeout(() => {
          if (!res.destroyed) {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(this.body);
          }
        }, 15_000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'ok':
        if (req.headers['if-none-match'] === this.etag) {
          record(304);
          res.writeHead(304, { ETag: this.etag });
          return res.end();
        }
        return send(200, this.body, { ETag: this.etag, 'Access-Control-Allow-Origin': '*' });
    }
  }
}

async function syncNow(options: Page) {
  await options.getByTestId('sync-now').click();
  // The slow mode takes the full 10 s fetch timeout; two loaded cores can add a lot to that.
  await expect(options.getByTestId('sync-now')).toBeEnabled({ timeout: 45_000 });
}

test('a config URL is followed, and every kind of failure keeps the last good playbook', async () => {
  test.setTimeout(360_000);
  const server = new ConfigServer();
  server.body = JSON.stringify(hostedPlaybook('Hosted Playbook', '2026.1'));
  await server.start();
  const browser: LaunchedBrowser = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    const { context, extensionId } = browser;
    const lead = loadExpectation('salesforce', 'lead');
    await serveCrmPages(context, { [lead.url]: fixtureHtml('salesforce', 'lead') });
    const crm = await context.newPage();
    await crm.goto(lead.url);
    const sidebar = await SidebarProbe.attach(crm);
    await sidebar.fit();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('sync-source')).toHaveText('Built-in default');
    await options.getByTestId('config-url').fill('http://example.com/playbook.json');
    await options.getByTestId('config-url-save').click();
    await expect(options.getByTestId('config-url-message')).toContainText('https://');

    await options.getByTestId('config-url').fill(server.url);
    await options.getByTestId('config-url-save').click();
    await expect(options.getByTestId('config-url-message')).toContainText('Saved.');
    await expect(options.getByTestId('playbook-name')).toHaveText('Hosted Playbook');
    await expect(options.getByTestId('sync-source')).toHaveText('Config URL');
    await expect(options.getByTestId('sync-version')).toHaveText('2026.1');
    await expect(options.getByTestId('sync-last-success')).not.toHaveText(/never/);
    await expect(options.getByTestId('sync-last-error')).toHaveText('none');
    await expect(options.getByTestId('playbook-source')).toContainText('config URL');
    // The open CRM tab follows at once.
    await sidebar.waitFor('[data-card="products"] [data-product="hosted"]');
    expect(server.log[0]).toMatchObject({ method: 'GET', status: 200 });
    expect(server.log.every((entry) => entry.cookie === undefined)).toBe(true);

    const failures: [Mode, RegExp][] = [
      ['404', /HTTP 404/],
      ['500', /HTTP 500/],
      ['invalid-json', /Not valid JSON/],
      ['schema', /not valid: Ideal customer criteria: needs at least one entry/],
      ['too-large', /larger than 512 KB/],
      ['too-large-chunked', /larger than 512 KB/],
      ['slow', /did not answer within 10 s/],
      // Chromium hides a manual redirect's Location in the service worker (an opaqueredirect): refused, not followed.
      ['redirect', /redirected; enter the final address/],
    ];
    for (const [mode, message] of failures) {
      await test.step(`server fails: ${mode}`, async () => {
        server.mode = mode;
        // Under load a "Sync now" can land while the previous sync is still settling; ask again until it shows.
        await expect(async () => {
          await syncNow(options);
          await expect(options.getByTestId('sync-last-error')).toContainText(message, { timeout: 5_000 });
        }).toPass({ timeout: 90_000 });
        await expect(options.getByTestId('playbook-name')).toHaveText('Hosted Playbook');
        await expect(options.getByTestId('sync-source')).toHaveText('Config URL');
      });
    }
    expect(await sidebar.query('[data-card="products"] [data-product="hosted"]')).toBeDefined();
    expect(server.paths.filter((requested) => requested.startsWith('/moved/'))).toEqual([]);

    await test.step('304 with the ETag keeps the playbook and clears the error', async () => {
      server.mode = 'ok';
      const before = server.log.length;
      await syncNow(options);
      await expect(options.getByTestId('sync-last-error')).toHaveText('none');
      expect(server.log.slice(before)).toEqual([{ status: 304, method: 'GET', ifNoneMatch: '"1"' }]);
      await expect(options.getByTestId('playbook-name')).toHaveText('Hosted Playbook');
    });

    await test.step('a new version on the server replaces it', async () => {
      server.body = JSON.stringify(hostedPlaybook('Hosted Playbook', '2026.2'));
      server.etag = '"2"';
      await syncNow(options);
      await expect(options.getByTestId('sync-version')).toHaveText('2026.2');
    });

    await test.step('the popup shows the source, version and sync status', async () => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByTestId('popup-playbook-name')).toHaveText('Hosted Playbook');
      await expect(popup.getByTestId('popup-playbook-version')).toHaveText('2026.2');
      await expect(popup.getByTestId('popup-playbook-source')).toHaveText('Config URL');
      await expect(popup.getByTestId('popup-sync-success')).not.toHaveText('never');
      // Opened as a tab, the popup's own tab is the active one: no CRM record there.
      await expect(popup.getByTestId('popup-no-record')).toBeVisible();
      // The content script answers the popup's question about the CRM tab with CRM, kind, the record's
      // name, its tier and how much of the profile is known (the popup shows them; nothing is stored).
      const answer = await popup.evaluate(async (url) => {
        type Tabs = { query(q: { url: string }): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        const [tab] = await tabs.query({ url });
        return tabs.sendMessage(tab!.id!, { type: 'record-summary' });
      }, lead.url);
      expect(answer).toEqual({ crm: 'Salesforce', kind: 'lead', name: 'Ms. Priya Raman', tier: 'A', criteria: { known: 1, total: 1 } });
      await popup.close();
    });

    await test.step('offline: the server is gone', async () => {
      await server.stop();
      await syncNow(options);
      await expect(options.getByTestId('sync-last-error')).toContainText('Could not reach');
      await expect(options.getByTestId('sync-version')).toHaveText('2026.2');
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByTestId('popup-sync-error')).toContainText('Could not reach');
      await popup.close();
    });

    await test.step('stop following: the own playbook (here the default) is back', async () => {
      await options.getByTestId('config-url-clear').click();
      await expect(options.getByTestId('sync-source')).toHaveText('Built-in default');
      await expect(options.getByTestId('playbook-name')).toHaveText(DEFAULT_PLAYBOOK.name);
    });
  } finally {
    await browser.close();
    await server.stop().catch(() => undefined);
  }
});

test('a full storage.local: Sync now says the new version did not reach CRM tabs, and they keep the old one', async () => {
  test.setTimeout(180_000);
  const server = new ConfigServer();
  server.body = JSON.stringify(hostedPlaybook('Hosted Playbook', '2026.1'));
  await server.start();
  const browser: LaunchedBrowser = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    const { context, extensionId } = browser;
    const lead = loadExpectation('salesforce', 'lead');
    await serveCrmPages(context, { [lead.url]: fixtureHtml('salesforce', 'lead') });
    const crm = await context.newPage();
    await crm.goto(lead.url);
    const sidebar = await SidebarProbe.attach(crm);
    await sidebar.fit();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('config-url').fill(server.url);
    await options.getByTestId('config-url-save').click();
    await expect(options.getByTestId('sync-version')).toHaveText('2026.1');
    await sidebar.waitFor('[data-card="products"] [data-product="hosted"]');

    // Any content script can fill storage.local (10 MB): here, from the CRM tab's content-script world.
    const filled = await inContentScriptWorld(
      crm,
      extensionId,
      `(async () => { let size = 1024 * 1024, n = 0;
        while (size >= 8) { try { await chrome.storage.local.set({ ['junk' + n]: 'x'.repeat(size) }); n++; } catch { size = Math.floor(size / 2); } }
        return n; })()`,
    );
    expect(filled).toBeGreaterThan(0);

    const next = hostedPlaybook('Hosted Playbook', '2026.2');
    next.products = [{ id: 'hosted-2', name: 'Hosted Product 2', priority: 'push', pitch: 'Version 2 of the hosted product, from the config URL.' }];
    server.body = JSON.stringify(next);
    server.etag = '"2"';
    await syncNow(options);
    await expect(options.getByTestId('config-url-message')).toContainText('could not pass the playbook in force on to CRM tabs');
    await expect(options.getByTestId('storage-problems')).toContainText('storage for Playcard is full');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('storage-problems')).toContainText('They keep showing the playbook from before');
    // Nothing in force is lost: the tab keeps version 1, the options page knows version 2 is saved.
    expect(await sidebar.query('[data-card="products"] [data-product="hosted"]')).toBeDefined();
    await expect(options.getByTestId('sync-version')).toHaveText('2026.2');

    // Space again: the next sync brings version 2 to the tab and the notices go.
    await inContentScriptWorld(crm, extensionId, `chrome.storage.local.remove(Array.from({ length: ${filled} }, (_, n) => 'junk' + n))`);
    await syncNow(options);
    await sidebar.waitFor('[data-card="products"] [data-product="hosted-2"]');
    await expect(options.locator('[data-problem="repCopy"]')).toHaveCount(0);
    await expect(popup.locator('[data-problem="repCopy"]')).toHaveCount(0);
  } finally {
    await browser.close();
    await server.stop().catch(() => undefined);
  }
});

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'playcard-e2e-policy.json');

test('a locked playbook set by enterprise policy makes the options page read-only', async () => {
  test.setTimeout(120_000);
  test.skip(process.getuid?.() !== 0, 'writing Chromium policy files needs root');
  // Remove afterwards exactly the directories this test creates (deepest first).
  const createdDirs = [POLICY_DIR, path.dirname(POLICY_DIR)].filter((dir) => !existsSync(dir));
  const policyPlaybook = hostedPlaybook('Policy Playbook', 'policy-7');
  // A nested condition, so the test shows Chromium keeps what the flattened managed_schema describes.
  policyPlaybook.icp.criteria = [
    { id: 'has-email', label: 'Email is known', weight: 10, when: { any: [{ field: 'email', is: 'known' }, { not: { field: 'phone', is: 'unknown' } }] } as never },
  ];
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(EXTENSION_DIR)]: { playbook: policyPlaybook, locked: true } } } }),
  );
  let browser: LaunchedBrowser | undefined;
  try {
    browser = await launchWithExtension({ extensionDir: EXTENSION_DIR });
    const { context, extensionId } = browser;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('playbook-name')).toHaveText('Policy Playbook');
    await expect(options.getByTestId('managed-notice')).toContainText('Managed by your organization');
    await expect(options.getByTestId('sync-source')).toContainText('Set by your organization');
    // Read-only, not disabled: the manager can still select and copy the JSON.
    await expect(options.getByTestId('playbook-json')).not.toBeEditable();
    await expect(options.getByTestId('import')).toBeDisabled();
    await expect(options.getByTestId('config-url')).toBeDisabled();
    await expect(options.getByRole('button', { name: 'Reset to default' })).toHaveCount(0);

    const lead = loadExpectation('salesforce', 'lead');
    await serveCrmPages(context, { [lead.url]: fixtureHtml('salesforce', 'lead') });
    const crm = await context.newPage();
    await crm.goto(lead.url);
    const sidebar = await SidebarProbe.attach(crm);
    await sidebar.waitFor('[data-card="products"] [data-product="hosted"]');
    const fit = await sidebar.waitFor('[data-card="fit"]', (el) => el.attributes['data-score'] === '100');
    expect(fit.attributes['data-tier']).toBe('A');
  } finally {
    await browser?.close();
    rmSync(POLICY_FILE, { force: true });
    for (const dir of createdDirs) {
      try {
        rmdirSync(dir);
      } catch {
        // Something else put a file there meanwhile: leave it.
      }
    }
  }
});
