/**
 * The keyboard shortcut, pressed for real: a headed Chromium on a virtual display, keys from
 * xdotool. It also proves the browser assigned the suggested key: Chromium silently drops a
 * suggestion that collides with one of its own accelerators (Alt+Shift+P did).
 */
import { test as base, expect } from '@playwright/test';
import { launchWithExtension } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { pressKeys, startVirtualDisplay } from './display';
import { SidebarProbe } from './sidebar';

declare const chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };

base('Alt+Shift+Y on a record folds the sidebar and brings it back', async () => {
  const screen = await startVirtualDisplay();
  const browser = await launchWithExtension({ headless: false, display: screen.display });
  try {
    const { context } = browser;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'toggle-sidebar')?.shortcut).toBe('Alt+Shift+Y');

    const account = loadExpectation('salesforce', 'account');
    await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account') });
    const page = await context.newPage();
    await page.goto(account.url);
    await page.bringToFront();
    const sidebar = await SidebarProbe.attach(page);
    await sidebar.fit();
    expect(await sidebar.query('.pc-root--collapsed')).toBeUndefined();

    pressKeys(screen.display, 'alt+shift+y');
    await sidebar.waitFor('.pc-root--collapsed .pc-tier');
    pressKeys(screen.display, 'alt+shift+y');
    await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="fit"]');
  } finally {
    await browser.close();
    screen.stop();
  }
});
