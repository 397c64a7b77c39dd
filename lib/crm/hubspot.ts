/**
 * HubSpot CRM record pages: Contact (0-1), Company (0-2), Deal (0-3), on app.hubspot.com and the regional
 * app-<region>.hubspot.com hosts.
 *
 * Markup (test/crm/fixtures/hubspot/README.md has the sources), seen 2026-11:
 * - Left sidebar "About this contact/company/deal" card: `[data-card-type="PROPERTIES_V3"]` holding
 *   `ul[data-selenium-test="profile-properties-list"]`, whose direct children are one
 *   `span[data-test-id="<internal name>"]` per property. Inside: `div[data-deferred-property-input-root]`,
 *   the `<label>`, and the value `[data-selenium-test="property-input-<internal name>"]` (a span while
 *   displayed, a button one layer deeper while edited). Owner-type rows have no property-input node.
 * - Highlight card: `[data-test-id="record-highlight-content"]` with `[data-test-id="highlight-property-display-<name>"]`
 *   values; `[data-selenium-test="highlightTitle"]` is the record's name. `highlight-property-item-*`
 *   ids wrap a label and a value, sometimes of two properties (`jobtitle-and-company`), and are never read.
 * - Older (Canvas) sidebars, seen until about 2022: `input|button[data-selenium-test="property-input-<name>"]`
 *   in `span[data-test-id]` / `[data-profile-property]` rows labelled by `.private-form__label`.
 * - Styled-components class names change with every HubSpot build: nothing here selects on a class.
 * - Not the record's own fields: the right sidebar's association cards (another record's properties,
 *   `property-input-name` included), the preview panel of an associated record, the middle column
 *   (activity timeline, data highlights, association tables).
 * - A deal has no company property: its companies are associations (possibly several) in the right sidebar's
 *   association cards (`[data-card-type="ASSOCIATION_V3"]`, card id `ASSOCIATION_V3/0-2` companies, `/0-1` contacts),
 *   one chicklet tile per record (`[data-selenium-test="chicklet"]`, a "Primary" label on the primary company): its
 *   title link (`company-|contact-chicklet-title-link`, href `…/record/0-2/<id>`), a company's domain link and
 *   labelled `property-input-<name>` values, a contact's `contact-chicklet-job-title|email` and
 *   `[data-unit-test="contact-chicklet-phone"]`. The primary (else first) company and first contact are read as the
 *   deal's linked records; a contact page reads its primary company the same way.
 */
