/**
 * Accessibility: axe-core scans of the sidebar (cards, call prep, dark mode, collapsed tab), the
 * options page and the popup, plus a keyboard walk through the sidebar.
 *
 * axe cannot enter a closed shadow root, so this file — and only this file (docs/ARCHITECTURE.md, "Sidebar
 * contract") — runs a test build whose sidebar root is open (PLAYCARD_OPEN_SHADOW=1, wxt.config.ts). axe does not
 * read CSS generated content either, so that build keeps the sidebar's words as text; the shipped build draws them
 * from attributes, and find-oracle.spec.ts checks its controls' names in the browser's accessibility tree.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { launchWithExtension, type LaunchedBrowser, type LaunchOptions } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { CALLS_FELL, openPopupAt } from './weekly-history';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';

const BUILD_DIR = path.resolve('.output-e2e-a11y');
const EXTENSION_DIR = path.join(BUILD_DIR, 'chrome-mv3');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const HOST = '[data-playcard-sidebar]';

// One build, one worker: the tests share the build and must not build it twice at once.
test.describe.configure({ mode: 'default' });

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, PLAYCARD_OPEN_SHADOW: '1', PLAYCARD_OUT_DIR: BUILD_DIR },
  });
});

async function withBrowser(options: LaunchOptions, body: (browser: LaunchedBrowser) => Promise<void>): Promise<void> {
  const browser = await launchWithExtension({ ...options, extensionDir: EXTENSION_DIR });
  try {
    await body(browser);
  } finally {
    await browser.close();
  }
}

interface ScanResult {
  label: string;
  /** Rule ids of the serious and critical violations. */
  ids: string[];
  /** Each such rule with its targets and axe's failure summaries. */
  report: string;
  /** Nodes axe checked (passed or not) inside the sidebar's shadow root: their target is a path through the host. */
  shadowNodesChecked: number;
}

