/**
 * Remembered linked records on the built extension, in one browser (issue 9, item 6): a Salesforce opportunity
 * opened after its account shows the account's industry, size and country, marked remembered, and its coverage
 * rises; none of the account's values is on disk (storage.local, storage.sync, the extension's IndexedDB), only in
 * storage.session; the popup's "Forget" empties the memory; a site is answered about its own records only.
 */
import type { Page } from '@playwright/test';
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const account = loadExpectation('salesforce', 'account');
const opportunity = loadExpectation('salesforce', 'opportunity');
/** Values only the account's page shows (none is on the opportunity's page, none in the default playbook). */
const ACCOUNT_ONLY = ['brightline-robotics.com', '555-0198', '48500000'];

async function fitCard(sidebar: SidebarProbe): Promise<{ tier: string; coverage: number }> {
  const card = await sidebar.waitFor('[data-card="fit"]');
  return { tier: card.attributes['data-tier'] ?? '', coverage: Number(card.attributes['data-coverage']) };
}

async function fieldsWithSource(sidebar: SidebarProbe): Promise<Record<string, { value: string; source: string; text: string }>> {
  const elements = await sidebar.queryAll('[data-card="fields"] [data-field]');
  return Object.fromEntries(
    elements.map((el) => [el.attributes['data-field'], { value: el.attributes['data-value'] ?? '', source: el.attributes['data-source'] ?? '', text: el.text }]),
  );
}

/** Everything the extension keeps, read from one of its own pages: the disk areas, and the memory-only one. */
async function extensionStorage(page: Page): Promise<{ local: string; sync: string; indexedDb: string; session: string }> {
  return page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<unknown> }> } }).chrome;
    const dumpDatabase = (name: string) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = async () => {
          const db = request.result;
          const stores: Record<string, unknown> = {};
          for (const store of Array.from(db.objectStoreNames)) {
            stores[store] = await new Promise((done) => {
              const all = db.transaction(store, 'readonly').objectStore(store).getAll();
              all.onsuccess = () => done(all.result);
              all.onerror = () => done(String(all.error));
            });
          }
          db.close();
          resolve(stores);
        };
      });
    const databases = await indexedDB.databases();
    const indexedDb: Record<string, unknown> = {};
    for (const { name } of databases) if (name) indexedDb[name] = await dumpDatabase(name);
    return {
      local: JSON.stringify(await c.storage.local.get(null)),
      sync: JSON.stringify(await c.storage.sync.get(null)),
      indexedDb: JSON.stringify(indexedDb),
      session: JSON.stringify(await c.storage.session.get(null)),
    };
  });
}

test('an opportunity opened after its account shows the account\'s industry, size and country, remembered; nothing reaches disk; Forget empties it', async ({ browserWithExtension }) => {
  test.setTimeout(90_000);
  const { context, extensionId } = browserWithExtension;
  await serveCrmPages(context, { [account.url]: fixtureHtml('salesforce', 'account'), [opportunity.url]: fixtureHtml('salesforce', 'opportunity') });

  // The deal in a browser that has opened no account yet: the account's facts are missing.
  const deal = await context.newPage();
  await deal.goto(opportunity.url);
  let sidebar = await SidebarProbe.attach(deal);
  await sidebar.waitFor('[data-field="dealName"]');
  const before = await fitCard(sidebar);
  const fieldsBefore = await fieldsWithSource(sidebar);
  expect(fieldsBefore.industry).toBeUndefined();
  expect(fieldsBefore.employees).toBeUndefined();
  expect(fieldsBefore.country).toBeUndefined();
  expect(Object.values(fieldsBefore).map((field) => field.source)).not.toContain('remembered');

  // The rep opens the account (its id is the one the opportunity's Account Name link carries) ...
  const accountPage = await context.newPage();
  await accountPage.goto(account.url);
  await (await SidebarProbe.attach(accountPage)).waitFor('[data-field="industry"]', (el) => el.attributes['data-value'] === account.fields.industry);

  // ... then the deal again: the account's facts fill what the deal's page lacks, marked remembered.
  await deal.reload();
  sidebar = await SidebarProbe.attach(deal);
  await sidebar.waitFor('[data-field="industry"]', (el) => el.attributes['data-source'] === 'remembered');
  const after = await fieldsWithSource(sidebar);
  for (const field of ['industry', 'employees', 'country'] as const) {
    expect(after[field], field).toMatchObject({ value: String(account.fields[field]), source: 'remembered' });
    expect(after[field]!.text).toMatch(/remembered from the account opened at \d{1,2}:\d{2}/);
  }
  // The deal's own values still come from its page.
  for (const field of Object.keys(opportunity.fields)) expect(after[field]?.source, field).toBe('page');
  expect(after.dealName!.value).toBe(opportunity.fields.dealName);
  const raised = await fitCard(sidebar);
  console.log(`coverage of the opportunity: ${before.coverage} (tier ${before.tier}) alone, ${raised.coverage} (tier ${raised.tier}) after its account`);
  expect(raised.coverage).toBeGreaterThan(before.coverage);

  // Nothing of the account is on disk; it is in memory only (the same dump finds it there, so it can find it).
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const kept = await extensionStorage(extensionPage);
  for (const value of ACCOUNT_ONLY) {
    expect(kept.local, `storage.local holds ${value}`).not.toContain(value);
    expect(kept.sync, `storage.sync holds ${value}`).not.toContain(value);
    expect(kept.indexedDb, `IndexedDB holds ${value}`).not.toContain(value);
  }
  expect(kept.session).toContain(String(account.fields.industry));
  expect(kept.session).toContain(ACCOUNT_ONLY[0]);

  // "Forget" in the popup empties the memory; the deal then has only its own page again.
  await expect(extensionPage.getByTestId('popup-remembered-count')).toHaveAttribute('data-count', '1');
  await extensionPage.getByTestId('popup-forget').click();
  await expect(extensionPage.getByTestId('popup-remembered-count')).toHaveAttribute('data-count', '0');
  expect((await extensionStorage(extensionPage)).session).not.toContain(String(account.fields.industry));
  await deal.reload();
  sidebar = await SidebarProbe.attach(deal);
  await sidebar.waitFor('[data-field="dealName"]');
  await deal.waitForTimeout(500);
  expect((await fieldsWithSource(sidebar)).industry).toBeUndefined();
});

