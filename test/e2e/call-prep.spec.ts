import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

test('a rep opens call prep, copies it as Markdown notes, and ticks stay on the record after a reload', async ({ browserWithExtension }) => {
  const expected = loadExpectation('salesforce', 'lead');
  const { context } = browserWithExtension;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(expected.url).origin });
  await serveCrmPages(context, { [expected.url]: fixtureHtml('salesforce', 'lead') });
  const page = await context.newPage();
  await page.goto(expected.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();

  const first = await sidebar.waitFor('[data-card="questions"] [data-question]');
  const questionId = first.attributes['data-question']!;
  await sidebar.click(`[data-question="${questionId}"] input[type="checkbox"]`);
  await sidebar.waitFor(`[data-question="${questionId}"].pc-question--asked`);

  await sidebar.click('[data-action="call-prep"]');
  const prep = await sidebar.waitFor('[data-view="call-prep"]');
  expect(prep.text).toContain('Why they fit');
  expect(prep.text).toContain('Never discount');
  // The ticked question keeps its place in call prep too, struck through.
  await sidebar.waitFor(`[data-view="call-prep"] [data-question="${questionId}"].pc-question--asked`);
  await sidebar.click('[data-copy="markdown"]');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^## Call prep: /);
  const notes = await page.evaluate(() => navigator.clipboard.readText());
  expect(notes).toContain('### Ask\n- [x] ');
  expect(notes).toContain('\n- [ ] ');
  expect(notes).not.toContain(String(expected.fields.email));

  await page.reload();
  const again = await SidebarProbe.attach(page);
  await again.waitFor(`[data-question="${questionId}"].pc-question--asked`);
});

test('dock side and folding are remembered across records', async ({ browserWithExtension }) => {
  const account = loadExpectation('salesforce', 'account');
  const contact = loadExpectation('salesforce', 'contact');
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account'), [contact.url]: fixtureHtml('salesforce', 'contact') });
  const page = await context.newPage();
  await page.goto(account.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.click('[data-action="dock"]');
  await sidebar.waitFor('.pc-root--left');
  await sidebar.click('button[title="Hide Playcard"]');
  await sidebar.waitFor('.pc-root--collapsed.pc-root--left');

  await page.goto(contact.url);
  const next = await SidebarProbe.attach(page);
  await next.waitFor('.pc-root--collapsed.pc-root--left .pc-tier');
});
