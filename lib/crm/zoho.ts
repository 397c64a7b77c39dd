/**
 * Zoho CRM record pages: Leads, Contacts, Accounts, Potentials (Deals)
 * (`https://crm.zoho.<dc>/crm/org<orgId>/tab/<Module>/<recordId>`).
 *
 * Markup (test/crm/fixtures/zoho/README.md has the sources), seen 2026-11:
 * - Zoho keys a field's DOM by its *column name*, the upper-case database name (`COMPANY`, `EMPCT`,
 *   `ANNUALREVENUE`, `POTENTIALNAME`, `CLOSINGDATE`, `ACCOUNTID`, custom fields `LEADCF13`), not by its
 *   API name (`Company`, `No_of_Employees`): the create form has `Crm_<Module>_<COLUMN>`, the detail
 *   page one row per field, `div#mouseArea__<COLUMN>`, whose first child is the label
 *   (`div.dv_info_label`) and second the value (`.dv_info_value`), the value element carrying
 *   `id="subvalue_<COLUMN>"` (a span, an `a` for e-mail and website, a `pre` for text areas, the
 *   `crux-*-component` itself for picklists, whose `data-zcqa` is `value_<display label>`).
 * - The header repeats some fields: the title card `#tc_mouseArea__<COLUMN>` (`#titlecard_<COLUMN>` with
 *   `cx-prop-value`; FULLNAME since 2026-08, LASTNAME before) and the business card
 *   `#bc_mouseArea__<COLUMN>`. Older pages: `#headervalue_<COLUMN>` around `#subvalue_<COLUMN>`,
 *   and `#value_<COLUMN>` cells.
 * - Empty fields show `-`, an unset picklist `-None-`.
 * - Related lists (`crm-relatedlist`, `crux-related-list-wrapper`), lookup hovercards and the
 *   timeline hold other records' values.
 */
import { cleanLabel } from '../extract/normalise/text';
import type { ReadContext } from '../extract/read-context';
import type { CanonicalField, RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

/** Documented CRM hosts per data center (US, EU, IN, AU, JP, CN). */
const HOSTS = new Set(['crm.zoho.com', 'crm.zoho.eu', 'crm.zoho.in', 'crm.zoho.com.au', 'crm.zoho.jp', 'crm.zoho.com.cn']);
/** Deals keep their original module name, Potentials, in URLs; `Deals` is accepted too. */
const KIND_BY_MODULE: Record<string, RecordKind> = { Leads: 'lead', Contacts: 'contact', Accounts: 'company', Potentials: 'deal', Deals: 'deal' };
const RECORD_ID = /^\d{10,20}$/;
/** `org12345678`, or the custom URL name some orgs use instead. */
const ORG_SEGMENT = /^(?:org\d+|[a-z0-9][a-z0-9-]{1,62})$/i;

/** Standard column names per module. Labels can be renamed or translated; column names cannot. */
const FIELD_BY_COLUMN: Record<RecordKind, Record<string, CanonicalField>> = {
  lead: {
    FULLNAME: 'fullName',
    COMPANY: 'company',
    DESIGNATION: 'title',
    EMAIL: 'email',
    PHONE: 'phone',
    WEBSITE: 'website',
    LEADSOURCE: 'leadSource',
    INDUSTRY: 'industry',
    EMPCT: 'employees',
    ANNUALREVENUE: 'annualRevenue',
    COUNTRY: 'country',
  },
  contact: {
    FULLNAME: 'fullName',
    ACCOUNTID: 'company',
    TITLE: 'title',
    EMAIL: 'email',
    PHONE: 'phone',
    MAILINGCOUNTRY: 'country',
    LEADSOURCE: 'leadSource',
  },
  company: {
    ACCOUNTNAME: 'company',
    INDUSTRY: 'industry',
    EMPLOYEES: 'employees',
    ANNUALREVENUE: 'annualRevenue',
    PHONE: 'phone',
    WEBSITE: 'website',
    BILLINGCOUNTRY: 'country',
  },
  deal: {
    POTENTIALNAME: 'dealName',
    ACCOUNTID: 'company',
    CONTACTID: 'fullName',
    AMOUNT: 'amount',
    CLOSINGDATE: 'closeDate',
    STAGE: 'stage',
    LEADSOURCE: 'leadSource',
  },
};
/** Used only when the main column is empty or missing: read after every other field. */
const FALLBACK_BY_COLUMN: Partial<Record<RecordKind, Record<string, CanonicalField>>> = {
  lead: { MOBILE: 'phone' },
  contact: { MOBILE: 'phone', OTHERCOUNTRY: 'country' },
};
/** The header names the person by LASTNAME on older pages; in the body LASTNAME is the last name only. */
const HEADER_ONLY: Partial<Record<RecordKind, Record<string, CanonicalField>>> = {
  lead: { LASTNAME: 'fullName' },
  contact: { LASTNAME: 'fullName' },
};

// seen 2026-11: detail rows, title card (tc_) and business card (bc_) rows.
const ROW_PREFIXES = ['mouseArea__', 'bc_mouseArea__', 'tc_mouseArea__'];
const ROW = ROW_PREFIXES.map((prefix) => `[id^="${prefix}"]`).join(', ');
// seen 2019 .. 2024: value ids without a row around them (older detail pages and headers).
const LOOSE_PREFIXES = ['subvalue_', 'headervalue_', 'value_'];
/** Other records' values: related lists, lookup hovercards, menus. */
const IGNORED_REGIONS = [
  'crm-relatedlist', // seen 2026-11
  'crux-related-list-wrapper', // seen 2026-11
  '#crm-crux-related-list-wrapper', // seen 2026-11
  'lyte-hovercard', // seen 2026-11
  'crux-view-info-tooltip', // seen 2026-11
  'lyte-menu', // seen 2026-11
].join(', ');
const FIELD_CONTAINERS = `${ROW}, [id^="subvalue_"], .dvSectionContainer, crux-detailpage-sections, #detailview_bodyContent`;

function detect(url: URL): RecordRoute | undefined {
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname.toLowerCase())) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'crm') return undefined;
  const tab = parts[1] === 'tab' ? 1 : ORG_SEGMENT.test(parts[1] ?? '') && parts[2] === 'tab' ? 2 : -1;
  if (tab < 0 || parts.length !== tab + 3) return undefined;
  const kind = KIND_BY_MODULE[parts[tab + 1] ?? ''];
  const id = parts[tab + 2] ?? '';
  return kind && RECORD_ID.test(id) ? { kind, id } : undefined;
}

