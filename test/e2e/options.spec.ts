import { readFileSync } from 'node:fs';
import { launchWithExtension } from './browser';
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

test('an invalid import lists every problem by its numbered, named place and changes nothing', async ({ browserWithExtension }) => {
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
  // Numbered from 1, named by the item's label, in words: no paths, no zod types.
  const issues = options.getByTestId('import-issues').getByRole('listitem');
  await expect(issues).toHaveText([
    'Criterion 1 “X” › Weight: must be at most 100',
    /^Criterion 1 “X” › Matches when › Field: must be one of company, /,
    'Criterion 1 “X” › Matches when › Values: needs at least one entry',
    'Tiers: thresholds must fall from A to B to C',
  ]);
  await expect(options.getByTestId('import-issues-heading')).toHaveText('“broken.json” was not imported.');
  await options.getByTestId('import-issues').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/import-issues-en.png' });
  await expect(options.getByTestId('playbook-name')).toHaveText(before!);

  await options.getByTestId('import').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": ') });
  await expect(options.getByTestId('import-issues')).toContainText('Not valid JSON');
  await expect(options.getByTestId('import-issues-heading')).toContainText('“not-json.json” was not imported');
  await expect(options.getByTestId('playbook-name')).toHaveText(before!);

  // An empty file says so, in words, not the parser's "Unexpected end of JSON input".
  await options.getByTestId('import').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('  \n') });
  await expect(options.getByTestId('import-issues').getByRole('listitem')).toHaveText(['The file is empty.']);
  await expect(options.getByTestId('import-issues-heading')).toContainText('“empty.json” was not imported');
  await expect(options.getByTestId('playbook-name')).toHaveText(before!);
});

test('a manager exports the playbook and a rep imports it in a fresh profile', async ({ browserWithExtension }) => {
  // Two browser profiles one after the other: on a shared two-core machine that takes a while.
  test.setTimeout(150_000);
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('tab-json').click();
  const editor = options.getByTestId('playbook-json');
  const edited = JSON.parse(await editor.inputValue());
  edited.name = 'Team Playbook Q1';
  edited.version = '2027.1.0';
  await editor.fill(JSON.stringify(edited, null, 2));
  await options.getByTestId('save').click();
  await expect(options.getByTestId('playbook-name')).toHaveText('Team Playbook Q1');

  const download = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported).toMatchObject({ $schema: './playbook.schema.json', name: 'Team Playbook Q1', version: '2027.1.0', updatedAt: expect.any(String) });

  // The rep: another browser profile with the extension freshly installed.
  const rep = await launchWithExtension();
  try {
    const repOptions = await rep.context.newPage();
    await repOptions.goto(`chrome-extension://${rep.extensionId}/options.html`);
    await expect(repOptions.getByTestId('playbook-source')).toContainText('Built-in default');
    await repOptions.getByTestId('import').setInputFiles({ name: 'team.playcard.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(repOptions.getByTestId('import-message')).toContainText('Imported');
    await expect(repOptions.getByTestId('playbook-name')).toHaveText('Team Playbook Q1');
    await expect(repOptions.getByTestId('playbook-version')).toHaveText('2027.1.0');
    await expect(repOptions.getByTestId('playbook-source')).toContainText('Imported from a file');
  } finally {
    await rep.close();
  }
});
