import { readFileSync } from 'node:fs';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

test('a playbook edited in the options page updates an open CRM tab at once', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const lead = loadExpectation('salesforce', 'lead');
  await serveCrmPages(context, { [lead.url]: fixtureHtml('salesforce', 'lead') });
  const crm = await context.newPage();
  await crm.goto(lead.url);
  const sidebar = await SidebarProbe.attach(crm);
  await sidebar.fit();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('playbook-source')).toContainText('Built-in default');
  await options.getByTestId('tab-json').click();
  const editor = options.getByTestId('playbook-json');
  const playbook = JSON.parse(await editor.inputValue());
  // A manager's playbook with a single product and one criterion every lead with an email meets.
  playbook.name = 'E2E Playbook';
  playbook.products = [{ id: 'only', name: 'The Only Product', priority: 'push', pitch: 'Everything you need.' }];
  playbook.differentiators = playbook.differentiators.filter((d: { products?: string[] }) => !d.products);
  playbook.icp.criteria = [{ id: 'has-email', label: 'Email is known', weight: 10, when: { field: 'email', is: 'known' } }];
  playbook.icp.disqualifiers = [];
  await editor.fill(JSON.stringify(playbook, null, 2));
  await options.getByTestId('save').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');
  await expect(options.getByTestId('playbook-name')).toHaveText('E2E Playbook');

  await sidebar.waitFor('[data-card="products"] [data-product="only"]');
  const fit = await sidebar.waitFor('[data-card="fit"]', (el) => el.attributes['data-score'] === '100');
  expect(fit.attributes['data-tier']).toBe('A');
});

test('an invalid import lists every problem by path and changes nothing', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('playbook-name')).not.toBeEmpty();
  const before = await options.getByTestId('playbook-name').textContent();
  const broken = {
    schemaVersion: 1,
    name: 'Broken',
    version: '1',
    icp: { criteria: [{ id: 'x', label: 'X', weight: 500, when: { field: 'nope', is: 'oneOf', values: [] } }], disqualifiers: [], tiers: { A: 10, B: 60, C: 40 } },
    products: [],
    differentiators: [],
    questions: [],
  };
  await options.getByTestId('import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const issues = options.getByTestId('import-issues');
  await expect(issues).toContainText('icp.criteria.0.weight');
  await expect(issues).toContainText('icp.tiers');
  await expect(options.getByTestId('playbook-name')).toHaveText(before!);

  await options.getByTestId('import').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": ') });
  await expect(options.getByTestId('import-issues')).toContainText('Not valid JSON');
  await expect(options.getByTestId('playbook-name')).toHaveText(before!);
});

test('export then import round-trips the playbook', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const download = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.$schema).toBeDefined();
  exported.name = 'Imported Playbook';
  await options.getByTestId('import').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(options.getByTestId('import-message')).toContainText('Imported');
  await expect(options.getByTestId('playbook-name')).toHaveText('Imported Playbook');
  await expect(options.getByTestId('playbook-source')).toContainText('Imported from a file');
});