/** The organisation in `/crm/<org>/tab/…`: one host per data centre serves every organisation. */
function tenant(url: URL): string | undefined {
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname.toLowerCase())) return undefined;
  const [root, org, tab] = url.pathname.split('/').filter(Boolean);
  return root === 'crm' && tab === 'tab' && ORG_SEGMENT.test(org ?? '') ? org : undefined;
}

/** Edit pencils, save/cancel ticks, masking toggles and tooltips sit inside the value area. */
function isChrome(element: Element): boolean {
  const className = typeof element.className === 'string' ? element.className : '';
  return (
    element.tagName === 'LYTE-HOVERCARD' ||
    element.tagName === 'CRUX-VIEW-INFO-TOOLTIP' ||
    /\b(?:cxDvFieldEditIcon|cxDvSaveCancelSection|cxElemMaskIcon|cxDvReadOnlyWrap|cxInfoGrayBgIcon)\b/.test(className)
  );
}


function findById(scope: Element, id: string): Element | undefined {
  if (scope.id === id) return scope;
  for (const element of scope.querySelectorAll('[id]')) if (element.id === id) return element;
  return undefined;
}

/** A column name (`EMPCT`) or, on very old pages, the field label itself (`mouseArea__Campaign Name`). */
function isColumnName(key: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(key);
}