/** Scans with the WCAG 2.0/2.1 A and AA rules and keeps the serious and critical violations. */
async function scan(builder: AxeBuilder, label: string): Promise<ScanResult> {
  const results = await builder.withTags(WCAG_TAGS).analyze();
  expect(results.passes.length, `${label}: axe checked nothing`).toBeGreaterThan(0);
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking
    .map((v) =>
      [
        `${label} — ${v.id} (${v.impact}): ${v.help}`,
        ...v.nodes.map((node) => `  at ${JSON.stringify(node.target)}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n');
  const checked = [...results.passes, ...results.violations, ...results.incomplete].flatMap((rule) => rule.nodes);
  const shadowNodesChecked = checked.filter((node) => Array.isArray(node.target[0]) && node.target[0].length > 1).length;
  return { label, ids: blocking.map((v) => v.id), report, shadowNodesChecked };
}

/** Fails on serious or critical violations in any of the scans, listing rule ids, targets and summaries. */
function expectNoSeriousViolations(...scans: ScanResult[]): void {
  const failing = scans.filter((s) => s.ids.length > 0);
  expect(
    failing.map((s) => `${s.label}: ${s.ids.join(', ')}`),
    `serious/critical axe violations\n${failing.map((s) => s.report).join('\n')}`,
  ).toEqual([]);
}

/** Opens the Salesforce account fixture and waits for the sidebar's fit card in its (open) root. */
async function openSidebar(browser: LaunchedBrowser): Promise<Page> {
  const expected = loadExpectation('salesforce', 'account');
  await serveCrmPages(browser.context, { [expected.url]: fixtureHtml('salesforce', 'account') });
  const page = await browser.context.newPage();
  await page.goto(expected.url);
  await page.waitForFunction((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('[data-card="fit"]'), HOST);
  return page;
}

/** Clicks inside the open root (Playwright's CSS locators pierce open shadow roots). */
async function clickInSidebar(page: Page, selector: string): Promise<void> {
  await page.locator(`${HOST} ${selector}`).click();
}

function sidebarScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).include(HOST);
}

/** Guards against a scan that silently stopped at the host: axe must have checked nodes inside the root. */
function expectScannedInsideRoot(result: ScanResult): void {
  expect(result.shadowNodesChecked, `${result.label}: axe checked no node inside the sidebar's shadow root`).toBeGreaterThan(0);
}

test('sidebar cards have no serious or critical axe violations (light)', async () => {
  await withBrowser({}, async (browser) => {
    const page = await openSidebar(browser);
    await page.screenshot({ path: '/tmp/a11y-sidebar-light.png' });
    const result = await scan(sidebarScan(page), 'sidebar, light');
    expectScannedInsideRoot(result);
    expectNoSeriousViolations(result);
  });
});

test('call prep has no serious or critical axe violations', async () => {
  await withBrowser({}, async (browser) => {
    const page = await openSidebar(browser);
    await clickInSidebar(page, '[data-action="call-prep"]');
    await page.locator(`${HOST} [data-view="call-prep"]`).waitFor();
    await page.screenshot({ path: '/tmp/a11y-call-prep-light.png' });
    const result = await scan(sidebarScan(page), 'call prep, light');
    expectScannedInsideRoot(result);
    expectNoSeriousViolations(result);
  });
});

test('sidebar and call prep in dark mode have no serious or critical axe violations', async () => {
  await withBrowser({ colorScheme: 'dark' }, async (browser) => {
    const page = await openSidebar(browser);
    await page.screenshot({ path: '/tmp/a11y-sidebar-dark.png' });
    const cards = await scan(sidebarScan(page), 'sidebar, dark');
    await clickInSidebar(page, '[data-action="call-prep"]');
    await page.locator(`${HOST} [data-view="call-prep"]`).waitFor();
    await page.screenshot({ path: '/tmp/a11y-call-prep-dark.png' });
    const prep = await scan(sidebarScan(page), 'call prep, dark');
    [cards, prep].forEach(expectScannedInsideRoot);
    expectNoSeriousViolations(cards, prep);
  });
});

test('the collapsed tab has no serious or critical axe violations (light and dark)', async () => {
  const scans: ScanResult[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await withBrowser({ colorScheme }, async (browser) => {
      const page = await openSidebar(browser);
      await clickInSidebar(page, 'button[title="Hide Playcard"]');
      await page.locator(`${HOST} .pc-root--collapsed .pc-tab`).waitFor();
      await page.screenshot({ path: `/tmp/a11y-collapsed-${colorScheme}.png` });
      scans.push(await scan(sidebarScan(page), `collapsed tab, ${colorScheme}`));
    });
  }
  scans.forEach(expectScannedInsideRoot);
  expectNoSeriousViolations(...scans);
});

test('the options page has no serious or critical axe violations (light and dark)', async () => {
  test.setTimeout(90_000);
  const scans: ScanResult[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await withBrowser({ colorScheme }, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // With the guide's warnings and the where-will-this-show hints on screen: a question no longer
      // filling the country warns about the country criterion; the list sections show their hints.
      const editor = page.getByTestId('playbook-editor');
      for (const section of ['products', 'differentiators', 'questions', 'coaching']) await editor.locator(`details[data-section="${section}"] > summary`).click();
      const qIndex = DEFAULT_PLAYBOOK.questions.findIndex((q) => q.fills?.length === 1 && q.fills[0] === 'country');
      await editor.locator(`[data-path="questions.${qIndex}.fills"]`).getByRole('checkbox', { name: 'Country', exact: true }).uncheck();
      await expect(page.getByTestId('editor-warning').first()).toBeVisible();
      await expect(editor.getByTestId('differentiator-placement').first()).toBeVisible();
      await expect(editor.getByTestId('product-placement').first()).toBeVisible();
      await expect(editor.getByTestId('question-placement').first()).toBeVisible();
      await page.screenshot({ path: `/tmp/a11y-options-${colorScheme}.png` });
      scans.push(await scan(new AxeBuilder({ page }), `options, ${colorScheme}`));
    });
  }
  expectNoSeriousViolations(...scans);
});

test('the popup has no serious or critical axe violations (light and dark)', async () => {
  const scans: ScanResult[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await withBrowser({ colorScheme }, async ({ context, extensionId }) => {
      const page = await context.newPage();
      // With the weekly review's coaching questions and the copied text shown.
      await openPopupAt(page, extensionId, CALLS_FELL);
      await expect(page.getByTestId('week-coaching')).toBeVisible();
      await page.getByTestId('week-copy').click();
      await expect(page.getByTestId('week-copy-text')).toBeVisible();
      await page.screenshot({ path: `/tmp/a11y-popup-${colorScheme}.png`, fullPage: true });
      scans.push(await scan(new AxeBuilder({ page }), `popup, ${colorScheme}`));
    });
  }
  expectNoSeriousViolations(...scans);
});

interface FocusStop {
  inSidebar: boolean;
  tag: string;
  action: string | null;
  title: string | null;
  card: string | null;
  toggle: boolean;
  expanded: string | null;
  text: string;
  focusVisible: boolean;
  outlineStyle: string;
  boxShadow: string;
}

/** What has focus now: inside the sidebar, the shadow root's active element and its computed focus style. */
function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const active = document.activeElement === root?.host ? root?.activeElement : null;
    if (!active) return { inSidebar: false, tag: document.activeElement?.tagName ?? '', action: null, title: null, card: null, toggle: false, expanded: null, text: '', focusVisible: false, outlineStyle: '', boxShadow: '' };
    const style = getComputedStyle(active);
    return {
      inSidebar: true,
      tag: active.tagName.toLowerCase(),
      action: active.getAttribute('data-action'),
      title: active.getAttribute('title'),
      card: active.closest('[data-card]')?.getAttribute('data-card') ?? null,
      toggle: active.classList.contains('pc-card__toggle'),
      expanded: active.getAttribute('aria-expanded'),
      text: (active.textContent ?? '').replace(/\s+/g, ' ').trim(),
      focusVisible: active.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      boxShadow: style.boxShadow,
    };
  }, HOST);
}

