/**
 * What a rep sees first on a deal, on the shipped build: an honest fit (no number while the tier is
 * unknown, in the sidebar, call prep and the copied notes), questions that stay where they were when
 * ticked, and call prep that starts with the deal.
 */
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

// The Salesforce demo opportunity shows little of the profile: its tier is unknown (the first check says so).
const deal = loadExpectation('salesforce', 'opportunity');

async function openDeal(context: import('@playwright/test').BrowserContext) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(deal.url).origin });
  await serveCrmPages(context, { [deal.url]: fixtureHtml('salesforce', 'opportunity') });
  const page = await context.newPage();
  await page.goto(deal.url);
  const sidebar = await SidebarProbe.attach(page);
  return { page, sidebar };
}

test('an unknown-tier deal shows no score out of 100 anywhere: sidebar, call prep, copied notes', async ({ browserWithExtension }) => {
  const { page, sidebar } = await openDeal(browserWithExtension.context);
  const fit = await sidebar.fit();
  expect(fit.tier).toBe('unknown');
  expect(fit.score).toBe('');
  const coverage = Number(fit.coverage);
  expect(fit.coverage).not.toBe('');
  expect(coverage).toBeGreaterThan(0);
  expect(coverage).toBeLessThan(1);

  // Let every card render, then read the whole sidebar as text.
  await sidebar.waitFor('[data-card="summary"]');
  const root = await sidebar.waitFor('.pc-root');
  expect(root.text).not.toContain('/100');
  expect((await sidebar.query('[data-card="fit"]'))!.text).toMatch(/\d+ of \d+ criteria known/);
  expect((await sidebar.query('[data-card="summary"]'))!.text).toMatch(/\d+ of \d+ criteria known/);

  await sidebar.click('[data-action="call-prep"]');
  const prep = await sidebar.waitFor('[data-view="call-prep"]');
  expect(prep.text).not.toContain('/100');
  expect(prep.text).not.toContain('No misses');
  expect((await sidebar.queryAll('[data-view="call-prep"] [data-outcome="unknown"]')).length).toBeGreaterThan(0);

  for (const format of ['text', 'markdown'] as const) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await sidebar.click(`[data-copy="${format}"]`);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Call prep: ');
    const notes = await page.evaluate(() => navigator.clipboard.readText());
    expect(notes).not.toContain('/100');
    expect(notes).toMatch(/Fit not scored yet: \d+ of \d+ criteria known/);
    expect(notes).toContain('(not known yet)');
  }
});

test('call prep for a deal starts with its facts and its copy buttons', async ({ browserWithExtension }) => {
  const { sidebar } = await openDeal(browserWithExtension.context);
  await sidebar.fit();
  await sidebar.click('[data-action="call-prep"]');
  const prep = await sidebar.waitFor('[data-view="call-prep"]');
  expect(prep.text).toContain(`Call prep: ${deal.fields.dealName}`);
  const facts = await sidebar.waitFor('[data-view="call-prep"] [data-facts="deal"]');
  for (const field of ['company', 'stage', 'amount', 'closeDate', 'competitor']) {
    expect(await sidebar.query(`[data-facts="deal"] [data-fact="${field}"]`)).toBeDefined();
  }
  expect(facts.text).toContain(String(deal.fields.stage));
  expect(facts.text).toContain(String(deal.fields.competitor));
  // The copy buttons sit above the deal's facts, not at the bottom of the view.
  const copy = await sidebar.center('[data-copy="text"]');
  const factsTop = await sidebar.center('[data-facts="deal"]');
  expect(copy.y).toBeLessThan(factsTop.y);
});

test('a ticked question stays where it was, struck through, and can be unticked; Show all lists every question', async ({ browserWithExtension }) => {
  const { sidebar } = await openDeal(browserWithExtension.context);
  await sidebar.fit();
  const ids = async () => (await sidebar.queryAll('[data-card="questions"] [data-question]')).map((q) => q.attributes['data-question']);
  const before = await ids();
  expect(before.length).toBeGreaterThan(1);
  const second = before[1]!;
  await sidebar.click(`[data-card="questions"] [data-question="${second}"] input[type="checkbox"]`);
  await sidebar.waitFor(`[data-card="questions"] [data-question="${second}"].pc-question--asked`);
  expect(await ids()).toEqual(before);

  await sidebar.click(`[data-card="questions"] [data-question="${second}"] input[type="checkbox"]`);
  await sidebar.waitFor(`[data-card="questions"] [data-question="${second}"]`, (el) => !el.attributes.class!.includes('pc-question--asked'));
  expect(await ids()).toEqual(before);

  // The count beside the title is what the list shows; the rest is one click away, never cut silently.
  const heading = await sidebar.waitFor('[data-card="questions"] .pc-card__summary');
  const more = await sidebar.query('[data-card="questions"] [data-action="all-questions"]');
  if (more) {
    const total = Number(/\d+$/.exec(more.text)![0]);
    expect(heading.text).toBe(`${before.length} of ${total}`);
    await sidebar.click('[data-card="questions"] [data-action="all-questions"]');
    await expect.poll(async () => (await ids()).length).toBe(total);
    expect((await sidebar.query('[data-card="questions"] .pc-card__summary'))!.text).toBe(String(total));
  } else {
    expect(heading.text).toBe(String(before.length));
  }
});