test('HubSpot: a company remembered on one portal fills that portal\'s deal only, never another portal\'s or another host\'s', async ({ browserWithExtension }) => {
  test.setTimeout(90_000);
  const company = loadExpectation('hubspot', 'company');
  const deal = loadExpectation('hubspot', 'deal');
  // The fixtures come from two hosts and two portals (/contacts/<portal>/…). The deal is also served on the
  // company's host, in the company's portal (same record), and in its own portal there (another account's record).
  const portalOf = (url: string) => new URL(url).pathname.split('/')[2]!;
  const dealPath = new URL(deal.url).pathname + new URL(deal.url).search;
  const dealInCompanyPortal = new URL(dealPath.replace(`/contacts/${portalOf(deal.url)}/`, `/contacts/${portalOf(company.url)}/`), company.url).href;
  const dealInOtherPortal = new URL(dealPath, company.url).href;
  expect(portalOf(dealInOtherPortal)).not.toBe(portalOf(company.url));
  const { context } = browserWithExtension;
  await serveCrmPages(context, {
    [company.url]: fixtureHtml('hubspot', 'company'),
    [deal.url]: fixtureHtml('hubspot', 'deal'),
    [dealInCompanyPortal]: fixtureHtml('hubspot', 'deal'),
    [dealInOtherPortal]: fixtureHtml('hubspot', 'deal'),
  });
  const companyPage = await context.newPage();
  await companyPage.goto(company.url);
  await (await SidebarProbe.attach(companyPage)).waitFor('[data-field="employees"]', (el) => el.attributes['data-value'] === String(company.fields.employees));

  // Same deal, same company id in its links: another host, or another portal on the same host, learns nothing.
  for (const url of [deal.url, dealInOtherPortal]) {
    const elsewhere = await context.newPage();
    await elsewhere.goto(url);
    const elsewhereSidebar = await SidebarProbe.attach(elsewhere);
    await elsewhereSidebar.waitFor('[data-field="dealName"]');
    await elsewhere.waitForTimeout(500);
    expect(Object.values(await elsewhereSidebar.sources()), url).not.toContain('remembered');
  }

  const page = await context.newPage();
  await page.goto(dealInCompanyPortal);
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.waitFor('[data-field="employees"]', (el) => el.attributes['data-source'] === 'remembered');
  const fields = await fieldsWithSource(sidebar);
  expect(fields.employees).toMatchObject({ value: String(company.fields.employees), source: 'remembered' });
  expect(fields.country).toMatchObject({ value: String(company.fields.country), source: 'remembered' });
  // The company card on the deal's page gives the industry: the linked value on the page wins over the remembered one.
  expect(fields.industry?.source).toBe('linked');
  expect(await sidebar.fields({ read: 'on-page' })).toEqual(
    Object.fromEntries(Object.entries(deal.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)])),
  );
});
