/**
 * A manager edits the playbook in the forms: the preview follows as they type, the schema's problems
 * show at the field at fault, Save reaches an open CRM tab, and Undo last save brings the old one back.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { calendarDay, nextVersion } from '../../lib/playbook/version';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

test('forms edit the playbook with a live preview, inline errors, save to open CRM tabs and undo', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const account = loadExpectation('salesforce', 'account');
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account') });
  const crm = await context.newPage();
  await crm.goto(account.url);
  const sidebar = await SidebarProbe.attach(crm);
  await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]', (el) => el.text.includes('Revenue Analytics add-on'));

  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  await expect(editor).toBeVisible();
  const preview = options.getByTestId('preview');
  // The preview renders the sidebar's own cards (open shadow root: locators pierce it) for the demo account.
  await expect(preview.locator('[data-card]')).toHaveCount(6); // summary, questions, fit, products, why us, fields
  const previewFit = preview.locator('[data-card="fit"]');
  const scoreBefore = await previewFit.getAttribute('data-score');
  await expect(preview.locator('[data-card="fit"] [data-criterion="industry-core-verticals"] .pc-reason__weight')).toHaveText('20');

  // Criterion weight: the preview's fit card and breakdown follow as the manager types.
  const weight = editor.locator('[data-path="icp.criteria.0.weight"]');
  await weight.fill('60');
  await expect(preview.locator('[data-card="fit"] [data-criterion="industry-core-verticals"] .pc-reason__weight')).toHaveText('60');
  await expect(previewFit).not.toHaveAttribute('data-score', scoreBefore ?? '');
  await expect(options.getByTestId('preview-breakdown').locator('[data-criterion="industry-core-verticals"]')).toContainText('60');
  await expect(options.getByTestId('unsaved')).toBeVisible();

  // Product name, in its (folded) section.
  await editor.locator('details[data-section="products"] > summary').click();
  await editor.locator('[data-path="products.0.name"]').fill('E2E Analytics');
  await expect(preview.locator('[data-card="products"] [data-product="revenue-analytics"]')).toContainText('E2E Analytics');

  // An invalid weight: inline message under that input, Save disabled, preview keeps the last valid version.
  await weight.fill('500');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  // The message sits under the input and is announced with it (aria-describedby).
  const errorId = (await weight.getAttribute('aria-describedby'))!.split(' ')[0]!;
  await expect(options.locator(`#${errorId}`)).toContainText('at most 100');
  await expect(options.locator('.pe-control:has(> [data-path="icp.criteria.0.weight"]) [data-testid="field-error"]')).toBeVisible();
  await expect(options.getByTestId('preview-stale')).toBeVisible();
  await expect(preview.locator('[data-card="fit"] [data-criterion="industry-core-verticals"] .pc-reason__weight')).toHaveText('60');
  await weight.scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/editor-invalid.png' });

  // Fix it and save.
  await weight.fill('60');
  await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByTestId('save')).toBeEnabled();
  await options.screenshot({ path: 'e2e-shots/editor-preview.png' });
  await options.getByTestId('save').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');
  await expect(options.getByTestId('unsaved')).toHaveCount(0);

  // The JSON view shows the change.
  await options.getByTestId('tab-json').click();
  const json = JSON.parse(await options.getByTestId('playbook-json').inputValue());
  expect(json.icp.criteria[0].weight).toBe(60);
  expect(json.products[0].name).toBe('E2E Analytics');
  await options.screenshot({ path: 'e2e-shots/editor-json.png' });

  // The open CRM tab's sidebar updates.
  await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]', (el) => el.text.includes('E2E Analytics'));
  await sidebar.waitFor('[data-card="fit"] [data-criterion="industry-core-verticals"]', (el) => el.text.includes('60'));

  // Undo last save: the previous playbook is back, in the options page and in the CRM tab.
  await options.getByTestId('undo-save').click();
  await expect(options.getByTestId('save-status')).toContainText('undone');
  await sidebar.waitFor('[data-card="products"] [data-product="revenue-analytics"]', (el) => el.text.includes('Revenue Analytics add-on'));
  await sidebar.waitFor('[data-card="fit"] [data-criterion="industry-core-verticals"]', (el) => el.text.includes('20'));
  const restored = JSON.parse(await options.getByTestId('playbook-json').inputValue());
  expect(restored.icp.criteria[0].weight).toBe(20);
  await expect(options.getByTestId('undo-save')).toBeDisabled();
});

test('the preview takes the manager\'s own field values and shows the score breakdown; lists reorder from the keyboard', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  const secondLabel = await editor.locator('[data-path="icp.criteria.1.label"]').inputValue();
  await editor.getByRole('button', { name: 'Move criterion 2 up' }).focus();
  await options.keyboard.press('Enter');
  await expect(editor.locator('[data-path="icp.criteria.0.label"]')).toHaveValue(secondLabel);
  // Focus stays with the moved item (now first, so on its "down" button), ready to move it again.
  await expect(editor.getByRole('button', { name: 'Move criterion 1 down' })).toBeFocused();
  await expect(options.getByTestId('unsaved')).toBeVisible();
  await options.keyboard.press('Enter');
  await expect(editor.locator('[data-path="icp.criteria.1.label"]')).toHaveValue(secondLabel);
  await expect(options.getByTestId('unsaved')).toHaveCount(0);
  const preview = options.getByTestId('preview');
  await expect(preview.locator('[data-card]')).toHaveCount(6); // summary, questions, fit, products, why us, fields
  await options.getByTestId('preview-record').selectOption('custom');
  await preview.locator('details.pv-values > summary').click();
  const values = options.getByTestId('preview-values');
  for (const input of await values.locator('input').all()) await input.fill('');
  await values.locator('[data-field="industry"]').fill('Computer Software');
  await values.locator('[data-field="employees"]').fill('51-200');
  await expect(preview.locator('[data-card="fields"] [data-field="employees"]')).toHaveAttribute('data-value', '51-200');
  const breakdown = options.getByTestId('preview-breakdown');
  await expect(breakdown.locator('[data-criterion="industry-core-verticals"]')).toHaveAttribute('data-outcome', 'match');
  await expect(breakdown.locator('[data-criterion="employees-mid-market"]')).toHaveAttribute('data-outcome', 'match');
  await expect(options.getByTestId('breakdown-known')).toHaveText('40');
  await expect(options.getByTestId('breakdown-matched')).toHaveText('40');
  await preview.scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/editor-custom-values.png', fullPage: true });
});

test('"+ Add" starts an empty item with the cursor in it, and Save refuses it and says what is missing', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  await editor.locator('details[data-section="differentiators"] > summary').click();
  const items = editor.locator('[data-list="differentiators"] > .pe-items > li');
  // Count once the opened section has rendered its items (counting earlier read 0 on a busy machine).
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  await editor.getByRole('button', { name: '+ Add differentiator' }).click();
  const title = editor.locator(`[data-path="differentiators.${count}.title"]`);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('');
  await expect(editor.locator(`[data-path="differentiators.${count}.detail"]`)).toHaveValue('');

  await options.getByTestId('save').click();
  const status = options.getByTestId('save-status');
  await expect(status).toHaveText(`Not saved. First fill in or fix: Differentiator ${count + 1} › Title; Differentiator ${count + 1} › Detail.`);
  await expect(title).toBeFocused();
  await expect(options.getByTestId('editor-issues').getByRole('listitem')).toHaveText([
    `Differentiator ${count + 1} › Title: cannot be empty`,
    `Differentiator ${count + 1} › Detail: cannot be empty`,
  ]);
  await options.screenshot({ path: 'e2e-shots/editor-refused-1280.png' });
  // Nothing reached storage: the playbook in force is still the built-in default.
  await expect(options.getByTestId('playbook-source')).toHaveText('Built-in default playbook');

  // Written, it saves; its id follows the title.
  await title.fill('Onboarding in a week');
  await editor.locator(`[data-path="differentiators.${count}.detail"]`).fill('Reps are live in five working days.');
  await expect(editor.locator(`[data-path="differentiators.${count}.id"]`)).toHaveValue('onboarding-in-a-week');
  await options.getByTestId('save').click();
  await expect(status).toContainText('Saved');
});

test('an edit saved and exported carries a new version, dated today, in the file and its name; the popup shows it', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  const expected = nextVersion(DEFAULT_PLAYBOOK.version, new Date());
  await expect(options.getByTestId('upcoming-version')).toHaveCount(0);
  await editor.locator('[data-path="icp.criteria.0.weight"]').fill('25');
  await expect(options.getByTestId('upcoming-version')).toContainText(expected);

  // Unsaved: Distribution says Export would write the last saved playbook.
  await options.getByRole('link', { name: 'Distribution' }).click();
  await expect(options.getByTestId('export-unsaved')).toBeVisible();
  await options.getByRole('link', { name: 'Playbook', exact: true }).click();

  await options.getByTestId('save').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');
  await expect(editor.locator('[data-path="version"]')).toHaveValue(expected);
  await expect(editor.locator('[data-path="updatedAt"]')).toHaveValue(calendarDay(new Date()));
  await expect(options.getByTestId('in-force-version')).toHaveText(expected);
  await expect(options.getByTestId('export-unsaved')).toHaveCount(0);

  const download = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`northwind-revenue-cloud-mid-market-playbook-${expected}.playcard.json`);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(exported).toMatchObject({ version: expected, updatedAt: calendarDay(new Date()) });
  expect(exported.icp.criteria[0].weight).toBe(25);

  // A second change the same day counts up.
  await editor.locator('[data-path="icp.criteria.0.weight"]').fill('30');
  await options.getByTestId('save').click();
  await expect(editor.locator('[data-path="version"]')).toHaveValue(nextVersion(expected, new Date()));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-playbook-version')).toHaveText(nextVersion(expected, new Date()));
});

test('checks from the guide warn with a link to the item, and Save still works', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  await expect(editor).toBeVisible();
  // The default playbook follows the guide: nothing to warn about.
  await expect(options.getByTestId('editor-warning')).toHaveCount(0);

  const index = DEFAULT_PLAYBOOK.products.findIndex((p) => p.priority === 'loss-leader');
  const product = DEFAULT_PLAYBOOK.products[index]!;
  await editor.locator('details[data-section="products"] > summary').click();
  const note = editor.locator(`[data-path="products.${index}.note"]`);
  await note.fill('');
  const warning = options.getByTestId('editor-warning');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText(`Product ${index + 1} “${product.name}”`);
  await expect(warning).toContainText(`“${product.name}” is a door opener (loss leader) but does not say why`);
  await options.screenshot({ path: 'e2e-shots/editor-guide-warning.png' });

  // The link takes the manager to the note.
  await options.getByTestId('save').focus();
  await warning.getByRole('button').click();
  await expect(note).toBeFocused();

  // A warning, not an error: Save works.
  await options.getByTestId('save').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');
  await expect(warning).toHaveCount(1);

  // A question no longer filling the country: the country criterion's test is linked.
  await editor.locator('details[data-section="questions"] > summary').click();
  const qIndex = DEFAULT_PLAYBOOK.questions.findIndex((q) => q.fills?.length === 1 && q.fills[0] === 'country');
  await editor.locator(`[data-path="questions.${qIndex}.fills"]`).getByRole('checkbox', { name: 'Country', exact: true }).uncheck();
  const criterion = DEFAULT_PLAYBOOK.icp.criteria.findIndex((c) => 'field' in c.when && c.when.field === 'country');
  await expect(options.locator(`[data-testid="editor-warning"][data-warning-path="icp.criteria.${criterion}.when.field"]`)).toContainText(
    'looks at Country, but no question fills it',
  );
});

test('where will this show: each question\'s place on the sample records follows its condition', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');
  await editor.locator('details[data-section="questions"] > summary').click();
  const index = DEFAULT_PLAYBOOK.questions.findIndex((q) => q.id === 'dq-crm-fields');
  const item = editor.locator(`[data-item="questions.${index}"]`);
  const onLead = item.locator('[data-testid="question-placement"] [data-record="salesforce-lead"]');
  // "Director of Data Engineering" is not an operations title: the lead does not get this question.
  await expect(onLead).toHaveAttribute('data-placement', 'notPicked');
  await expect(onLead).toContainText('not shown');

  await item.locator(`[data-path="questions.${index}.when.keywords"]`).fill('Data');
  await expect(onLead).not.toHaveAttribute('data-placement', 'notPicked');
  await expect(onLead).toHaveText(/^Lead: Priya Raman, Helios Sensorik: (question \d+|not shown: beyond the first 8 \(question \d+, only after “Show all”\))$/);
  await onLead.scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/editor-where-will-this-show.png' });

  // A lower question limit pushes it past the cut.
  await editor.locator('[data-path="questionLimit"]').fill('1');
  await expect(onLead).toHaveAttribute('data-placement', 'beyond');
  await expect(onLead).toContainText('not shown: beyond the first 1');
});

test('where will this show: a differentiator\'s and a product\'s place on the sample records follow their conditions', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByTestId('playbook-editor');

  // The Chorus answer: no sample names Chorus; the opportunity names Gong.
  await editor.locator('details[data-section="differentiators"] > summary').click();
  const index = DEFAULT_PLAYBOOK.differentiators.findIndex((d) => d.id === 'independent-roadmap');
  const hint = editor.locator(`[data-item="differentiators.${index}"] [data-testid="differentiator-placement"]`);
  const onDeal = hint.locator('[data-record="salesforce-opportunity-account"]');
  await expect(hint.locator('[data-never="competitor"]')).toContainText('None of its competitors is named on any sample record');
  await expect(onDeal).toHaveAttribute('data-why', 'competitor');
  await expect(onDeal).toContainText('the record names Gong, not one of its competitors');

  // Name Gong among its competitors: it now shows on both opportunities, and the note goes.
  await editor.locator(`[data-path="differentiators.${index}.competitors"]`).fill('Chorus\nGong');
  await expect(onDeal).toHaveAttribute('data-placement', 'shown');
  await expect(onDeal).toHaveText(/^Opportunity with its account: Fleet Analytics, Brightline Robotics: \d of \d on “Why us”$/);
  await expect(hint.locator('[data-never="competitor"]')).toHaveCount(0);
  await onDeal.scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'e2e-shots/editor-where-differentiator.png' });

  // A product's condition: Revenue Analytics fits 200–5,000 employees; the lead has 3,400.
  await editor.locator('details[data-section="products"] > summary').click();
  const product = editor.locator('[data-item="products.0"]');
  const onLead = product.locator('[data-testid="product-placement"] [data-record="salesforce-lead"]');
  await expect(onLead).toHaveAttribute('data-placement', 'shown');
  await expect(onLead).toHaveText(/^Lead: Priya Raman, Helios Sensorik: 1 of \d on “Lead with”, and on the first screen$/);
  await product.locator('[data-path="products.0.fitsWhen.max"]').fill('1000');
  await expect(onLead).toHaveAttribute('data-placement', 'notPicked');
  await expect(onLead).toContainText('not shown: its “fits when” condition rules this record out');
});
