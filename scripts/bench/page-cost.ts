import type { BrowserContext, CDPSession } from '@playwright/test';
import { launchWithExtension } from '../../test/e2e/browser';
import { fixtureHtml, loadExpectation } from '../../test/e2e/crm-pages';

/** The same markup on a CRM host (Playcard's content script runs) and on a host no content script matches. */
export interface PageUrls {
  crm: string;
  plain: string;
}

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
  const twin = (url: URL) => `https://crm-twin.example.net${url.pathname}`;
  const list = new URL('/lightning/o/Account/list', record);
  return { record: { crm: record.href, plain: twin(record) }, list: { crm: list.href, plain: twin(list) } };
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Main-thread task time of one load of `url` in a fresh tab: parse, style, layout, and any content script. */
async function loadCost(context: BrowserContext, url: string, settleMs: number): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await taskDuration(cdp);
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    return (await taskDuration(cdp)) - before;
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export interface PageCost {
  loads: number;
  /** Median task time of a load on the unmatched twin (no content script). */
  without: number;
  with: number;
  /** Median of (with − without) over back-to-back pairs: Playcard's main-thread time on that page. */
  extension: number;
}

/**
 * A CRM page's main-thread cost with and without Playcard, in one browser: loads alternate between
 * the CRM URL and its unmatched twin (same markup), so machine noise falls on both.
 */
export async function measurePageCost(extensionDir: string, urls: PageUrls, loads = 12, settleMs = 800): Promise<PageCost> {
  const browser = await launchWithExtension({ extensionDir });
  try {
    await serveSameMarkupEverywhere(browser.context);
    // Warm up: the first load of each pays for process start and the extension's service worker.
    await loadCost(browser.context, urls.plain, settleMs);
    await loadCost(browser.context, urls.crm, settleMs);
    const without: number[] = [];
    const withPlaycard: number[] = [];
    for (let i = 0; i < loads; i++) {
      without.push(await loadCost(browser.context, urls.plain, settleMs));
      withPlaycard.push(await loadCost(browser.context, urls.crm, settleMs));
    }
    // The median of paired differences: each pair ran back to back, so slow moments of the machine cancel.
    return { loads, without: median(without), with: median(withPlaycard), extension: median(withPlaycard.map((value, i) => value - without[i]!)) };
  } finally {
    await browser.close();
  }
}

