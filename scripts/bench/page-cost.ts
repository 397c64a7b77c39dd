import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { launchWithExtension } from '../../test/e2e/browser';
import { fixtureHtml, loadExpectation } from '../../test/e2e/crm-pages';

/**
 * The same markup on a CRM host (Playcard's content script runs), on a host only the bench's empty
 * content script matches (the floor), and on a host no content script matches.
 */
export interface PageUrls {
  crm: string;
  floor: string;
  plain: string;
}
const FLOOR_HOST = 'crm-floor.example.net';

/** Serves the Salesforce account markup at every https URL: what differs between two tabs is only whether Playcard runs. */
export async function serveSameMarkupEverywhere(context: BrowserContext): Promise<void> {
  const html = fixtureHtml('salesforce', 'account');
  await context.route(
    (url) => url.protocol === 'https:',
    (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 404, body: '' }),
  );
}

/** The record page's URL, and a non-record page of the same CRM (a list view), each with a twin on an unmatched host. */
export function benchUrls(): { record: PageUrls; list: PageUrls } {
  const record = new URL(loadExpectation('salesforce', 'account').url);
  const twins = (url: URL): PageUrls => ({ crm: url.href, floor: `https://${FLOOR_HOST}${url.pathname}`, plain: `https://crm-twin.example.net${url.pathname}` });
  return { record: twins(record), list: twins(new URL('/lightning/o/Account/list', record)) };
}

/** Main-thread task time (parse, style, layout, scripts) and script time alone, in ms, so far in a tab. */
async function mainThreadTime(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

/** Main-thread time of one load of `url` in a fresh tab, content scripts included. */
async function loadCost(context: BrowserContext, url: string, settleMs: number): Promise<{ task: number; script: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await mainThreadTime(cdp);
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    const after = await mainThreadTime(cdp);
    return { task: after.task - before.task, script: after.script - before.script };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * The floor any extension pays on a page: an unpacked MV3 extension whose content script, matched to
 * the floor host only, does nothing. Loaded beside Playcard, so both are measured in one browser.
 */
function writeFloorExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'playcard-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bench floor: an empty content script',
    version: '1.0',
    content_scripts: [{ matches: [`https://${FLOOR_HOST}/*`], js: ['floor.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'floor.js'), 'void 0;\n');
  return dir;
}

export interface PageCost {
  loads: number;
  /** Median task time of a load on the unmatched twin (no content script). */
  without: number;
  /** Median of (Playcard − page alone) task time over back-to-back loads: Playcard's main-thread time on that page. */
  extension: number;
  /** The same for the empty content script: what running any content script at all costs here. */
  floor: number;
  /** Median script time of a Playcard load (the page itself runs no script): the loader's own JavaScript. */
  script: number;
}

/**
 * A CRM page's main-thread cost with Playcard, with an empty content script (the floor) and with none,
 * in one browser: loads rotate between the CRM URL and its two twins (same markup), so machine noise
 * falls on all three.
 */
export async function measurePageCost(extensionDir: string, urls: PageUrls, loads = 24, settleMs = 800): Promise<PageCost> {
  const floorDir = writeFloorExtension();
  const browser = await launchWithExtension({ extensionDir, alsoLoad: [floorDir] });
  try {
    await serveSameMarkupEverywhere(browser.context);
    // Warm up: the first load of each pays for process start and the extensions' start.
    for (const url of [urls.plain, urls.floor, urls.crm]) await loadCost(browser.context, url, settleMs);
    const pageAlone: number[] = [];
    const playcard: number[] = [];
    const floor: number[] = [];
    const script: number[] = [];
    for (let i = 0; i < loads; i++) {
      // The order rotates, so neither variant always follows the other.
      const order = [urls.plain, urls.floor, urls.crm];
      const costs = new Map<string, { task: number; script: number }>();
      for (let k = 0; k < order.length; k++) {
        const url = order[(k + i) % order.length]!;
        costs.set(url, await loadCost(browser.context, url, settleMs));
      }
      const alone = costs.get(urls.plain)!.task;
      pageAlone.push(alone);
      playcard.push(costs.get(urls.crm)!.task - alone);
      floor.push(costs.get(urls.floor)!.task - alone);
      script.push(costs.get(urls.crm)!.script);
    }
    return { loads, without: median(pageAlone), extension: median(playcard), floor: median(floor), script: median(script) };
  } finally {
    await browser.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
