/**
 * A manager edits the playbook in the forms: the preview follows as they type, the schema's problems
 * show at the field at fault, Save reaches an open CRM tab, and Undo last save brings the old one back.
 */
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
  await expect(preview.locator('[data-card]')).toHaveCount(5);
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
  await expect(options.getByTestId('save')).toBeDisabled();
  await expect(options.getByTestId('preview-stale')).toBeVisible();
  await expect(preview.locator('[data-card="fit"] [data-criterion="industry-core-verticals"] .pc-reason__weight')).toHaveText('60');
  await weight.scrollIntoViewIfNeeded();
  await options.screenshot({ path: '/tmp/editor-invalid.png' });

  // Fix it and save.
  await weight.fill('60');
  await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByTestId('save')).toBeEnabled();
  await options.screenshot({ path: '/tmp/editor-preview.png' });
  await options.getByTestId('save').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');
  await expect(options.getByTestId('unsaved')).toHaveCount(0);

  // The JSON view shows the change.
  await options.getByTestId('tab-json').click();
  const json = JSON.parse(await options.getByTestId('playbook-json').inputValue());
  expect(json.icp.criteria[0].weight).toBe(60);
  expect(json.products[0].name).toBe('E2E Analytics');
  await options.screenshot({ path: '/tmp/editor-json.png' });

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
  await expect(preview.locator('[data-card]')).toHaveCount(5);
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
  await options.screenshot({ path: '/tmp/editor-custom-values.png', fullPage: true });
});
