import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

/** One record of each SaaS CRM, served at its real URL so the manifest's match patterns decide. */
const RECORDS: [crm: string, name: string][] = [
  ['hubspot', 'deal'],
  ['pipedrive', 'organization'],
  ['dynamics', 'opportunity'],
  ['zoho', 'potential'],
  ['salesforce-classic', 'account'],
  ['odoo', 'opportunity'],
];

for (const [crm, name] of RECORDS) {
  test(`${crm}: shows the cards and every field of the ${name} record`, async ({ browserWithExtension }) => {
    const expected = loadExpectation(crm, name);
    const { context } = browserWithExtension;
    await serveCrmPages(context, { [expected.url]: fixtureHtml(crm, name) });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(expected.url);
    const sidebar = await SidebarProbe.attach(page);
    const fit = await sidebar.fit();
    expect(['A', 'B', 'C', 'D', 'disqualified', 'unknown']).toContain(fit.tier);
    const wanted = Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));
    await expect.poll(() => sidebar.fields()).toEqual(wanted);
    expect(await sidebar.hostCount()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
}
