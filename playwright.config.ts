import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // Each test launches its own browser with the extension. One at a time: on two cores, two
  // browsers side by side starve the config-URL follower's timed steps.
  workers: 1,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
