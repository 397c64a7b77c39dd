/**
 * SuiteCRM 7 detail views (self-hosted): `index.php?module=<Module>&action=DetailView&record=<id>` on any
 * host and path, for Accounts, Contacts, Leads and Opportunities; also the AJAX UI form
 * `index.php?action=ajaxui#ajaxUILoc=<encoded DetailView URL>`. SuiteCRM 8 (Angular, `#/accounts/record/<id>`)
 * is a different UI and is not read here.
 *
 * Markup (test/crm/fixtures/suitecrm/README.md has the sources), seen 2026-11 in SuiteCRM 7.14:
 * - SuiteP theme (themes/SuiteP/include/DetailView/DetailView.tpl + tab_panel_content.tpl): `div.detail-view`,
 *   tabs `div.tab-pane-NOBOOTSTRAPTOGGLER#tab-content-N` (inactive tabs stay in the DOM) and panels
 *   `div.panel-body.panelContainer`; each field is `div.detail-view-row-item[data-field="<vardef name>"]` holding
 *   `div.label` ("Industry:") and `div.detail-view-field[type][field="<vardef name>"]`.
 * - Field bodies (include/SugarFields/Fields/<Type>/DetailView.tpl): `span.sugar_field#<name>`; enums put the key
 *   in a hidden input and print the label; addresses put each part in a hidden
 *   `input.sugar_field#<key>_address_country` and print the lines with `<br>`; currency prints the user's
 *   number format; emails are a table of `a.email-link` with "(Primary)" after the primary one.
 * - Older themes (Suite7/SuiteR, SugarCRM 6.5 include/DetailView/DetailView.tpl): `td[scope="col"]` label cell
 *   followed by `td[type][field="<name>"]`.
 * - Not the record's own fields: subpanels (`ul#subpanel_list` > `li#whole_subpanel_<name>` > `div.panel.sub-panel`,
 *   `table.subpanel-table`: History, Activities, related records), the sidebar (`#sidebar_container`:
 *   `#recentlyViewedSidebar`, `#favoritesSidebar`), the navbar's `ul.recent-list`, modals.
 */
import { countryOfAddress } from '../extract/normalise/country';
import { cleanLabel, collapseWhitespace, textLines } from '../extract/normalise/text';
import { isInside, visibleText } from '../extract/read';
import type { ReadContext } from '../extract/read-context';
import { NAME_FIELD, type CanonicalField, type RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_MODULE: Record<string, RecordKind> = {
  Accounts: 'company',
  Contacts: 'contact',
  Leads: 'lead',
  Opportunities: 'deal',
};
/** SuiteCRM ids are UUIDs; imported records can carry any id up to 36 characters. */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,35}$/;

/** Vardef names of the standard modules. Labels can be renamed in Studio or translated; vardef names cannot. */
const FIELD_BY_NAME: Record<RecordKind, Record<string, CanonicalField>> = {
  company: {
    name: 'company',
    industry: 'industry',
    employees: 'employees',
    annual_revenue: 'annualRevenue',
    billing_address_street: 'country',
    billing_address_country: 'country',
    website: 'website',
    phone_office: 'phone',
    email1: 'email',
  },
  contact: {
    full_name: 'fullName',
    name: 'fullName',
    title: 'title',
    account_name: 'company',
    email1: 'email',
    phone_work: 'phone',
    primary_address_street: 'country',
    primary_address_country: 'country',
    lead_source: 'leadSource',
  },
  lead: {
    full_name: 'fullName',
    name: 'fullName',
    title: 'title',
    account_name: 'company',
    email1: 'email',
    phone_work: 'phone',
    website: 'website',
    primary_address_street: 'country',
    primary_address_country: 'country',
    lead_source: 'leadSource',
  },
  deal: {
    name: 'dealName',
    account_name: 'company',
    amount: 'amount',
    date_closed: 'closeDate',
    sales_stage: 'stage',
    lead_source: 'leadSource',
  },
};
/** Address fields are shown under their street part; the country has its own hidden input. */
const ADDRESS_FIELDS = new Set(['billing_address_street', 'shipping_address_street', 'primary_address_street', 'alt_address_street']);


