import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const OBJECTS = ['account', 'contact', 'lead', 'opportunity'] as const;
const CARDS = ['fit', 'questions', 'products', 'differentiators', 'fields'];

for (const name of OBJECTS) {
  test(`shows the five cards with every field of the Salesforce ${name} fixture`, async ({ browserWithExtension }) => {
    const expected = loadExpectation('salesforce', name);
    const { context } = browserWithExtension;
    await serveCrmPages(context, { [expected.url]: fixtureHtml('salesforce', name) });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(expected.url);

    const sidebar = await SidebarProbe.attach(page);
    const fit = await sidebar.fit();
    expect(await sidebar.shadowRoot()).toMatchObject({ mode: 'closed' });
    for (const card of CARDS) expect(await sidebar.query(`[data-card="${card}"]`), card).toBeDefined();
    expect(['A', 'B', 'C', 'D', 'disqualified', 'unknown']).toContain(fit.tier);
    expect(fit.score === '' || (Number(fit.score) >= 0 && Number(fit.score) <= 100)).toBe(true);

    const wanted = Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));
    expect(await sidebar.fields()).toEqual(wanted);
    // Reading rule 7: values only a cached earlier record holds (Lightning keeps it, hidden, without
    // `active`) appear nowhere in the card, not even as "also read".
    const cachedOnly = await page.evaluate(() => {
      const shown = document.querySelector('.oneContent.active')?.textContent ?? '';
      const cached = [...document.querySelectorAll('.oneContent:not(.active) [data-output-element-id="output-field"]')];
      return cached.map((value) => value.textContent?.trim() ?? '').filter((text) => text && !shown.includes(text));
    });
    const fieldsCard = (await sidebar.query('[data-card="fields"]'))!.text;
    for (const value of cachedOnly) expect(fieldsCard, `cached record's "${value}"`).not.toContain(value);
    expect(await sidebar.hostCount()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
}

test('follows Lightning same-document navigation to another record', async ({ browserWithExtension }) => {
  const account = loadExpectation('salesforce', 'account');
  const opportunity = loadExpectation('salesforce', 'opportunity');
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account') });
  const page = await context.newPage();
  await page.goto(account.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.waitFor('[data-field="company"]', (el) => el.attributes['data-value'] === account.fields.company);

  // What Lightning does: swap the record's DOM and push the new URL, without a page load.
  await page.evaluate(
    ({ html, url }) => {
      // parseHTMLUnsafe attaches declarative shadow roots, as Lightning's components would have.
      const next = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(html);
      const host = document.querySelector('[data-playcard-sidebar], playcard-sidebar');
      // Moving (adopting) the nodes keeps their shadow roots; importNode would drop them.
      document.body.replaceChildren(...next.body.childNodes);
      if (host) document.body.append(host);
      history.pushState({}, '', url);
    },
    { html: fixtureHtml('salesforce', 'opportunity'), url: opportunity.url },
  );
  await sidebar.waitFor('[data-field="dealName"]', (el) => el.attributes['data-value'] === opportunity.fields.dealName);
  const fields = await sidebar.fields();
  expect(fields.dealName).toBe(opportunity.fields.dealName);
  // Nothing left over from the account as the page's own: its facts show only as remembered, joined by the
  // opportunity's Account Name link (test/e2e/remembered.spec.ts).
  expect(await sidebar.fields({ read: 'on-page' })).toEqual(
    Object.fromEntries(Object.entries(opportunity.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)])),
  );
  const sources = await sidebar.sources();
  if (fields.employees !== undefined) expect(sources.employees).toBe('remembered');
  expect(await sidebar.hostCount()).toBe(1);
});

test('shows HTML and script payloads in field values as text and runs nothing', async ({ browserWithExtension }) => {
  const expected = loadExpectation('salesforce', 'xss-lead');
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [expected.url]: fixtureHtml('salesforce', 'xss-lead') });
  const page = await context.newPage();
  await page.goto(expected.url);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  const company = await sidebar.waitFor('[data-field="company"]');
  expect(company.attributes['data-value']).toBe(expected.fields.company);
  expect(company.text).toContain(String(expected.fields.company));
  expect(await sidebar.queryAll('img, script, iframe, object, embed')).toEqual([]);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('folds into a slim tab that still shows the tier, and opens again', async ({ browserWithExtension }) => {
  const expected = loadExpectation('salesforce', 'account');
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [expected.url]: fixtureHtml('salesforce', 'account') });
  const page = await context.newPage();
  await page.goto(expected.url);
  const sidebar = await SidebarProbe.attach(page);
  const { tier } = await sidebar.fit();
  await sidebar.click('button[title="Hide Playcard"]');
  const tab = await sidebar.waitFor('.pc-root--collapsed .pc-tier');
  expect(tab.text).toBe(tier);
  expect(await sidebar.query('[data-card="fit"]')).toBeUndefined();
  await sidebar.click('.pc-tab');
  await sidebar.waitFor('[data-card="fit"]');
});
