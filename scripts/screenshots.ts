/**
 * `npm run screenshots`: the built extension on a deal and an account of three CRMs, at 1280×800 and 1920×1080,
 * in light, dark and German, saved under screenshots/ for a person to look at (and for the README). Where the
 * window is too narrow for the CRM beside the sidebar, the folded tab is shot, then the sidebar opened from it.
 * Then the side-panel display: the Pipedrive deal with nothing drawn in it, in the width the browser's panel leaves
 * it, and the panel's page beside it (opened in a popup window of its own, as the e2e tests do).
 * Nothing here is asserted: the e2e suite does that; this is for eyes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { launchWithExtension, type LaunchedBrowser } from '../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../test/e2e/crm-pages';
import { SidebarProbe } from '../test/e2e/sidebar';

const RECORDS: [crm: string, name: string][] = [
  ['salesforce', 'opportunity'],
  ['salesforce', 'account'],
  ['hubspot', 'deal'],
  ['hubspot', 'company'],
  ['pipedrive', 'deal'],
  ['pipedrive', 'organization'],
];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const VARIANTS: { name: string; colorScheme: 'light' | 'dark'; language?: string }[] = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'dark' },
  { name: 'de', colorScheme: 'light', language: 'de' },
];

/** The README's pictures (`npm run screenshots light` refreshes them): the first screen at 1920, the folded tab at 1280. */
const README_SHOTS: { variant: string; record: string; width: number; file: string; clip?: (size: { width: number; height: number }) => { x: number; y: number; width: number; height: number } }[] = [
  { variant: 'light', record: 'salesforce-opportunity', width: 1920, file: 'first-screen-1920.png', clip: ({ width, height }) => ({ x: width - 960, y: 0, width: 960, height }) },
  { variant: 'light', record: 'pipedrive-deal', width: 1280, file: 'folded-1280.png' },
];

async function main() {
  const outDir = path.resolve('screenshots');
  mkdirSync(outDir, { recursive: true });
  mkdirSync(path.resolve('docs/images'), { recursive: true });
  const only = process.argv.slice(2);
  for (const variant of VARIANTS.filter((v) => !only.length || only.includes(v.name))) {
    const browser = await launchWithExtension({ colorScheme: variant.colorScheme, language: variant.language, viewport: SIZES[0] });
    const records = RECORDS.map(([crm, name]) => ({ crm, name, expected: loadExpectation(crm, name) }));
    await serveCrmPages(browser.context, Object.fromEntries(records.map((r) => [r.expected.url, fixtureHtml(r.crm, r.name)])));
    for (const size of SIZES) {
      for (const { crm, name, expected } of records) {
        const page = await browser.context.newPage();
        await page.setViewportSize(size);
        await page.goto(expected.url);
        const sidebar = await SidebarProbe.attach(page);
        await sidebar.waitFor('.pc-root');
        await page.waitForTimeout(300);
        const base = path.join(outDir, `${crm}-${name}-${size.width}-${variant.name}`);
        await page.screenshot({ path: `${base}.png` });
        if (await sidebar.query('.pc-tab')) {
          await sidebar.click('.pc-tab');
          await sidebar.waitFor('[data-card="summary"]');
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${base}-opened.png` });
        }
        const readmeShot = README_SHOTS.find((shot) => shot.variant === variant.name && shot.record === `${crm}-${name}` && shot.width === size.width);
        if (readmeShot) {
          // The README shows the first screen beside the record it serves, cropped to the sidebar and its neighbourhood.
          await page.screenshot({ path: path.resolve('docs/images', readmeShot.file), clip: readmeShot.clip?.(size) });
        }
        console.log(`${path.relative(process.cwd(), base)}.png`);
        await page.close();
      }
    }
    await sidePanelShots(browser, records.find((r) => r.crm === 'pipedrive' && r.name === 'deal')!.expected.url, outDir, variant.name);
    await browser.close();
  }
}

/** The browser's side panel is about 360 px wide beside a 1280 px window, wider beside a 1920 px one. */
const PANEL_WIDTH: Record<number, number> = { 1280: 360, 1920: 480 };

async function sidePanelShots(browser: LaunchedBrowser, url: string, outDir: string, variant: string): Promise<void> {
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  const worker = browser.context.serviceWorkers().find(isOurs) ?? (await browser.context.waitForEvent('serviceworker', { predicate: isOurs }));
  type Chrome = { storage: { local: { set(items: object): Promise<void> } }; windows: { create(options: object): Promise<unknown> }; runtime: { getURL(path: string): string } };
  await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ displayMode: 'side-panel' }));
  const page = await browser.context.newPage();
  await page.goto(url);
  const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/sidepanel.html') });
  await worker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return chrome.windows.create({ url: chrome.runtime.getURL('sidepanel.html'), type: 'popup' });
  });
  const panel = await opened;
  for (const size of SIZES) {
    const panelWidth = PANEL_WIDTH[size.width] ?? 400;
    await page.setViewportSize({ width: size.width - panelWidth, height: size.height });
    await panel.setViewportSize({ width: panelWidth, height: size.height });
    await page.bringToFront();
    await panel.locator('[data-card="fit"]').waitFor();
    await page.waitForTimeout(300);
    const base = path.join(outDir, `side-panel-pipedrive-deal-${size.width}-${variant}`);
    await page.screenshot({ path: `${base}-page.png` });
    await panel.screenshot({ path: `${base}-panel.png` });
    console.log(`${path.relative(process.cwd(), base)}-{page,panel}.png`);
  }
  await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ displayMode: 'in-page' }));
  await panel.close();
  await page.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
