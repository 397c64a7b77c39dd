/**
 * The options page as a manager meets it: the playbook editor with its preview is the first screen;
 * Distribution and CRM sites are places of their own, reached by link, address or keyboard, in
 * English and German. Screenshots go to e2e-shots/ for a person to look at.
 */
import type { Page } from '@playwright/test';
import { formatMessage, readMessages } from '../../scripts/locales';
import { expect, test } from './fixtures';

const SHOTS = 'e2e-shots';

/** Whether the element's top edge is on screen, below the sticky navigation bar. */
async function topIsOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)!.getBoundingClientRect();
    const nav = document.querySelector('.op-nav')!.getBoundingClientRect();
    return box.top >= nav.bottom - 1 && box.top < window.innerHeight;
  }, selector);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`the first screen at ${viewport.width}×${viewport.height} is the playbook editor with its preview`, async ({ browserWithExtension }) => {
    const { context, extensionId } = browserWithExtension;
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const editor = page.getByTestId('playbook-editor');
    await expect(editor.getByRole('heading', { name: 'Edit the playbook' })).toBeInViewport();
    // The preview opens on the sidebar's first screen: the summary a rep sees first.
    await expect(page.getByTestId('preview').locator('[data-card="summary"]')).toBeInViewport();
    await expect(page.locator('[data-path="icp.criteria.0.label"]')).toBeInViewport();
    await expect(page.getByTestId('in-force')).toContainText('Built-in default');
    await expect(page.getByRole('navigation').getByRole('link')).toHaveText(['Playbook', 'Distribution', 'CRM sites', 'Privacy']);
    await expect(page.getByRole('link', { name: 'Playbook' })).toHaveAttribute('aria-current', 'location');
    // Distribution is not on the first screen any more.
    await expect(page.getByRole('heading', { name: 'Distribution' })).not.toBeInViewport();
    await page.screenshot({ path: `${SHOTS}/options-first-${viewport.width}.png` });
  });
}

test('each place has an address, and the navigation reaches it by keyboard', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/options.html#distribution`);
  await expect(page.getByRole('heading', { name: 'Distribution' })).toBeVisible();
  await expect.poll(() => topIsOnScreen(page, '#distribution')).toBe(true);
  await expect(page.getByRole('link', { name: 'Distribution' })).toHaveAttribute('aria-current', 'location');
  await expect(page.getByTestId('export')).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/options-distribution-1280.png` });

  await page.goto(`chrome-extension://${extensionId}/options.html#crm-sites`);
  await expect.poll(() => topIsOnScreen(page, '#crm-sites')).toBe(true);
  await expect(page.getByTestId('site-address')).toBeInViewport();

  // From the top of a fresh page: Tab reaches the navigation; Enter on a place moves there and focus follows.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('playbook-editor')).toBeVisible();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-place') === 'distribution');
  }
  expect(reached, 'Tab reaches the Distribution link').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Distribution' })).toBeFocused();
  await expect.poll(() => topIsOnScreen(page, '#distribution')).toBe(true);
  await expect(page).toHaveURL(/#distribution$/);
  // The next Tab goes on from there, into Distribution's own controls.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#distribution'))).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/options\.html$/);
});

test('a stale complaint about the config URL goes away once a valid address is typed', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#distribution`);
  await page.getByTestId('config-url').fill('http://example.com/playbook.json');
  await page.getByTestId('config-url-save').click();
  await expect(page.getByTestId('config-url-message')).toContainText('https://');
  await page.getByTestId('config-url').fill('https://example.com/playbook.json');
  await expect(page.getByTestId('config-url-message')).toHaveCount(0);
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });
  const de = readMessages('de');

  test('the places and the line about what reps get are German', async ({ browserWithExtension }) => {
    const { context, extensionId } = browserWithExtension;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${extensionId}/options.html#distribution`);
    const names = ['options_place_playbook', 'options_place_distribution', 'options_place_crmSites', 'options_nav_privacy'].map((key) => formatMessage(de, key));
    await expect(page.getByRole('navigation', { name: formatMessage(de, 'options_nav_aria') }).getByRole('link')).toHaveText(names);
    await expect(page.getByRole('heading', { name: 'Verteilung' })).toBeVisible();
    await expect(page.getByTestId('in-force')).toContainText('Vertriebsmitarbeiter erhalten');
    await page.screenshot({ path: `${SHOTS}/options-distribution-de-1280.png` });
  });
});

test('the privacy policy the stores link to ships inside the extension and opens from the options page', async ({ browserWithExtension }) => {
  const { context, extensionId } = browserWithExtension;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const [policy] = await Promise.all([context.waitForEvent('page'), page.getByTestId('privacy-link').click()]);
  await expect(policy).toHaveURL(`chrome-extension://${extensionId}/privacy.html`);
  await expect(policy.getByRole('heading', { name: 'What Playcard sends' })).toBeVisible();
  await expect(policy.getByRole('table')).toContainText('Values read from CRM pages');
});