// seen 2026-11 (SuiteCRM 7.10–7.14, SuiteP): row items; fallback: Sugar 6.5 / Suite7 table cells.
const DETAIL_VIEW = 'div.detail-view';
const ROW_ITEMS = 'div.detail-view-row-item';
const LEGACY_CELLS = 'td[field]';
/**
 * Subpanels, the sidebar (actions, recently viewed, favourites), the navbar's recent-records menu and modals hold
 * other records. The name row is read by this adapter under its vardef; its label "Name:" would make the generic
 * label reader take an account's name for a person's.
 */
const OTHER_RECORDS = [
  '#subpanel_list',
  '.sub-panel',
  '.subpanel-table',
  '#sidebar_container',
  '#recentlyViewedSidebar',
  '#favoritesSidebar',
  '.recent-list',
  '.modal',
].join(', ');
const IGNORED_REGIONS = `${OTHER_RECORDS}, .detail-view-row-item[data-field="name"]`;
const FIELD_CONTAINERS = `${DETAIL_VIEW}, ${ROW_ITEMS}, .detail-view-field, .panelContainer, .tab-content, ${LEGACY_CELLS}`;

function detect(url: URL): RecordRoute | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!/\/(?:index\.php)?$/.test(url.pathname)) return undefined;
  const params = url.searchParams;
  // AJAX UI: index.php?action=ajaxui#ajaxUILoc=index.php%3Fmodule%3DAccounts%26action%3DDetailView%26record%3D…
  if ((params.get('action') ?? '').toLowerCase() === 'ajaxui') {
    const location = new URLSearchParams(url.hash.slice(1)).get('ajaxUILoc');
    if (!location) return undefined;
    try {
      const inner = new URL(location, url);
      return inner.origin === url.origin && (inner.searchParams.get('action') ?? '').toLowerCase() !== 'ajaxui' ? detect(inner) : undefined;
    } catch {
      return undefined;
    }
  }
  const kind = KIND_BY_MODULE[params.get('module') ?? ''];
  const id = params.get('record') ?? '';
  if (!kind || (params.get('action') ?? '').toLowerCase() !== 'detailview' || !RECORD_ID.test(id)) return undefined;
  return { kind, id };
}


function isChrome(element: Element): boolean {
  return (
    element.tagName === 'BUTTON' ||
    element.classList.contains('inlineEditIcon') ||
    element.classList.contains('suitepicon') ||
    element.classList.contains('id-ff') ||
    element.classList.contains('email-opt-in-container')
  );
}

const TEXT_OPTIONS = { skip: isChrome };

function text(element: Element): string {
  return visibleText(element, TEXT_OPTIONS);
}

function labelOf(element: Element | null | undefined): string {
  if (!element) return '';
  return cleanLabel(text(element));
}

/** A hidden input's value as the server wrote it (the attribute), or as a script set it (the property). */
function hiddenValue(input: Element | null): string | undefined {
  if (!input) return undefined;
  return input.getAttribute('value') ?? (input as HTMLInputElement).value ?? undefined;
}

/** The country of an address field: its hidden `*_address_country` input, else the last line without digits. */
function addressCountry(valueElement: Element): string {
  const hidden = hiddenValue(valueElement.querySelector('input[id$="_address_country"]'));
  if (hidden !== undefined) return hidden;
  return countryOfAddress(text(valueElement)) ?? '';
}

/** The primary address of the email widget (`<b><a class="email-link">…</a></b> (Primary)`), else the first. */
function primaryEmail(valueElement: Element): string {
  const link =
    valueElement.querySelector('b a.email-link, b a[href^="mailto:"]') ?? valueElement.querySelector('a.email-link, a[href^="mailto:"]');
  if (link) return text(link);
  return textLines(text(valueElement))[0]?.replace(/\s*\([^()]*\)\s*$/, '') ?? '';
}

interface Item {
  name: string;
  label: string;
  value: Element;
  source: Element;
}

