/**
 * More of a hostile CRM page against the shipped build (security review; hostile-page.spec.ts has the rest):
 * prototypes patched and DOM names clobbered before any content script runs change nothing; events and
 * messages the page forges neither open nor drive a folded sidebar; a compromised renderer's `load-app`
 * from a page that is not a record gets nothing injected; a host the page moves into a hidden container
 * comes back, one it makes inert still takes clicks, and the page's `direction` does not turn the cards.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { inContentScriptWorld } from './content-world';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const company = loadExpectation('hubspot', 'company');
const shown = Object.fromEntries(Object.entries(company.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));

declare global {
  interface Window {
    pageWrappersCalled?: string[];
  }
}

async function openCompany(context: BrowserContext, html = fixtureHtml('hubspot', 'company'), viewport = { width: 1440, height: 900 }): Promise<{ page: Page; sidebar: SidebarProbe }> {
  await serveCrmPages(context, { [company.url]: html });
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(company.url);
  return { page, sidebar: await SidebarProbe.attach(page) };
}

/** Whether the page's hit test finds the sidebar's host anywhere on screen (every 8 px). */
function sidebarOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-playcard-sidebar]');
    for (let y = 4; y < innerHeight; y += 8) for (let x = 4; x < innerWidth; x += 8) if (host && document.elementFromPoint(x, y) === host) return true;
    return false;
  });
}

test('prototypes patched and names clobbered before Playcard runs: the record is read exactly, the root stays closed, no page wrapper is called', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  await context.addInitScript(() => {
    window.pageWrappersCalled = [];
    const wrap = (target: Record<string, unknown>, name: string) => {
      const original = target[name] as (...args: unknown[]) => unknown;
      target[name] = function (this: unknown, ...args: unknown[]) {
        window.pageWrappersCalled!.push(name);
        // An attacker's attachShadow hands out open roots.
        return name === 'attachShadow' ? original.call(this, { ...(args[0] as object), mode: 'open' }) : original.apply(this, args);
      };
    };
    wrap(Element.prototype as unknown as Record<string, unknown>, 'attachShadow');
    wrap(Node.prototype as unknown as Record<string, unknown>, 'appendChild');
    wrap(Element.prototype as unknown as Record<string, unknown>, 'append');
    wrap(Document.prototype as unknown as Record<string, unknown>, 'createElement');
    wrap(EventTarget.prototype as unknown as Record<string, unknown>, 'addEventListener');
    wrap(history as unknown as Record<string, unknown>, 'pushState');
    const PageObserver = window.MutationObserver;
    window.MutationObserver = class extends PageObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        window.pageWrappersCalled!.push('MutationObserver');
      }
    };
  });
  const clobbering = ['body', 'documentElement', 'defaultView', 'querySelectorAll', 'createElement', 'getElementById'].map((name) => `<img name="${name}"><form name="${name}"></form>`).join('');
  const { page, sidebar } = await openCompany(context, fixtureHtml('hubspot', 'company').replace(/<body([^>]*)>/, `<body$1>${clobbering}`));
  await sidebar.fit();
  expect(await sidebar.fields()).toEqual(shown);
  expect((await sidebar.shadowRoot())?.mode).toBe('closed');
  expect(await page.evaluate(() => window.pageWrappersCalled)).toEqual([]);
  expect(await sidebarOnScreen(page)).toBe(true);
});

test('events and messages the page forges do not open a folded sidebar', async ({ browserWithExtension }) => {
  const { context } = browserWithExtension;
  // 1280 px: the sidebar starts folded for room.
  const { page, sidebar } = await openCompany(context, undefined, { width: 1280, height: 800 });
  await sidebar.waitFor('.pc-root--collapsed');
  const tab = await sidebar.center('.pc-tab');
  await page.evaluate(({ x, y }) => {
    const host = document.querySelector('[data-playcard-sidebar]') as HTMLElement;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      const init = { bubbles: true, composed: true, clientX: x, clientY: y };
      host.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
      document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent(type, init));
    }
    host.click();
    host.focus();
    for (const key of ['Enter', ' ']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Y', code: 'KeyY', altKey: true, shiftKey: true, bubbles: true }));
    for (const message of [{ type: 'toggle-sidebar' }, { type: 'set-view', view: 'call-prep' }]) {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
    }
    window.dispatchEvent(new Event('resize'));
  }, tab);
  await page.waitForTimeout(500);
  expect(await sidebar.query('.pc-root--collapsed')).toBeDefined();
  // The rep's own click still opens it: the forged ones were refused, not the tab broken.
  await sidebar.click('.pc-tab');
  await sidebar.waitFor('[data-card="fit"]');
});

test('a compromised renderer\'s load-app from a page that is not a record gets nothing injected', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const dashboard = new URL('/reports-dashboard/25999140/view/123', company.url).href;
  await serveCrmPages(context, { [dashboard]: '<html><body><dl><dt>Company</dt><dd>Dashboard AG</dd></dl></body></html>' });
  const page = await context.newPage();
  await page.goto(dashboard);
  // The loader's isolated world exists on every page of the CRM; what runs there can message the background.
  expect(await inContentScriptWorld(page, extensionId, `chrome.runtime.sendMessage({type: 'load-app'}).then(() => 'sent')`)).toBe('sent');
  await page.waitForTimeout(1500);
  expect(await (await SidebarProbe.attach(page)).hostCount()).toBe(0);
  expect(await inContentScriptWorld(page, extensionId, `String(globalThis.__playcardApp)`)).toBe('undefined');
});

test('a host the page moves into a hidden container comes back on screen', async ({ browserWithExtension }) => {
  const { page, sidebar } = await openCompany(browserWithExtension.context);
  await sidebar.fit();
  expect(await sidebarOnScreen(page)).toBe(true);
  await page.evaluate(() => {
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    document.body.append(hidden);
    hidden.append(document.querySelector('[data-playcard-sidebar]')!);
  });
  await expect.poll(() => sidebarOnScreen(page), { timeout: 3000 }).toBe(true);
});

test('a host the page makes inert still takes the rep\'s clicks', async ({ browserWithExtension }) => {
  const { page, sidebar } = await openCompany(browserWithExtension.context);
  await sidebar.fit();
  await page.evaluate(() => ((document.querySelector('[data-playcard-sidebar]') as HTMLElement).inert = true));
  await sidebar.click('[data-action="dock"]');
  await sidebar.waitFor('.pc-root--left', () => true, 3000);
});

test('the page\'s direction does not reach the cards', async ({ browserWithExtension }) => {
  const { page, sidebar } = await openCompany(browserWithExtension.context);
  await sidebar.fit();
  await page.addStyleTag({ content: '[data-playcard-sidebar], [data-playcard-sidebar] * { direction: rtl !important; }' });
  expect((await sidebar.computedStyle('.pc-root')).direction).toBe('ltr');
  expect((await sidebar.computedStyle('[data-card="fit"]')).direction).toBe('ltr');
});