import { cleanLabel, collapseWhitespace } from '../extract/normalise/text';
import type { ReadContext } from '../extract/read-context';
import { NAME_FIELD, type CanonicalField, type RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_OBJECT_TYPE: Record<string, RecordKind> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal' };
/** Pre-2021 record URLs: `/contacts/<portal>/contact/<id>`. */
const KIND_BY_LEGACY_SEGMENT: Record<string, RecordKind> = { contact: 'contact', company: 'company', deal: 'deal' };
/** app.hubspot.com (na1) and the regional UI domains (account-info `uiDomain`: app-eu1, app-na2, app-na3, app-ap1). */
const HOST = /^app(?:-[a-z]{2}\d)?\.hubspot\.com$/;
const DIGITS = /^\d+$/;

/** HubSpot internal property names per object. Labels can be renamed or translated; internal names cannot. */
const FIELD_BY_PROPERTY: Record<RecordKind, Record<string, CanonicalField>> = {
  contact: {
    jobtitle: 'title',
    email: 'email',
    phone: 'phone',
    company: 'company',
    industry: 'industry',
    country: 'country',
    website: 'website',
    numemployees: 'employees',
    annualrevenue: 'annualRevenue',
    hs_analytics_source: 'leadSource',
  },
  company: {
    name: 'company',
    domain: 'website',
    website: 'website',
    industry: 'industry',
    numberofemployees: 'employees',
    annualrevenue: 'annualRevenue',
    country: 'country',
    phone: 'phone',
    hs_analytics_source: 'leadSource',
  },
  deal: {
    dealname: 'dealName',
    amount: 'amount',
    closedate: 'closeDate',
    dealstage: 'stage',
    hs_analytics_source: 'leadSource',
  },
  // HubSpot's Leads object (0-136) is not detected; the entry keeps the table total.
  lead: {},
};

/** The contact's name is two properties; the highlight card shows it joined (or the email when there is none). */
const NAME_PARTS = ['firstname', 'lastname'] as const;
const FULL_NAME_OR_EMAIL = 'hs_full_name_or_email';

const PROPERTY_INPUT_PREFIX = 'property-input-';
const HIGHLIGHT_DISPLAY_PREFIX = 'highlight-property-display-';
/** Where a highlight value with no label of its own was read, as the fields card names its source. */
const HIGHLIGHT_CARD_LABEL = 'Highlight card';

// seen 2026-11: the About card and custom property cards are PROPERTIES_V3 cards holding this list.
const PROPERTY_LIST = 'ul[data-selenium-test="profile-properties-list"]';
// seen 2026-11: prefixed value node; ~2019-2022 the same attribute sat on the sidebar's <input>/<button>.
const PROPERTY_INPUT = `[data-selenium-test^="${PROPERTY_INPUT_PREFIX}"]`;
// seen 2026-11: the display/edit wrapper of one property row.
const DEFERRED_ROOT = '[data-deferred-property-input-root]';
// ~2019-2022 (Canvas UI): the sidebar and its rows.
const LEGACY_SIDEBAR = '[data-selenium-test="highlightedPropertySidebar"]';
const LEGACY_ROW = '[data-profile-property], span[data-test-id], .private-form__set';
// seen 2026-11: the highlight card's content and its value nodes; the title since at least 2019.
const HIGHLIGHT_CONTENT = '[data-test-id="record-highlight-content"], [data-test-id="record-highlight-main-content"]';
const HIGHLIGHT_DISPLAY = `[data-test-id^="${HIGHLIGHT_DISPLAY_PREFIX}"]`;
const HIGHLIGHT_TITLE = '[data-selenium-test="highlightTitle"]';
// seen 2026-11: page columns.
const LEFT_SIDEBAR = '[data-test-id="left-sidebar"], #record-page-left-sidebar';

/**
 * Never the record's own fields (seen 2026-11): the middle column (timeline, data highlights, association
 * tables), the right sidebar (association cards show the associated record's properties, with the same
 * property-input ids), the preview panel an association click opens, and any association card.
 */
const IGNORED_REGIONS = [
  '[data-test-id="middle-pane"]',
  '[data-test-id="records-right-sidebar"]',
  '[data-test-id="right-sidebar"]',
  '[data-selenium-test="sidebar-preview-panel"]',
  '[data-crm-location="CRM_OBJECT_PREVIEW"]',
  '[data-test-id="IndexPageInlineSidebar"]',
  '[data-card-type^="ASSOCIATION"]',
  '[data-test-id^="card-wrapper-ASSOCIATION"]',
  '[data-test-id="crm-events-viz-timeline"]',
  '[data-selenium-test="timeline-card"]',
].join(', ');

// seen 2026-11: association cards and their tiles (test/crm/fixtures/hubspot/README.md, H2 H6 H14 H15).
const ASSOCIATION_CARD = '[data-card-type="ASSOCIATION_V3"]';
const CHICKLET = '[data-selenium-test="chicklet"]';
const CHICKLET_TITLE = { company: '[data-selenium-test="company-chicklet-title-link"]', contact: '[data-selenium-test="contact-chicklet-title-link"]' };
const CONTACT_CHICKLET_PARTS: [string, CanonicalField][] = [
  ['[data-selenium-test="contact-chicklet-job-title"]', 'title'],
  ['[data-selenium-test="contact-chicklet-email"]', 'email'],
  ['[data-unit-test="contact-chicklet-phone"]', 'phone'],
];
const OBJECT_TYPE_BY_KIND = { company: '0-2', contact: '0-1' } as const;

/** What HubSpot adds when a record (or part of it) renders. */
const FIELD_CONTAINERS = [
  LEFT_SIDEBAR,
  '[data-card-type="PROPERTIES_V3"]',
  PROPERTY_LIST,
  DEFERRED_ROOT,
  PROPERTY_INPUT,
  HIGHLIGHT_CONTENT,
  HIGHLIGHT_DISPLAY,
  HIGHLIGHT_TITLE,
  LEGACY_SIDEBAR,
  '[data-profile-property]',
].join(', ');

/** Text that belongs to controls around a value: carets, action menus, the "Details" history link. */
const VALUE_CHROME = 'button, [role="tooltip"], [data-test-id="dropdown-caret"], [aria-hidden="true"]';

function detect(url: URL): RecordRoute | undefined {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  // /contacts/<portal>/record/<objectTypeId>/<id>[/…]   or   /contacts/<portal>/<contact|company|deal>/<id>[/…]
  if (parts[0] !== 'contacts' || !DIGITS.test(parts[1] ?? '')) return undefined;
  let kind: RecordKind | undefined;
  let id: string | undefined;
  if (parts[2] === 'record') {
    kind = KIND_BY_OBJECT_TYPE[parts[3] ?? ''];
    id = parts[4];
  } else {
    kind = KIND_BY_LEGACY_SEGMENT[parts[2] ?? ''];
    id = parts[3];
  }
  return kind && id && DIGITS.test(id) ? { kind, id } : undefined;
}

/** The portal (hub id) in `/contacts/<portal>/…`: one app host serves every portal, and their record ids overlap. */
function tenant(url: URL): string | undefined {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return undefined;
  const [root, portal] = url.pathname.split('/').filter(Boolean);
  return root === 'contacts' && DIGITS.test(portal ?? '') ? portal : undefined;
}

function hasAncestorWithTestId(element: Element, testId: string): boolean {
  for (let current = element.parentElement; current; current = current.parentElement) {
    if (current.getAttribute('data-test-id') === testId) return true;
  }
  return false;
}

function propertyNameOf(input: Element | null | undefined): string | undefined {
  const value = input?.getAttribute('data-selenium-test');
  // Stripped by length: a property may itself be called `input-240` or `label-foo`.
  if (!value?.startsWith(PROPERTY_INPUT_PREFIX)) return undefined;
  const name = value.slice(PROPERTY_INPUT_PREFIX.length);
  return name && !/\s/.test(name) ? name : undefined;
}

interface PropertyReading {
  name: string;
  label: string;
  raw: string;
  source: Element;
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const fieldByProperty = FIELD_BY_PROPERTY[route.kind];
  const all = (selector: string) => context.all(selector).filter((element) => !context.isInside(element, IGNORED_REGIONS));

  const textOf = (element: Element) => context.text(element, (node) => node.matches(VALUE_CHROME));
  const labelOf = (scope: Element) => {
    const label = scope.querySelector('label, .private-form__label, [data-selenium-test*="property-label"]');
    return label ? cleanLabel(textOf(label)) : '';
  };

  const properties: PropertyReading[] = [];
  const readInputs = new Set<Element>();

  // 1. Property lists (seen 2026-11): one direct-child row per property.
  for (const list of all(PROPERTY_LIST)) {
    for (const row of list.children) {
      const rowName = row.getAttribute('data-test-id');
      const input = row.querySelector(PROPERTY_INPUT);
      const name = propertyNameOf(input) ?? rowName ?? undefined;
      // A row is a property when it is marked as one (the deferred root) or carries a property-input value.
      if (!name || /\s/.test(name) || !(input || row.querySelector(DEFERRED_ROOT))) continue;
      if (input) readInputs.add(input);
      const label = labelOf(row);
      let raw: string;
      if (input) raw = textOf(input);
      else {
        // Owner-type rows render the value as bare text beside the label.
        const whole = collapseWhitespace(textOf(row.querySelector(DEFERRED_ROOT) ?? row));
        raw = label && whole.startsWith(label) ? whole.slice(label.length) : whole;
      }
      properties.push({ name, label, raw, source: row });
    }
  }

  // 2. Older sidebars (~2019-2022): prefixed inputs/buttons labelled by their row; only when no list matched.
  if (!properties.length) {
    for (const input of all(PROPERTY_INPUT)) {
      const name = propertyNameOf(input);
      if (!name || readInputs.has(input) || !context.isInside(input, `${LEFT_SIDEBAR}, ${LEGACY_SIDEBAR}`)) continue;
      const row = input.closest(LEGACY_ROW) ?? input.parentElement ?? input;
      const labelled = row.querySelector('label, .private-form__label') ? row : (input.closest(DEFERRED_ROOT) ?? row);
      // A dropdown shows its choice in a label span; an input its value.
      const shown = input.querySelector('.private-dropdown__item__label') ?? input;
      properties.push({ name, label: labelOf(labelled), raw: textOf(shown), source: row });
    }
  }

  const fields: RawField[] = [];

  // The contact's name: first and last name rows joined, ahead of everything else.
  if (route.kind === 'contact' || route.kind === 'lead') {
    const parts = NAME_PARTS.map((part) => properties.find((p) => p.name === part));
    const text = parts.map((p) => collapseWhitespace(p?.raw ?? '')).filter((t) => t && !/^[-–—]+$/.test(t));
    const first = parts.find(Boolean);
    if (text.length && first) fields.push({ label: parts.filter(Boolean).map((p) => p!.label).join(' / '), raw: text.join(' '), field: 'fullName', source: first.source });
  }

  for (const property of properties) {
    if ((NAME_PARTS as readonly string[]).includes(property.name)) continue;
    const field = fieldByProperty[property.name];
    if (field) fields.push({ label: property.label, raw: property.raw, field, source: property.source });
    // HubSpot's own properties are hs_-prefixed or known above; an admin's custom property ("Main competitor")
    // is matched by its label.
    else if (!property.name.startsWith('hs_') && property.label) fields.push({ label: property.label, raw: property.raw, source: property.source });
  }

  // 3. Highlight card values (seen 2026-11): fallbacks for what the property cards do not show.
  for (const display of all(HIGHLIGHT_DISPLAY)) {
    const testId = display.getAttribute('data-test-id') ?? '';
    // The composite jobtitle-and-company item wraps the same display id twice, one inside the other.
    if (!context.isInside(display, HIGHLIGHT_CONTENT) || hasAncestorWithTestId(display, testId)) continue;
    const name = testId.slice(HIGHLIGHT_DISPLAY_PREFIX.length);
    const raw = textOf(display);
    // The label the rep sees beside the value ("Amount:"), else where it was read: the rep never saw
    // the property's internal name ("dealname").
    const item = display.closest(`[data-test-id="highlight-property-item-${CSS.escape(name)}"]`);
    const shownLabel = item ? cleanLabel(collapseWhitespace(textOf(item)).replace(raw, '')) : '';
    const label = shownLabel || HIGHLIGHT_CARD_LABEL;
    if (name === FULL_NAME_OR_EMAIL) {
      if (route.kind === 'contact' && !raw.includes('@')) fields.push({ label, raw, field: 'fullName', source: display });
      continue;
    }
    const field = fieldByProperty[name];
    if (field) fields.push({ label, raw, field, source: display });
  }

  // 4. The highlight title (since at least 2019): the record's name. A contact without one shows its email.
  for (const title of all(HIGHLIGHT_TITLE)) {
    const raw = textOf(title);
    if (route.kind === 'contact' && raw.includes('@')) continue;
    fields.push({ label: 'Record name', raw, field: NAME_FIELD[route.kind], source: title });
  }

  // 5. Associated records (linked): the deal's primary company and first contact, a contact's primary company.
  const linkedKinds: ('company' | 'contact')[] = route.kind === 'deal' ? ['company', 'contact'] : route.kind === 'contact' ? ['company'] : [];
  for (const kind of linkedKinds) fields.push(...readAssociation(context, kind, textOf));
  return fields;
}

/** The primary (else first) tile of the association card listing records of `kind`. */
function readAssociation(context: ReadContext, kind: 'company' | 'contact', textOf: (element: Element) => string): RawField[] {
  const cardId = `ASSOCIATION_V3/${OBJECT_TYPE_BY_KIND[kind]}`;
  const cards = context.all(`${ASSOCIATION_CARD}[data-card-id="${cardId}"]`);
  const tiles = cards.flatMap((card) => [...card.querySelectorAll(CHICKLET)]);
  const tile = tiles.find((candidate) => [...candidate.children].some((child) => child.tagName === 'SPAN' && collapseWhitespace(child.textContent ?? '') === 'Primary')) ?? tiles[0];
  const title = tile?.querySelector(CHICKLET_TITLE[kind]);
  if (!tile || !title) return [];
  const match = /\/record\/0-[12]\/(\d+)/.exec(title.getAttribute('href') ?? '');
  const common = { linked: kind, source: tile, ...(match ? { link: { kind, id: match[1]! } } : {}) } as const;
  const found: RawField[] = [{ label: kind === 'company' ? 'Company' : 'Contact', raw: textOf(title), field: kind === 'company' ? 'company' : 'fullName', ...common }];
  if (kind === 'company') {
    const domain = [...tile.querySelectorAll('a[href^="http"]')].find((link) => !link.matches(CHICKLET_TITLE.company));
    if (domain) found.push({ label: 'Domain', raw: textOf(domain), field: 'website', ...common });
    for (const value of tile.querySelectorAll(`[data-test-id^="${PROPERTY_INPUT_PREFIX}"]`)) {
      const name = value.getAttribute('data-test-id')!.slice(PROPERTY_INPUT_PREFIX.length);
      const field = FIELD_BY_PROPERTY.company[name];
      if (field && field !== 'company') found.push({ label: collapseWhitespace(value.previousElementSibling?.textContent ?? name), raw: textOf(value), field, ...common });
    }
  } else {
    for (const [selector, field] of CONTACT_CHICKLET_PARTS) {
      const part = tile.querySelector(selector);
      if (part) found.push({ label: field === 'title' ? 'Job title' : field === 'email' ? 'Email' : 'Phone', raw: textOf(part), field, ...common });
    }
  }
  return found;
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    { url: 'https://app.hubspot.com/contacts/21348765/record/0-1/73851044512', kind: 'contact', id: '73851044512' },
    { url: 'https://app-eu1.hubspot.com/contacts/25999140/record/0-2/18542630917/view/1', kind: 'company', id: '18542630917' },
    { url: 'https://app-na2.hubspot.com/contacts/243381751/record/0-3/31220985514?interaction=note', kind: 'deal', id: '31220985514' },
    { url: 'https://app-ap1.hubspot.com/contacts/442914926/record/0-1/1051/', kind: 'contact', id: '1051' },
    { url: 'https://app.hubspot.com/contacts/4123456/contact/2051/', kind: 'contact', id: '2051' },
    { url: 'https://app.hubspot.com/contacts/4123456/company/881/', kind: 'company', id: '881' },
    { url: 'https://app-eu1.hubspot.com/contacts/4123456/deal/9902', kind: 'deal', id: '9902' },
  ],
  nonRecords: [
    'https://app.hubspot.com/contacts/21348765/objects/0-1/views/all/list',
    'https://app.hubspot.com/contacts/21348765/objects/0-3/views/all/board',
    'https://app.hubspot.com/contacts/21348765/record/0-5/5520031',
    'https://app.hubspot.com/contacts/21348765/ticket/5520031',
    'https://app.hubspot.com/contacts/21348765/record/2-98765/44',
    'https://app.hubspot.com/contacts/21348765/record/0-1/',
    'https://app.hubspot.com/reports-dashboard/21348765/view/9988776',
    'https://app.hubspot.com/settings/21348765/properties?type=0-1',
    'https://app.hubspot.com/property-settings/21348765/properties?type=0-2&action=edit&property=industry',
    'https://app.hubspot.com/contacts/21348765/contacts/list/view/all/',
    'https://www.hubspot.com/contacts/21348765/record/0-1/73851044512',
    'https://app.hubspot.com.evil.example/contacts/21348765/record/0-1/73851044512',
    'http://app.hubspot.com/contacts/21348765/record/0-1/73851044512',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const hubspotRoute = {
  id: 'hubspot',
  name: 'HubSpot',
  // app.hubspot.com is na1; the others are the regional UI domains HubSpot's account-info API returns.
  matches: [
    'https://app.hubspot.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app-na2.hubspot.com/*',
    'https://app-na3.hubspot.com/*',
    'https://app-ap1.hubspot.com/*',
  ],
  detect,
  tenant,
} satisfies CrmRoute;

export const hubspot: CrmAdapter = {
  ...hubspotRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
