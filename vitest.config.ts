import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/crm/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['test/setup/i18n.ts'],
    restoreMocks: true,
    // Tests that parse whole fixture pages take ~1 s on a quiet 2-core machine and passed 5 s while
    // builds ran beside them; nothing here is a timing test, so a hang is all this guards against.
    testTimeout: 20_000,
  },
  define: { __PLAYCARD_OPEN_SHADOW__: 'false', __PLAYCARD_BENCH__: 'false' },
});