function items(scope: ParentNode): Item[] {
  const found: Item[] = [];
  for (const row of scope.querySelectorAll(ROW_ITEMS)) {
    const value = row.querySelector('.detail-view-field[field], .detail-view-field');
    if (!value) continue;
    const name = value.getAttribute('field') || row.getAttribute('data-field') || '';
    const labelElement = [...row.children].find((child) => child.classList.contains('label'));
    found.push({ name, label: labelOf(labelElement), value, source: row });
  }
  if (found.length) return found;
  for (const cell of scope.querySelectorAll(LEGACY_CELLS)) {
    const labelCell = cell.previousElementSibling;
    const label = labelCell?.matches('td[scope="col"], th[scope="col"]') ? labelOf(labelCell) : '';
    found.push({ name: cell.getAttribute('field') ?? '', label, value: cell, source: cell });
  }
  return found;
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const { roots } = context;
  const names = FIELD_BY_NAME[route.kind];
  const fields: RawField[] = [];
  const personParts: Partial<Record<'first_name' | 'last_name' | 'salutation', { raw: string; source: Element }>> = {};

  for (const scope of roots) {
    const views = [...scope.querySelectorAll(DETAIL_VIEW)].filter((view) => !isInside(view, OTHER_RECORDS));
    const containers: ParentNode[] = views.length ? views : [scope];
    for (const container of containers) {
      for (const item of items(container)) {
        if (isInside(item.source, OTHER_RECORDS)) continue;
        const { name, label, value, source } = item;
        if (name === 'first_name' || name === 'last_name' || name === 'salutation') {
          personParts[name] = { raw: text(value), source };
          continue;
        }
        const field = names[name];
        let raw: string;
        if (ADDRESS_FIELDS.has(name)) raw = addressCountry(value);
        else if (name === 'email1' || name === 'email') raw = primaryEmail(value);
        else raw = text(value);
        if (field) fields.push({ label, raw, field, source });
        // Studio fields end in `_c`; unnamed custom-code cells have no name. Standard fields not listed are not canonical.
        else if (label && (!name || name.endsWith('_c'))) fields.push({ label, raw, source });
      }
    }
  }

  // Contacts (and customised Leads layouts) show first and last name as two fields.
  if (route.kind === 'contact' || route.kind === 'lead') {
    const full = [personParts.salutation, personParts.first_name, personParts.last_name]
      .map((part) => collapseWhitespace(part?.raw ?? ''))
      .filter(Boolean)
      .join(' ');
    const source = personParts.first_name?.source ?? personParts.last_name?.source;
    if (full && source && (personParts.first_name || personParts.last_name)) fields.push({ label: 'Name', raw: full, field: 'fullName', source });
  }

  // The module title names the record: `div.moduleTitle > h2.module-title-text`.
  for (const scope of roots) {
    const title = scope.querySelector('.moduleTitle h2.module-title-text, h2.module-title-text');
    if (title && !isInside(title, OTHER_RECORDS)) {
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
    {
      url: 'https://crm.example.org/index.php?module=Accounts&action=DetailView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      kind: 'company',
      id: '4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
    },
    {
      url: 'https://intranet.acme.local/suitecrm/index.php?module=Opportunities&action=DetailView&record=8b0d6f52-1c44-4e0a-b7a2-5d9e3f61c7aa',
      kind: 'deal',
      id: '8b0d6f52-1c44-4e0a-b7a2-5d9e3f61c7aa',
    },
    {
      url: 'http://crm.acme.local/index.php?action=DetailView&module=Leads&record=1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b&offset=3&stamp=1732700000',
      kind: 'lead',
      id: '1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b',
    },
    {
      url: 'https://crm.example.org/SuiteCRM/?module=Contacts&action=DetailView&record=c0ffee00-1234-4abc-9def-001122334455',
      kind: 'contact',
      id: 'c0ffee00-1234-4abc-9def-001122334455',
    },
    {
      url: 'https://crm.example.org/index.php?action=ajaxui#ajaxUILoc=index.php%3Fmodule%3DAccounts%26action%3DDetailView%26record%3D4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      kind: 'company',
      id: '4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
    },
  ],
  nonRecords: [
    'https://crm.example.org/index.php?module=Accounts&action=index',
    'https://crm.example.org/index.php?module=Accounts&action=EditView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
    'https://crm.example.org/index.php?module=Cases&action=DetailView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
    'https://crm.example.org/index.php?module=Accounts&action=DetailView',
    'https://crm.example.org/index.php?module=Home&action=index',
    'https://crm.example.org/index.php?action=ajaxui#ajaxUILoc=index.php%3Fmodule%3DAccounts%26action%3Dindex',
    'https://crm.example.org/public/index.php#/accounts/record/4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
    'https://crm.example.org/report.php?module=Accounts&action=DetailView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const suitecrmRoute = {
  id: 'suitecrm',
  name: 'SuiteCRM',
  matches: [],
  selfHosted: true,
  detect,
} satisfies CrmRoute;

export const suitecrm: CrmAdapter = {
  ...suitecrmRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
