import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { marked } from 'marked';
import { FIREFOX_ADDON_ID } from './lib/addon-id';
import { contentScriptMatches } from './lib/crm/index';
import { DEFAULT_LOCALE, localeLanguages, readMessages } from './scripts/locales';

// Test builds may open the sidebar's shadow root for the accessibility scan (axe cannot enter a
// closed root); shipped builds always keep it closed.
const openShadowRoot = process.env.PLAYCARD_OPEN_SHADOW === '1';
// E2e builds for the CRM-sites flow pre-grant a test origin: the browser's permission prompt cannot be
// clicked in automation, and a request for an already granted origin resolves without one.
const testHostPermissions = (process.env.PLAYCARD_TEST_HOSTS ?? '').split(',').filter(Boolean);
// Bench builds mark when the cards change, so `npm run bench` can time them from the page.
const benchMarks = process.env.PLAYCARD_BENCH === '1';
const nativeBrowser = fileURLToPath(new URL('./lib/content/native-browser.ts', import.meta.url));
// The sources zip AMO reviewers rebuild from: what git tracks, so nothing ignored (demo screenshots,
// test output, other builds) rides along. Each .gitignore line becomes a glob of its directory or file.
const ignoredSources = readFileSync(new URL('./.gitignore', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .flatMap((line) => (line.endsWith('/') ? [`${line}**`] : [line, `${line}/**`]));

/**
 * Vite's log, minus one known noise: zod 4 marks pure calls where Rollup cannot use the mark, and every
 * build printed dozens of multi-line INVALID_ANNOTATION notes that change nothing in the output and
 * buried the warnings that matter. (Rollup's onwarn never sees them in WXT's builds.)
 */
const isZodAnnotationNote = (message: string) => message.includes('cannot interpret due to the position of the comment') && message.includes('node_modules/zod/');
const warnedOnce = new Set<string>();
const quietLogger = {
  hasWarned: false,
  info: () => {},
  warn(message: string) {
    if (isZodAnnotationNote(message)) return;
    quietLogger.hasWarned = true;
    console.warn(message);
  },
  warnOnce(message: string) {
    if (warnedOnce.has(message)) return;
    warnedOnce.add(message);
    quietLogger.warn(message);
  },
  error: (message: string) => console.error(message),
  clearScreen: () => {},
  hasErrorLogged: () => false,
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.PLAYCARD_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    resolve: {
      // WXT's content-script wrapper builds its ContentScriptContext, which posts the extension id to the
      // page and can be ended by a page event. Ours (lib/content/extension-context.ts) does neither.
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/content/extension-context.ts', import.meta.url)),
        },
      ],
    },
    customLogger: quietLogger,
    define: { __PLAYCARD_OPEN_SHADOW__: JSON.stringify(openShadowRoot), __PLAYCARD_BENCH__: JSON.stringify(benchMarks) },
    // terser with three passes saves ~1.5 KB gzip per content script over esbuild's minifier: the
    // 40 KB budget is per CRM tab, and every kilobyte is parsed on every record page.
    build: {
      // Source maps only for `npm run bundle-cost` (scripts/bundle-cost.ts), which maps bytes to their sources.
      sourcemap: process.env.PLAYCARD_SOURCEMAP === '1',
      minify: 'terser',
      terserOptions: { compress: { passes: 3 }, ecma: 2020 },
    },
  }),
  zip: { excludeSources: ignoredSources },
  hooks: {
    // Content scripts and the apps the background injects get the browser's own API object instead of
    // webextension-polyfill (lib/content/native-browser.ts): ~2.5 KB gzip less in every CRM tab.
    // Extension pages and the background keep the polyfill the module aliases in.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      const resolve = (config.resolve ??= {});
      const existing = resolve.alias ?? [];
      const entries = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement }));
      resolve.alias = [
        { find: /^wxt\/browser$/, replacement: nativeBrowser },
        ...entries.filter((entry) => entry.find !== 'wxt/browser'),
      ];
    },
    // `_locales/<lang>/messages.json`, merged from the per-area files in locales/ (scripts/locales.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const language of localeLanguages()) {
        files.push({ relativeDest: `_locales/${language}/messages.json`, contents: JSON.stringify(readMessages(language), null, 1) });
      }
      // PRIVACY.md, shipped as an extension page the options page links to: reviewers and reps read the
      // same text as the repository, offline. Our own Markdown, so marked's HTML needs no sanitising.
      const privacy = readFileSync(new URL('./PRIVACY.md', import.meta.url), 'utf8');
      files.push({
        relativeDest: 'privacy.html',
        contents: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Playcard privacy policy</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:32px auto;padding:0 20px;color-scheme:light dark}
table{border-collapse:collapse}td,th{border:1px solid #8a93a0;padding:4px 8px;text-align:left;vertical-align:top}</style></head>
<body>${marked.parse(privacy, { async: false })}</body></html>`,
      });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: DEFAULT_LOCALE,
    permissions: ['storage', 'scripting', 'alarms'],
    // Content-script matches grant the SaaS CRM hosts. Self-hosted and other CRMs are asked for one
    // origin at a time, when a manager adds them in the options page.
    host_permissions: [...contentScriptMatches(), ...testHostPermissions],
    commands: {
      // Not Alt+Shift+P (or C, B): Chromium keeps those for itself and silently drops the suggestion,
      // leaving reps with no shortcut. test/e2e/shortcut.spec.ts checks the key is assigned and works.
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandToggleSidebar__' },
    },
    // A toolbar button for the popup and the tier badge (WXT adds default_popup from entrypoints/popup).
    action: { default_title: '__MSG_extName__' },
    // Origins a manager adds (self-hosted and other CRMs). MV3 calls them optional host permissions;
    // Firefox's MV2 build must list them under optional_permissions, or every request is refused.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Enterprise policy keys (playbook, configUrl, locked), generated from the zod schema by
    // scripts/gen-schemas.ts. Firefox reads the same keys from its `3rdparty` policy without it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              // 140 is the first ESR that reads data_collection_permissions, which AMO requires of new listings.
              strict_min_version: '140.0',
              // Playcard collects and transmits nothing (PRIVACY.md); the config URL GET carries no CRM data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
