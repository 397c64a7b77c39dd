/** Playwright fixtures: a fresh Chromium profile with the built extension for each test. */
import { test as base, expect } from '@playwright/test';
import { launchWithExtension, type LaunchedBrowser } from './browser';

export const test = base.extend<{ uiLanguage: string | undefined; browserWithExtension: LaunchedBrowser }>({
  /** The browser's UI language; `test.use({ uiLanguage: 'de' })` runs a file in German. */
  uiLanguage: [undefined, { option: true }],
  browserWithExtension: async ({ uiLanguage }, use) => {
    const launched = await launchWithExtension({ language: uiLanguage });
    await use(launched);
    await launched.close();
  },
});

export { expect };
