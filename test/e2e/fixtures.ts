/** Playwright fixtures: a fresh Chromium profile with the built extension for each test. */
import { test as base, expect } from '@playwright/test';
import { launchWithExtension, type LaunchedBrowser } from './browser';

export const test = base.extend<{ browserWithExtension: LaunchedBrowser }>({
  // eslint-disable-next-line no-empty-pattern
  browserWithExtension: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.close();
  },
});

export { expect };