/** Custom fields' columns end in `CF<n>`: `LEADCF13`, `POTENTIALCF165`. They are matched by label. */
function isCustomColumn(key: string): boolean {
  return /CF\d+$/.test(key);
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const text = (element: Element) => context.text(element, isChrome);
  const columns = FIELD_BY_COLUMN[route.kind];
  const fallbacks = FALLBACK_BY_COLUMN[route.kind] ?? {};
  const headerOnly = HEADER_ONLY[route.kind] ?? {};
  const fields: RawField[] = [];
  const late: RawField[] = [];
  const seenKeys = new Set<string>();

  const add = (key: string, label: string, raw: string, source: Element, inHeader: boolean) => {
    const field = columns[key] ?? (inHeader ? headerOnly[key] : undefined);
    if (field) fields.push({ label, raw, field, source });
    else if (fallbacks[key]) late.push({ label, raw, field: fallbacks[key], source });
    // Other standard columns (Lead Owner, Parent Account, Shipping Country) are not canonical fields,
    // even when their label looks like one; custom fields and label-keyed rows go by their label.
    else if (!isColumnName(key) || isCustomColumn(key)) fields.push({ label, raw, source });
  };

  for (const row of context.all(ROW)) {
    if (context.isInside(row, IGNORED_REGIONS)) continue;
    const prefix = ROW_PREFIXES.find((candidate) => row.id.startsWith(candidate)) ?? 'mouseArea__';
    const key = row.id.slice(prefix.length);
    if (!key) continue;
    const inHeader = prefix !== 'mouseArea__';
    const titleCard = findById(row, `titlecard_${key}`);
    // The title card has no label: its value is the whole row (`.cxElemCompViewWrap` inside).
    const value =
      findById(row, `subvalue_${key}`) ??
      titleCard ??
      row.querySelector('.dv_info_value') ??
      (inHeader ? row.querySelector('.cxElemCompViewWrap') ?? row : row.children[1]) ??
      undefined;
    if (!value) continue;
    const labelElement = row.querySelector('.dv_info_label');
    const label = cleanLabel(labelElement ? text(labelElement) : '') || cleanLabel(isColumnName(key) ? titleCase(key) : key);
    const raw = titleCard?.getAttribute('cx-prop-value') ?? text(value);
    seenKeys.add(key);
    add(key, label, raw, row, inHeader);
  }

  // Older pages: value ids without a mouseArea row.
  for (const prefix of LOOSE_PREFIXES) {
    for (const element of context.all(`[id^="${prefix}"]`)) {
      const key = element.id.slice(prefix.length);
      if (!key || seenKeys.has(key) || context.isInside(element, ROW) || context.isInside(element, IGNORED_REGIONS)) continue;
      seenKeys.add(key);
      const inHeader = element.closest('[id^="headervalue_"]') !== null;
      add(key, cleanLabel(titleCase(key)), text(element), element, inHeader);
    }
  }
  return [...fields, ...late];
}

/** `ANNUALREVENUE` → `Annualrevenue`: a readable label when the page shows none. */
function titleCase(key: string): string {
  return key.charAt(0) + key.slice(1).toLowerCase().replace(/_/g, ' ');
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    { url: 'https://crm.zoho.in/crm/org60021874/tab/Leads/781203000004518203', kind: 'lead', id: '781203000004518203' },
    { url: 'https://crm.zoho.com/crm/org749302118/tab/Contacts/5725767000002210047', kind: 'contact', id: '5725767000002210047' },
    { url: 'https://crm.zoho.com.au/crm/org7001842233/tab/Accounts/95112000000871234', kind: 'company', id: '95112000000871234' },
    { url: 'https://crm.zoho.eu/crm/org20099341/tab/Potentials/349824000058395237', kind: 'deal', id: '349824000058395237' },
    { url: 'https://crm.zoho.eu/crm/org20099341/tab/Deals/349824000058395237/', kind: 'deal', id: '349824000058395237' },
    { url: 'https://crm.zoho.com/crm/flowmortgageco/tab/Potentials/4266643000037779027?sub_module=', kind: 'deal', id: '4266643000037779027' },
    { url: 'https://crm.zoho.jp/crm/org90011223/tab/Leads/1234500000012345678', kind: 'lead', id: '1234500000012345678' },
  ],
  nonRecords: [
    'https://crm.zoho.com/crm/org749302118/tab/Leads/custom-view/5725767000000087501/list',
    'https://crm.zoho.com/crm/org749302118/tab/Home/begin',
    'https://crm.zoho.com/crm/org749302118/tab/Leads/create',
    'https://crm.zoho.eu/crm/org20099341/tab/Potentials/349824000058395237/edit',
    'https://crm.zoho.com/crm/org749302118/tab/Campaigns/5725767000001100001',
    'https://crm.zoho.com/crm/org749302118/tab/ContactsList/5725767000002210047',
    'https://crm.zoho.com/crm/org749302118/settings/modules/Leads',
    'https://accounts.zoho.com/signin?servicename=ZohoCRM',
    'https://crm.zoho.com.evil.example/crm/org749302118/tab/Leads/5725767000004518203',
    'http://crm.zoho.com/crm/org749302118/tab/Leads/5725767000004518203',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const zohoRoute = {
  id: 'zoho',
  name: 'Zoho CRM',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  detect,
  tenant,
} satisfies CrmRoute;

export const zoho: CrmAdapter = {
  ...zohoRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
