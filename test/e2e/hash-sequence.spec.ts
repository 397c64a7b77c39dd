/**
 * Records opened one after another in one tab by URL hash, as a rep does in Odoo's web client
 * (`/web#id=42&model=crm.lead&view_type=form`, then `#id=43…`): each shows its own values and none of an
 * earlier record's lingers (issue 9, item 1). Two ways apps leave earlier records behind are played: the form
 * replaced in place (Odoo), and the earlier form kept in the DOM in a pane hidden by a stylesheet class (tab-pane
 * apps such as Tryton's web client, test/crm/held-out/README.md).
 *
 * Records 43 and 44 are the Odoo fixture with other values written in, some left empty (no competitor, no
 * e-mail, no lead source): a value of record 42 shown for them would be a lingering one.
 */
import type { Page } from '@playwright/test';
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const ORIGIN = 'https://brightline.odoo.com';
const base = loadExpectation('odoo', 'opportunity');
const html42 = fixtureHtml('odoo', 'opportunity');

/** Another record: the fixture's values replaced (in the markup and in the expectation), some emptied. */
function variant(replacements: [from: string, to: string][], emptied: string[]): { html: string; fields: Record<string, string> } {
  let html = html42;
  for (const [from, to] of replacements) html = html.split(from).join(to);
  const fields: Record<string, string> = {};
  for (const [field, value] of Object.entries(base.fields)) {
    if (emptied.includes(field)) continue;
    let shown = formatFieldValue(value as FieldValue);
    for (const [from, to] of replacements) shown = shown.split(from).join(to);
    fields[field] = shown;
  }
  return { html, fields };
}

const record42 = { html: html42, fields: Object.fromEntries(Object.entries(base.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)])) };
const record43 = variant(
  [
    ['Fleet Analytics Expansion', 'Warehouse Retrofit'],
    ['Brightline Robotics Inc.', 'Kestrel Freight GmbH'],
    ['Priya Raman', 'Jonas Weber'],
    ['priya.raman', 'jonas.weber'],
    ['brightline-robotics.com', 'kestrel-freight.de'],
    ['VP Operations', 'Head of Logistics'],
    ['Vecna Robotics', ''],
    ['Partner Referral', ''],
  ],
  ['competitor', 'leadSource'],
);
const record44 = variant(
  [
    ['Fleet Analytics Expansion', 'Cold Chain Pilot'],
    ['Brightline Robotics Inc.', 'Norrland Foods AB'],
    ['Priya Raman', 'Elin Lind'],
    ['priya.raman@brightline-robotics.com', ''],
    ['brightline-robotics.com', 'norrlandfoods.se'],
    ['VP Operations', 'COO'],
    ['Vecna Robotics', 'Locus Robotics'],
  ],
  ['email'],
);

const hashUrl = (id: number) => `${ORIGIN}/web#id=${id}&model=crm.lead&view_type=form`;

/** What Odoo's web client does on a hash change: the form of the next record replaces the current one. */
async function openInPlace(page: Page, id: number, html: string): Promise<void> {
  await page.evaluate(
    ({ markup, hash }) => {
      const next = new DOMParser().parseFromString(markup, 'text/html');
      const host = document.querySelector('[data-playcard-sidebar]');
      document.body.replaceChildren(...next.body.childNodes);
      if (host) document.body.append(host);
      location.hash = hash;
    },
    { markup: html, hash: new URL(hashUrl(id)).hash },
  );
}

/** What tab-pane apps do: the earlier record's form stays in the DOM, hidden by a stylesheet class, the next one follows it. */
async function openInNewPane(page: Page, id: number, html: string): Promise<void> {
  await page.evaluate(
    ({ markup, hash }) => {
      if (!document.getElementById('pane-style')) {
        const style = document.createElement('style');
        style.id = 'pane-style';
        style.textContent = '.app-pane-inactive { display: none; }';
        document.head.append(style);
      }
      const host = document.querySelector('[data-playcard-sidebar]');
      const previous = document.createElement('div');
      previous.className = 'app-pane app-pane-inactive';
      previous.append(...[...document.body.childNodes].filter((node) => node !== host && !(node instanceof HTMLElement && node.classList.contains('app-pane'))));
      const current = document.createElement('div');
      current.className = 'app-pane';
      current.append(...new DOMParser().parseFromString(markup, 'text/html').body.childNodes);
      for (const pane of document.querySelectorAll('.app-pane')) pane.classList.add('app-pane-inactive');
      // Earlier panes first in page order: a reader taking the first match would read them.
      document.body.prepend(previous);
      document.body.append(current);
      if (host) document.body.append(host);
      location.hash = hash;
    },
    { markup: html, hash: new URL(hashUrl(id)).hash },
  );
}

test('records opened one after another by URL hash in one tab: each shows its own values, none of an earlier one lingers', async ({ browserWithExtension }) => {
  test.setTimeout(90_000);
  const { context } = browserWithExtension;
  await serveCrmPages(context, { [`${ORIGIN}/web`]: html42 });
  const page = await context.newPage();
  await page.goto(hashUrl(42));
  const sidebar = await SidebarProbe.attach(page);
  await sidebar.fit();
  await expect.poll(() => sidebar.fields(), { timeout: 10_000 }).toEqual(record42.fields);

  await openInPlace(page, 43, record43.html);
  await expect.poll(() => sidebar.fields(), { timeout: 10_000 }).toEqual(record43.fields);
  expect(page.url()).toBe(hashUrl(43));

  await openInNewPane(page, 44, record44.html);
  await expect.poll(() => sidebar.fields(), { timeout: 10_000 }).toEqual(record44.fields);

  // Back to the first record, whose form replaces everything again: its own values, all of them.
  await openInPlace(page, 42, record42.html);
  await expect.poll(() => sidebar.fields(), { timeout: 10_000 }).toEqual(record42.fields);
  expect(await sidebar.hostCount()).toBe(1);
});
