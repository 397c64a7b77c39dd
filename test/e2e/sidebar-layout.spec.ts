/**
 * The in-page sidebar stays out of the CRM's way, on the shipped build: it folds itself where the window
 * is too narrow for the CRM beside it (the CRM's own buttons it covered are clickable again), opens on
 * wide windows, stays open when pinned, and keeps the width the rep dragged it to across a reload.
 */
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { hitOnControl, SidebarProbe } from './sidebar';

const pipedrive = loadExpectation('pipedrive', 'deal');
const zoho = loadExpectation('zoho', 'lead');
// The CRM's own controls the open sidebar covers at 1280 px (issue 10: reps could not reach them).
const CONTROLS = [
  { crm: 'pipedrive', name: 'deal', url: pipedrive.url, control: '[data-testid="won-button"]', label: 'Pipedrive Won' },
  { crm: 'zoho', name: 'lead', url: zoho.url, control: 'lyte-button[data-zcqa="sendEmail"] button', label: 'Zoho Send Email' },
] as const;

let launched: LaunchedBrowser | undefined;
test.afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

async function open(viewport: { width: number; height: number }, url: string, html: string) {
  launched = await launchWithExtension({ viewport });
  await serveCrmPages(launched.context, { [url]: html });
  const page = await launched.context.newPage();
  await page.goto(url);
  return { page, sidebar: await SidebarProbe.attach(page) };
}

for (const { crm, name, url, control, label } of CONTROLS) {
  test(`at 1280×800 the sidebar starts folded and ${label} is clickable; pinned open, it covers it and stays open after a reload`, async () => {
    const { page, sidebar } = await open({ width: 1280, height: 800 }, url, fixtureHtml(crm, name));
    const tab = await sidebar.waitFor('.pc-root--collapsed .pc-tab');
    // The tab is Playcard's: its mark, its tier, and words for both.
    expect(tab.attributes['aria-label']).toMatch(/^Playcard: (tier [A-D]|disqualified|not enough data to score yet) — open$/);
    expect(await sidebar.query('.pc-tab svg.pc-mark')).toBeDefined();
    expect(await hitOnControl(page, control)).toBe('control');

    // The rep opens it and pins it: now it covers the control (what reps reported), and stays so.
    await sidebar.click('.pc-tab');
    await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="summary"]');
    await sidebar.click('[data-action="pin"]');
    await sidebar.waitFor('[data-action="pin"]', (el) => el.attributes['aria-pressed'] === 'true');
    expect(await hitOnControl(page, control)).toBe('sidebar');
    await page.reload();
    await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="summary"]');
    expect((await sidebar.query('[data-action="pin"]'))!.attributes['aria-pressed']).toBe('true');
  });
}

test('at 1920×1080 the sidebar is open', async () => {
  const { sidebar } = await open({ width: 1920, height: 1080 }, pipedrive.url, fixtureHtml('pipedrive', 'deal'));
  await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="summary"]');
  expect(await sidebar.query('.pc-root--collapsed')).toBeUndefined();
});

test('folds when the window narrows to 1280 and opens again at 1920', async () => {
  const { page, sidebar } = await open({ width: 1920, height: 1080 }, pipedrive.url, fixtureHtml('pipedrive', 'deal'));
  await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="summary"]');
  await page.setViewportSize({ width: 1280, height: 800 });
  await sidebar.waitFor('.pc-root--collapsed .pc-tab');
  expect(await hitOnControl(page, '[data-testid="won-button"]')).toBe('control');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await sidebar.waitFor('.pc-root:not(.pc-root--collapsed) [data-card="summary"]');
});

test('dragging the edge resizes it within 280–560 px, arrow keys too, and the width is kept across a reload', async () => {
  const { page, sidebar } = await open({ width: 1920, height: 1080 }, pipedrive.url, fixtureHtml('pipedrive', 'deal'));
  const handle = await sidebar.waitFor('[role="separator"]');
  expect(handle.attributes).toMatchObject({ 'aria-valuenow': '340', 'aria-valuemin': '280', 'aria-valuemax': '560', 'aria-orientation': 'vertical' });
  const rootWidth = async () => parseFloat((await sidebar.computedStyle('.pc-root')).width!);
  expect(await rootWidth()).toBeCloseTo(340, 0);

  const start = await sidebar.center('[role="separator"]');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x - 100, start.y, { steps: 5 });
  await page.mouse.up();
  await sidebar.waitFor('[role="separator"]', (el) => el.attributes['aria-valuenow'] === '440');
  expect(await rootWidth()).toBeCloseTo(440, 0);
  // The press focused the handle: the arrow keys go on from there (left widens a right-docked sidebar).
  await page.keyboard.press('ArrowLeft');
  await sidebar.waitFor('[role="separator"]', (el) => el.attributes['aria-valuenow'] === '456');
  // Far past the limit: held at 560.
  const now = await sidebar.center('[role="separator"]');
  await page.mouse.move(now.x, now.y);
  await page.mouse.down();
  await page.mouse.move(now.x - 600, now.y, { steps: 5 });
  await page.mouse.up();
  await sidebar.waitFor('[role="separator"]', (el) => el.attributes['aria-valuenow'] === '560');
  await page.keyboard.press('ArrowRight');
  await sidebar.waitFor('[role="separator"]', (el) => el.attributes['aria-valuenow'] === '544');

  await page.reload();
  await sidebar.waitFor('[role="separator"]', (el) => el.attributes['aria-valuenow'] === '544');
  expect(await rootWidth()).toBeCloseTo(544, 0);
});
