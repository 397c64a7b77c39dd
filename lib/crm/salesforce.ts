/**
 * Salesforce Lightning Experience record pages: Account, Contact, Lead, Opportunity.
 *
 * Markup (test/crm/fixtures/salesforce/README.md has the sources), seen 2026-11:
 * - detail fields: `records-record-layout-item[field-label]` (page layouts) or `flexipage-field >
 *   record_flexipage-record-field` (Dynamic Forms); older orgs `force-record-layout-item`.
 *   Inside, `[data-target-selection-name="sfdc:RecordField.<Object>.<ApiName>"]` names the field,
 *   `span.test-id__field-label` the label, `[data-output-element-id="output-field"]` the value.
 *   Native-shadow orgs put the label in the item's shadow root and slot the value in from light DOM.
 * - header fields: `records-highlights-details-item` with `p.slds-text-title[title]` and `p.fieldComponent`.
 * - Lightning keeps earlier records hidden in the DOM: only `.oneContent.active` is the page shown.
 */
import { countryOfAddress } from '../extract/normalise/country';
import { collectRoots, type ShadowRootOpener } from '../extract/read';
import type { ReadContext } from '../extract/read-context';
import { NAME_FIELD, type CanonicalField, type RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_OBJECT: Record<string, RecordKind> = {
  Account: 'company',
  Contact: 'contact',
  Lead: 'lead',
  Opportunity: 'deal',
};
/** Record-id key prefixes, for `/lightning/r/<Id>/view` URLs that omit the object name. */
const KIND_BY_ID_PREFIX: Record<string, RecordKind> = { '001': 'company', '003': 'contact', '00Q': 'lead', '006': 'deal' };
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** Standard API names per object. Labels can be renamed or translated by an admin; API names cannot. */
const FIELD_BY_API_NAME: Record<RecordKind, Record<string, CanonicalField>> = {
  company: {
    Name: 'company',
    Industry: 'industry',
    NumberOfEmployees: 'employees',
    AnnualRevenue: 'annualRevenue',
    BillingAddress: 'country',
    BillingCountry: 'country',
    Website: 'website',
    Phone: 'phone',
    AccountSource: 'leadSource',
  },
  contact: {
    Name: 'fullName',
    Title: 'title',
    AccountId: 'company',
    Email: 'email',
    Phone: 'phone',
    MailingAddress: 'country',
    MailingCountry: 'country',
    LeadSource: 'leadSource',
  },
  lead: {
    Name: 'fullName',
    Title: 'title',
    Company: 'company',
    Industry: 'industry',
    NumberOfEmployees: 'employees',
    AnnualRevenue: 'annualRevenue',
    Email: 'email',
    Phone: 'phone',
    Address: 'country',
    Country: 'country',
    Website: 'website',
    LeadSource: 'leadSource',
  },
  deal: {
    Name: 'dealName',
    AccountId: 'company',
    Amount: 'amount',
    CloseDate: 'closeDate',
    StageName: 'stage',
    LeadSource: 'leadSource',
  },
};

/** Compound address fields hold several lines; the country is the last one. */
const ADDRESS_API_NAMES = new Set(['BillingAddress', 'MailingAddress', 'Address']);

// Dynamic Forms fields sit in `flexipage-field > record_flexipage-record-field`; the wrapper is selected
// because some DOM implementations (happy-dom) reject underscores in tag selectors.
const DETAIL_ITEMS = 'records-record-layout-item, flexipage-field, force-record-layout-item';
const HEADER_ITEMS = 'records-highlights-details-item, force-highlights-details-item';
const SELECTION_NAME_PREFIX = 'sfdc:RecordField.';
/** Related lists, activity, the sales path, duplicate warnings: never the record's own fields. */
const IGNORED_REGIONS = [
  'lst-related-list-single-container',
  'lst-related-preview-card',
  '[data-component-id="force_relatedListContainer"]',
  '[data-component-id="runtime_sales_activities_activityPanel"]',
  '#activityPanelContainer',
  '[data-component-id="runtime_sales_pathassistant_pathAssistant"]',
  '[data-component-id^="runtime_sales_merge"]',
].join(', ');
/** What Lightning adds when a record (or part of it) renders. */
const FIELD_CONTAINERS = `${DETAIL_ITEMS}, ${HEADER_ITEMS}, records-record-layout-section, flexipage-field-section2, records-highlights2, .oneContent`;

function detect(url: URL): RecordRoute | undefined {
  if (!url.hostname.endsWith('.lightning.force.com')) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'lightning' || parts[1] !== 'r') return undefined;
  // /lightning/r/<Object>/<Id>/view or /lightning/r/<Id>/view
  const [object, id, action] = parts.length >= 5 ? [parts[2], parts[3], parts[4]] : [undefined, parts[2], parts[3]];
  if (!id || !RECORD_ID.test(id) || action !== 'view' || parts.length > 5) return undefined;
  const kind = object ? KIND_BY_OBJECT[object] : KIND_BY_ID_PREFIX[id.slice(0, 3)];
  return kind ? { kind, id } : undefined;
}

/** Text that belongs to controls around a value, not to the value. */
function isChrome(element: Element): boolean {
  const tag = element.tagName;
  return (
    tag === 'BUTTON' ||
    tag === 'LIGHTNING-HELPTEXT' ||
    element.classList.contains('slds-assistive-text') ||
    element.classList.contains('slds-popover')
  );
}

