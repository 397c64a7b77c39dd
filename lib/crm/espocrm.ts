/**
 * EspoCRM record detail views (self-hosted): hash routes `#<Entity>/view/<id>` on any host and base path
 * (`https://crm.example.org/#Account/view/<id>`, `https://intranet.example.org/espo/#Lead/view/<id>`), for
 * Account, Contact, Lead and Opportunity.
 *
 * Markup (test/crm/fixtures/espocrm/README.md has the sources), seen 2026-11 in EspoCRM 9.x:
 * - client/res/templates/detail.tpl: `div.page-header` (breadcrumb, `h3.header-title`, the record's name in
 *   `span.title`), `div.record` > `div.detail#<id>[data-scope="<Entity>"]` (client/res/templates/record/detail.tpl)
 *   with `div.record-grid` > `div.left` > `div.middle` (the detail layout), `div.bottom` (relationship panels, stream)
 *   and `div.side` (default side panel: assigned user, teams; other side panels are lists).
 * - client/res/layout-types/record.tpl: each layout cell is `div.cell[data-name="<field>"]` holding
 *   `label.control-label[data-name] > span.label-text` and `div.field[data-name="<field>"]`; fields hidden by
 *   dynamic logic get `hidden-cell` / `hidden`, hidden panels `panel … hidden`, panels on other tabs `tab-hidden`.
 * - Field views (client/res/templates/fields/*): empty values render `span.none-value` ("None"); currency
 *   `$<span class="numeric-text">250,000</span>` (format depends on `currencyFormat`); email and phone lists put each
 *   address in its own `div` (`a[data-email-address]`, `a[data-phone-number]` + `span.text-muted.small` type);
 *   addresses are `<br>` separated lines plus a "View on Map" link; dates are readable ("15 Mar, 2027"), without
 *   the year in the current year ("15 Mar") and "Today"/"Tomorrow"/"Yesterday" nearby (client/src/views/fields/date.ts).
 * - Not the record's own fields: bottom panels (stream notes with `tr.row[data-name]` was/became values,
 *   relationship lists with `td.cell[data-name]`), side list panels (`span.cell[data-name]` in expanded rows),
 *   quick-view modals (`div.modal` holds another record's `div.detail`).
 */
