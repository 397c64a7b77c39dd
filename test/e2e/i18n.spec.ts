/**
 * The browser in German: the sidebar, call prep and its copied notes, the options page (zod's
 * messages included), the popup and the shortcut's description all speak German, while the
 * manager's playbook text stays as written. Expected texts come from locales/de, and each one is
 * checked to differ from the English, so a test cannot pass on an untranslated page.
 */
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { formatMessage, readMessages } from '../../scripts/locales';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

declare const chrome: { commands: { getAll(): Promise<{ name?: string; description?: string }[]> } };

test.use({ uiLanguage: 'de' });

const germanCatalog = readMessages('de');
const englishCatalog = readMessages('en');
function german(key: string, ...substitutions: string[]): string {
  const text = formatMessage(germanCatalog, key, substitutions);
  expect(text, key).not.toBe('');
  expect(text, `${key} is not translated`).not.toBe(formatMessage(englishCatalog, key, substitutions));
  return text;
}
/** The text before a message's first placeholder, for messages that carry a record's name. */
const lead = (key: string) => german(key, '\u0000').split('\u0000')[0]!;

test('a German rep gets the sidebar, call prep and notes in German, with the playbook as written', async ({ browserWithExtension }) => {
  const account = loadExpectation('salesforce', 'account');
  const { context } = browserWithExtension;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(account.url).origin });
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account') });
  const page = await context.newPage();
  await page.goto(account.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();

  expect((await sidebar.waitFor('aside.pc-root')).attributes.lang).toBe('de');
  for (const [card, key] of [
    ['questions', 'sidebar_questionsTitle'],
    ['products', 'sidebar_productsTitle'],
    ['differentiators', 'sidebar_whyUsTitle'],
    ['fields', 'sidebar_fieldsTitle'],
  ] as const) {
    expect((await sidebar.waitFor(`[data-card="${card}"] h2`)).text, card).toContain(german(key));
  }
  // Question categories by their German names, never the playbook's ids ("cold-call").
  const meta = (await sidebar.queryAll('[data-card="questions"] .pc-question__meta')).map((el) => el.text).join('\n');
  const categoryNames = ['category_coldCall', 'category_discovery', 'category_qualification', 'category_closing'].map((key) => german(key));
  expect(categoryNames.some((name) => meta.includes(name)), meta).toBe(true);
  expect(meta).not.toMatch(/cold-call|discovery|qualification|closing/i);
  // The folded tab says what it is in German too.
  await sidebar.click('[data-action="hide"]');
  expect((await sidebar.waitFor('.pc-tab')).attributes['aria-label']).toMatch(new RegExp(`^Playcard: .+ — ${german('sidebar_tab', '').split('— ')[1]}$`));
  await sidebar.click('.pc-tab');
  await sidebar.waitFor('[data-card="questions"]');
  // The manager's product stays in the playbook's words.
  await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]', (el) => el.text.includes('Revenue Analytics add-on'));
  await page.screenshot({ path: '/tmp/sidebar-de.png' });

  await sidebar.click('[data-action="call-prep"]');
  const prep = await sidebar.waitFor('[data-view="call-prep"]');
  expect(prep.text).toContain(lead('callPrep_title'));
  expect(prep.text).toContain(german('callPrep_whyTheyFit'));
  expect(prep.text).toContain(german('callPrep_neverDiscount'));
  // German labels are long: the way back to the cards stays whole, inside the sidebar, beside a long title.
  const panel = await sidebar.box('aside.pc-root');
  const back = await sidebar.box('[data-action="back"]');
  expect(back.left).toBeGreaterThanOrEqual(panel.left);
  expect(back.right, 'the back button ends inside the sidebar').toBeLessThanOrEqual(panel.right);
  await page.screenshot({ path: '/tmp/call-prep-de.png' });
  await sidebar.click('[data-copy="markdown"]');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`## ${lead('callPrep_title')}`);
  const notes = await page.evaluate(() => navigator.clipboard.readText());
  expect(notes).toContain(`### ${german('callPrep_ask')}`);
  expect(notes).toContain('Revenue Analytics add-on');
});

test('the options page, its schema messages, the popup and the shortcut speak German', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((command) => command.name === 'toggle-sidebar')?.description).toBe(german('commandToggleSidebar'));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options).toHaveTitle(german('options_pageTitle'));
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await expect(options.getByTestId('sync-source')).toHaveText(german('options_source_default'));
  const weight = options.getByTestId('playbook-editor').locator('[data-path="icp.criteria.0.weight"]');
  await weight.fill('500');
  const errorId = (await weight.getAttribute('aria-describedby'))!.split(' ')[0]!;
  const atMost100 = german('editor_msg_max_number', '100');
  await expect(options.locator(`#${errorId}`)).toHaveText(atMost100.charAt(0).toUpperCase() + atMost100.slice(1));
  await options.screenshot({ path: 'e2e-shots/options-de.png' });

  // A refused import names each place in German: numbered from 1, by the item's label.
  const broken = { ...DEFAULT_PLAYBOOK, icp: { ...DEFAULT_PLAYBOOK.icp, criteria: DEFAULT_PLAYBOOK.icp.criteria.map((c, i) => (i === 1 ? { ...c, weight: 500 } : c)) } };
  await options.getByTestId('import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const criterion = DEFAULT_PLAYBOOK.icp.criteria[1]!.label;
  await expect(options.getByTestId('import-issues').getByRole('listitem')).toHaveText([
    `${german('editor_place_item_named', german('editor_place_criterion'), '2', criterion)} › ${german('editor_place_weight')}: ${atMost100}`,
  ]);
  await options.getByTestId('import-issues').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/import-issues-de.png' });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: german('popup_weekTitle') })).toBeVisible();
  await expect(popup.getByTestId('popup-playbook-source')).toHaveText(german('popup_source_default'));
});