/** Finds matches at or below one element, looking inside its shadow roots too; the roots are collected once. */
function finderWithin(element: Element, open: ShadowRootOpener): (selector: string) => Element | undefined {
  let roots: ParentNode[] | undefined;
  return (selector) => {
    if (element.matches(selector)) return element;
    const light = element.querySelector(selector);
    if (light) return light;
    roots ??= collectRoots(element, open).filter((root) => root !== element);
    for (const root of roots) {
      const found = root.querySelector(selector);
      if (found) return found;
    }
    return undefined;
  };
}

/** The page Lightning is showing: cached earlier records stay in the DOM, hidden, without `active`. */
function activePage(root: ParentNode, roots: readonly ParentNode[]): readonly ParentNode[] {
  for (const candidate of roots) {
    const active = candidate.querySelector('.oneContent.active');
    if (active) return active === root ? roots : collectRootsUnder(active, roots);
  }
  return roots;
}

function collectRootsUnder(scope: Element, roots: readonly ParentNode[]): ParentNode[] {
  const inside = (node: Node | null): boolean => {
    for (let current = node; current; ) {
      if (current === scope) return true;
      current = current.parentNode ?? (current as ShadowRoot).host ?? null;
    }
    return false;
  };
  return [scope, ...roots.filter((r) => r.nodeType === 11 && inside((r as ShadowRoot).host))];
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const { open } = context;
  const roots = activePage(context.root, context.roots);
  const text = (element: Element) => context.text(element, isChrome);
  const apiNames = FIELD_BY_API_NAME[route.kind];
  const fields: RawField[] = [];
  const seen = new Set<Element>();

  for (const scope of roots) {
    for (const item of scope.querySelectorAll(DETAIL_ITEMS)) {
      if (seen.has(item)) continue;
      seen.add(item);
      const find = finderWithin(item, open);
      const value = find('[data-output-element-id="output-field"]') ?? find('.test-id__field-value');
      if (!value) continue;
      const labelElement = item.hasAttribute('field-label') ? undefined : find('.test-id__field-label');
      const label = (item.getAttribute('field-label') ?? (labelElement ? text(labelElement) : '')).trim();
      const selectionName = find(`[data-target-selection-name^="${SELECTION_NAME_PREFIX}"]`)
        ?.getAttribute('data-target-selection-name')
        ?.slice(SELECTION_NAME_PREFIX.length);
      const apiName = selectionName?.split('.').at(-1);
      let raw = text(value);
      const field = apiName ? apiNames[apiName] : undefined;
      if (apiName && ADDRESS_API_NAMES.has(apiName)) raw = countryOfAddress(raw) ?? '';
      if (field) fields.push({ label, raw, field, source: item });
      // Custom fields (`__c`) are matched by label: "Main Competitor" → competitor.
      else if (!apiName || apiName.endsWith('__c')) fields.push({ label, raw, source: item });
    }
  }

  for (const scope of roots) {
    for (const item of scope.querySelectorAll(HEADER_ITEMS)) {
      const find = finderWithin(item, open);
      const labelElement = find('.slds-text-title');
      const valueElement = find('.fieldComponent');
      if (!labelElement || !valueElement) continue;
      const label = (labelElement.getAttribute('title') ?? text(labelElement)).trim();
      fields.push({ label, raw: text(valueElement), source: item });
    }
    const primary = scope.querySelector('records-highlights2 [slot="primaryField"], .slds-page-header__title [slot="primaryField"]');
    if (primary) fields.push({ label: 'Record name', raw: text(primary), field: NAME_FIELD[route.kind], source: primary });
  }
  return fields;
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    { url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00002XyZabIAF/view', kind: 'company', id: '001Hs00002XyZabIAF' },
    { url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ7bIAF/view', kind: 'company', id: '001Hs00003KxQ7bIAF' },
    { url: 'https://acme.lightning.force.com/lightning/r/Contact/003Hs00001AbCdeIAF/view', kind: 'contact', id: '003Hs00001AbCdeIAF' },
    { url: 'https://acme.lightning.force.com/lightning/r/Lead/00QHs00000LmNopMAF/view?ws=1', kind: 'lead', id: '00QHs00000LmNopMAF' },
    { url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Opportunity/006Hs00000QrStuIAB/view', kind: 'deal', id: '006Hs00000QrStuIAB' },
    { url: 'https://acme.lightning.force.com/lightning/r/006Hs00000QrStuIAB/view', kind: 'deal', id: '006Hs00000QrStuIAB' },
  ],
  nonRecords: [
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/r/Account/001Hs00002XyZabIAF/related/Contacts/view',
    'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZabIAF/view',
    'https://acme.lightning.force.com/lightning/r/Account/001Hs00002XyZabIAF/edit',
    'https://acme.lightning.force.com.evil.example/lightning/r/Account/001Hs00002XyZabIAF/view',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const salesforceRoute = {
  id: 'salesforce',
  name: 'Salesforce',
  matches: ['https://*.lightning.force.com/*'],
  detect,
} satisfies CrmRoute;

export const salesforce: CrmAdapter = {
  ...salesforceRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