import { countryOfAddress } from '../extract/normalise/country';
import { collapseWhitespace, textLines } from '../extract/normalise/text';
import { isInside, visibleText } from '../extract/read';
import type { ReadContext } from '../extract/read-context';
import { NAME_FIELD, type CanonicalField, type RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_SCOPE: Record<string, RecordKind> = {
  Account: 'company',
  Contact: 'contact',
  Lead: 'lead',
  Opportunity: 'deal',
};
const SCOPE_BY_KIND: Record<RecordKind, string> = { company: 'Account', contact: 'Contact', lead: 'Lead', deal: 'Opportunity' };
/** `#Account/view/<id>`, `#Account/view/<id>/<options>`, `#Account/view/<id>?…` (client/src/router.js). */
const VIEW_ROUTE = /^#([A-Za-z][A-Za-z0-9]*)\/view\/([A-Za-z0-9][A-Za-z0-9-]{0,63})(?:[/?].*)?$/;

/** Field names of the standard entities (entityDefs). Labels can be renamed or translated; names cannot. */
const FIELD_BY_NAME: Record<RecordKind, Record<string, CanonicalField>> = {
  company: {
    name: 'company',
    industry: 'industry',
    website: 'website',
    emailAddress: 'email',
    phoneNumber: 'phone',
    billingAddress: 'country',
    billingAddressCountry: 'country',
  },
  contact: {
    name: 'fullName',
    title: 'title',
    account: 'company',
    accounts: 'company',
    accountName: 'company',
    emailAddress: 'email',
    phoneNumber: 'phone',
    address: 'country',
    addressCountry: 'country',
    leadSource: 'leadSource',
  },
  lead: {
    name: 'fullName',
    title: 'title',
    accountName: 'company',
    emailAddress: 'email',
    phoneNumber: 'phone',
    website: 'website',
    address: 'country',
    addressCountry: 'country',
    source: 'leadSource',
    industry: 'industry',
  },
  deal: {
    name: 'dealName',
    account: 'company',
    amount: 'amount',
    closeDate: 'closeDate',
    stage: 'stage',
    leadSource: 'leadSource',
  },
};
const ADDRESS_FIELDS = new Set(['billingAddress', 'shippingAddress', 'address', 'addressMap']);
/**
 * Standard fields whose labels collide with canonical aliases but mean another record: a converted lead's
 * "Account"/"Contact"/"Opportunity", an opportunity's "Contact(s)", the assigned user.
 */
const NOT_CANONICAL = new Set([
  'createdAccount',
  'createdContact',
  'createdOpportunity',
  'contact',
  'contacts',
  'originalLead',
  'assignedUser',
  'assignedUsers',
  'teams',
  'createdBy',
  'modifiedBy',
  'campaign',
  'description',
  'opportunityAmount',
  'shippingAddress',
  'parent',
]);


// seen 2026-11 (EspoCRM 8–9): record.tpl cells; the detail root carries data-scope.
const CELLS = '.cell[data-name]';
/** Bottom panels (stream, relationships), list panels, quick-view modals, hidden panels and cells. */
const IGNORED_REGIONS = ['.detail .bottom', '.panel-stream', '.list-container', '.modal', '.popover', '.stream-head-container'].join(', ');
const SKIPPED = `${IGNORED_REGIONS}, .hidden-cell, .panel.hidden`;
const FIELD_CONTAINERS = '.detail, .record, .middle, .side, .panel-body, .cell[data-name], .field[data-name]';

function detect(url: URL): RecordRoute | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const match = VIEW_ROUTE.exec(url.hash);
  if (!match) return undefined;
  const [, scope = '', id = ''] = match;
  const kind = KIND_BY_SCOPE[scope];
  return kind ? { kind, id } : undefined;
}


function isChrome(element: Element): boolean {
  return (
    element.tagName === 'BUTTON' ||
    element.classList.contains('none-value') ||
    element.classList.contains('loading-value') ||
    element.matches('a[data-action="viewMap"], a[data-action="copyToClipboard"], .color-icon')
  );
}

const TEXT_OPTIONS = { skip: isChrome };

function text(element: Element): string {
  return visibleText(element, TEXT_OPTIONS);
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Espo's relative day names, in the languages the label table covers (`morgen` is German and Dutch). */
const RELATIVE_DAYS: Record<string, number> = {
  today: 0, tomorrow: 1, yesterday: -1,
  heute: 0, morgen: 1, gestern: -1,
  "aujourd'hui": 0, 'aujourd’hui': 0, demain: 1, hier: -1,
  hoy: 0, 'mañana': 1, ayer: -1,
  hoje: 0, 'amanhã': 1, ontem: -1,
  vandaag: 0, gisteren: -1,
};

/**
 * Espo shows detail dates readably: "Today", "15 Mar" (this year), "15 Mar, 2027". The first two carry no
 * year, so the current one is added (Espo uses the user's time zone; the local one is close enough).
 */
function completeDate(raw: string, now: Date = new Date()): string {
  const value = collapseWhitespace(raw);
  const offset = RELATIVE_DAYS[value.toLocaleLowerCase()];
  if (offset !== undefined) return isoDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset));
  if (/^\d{1,2}\.? [^\d\s,]+\.?$/u.test(value) || /^[^\d\s,]+\.? \d{1,2}$/u.test(value)) return `${value} ${now.getFullYear()}`;
  return value;
}

