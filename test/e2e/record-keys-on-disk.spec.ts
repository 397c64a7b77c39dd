/**
 * CRM data never reaches disk (docs/ARCHITECTURE.md, security rules), record keys included (security review).
 * A site the manager adds with "read labels" keys its records by path, query and fragment
 * (lib/crm/site-route.ts `detectOnGenericSite`), and ticked questions are kept 30 days in `storage.local`:
 * whatever the CRM puts in its record addresses (an e-mail, a name, a search) went to disk with them,
 * until the key became a digest of the record (lib/rep/asked-questions.ts `recordKey`).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchWithExtension } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const SITE_ORIGIN = 'https://crm.acme-intern.example';
const SELF_HOSTED_ORIGIN = 'https://crm.example.org';
const BUILD_DIR = path.resolve('.output-e2e-sites');

// The same build as crm-sites.spec.ts: the shipped one plus pre-granted test origins (see wxt.config.ts).
test.beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, PLAYCARD_TEST_HOSTS: `${SITE_ORIGIN}/*,${SELF_HOSTED_ORIGIN}/*`, PLAYCARD_OUT_DIR: BUILD_DIR },
  });
});

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