test('keyboard: every card toggle and header button is reachable by Tab, shows focus, and Enter/Space fold a card', async () => {
  test.setTimeout(90_000);
  await withBrowser({}, async (browser) => {
    const page = await openSidebar(browser);
    const cardNames = await page.locator(`${HOST} [data-card]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-card')));
    expect(cardNames).toEqual(['summary', 'questions', 'fit', 'products', 'differentiators', 'fields']);
    // The summary is the first screen, never folded; every other card folds from its heading.
    const foldable = cardNames.filter((card) => card !== 'summary');

    // Walk the page by Tab until focus has entered the sidebar and left it again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: FocusStop[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      if (stop.inSidebar) stops.push(stop);
      else if (stops.length > 0) break;
    }
    const describe = (s: FocusStop) => `${s.tag}${s.action ? `[data-action=${s.action}]` : ''}${s.card ? ` in ${s.card}` : ''} "${s.text || s.title}"`;
    expect(stops.length, 'Tab never reached the sidebar').toBeGreaterThan(0);

    for (const card of foldable) {
      expect(stops.some((s) => s.toggle && s.card === card), `toggle of card ${card} reachable by Tab; stops: ${stops.map(describe).join(', ')}`).toBe(true);
    }
    expect(stops.some((s) => s.action === 'call-prep'), 'Prep call reachable by Tab').toBe(true);
    expect(stops.some((s) => s.action === 'dock'), 'dock button reachable by Tab').toBe(true);
    expect(stops.some((s) => s.action === 'hide' && s.title === 'Hide Playcard'), 'hide button reachable by Tab').toBe(true);

    for (const stop of stops) {
      expect(stop.focusVisible, `${describe(stop)} matches :focus-visible after Tab`).toBe(true);
      expect(stop.outlineStyle !== 'none' || stop.boxShadow !== 'none', `${describe(stop)} has a visible focus style`).toBe(true);
    }

    // Enter and Space on a focused card toggle fold and unfold the card.
    await page.locator(`${HOST} [data-card="products"] .pc-card__toggle`).focus();
    const products = page.locator(`${HOST} [data-card="products"] .pc-card__toggle`);
    await expect(products).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(products).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator(`${HOST} #pc-card-products`)).toBeHidden();
    await page.keyboard.press('Space');
    await expect(products).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`${HOST} #pc-card-products`)).toBeVisible();
    const after = await focusStop(page);
    expect(after.toggle && after.card === 'products', 'focus stays on the toggle').toBe(true);
    await page.screenshot({ path: '/tmp/a11y-keyboard-focus.png' });

    // Buttons that replace themselves hand focus on instead of dropping it onto the page.
    await page.locator(`${HOST} [data-action="call-prep"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${HOST} [data-view="call-prep"]`).waitFor();
    await expect.poll(async () => (await focusStop(page)).action, 'Prep call moves focus to Back to cards').toBe('back');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusStop(page)).action, 'Back to cards moves focus to Prep call').toBe('call-prep');
    await page.locator(`${HOST} [data-action="hide"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusStop(page)).title, 'Hide moves focus to the collapsed tab').toMatch(/^Playcard: .+ — open$/);
    const tab = await focusStop(page);
    expect(tab.focusVisible && (tab.outlineStyle !== 'none' || tab.boxShadow !== 'none'), 'the collapsed tab shows focus').toBe(true);
    const box = (await page.locator(`${HOST} .pc-tab`).boundingBox())!;
    // Magnified 4×, to see that the ring is drawn and not clipped by the collapsed root.
    const cdp = await page.context().newCDPSession(page);
    const shot = (await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: box.x - 30, y: box.y - 15, width: box.width + 30, height: box.height + 30, scale: 4 },
    })) as { data: string };
    writeFileSync('/tmp/a11y-collapsed-focus.png', Buffer.from(shot.data, 'base64'));
    await page.keyboard.press('Space');
    await expect.poll(async () => (await focusStop(page)).action, 'Show moves focus to Hide').toBe('hide');
  });
});
