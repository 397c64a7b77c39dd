import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const SITE_ORIGIN = 'https://crm.acme-intern.example';
const SELF_HOSTED_ORIGIN = 'https://crm.example.org';
const BUILD_DIR = path.resolve('.output-e2e-sites');

// A build that differs from the shipped one only by a pre-granted test origin (see wxt.config.ts).
test.beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, PLAYCARD_TEST_HOSTS: `${SITE_ORIGIN}/*,${SELF_HOSTED_ORIGIN}/*`, PLAYCARD_OUT_DIR: BUILD_DIR },
  });
});

test('a manager adds an in-house CRM and its records get cards from the label reader', async () => {
  test.setTimeout(90_000);
  const browser: LaunchedBrowser = await launchWithExtension({ extensionDir: path.join(BUILD_DIR, 'chrome-mv3') });
  try {
    const { context, extensionId } = browser;
    const expected = loadExpectation('generic', 'inhouse-company');
    await serveCrmPages(context, { [expected.url]: fixtureHtml('generic', 'inhouse-company') });

    // Before the site is added, Playcard does not run there.
    const before = await context.newPage();
    await before.goto(expected.url);
    await before.waitForTimeout(1500);
    expect(await (await SidebarProbe.attach(before)).hostCount()).toBe(0);
    await before.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('site-address').fill('crm.acme-intern.example');
    await options.getByTestId('site-crm').selectOption('generic');
    await options.getByLabel('Record addresses contain').fill('/records/');
    await options.getByTestId('site-add').click();
    await expect(options.getByTestId('site-message')).toContainText('Added https://crm.acme-intern.example');
    await expect(options.getByTestId('crm-sites')).toContainText(SITE_ORIGIN);

    const page = await context.newPage();
    // The background registers the content script as soon as the site is saved; allow it a moment.
    await expect(async () => {
      await page.goto(expected.url);
      const sidebar = await SidebarProbe.attach(page);
      await sidebar.waitFor('[data-card="fit"]', () => true, 3000);
    }).toPass({ timeout: 20_000 });
    const sidebar = await SidebarProbe.attach(page);
    const wanted = Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));
    expect(await sidebar.fields()).toEqual(wanted);

    // A page on the same site that is not a record stays untouched.
    await serveCrmPages(context, { [`${SITE_ORIGIN}/dashboard`]: '<html><body><dl><dt>Firma</dt><dd>Nope AG</dd></dl></body></html>' });
    const dashboard = await context.newPage();
    await dashboard.goto(`${SITE_ORIGIN}/dashboard`);
    await dashboard.waitForTimeout(1000);
    expect(await (await SidebarProbe.attach(dashboard)).hostCount()).toBe(0);
  } finally {
    await browser.close();
  }
});

test('a manager adds a self-hosted SuiteCRM; its records, and EspoCRM pages on the same host, get cards', async () => {
  test.setTimeout(90_000);
  const browser: LaunchedBrowser = await launchWithExtension({ extensionDir: path.join(BUILD_DIR, 'chrome-mv3') });
  try {
    const { context, extensionId } = browser;
    const suite = loadExpectation('suitecrm', 'account');
    const espo = loadExpectation('espocrm', 'opportunity');
    await serveCrmPages(context, { [suite.url]: fixtureHtml('suitecrm', 'account'), [espo.url]: fixtureHtml('espocrm', 'opportunity') });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('site-address').fill(SELF_HOSTED_ORIGIN);
    await options.getByTestId('site-crm').selectOption('suitecrm');
    await options.getByTestId('site-add').click();
    await expect(options.getByTestId('site-message')).toContainText(`Added ${SELF_HOSTED_ORIGIN}`);

    for (const [expected, crm] of [
      [suite, 'suitecrm'],
      [espo, 'espocrm'],
    ] as const) {
      const page = await context.newPage();
      await expect(async () => {
        await page.goto(expected.url);
        await (await SidebarProbe.attach(page)).waitFor('[data-card="fit"]', () => true, 3000);
      }).toPass({ timeout: 20_000 });
      const wanted = Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));
      expect(await (await SidebarProbe.attach(page)).fields(), crm).toEqual(wanted);
    }
  } finally {
    await browser.close();
  }
});

/**
 * CRM data never reaches disk (docs/ARCHITECTURE.md, security rules), record keys included (security review).
 * A "read labels" site keys its records by path, query and fragment (lib/crm/site-route.ts
 * `detectOnGenericSite`), and ticked questions are kept 30 days in `storage.local`: whatever the CRM put in
 * its record addresses (an e-mail, a name, a search) went to disk with them, until the key became a digest
 * of the record (lib/rep/asked-questions.ts `recordKey`).
 */
test('a question ticked on a generic site\'s record leaves nothing of its address on disk', async () => {
  test.setTimeout(120_000);
  const browser = await launchWithExtension({ extensionDir: path.join(BUILD_DIR, 'chrome-mv3') });
  try {
    const { context, extensionId } = browser;
    const expected = loadExpectation('generic', 'inhouse-company');
    const secrets = ['jane.doe', 'Jane+Doe', 'angry+about+pricing'];
    const recordUrl = `${expected.url}?contact=jane.doe%40brandt-soehne.de&q=Jane+Doe#note=CEO+angry+about+pricing`;
    await serveCrmPages(context, { [expected.url]: fixtureHtml('generic', 'inhouse-company') });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('site-address').fill(new URL(SITE_ORIGIN).host);
    await options.getByTestId('site-crm').selectOption('generic');
    await options.getByLabel('Record addresses contain').fill('/records/');
    await options.getByTestId('site-add').click();
    await expect(options.getByTestId('site-message')).toContainText(`Added ${SITE_ORIGIN}`);

    const page = await context.newPage();
    await expect(async () => {
      await page.goto(recordUrl);
      await (await SidebarProbe.attach(page)).waitFor('[data-card="fit"]', () => true, 3000);
    }).toPass({ timeout: 20_000 });
    const sidebar = await SidebarProbe.attach(page);
    const question = (await sidebar.waitFor('[data-card="questions"] [data-question]')).attributes['data-question']!;
    await sidebar.click(`[data-question="${question}"] input[type="checkbox"]`);

    const stored = () => options.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<unknown> } } } }).chrome.storage.local.get(null)));
    // The tick is on disk (so the check below looks where it lands) ...
    await expect.poll(async () => stored(), { timeout: 5000 }).toContain(question);
    // ... and nothing of the address: not its query or fragment, not even its path.
    const local = await stored();
    expect(secrets.filter((secret) => local.includes(secret))).toEqual([]);
    expect(local).not.toContain(new URL(expected.url).pathname);
  } finally {
    await browser.close();
  }
});
