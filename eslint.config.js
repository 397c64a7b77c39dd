// Lint: typescript-eslint's recommended rules, the React hooks rules for Preact components, and the
// layering of docs/ARCHITECTURE.md ("Rules of the house") as import restrictions, so the layers hold
// themselves instead of relying on good intentions.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** An import-restriction rule: `patterns` are gitignore-style paths matched against the import string. */
const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const BROWSER_APIS = ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill', '#imports'];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', 'bench-output/**', 'e2e-shots/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Page and playbook text is rendered as text, never as HTML (docs/ARCHITECTURE.md, security);
      // scripts/check-store.ts relies on this to explain addons-linter's innerHTML warning.
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' }],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // lib/ never imports components/, except the content runtime that mounts the sidebar.
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/content/**'],
    rules: restrict([['**/components/**'], 'lib/ never imports components/ (only lib/content mounts the sidebar).']),
  },
  // Scoring is pure: no CRM adapters, no browser APIs, no storage.
  {
    files: ['lib/scoring/**/*.ts'],
    rules: restrict(
      [['**/crm/**', '**/extract/**'], 'Scoring works on canonical records; it never knows which CRM they came from.'],
      [['**/storage/**', '**/config/**', '**/rep/**', '**/content/**'], 'Scoring is pure: its callers read storage and pass values in.'],
      [BROWSER_APIS, 'Scoring is pure: no browser APIs.'],
      [['**/components/**'], 'lib/ never imports components/.'],
    ),
  },
  // Readers (adapters, the generic reader, normalisation) get a DOM and return values: no storage, no messaging.
  {
    files: ['lib/crm/**/*.ts', 'lib/extract/**/*.ts'],
    rules: restrict(
      [['**/storage/**', '**/config/**', '**/rep/**', '**/content/**', '**/scoring/**'], 'Readers take a DOM and return values; they never touch storage or scoring.'],
      [BROWSER_APIS, 'Readers are pure over the DOM they are given: no browser APIs.'],
      [['**/components/**'], 'lib/ never imports components/.'],
    ),
  },
  // The playbook model is pure data and validation.
  {
    files: ['lib/playbook/**/*.ts'],
    rules: restrict(
      [['**/storage/**', '**/config/**', '**/rep/**', '**/content/**', '**/crm/**', '**/extract/**'], 'The playbook model is data and validation only.'],
      [['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage'], 'The playbook model is pure: no browser APIs.'],
      [['**/components/**'], 'lib/ never imports components/.'],
    ),
  },
  // Cards take props and read no storage; only Sidebar.tsx reads signals.
  {
    files: ['components/sidebar/**/*.tsx'],
    ignores: ['components/sidebar/Sidebar.tsx'],
    rules: restrict([[...BROWSER_APIS, '**/storage/**', '**/config/**'], 'A card takes props and reads no storage (Sidebar.tsx is the only signal reader).']),
  },
  // Content scripts must not pull WXT's storage machinery into every CRM tab (bundle budget).
  {
    files: ['lib/content/**/*.{ts,tsx}', 'entrypoints/*.content.ts'],
    rules: restrict([['wxt/utils/storage', '**/storage/items'], 'Content scripts read storage through lib/content (WXT storage items cost ~2.5 KB gzip per CRM tab).']),
  },
  // Test files and scripts may log.
  { files: ['test/**', 'scripts/**'], rules: { 'no-console': 'off' } },
);