function readValue(name: string, field: CanonicalField | undefined, valueElement: Element): string {
  if (ADDRESS_FIELDS.has(name)) return countryOfAddress(text(valueElement)) ?? '';
  if (field === 'email') {
    const first = valueElement.querySelector('[data-email-address]');
    return first?.getAttribute('data-email-address') ?? text(valueElement);
  }
  if (field === 'phone') {
    const first = valueElement.querySelector('[data-phone-number]');
    return first ? text(first) : textLines(text(valueElement))[0] ?? '';
  }
  if (name === 'accounts') {
    // Link-multiple: one `div.link-multiple-item` per account; the first is the primary one.
    const first = valueElement.querySelector('.link-multiple-item');
    return first ? text(first) : textLines(text(valueElement))[0] ?? '';
  }
  if (field === 'closeDate') return completeDate(text(valueElement));
  return text(valueElement);
}

function recordRoots(roots: readonly ParentNode[], route: RecordRoute): readonly ParentNode[] {
  const scope = SCOPE_BY_KIND[route.kind];
  const details: Element[] = [];
  for (const root of roots) {
    for (const detail of root.querySelectorAll(`.detail[data-scope="${scope}"]`)) {
      if (!isInside(detail, IGNORED_REGIONS) && !details.some((other) => other.contains(detail))) details.push(detail);
    }
  }
  // The first detail outside modals is the main record; fall back to the whole page for customised views.
  return details.length ? [details[0]!] : roots;
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const { roots } = context;
  const names = FIELD_BY_NAME[route.kind];
  const fields: RawField[] = [];

  for (const scope of recordRoots(roots, route)) {
    for (const cell of scope.querySelectorAll(CELLS)) {
      if (isInside(cell, SKIPPED)) continue;
      const name = cell.getAttribute('data-name') ?? '';
      const valueElement = [...cell.children].find((child) => child.matches(`.field[data-name]`));
      if (!name || !valueElement) continue;
      const labelElement = [...cell.children].find((child) => child.matches('label.control-label'));
      const label = labelElement ? collapseWhitespace(text(labelElement)) : '';
      const field = names[name];
      const raw = readValue(name, field, valueElement);
      if (field) fields.push({ label, raw, field, source: cell });
      else if (label && !NOT_CANONICAL.has(name)) fields.push({ label, raw, source: cell });
    }
  }

  // The page header names the record: `h3.header-title` … `span.title` (the name without salutation).
  for (const scope of roots) {
    const title = scope.querySelector('.page-header .header-title .title, .header-title span.title');
    if (title && !isInside(title, IGNORED_REGIONS)) {
      fields.push({ label: 'Record name', raw: text(title), field: NAME_FIELD[route.kind], source: title });
      break;
    }
  }
  return fields;
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    { url: 'https://crm.example.org/#Account/view/6744a1f0c2b3d4e5f', kind: 'company', id: '6744a1f0c2b3d4e5f' },
    { url: 'https://intranet.acme.local/espo/#Lead/view/6746d2e9a1b2c3d4e', kind: 'lead', id: '6746d2e9a1b2c3d4e' },
    { url: 'https://crm.example.org/#Contact/view/6741b7c8d9e0f1a2b/', kind: 'contact', id: '6741b7c8d9e0f1a2b' },
    {
      url: 'http://espo.acme.local:8080/index.php#Opportunity/view/0190f3a2-7c1d-7e4f-9a8b-3c2d1e0f9a8b',
      kind: 'deal',
      id: '0190f3a2-7c1d-7e4f-9a8b-3c2d1e0f9a8b',
    },
  ],
  nonRecords: [
    'https://crm.example.org/#Account',
    'https://crm.example.org/#Account/edit/6744a1f0c2b3d4e5f',
    'https://crm.example.org/#Account/create',
    'https://crm.example.org/#Account/related/6744a1f0c2b3d4e5f/contacts',
    'https://crm.example.org/#Case/view/6744a1f0c2b3d4e5f',
    'https://crm.example.org/#Account/view/',
    'https://crm.example.org/',
    'https://crm.example.org/#Admin/entityManager',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const espocrmRoute = {
  id: 'espocrm',
  name: 'EspoCRM',
  matches: [],
  selfHosted: true,
  detect,
} satisfies CrmRoute;

export const espocrm: CrmAdapter = {
  ...espocrmRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
