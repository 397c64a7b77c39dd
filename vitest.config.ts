import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/crm/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['test/setup/i18n.ts'],
    restoreMocks: true,
  },
  define: { __PLAYCARD_OPEN_SHADOW__: 'false', __PLAYCARD_BENCH__: 'false' },
});
