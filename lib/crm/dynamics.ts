/**
 * Microsoft Dynamics 365 model-driven apps (Unified Interface): Account, Contact, Lead, Opportunity.
 *
 * Markup (test/crm/fixtures/dynamics/README.md has the sources), seen 2026-11:
 * - record URL: `https://<org>.crm<N>.dynamics.com/main.aspx?...&pagetype=entityrecord&etn=<entity>&id=<guid>`,
 *   parameters in any order, the id sometimes URL-encoded with braces (`%7B...%7D`); legacy links use `etc=<code>`.
 * - body fields: one item per field, keyed by the attribute's logical name. The item carries
 *   `data-lp-id="MscrmControls.Containers.FieldSectionItem|<name>|<entity>"`; inside it
 *   `[data-id="<name>-FieldSectionItemContainer"]` holds `label[id$="-field-label"]` and the control, whose
 *   inner elements have `data-id="<name>.fieldControl-..."` (text-box-text, currency-text-input,
 *   whole-number-text-input, date-time-input, option-set-select, LookupResultsDropdown_<name>_selected_tag_text).
 *   Header-flyout fields use `header_<name>`, business-process-flow flyout fields `header_process_<name>`.
 *   Quick view forms prefix the name (`<quickform>.<name>`) and show another record (the opportunity's account or
 *   contact, a contact's account): read as that linked record, its kind told by its columns.
 * - option sets: a `select` with the chosen `option[selected]` (classic look) or, in the 2025 "new look",
 *   a Fluent combobox (`[role=combobox]`) whose `value` attribute is the chosen text. Empty fields show `---`.
 * - header: since 2026 `uci-header-control-list` (open shadow root) holding
 *   `uci-header-control-list-item[data-name="header_<name>"]` (its own open shadow root) with light-DOM children
 *   `[slot=value]` / `[slot=label]`; older orgs render `#headerControlsList_<n>` cells as value-then-label divs.
 *   A header outside the record region is read when it is the only visible one.
 *   The record name is `h1[data-id="header_title"]`, which also holds the save status span.
 * - business process flow: `#bpfContainer` stages `li` with `[id^="MscrmControls.Containers.ProcessBreadCrumb-
 *   processHeaderStageName_"]`; the active one holds the "Active for N days" status label
 *   (`MscrmControls.Containers.ProcessBreadCrumb-stageStatusLabel`) and `data-selected-stage="true"`.
 * - the record page is the `[role=main]` region holding `[data-id="editFormRoot"]`; dialogs
 *   (`dialogPageContainer`), quick create (`quickCreateRoot`), subgrids and the timeline are other records.
 */
import { cleanLabel, isPlaceholder } from '../extract/normalise/text';
import type { ReadContext } from '../extract/read-context';
import type { CanonicalField, RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_ENTITY: Record<string, RecordKind> = {
  account: 'company',
  contact: 'contact',
  lead: 'lead',
  opportunity: 'deal',
};
/** Entity type codes of the four system entities, for legacy `etc=` links. */
const ENTITY_BY_TYPE_CODE: Record<string, string> = { '1': 'account', '2': 'contact', '3': 'opportunity', '4': 'lead' };

/**
 * Organisation hosts: `crm` (North America) and the regional `crmN` clusters listed by Microsoft's
 * "Datacenter regions" page (seen 2026-11): 2 SAM, 3 CAN, 4 EUR, 5 APJ, 6 OCE, 7 JPN, 8 IND, 9 GCC, 11 GBR,
 * 12 FRA, 14 ZAF, 15 UAE, 16 GER, 17 CHE, 19 NOR, 20 SGP, 21 KOR, 22 SWE. crm10 (test cluster) is left out.
 */
const REGIONS = ['', '2', '3', '4', '5', '6', '7', '8', '9', '11', '12', '14', '15', '16', '17', '19', '20', '21', '22'];
const REGION_SET = new Set(REGIONS);
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,62})\.crm(\d{0,2})\.dynamics\.com$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Source keys in priority order per kind: logical names, plus `@title` (the header title), `@name` (first + last name) and `@stage` (the process stage). */
const FIELD_ORDER: Record<RecordKind, [string, CanonicalField][]> = {
  company: [
    ['name', 'company'],
    ['@title', 'company'],
    ['industrycode', 'industry'],
    ['numberofemployees', 'employees'],
    ['revenue', 'annualRevenue'],
    ['address1_country', 'country'],
    ['address2_country', 'country'],
    ['websiteurl', 'website'],
    ['telephone1', 'phone'],
    ['telephone2', 'phone'],
  ],
  contact: [
    ['fullname', 'fullName'],
    ['@title', 'fullName'],
    ['@name', 'fullName'],
    ['jobtitle', 'title'],
    ['parentcustomerid', 'company'],
    ['company', 'company'],
    ['emailaddress1', 'email'],
    ['telephone1', 'phone'],
    ['mobilephone', 'phone'],
    ['address1_country', 'country'],
    ['leadsourcecode', 'leadSource'],
  ],
  lead: [
    ['fullname', 'fullName'],
    ['@title', 'fullName'],
    ['@name', 'fullName'],
    ['subject', 'dealName'],
    ['jobtitle', 'title'],
    ['companyname', 'company'],
    ['industrycode', 'industry'],
    ['numberofemployees', 'employees'],
    ['revenue', 'annualRevenue'],
    ['emailaddress1', 'email'],
    ['telephone1', 'phone'],
    ['mobilephone', 'phone'],
    ['address1_country', 'country'],
    ['websiteurl', 'website'],
    ['leadsourcecode', 'leadSource'],
  ],
  deal: [
    ['name', 'dealName'],
    ['@title', 'dealName'],
    ['parentaccountid', 'company'],
    ['customerid', 'company'],
    ['parentcontactid', 'fullName'],
    ['estimatedvalue', 'amount'],
    ['estimatedclosedate', 'closeDate'],
    ['@stage', 'stage'],
    ['salesstage', 'stage'],
    ['stepname', 'stage'],
  ],
};

// Selectors, seen 2026-11 (EasyRepro 2023 locators; PowerPlaywright 2026; Dynamics-Helper 2026).
/** Field items: the container keyed by logical name, or (older builds) the FieldSectionItem control root. */
const FIELD_ITEMS = '[data-id$="-FieldSectionItemContainer"], [data-lp-id^="MscrmControls.Containers.FieldSectionItem|"]';
const CONTAINER_SUFFIX = '-FieldSectionItemContainer';
const FIELD_SECTION_ITEM_PREFIX = 'MscrmControls.Containers.FieldSectionItem|';
/** The current header (2026): custom elements in open shadow roots, values and labels slotted from light DOM. */
const HEADER_ITEMS = 'uci-header-control-list-item[data-name]';
/** The earlier high-density header: cells of value-then-label divs. */
const LEGACY_HEADER_LISTS = '[id^="headerControlsList_"]';
const HEADER_TITLE = '[data-id="header_title"]';
const SAVE_STATUS = '[data-id="header_saveStatus"]';
const BPF = '#bpfContainer, [data-id="bpfContainer"]';
const BPF_STAGE_NAME = '[id^="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName"], [data-id^="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName"]';
const BPF_STATUS_LABEL = '[id^="MscrmControls.Containers.ProcessBreadCrumb-stageStatusLabel"]';
const BPF_PROCESS_NAME = '[data-id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderNameLabel"], [id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderNameLabel"]';
/** Lookup values: the selected record's text; the search box next to it is not a value. */
const LOOKUP_SELECTED_TEXT = '[data-id*="_selected_tag_text"]';
const LOOKUP_SELECTED_LIST = 'ul[data-id$="_SelectedRecordList"]';
const LOOKUP_CONTROL = '[data-id*=".fieldControl-Lookup_"], [data-id*=".fieldControl-LookupResultsDropdown_"]';
const NOT_A_VALUE_INPUT = /_textInputBox_with_filter_new|_timecontrol|time-input|-search/i;

/** Other records on the page: quick view forms, quick create, dialogs, subgrids, the timeline, flyouts. */
const OTHER_RECORDS = [
  '[data-lp-id^="MscrmControls.Containers.QuickForm|"]',
  '[data-id="quickCreateRoot"]',
  '[id*="dialogPageContainer"]',
  '[data-id^="dataSetRoot_"]',
  '[data-lp-id*="MscrmControls.Grid."]',
  '[data-lp-id*="PowerAppsOneGrid"]',
  '[data-id$="-pcf_grid_control_container"]',
  '[data-id="grid-container"]',
  '#notescontrol',
  '[data-id^="notescontrol"]',
  '#TimelineMainContainer',
  '[data-id="__flyoutRootNode"]',
  '#__flyoutRootNode',
].join(', ');

const FIELD_CONTAINERS = [
  FIELD_ITEMS,
  'uci-header-control-list',
  HEADER_ITEMS,
  LEGACY_HEADER_LISTS,
  '[data-id="form-header"]',
  '[data-id="editFormRoot"]',
  '[role="tabpanel"]',
  'section[data-id]',
  BPF,
  HEADER_TITLE,
].join(', ');

function detect(url: URL): RecordRoute | undefined {
  return recordOf(url, true);
}

/** A link to a record: a lookup's `main.aspx?etn=account&id=…`, with or without `pagetype=entityrecord`. */
function linkTarget(url: URL): RecordRoute | undefined {
  return recordOf(url, false);
}

function recordOf(url: URL, recordPage: boolean): RecordRoute | undefined {
  if (url.protocol !== 'https:') return undefined;
  const host = HOST.exec(url.hostname.toLowerCase());
  if (!host || !REGION_SET.has(host[1] ?? '')) return undefined;
  if (url.pathname.toLowerCase() !== '/main.aspx') return undefined;
  const params = new URLSearchParams([...url.searchParams].map(([key, value]) => [key.toLowerCase(), value]));
  const pageType = params.get('pagetype')?.toLowerCase();
  if (recordPage ? pageType !== 'entityrecord' : pageType !== undefined && pageType !== 'entityrecord') return undefined;
  const entity = params.get('etn')?.toLowerCase() ?? ENTITY_BY_TYPE_CODE[params.get('etc') ?? ''];
  const kind = entity ? KIND_BY_ENTITY[entity] : undefined;
  const id = (params.get('id') ?? '').trim().replace(/^\{/, '').replace(/\}$/, '').toLowerCase();
  if (!kind || !GUID.test(id)) return undefined;
  return { kind, id };
}

/** Walks up through shadow hosts too. */
function ancestors(node: Node): Element[] {
  const chain: Element[] = [];
  for (let current: Node | null = node; current; ) {
    if (current.nodeType === 1) chain.push(current as Element);
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return chain;
}

/** Not shown, or kept aside by the app: multi-session apps mark other sessions' pages `aria-hidden`. */
function isSetAside(element: Element, context: ReadContext): boolean {
  return !context.isRendered(element) || ancestors(element).some((ancestor) => ancestor.getAttribute('aria-hidden') === 'true');
}

function isOtherRecord(element: Element): boolean {
  return ancestors(element).some((ancestor) => ancestor.matches(OTHER_RECORDS));
}

/**
 * The record page: visible `[role=main]` regions holding the form (multi-session apps keep other
 * sessions' pages hidden in the DOM), with the shadow roots below them. The whole page when none is found.
 */
function recordPage(context: ReadContext): readonly ParentNode[] {
  const { roots } = context;
  const mains: Element[] = [];
  for (const scope of roots) {
    for (const main of scope.querySelectorAll('main, [role="main"]')) {
      if (!isSetAside(main, context) && !isOtherRecord(main)) mains.push(main);
    }
  }
  const withForm = mains.filter((main) => main.querySelector('[data-id="editFormRoot"]'));
  const chosen = (withForm.length ? withForm : mains).filter((main, _, all) => !all.some((other) => other !== main && other.contains(main)));
  if (!chosen.length) return roots;
  return chosen.flatMap((main) => [
    main,
    ...roots.filter((root) => root.nodeType === 11 && ancestors((root as ShadowRoot).host).includes(main)),
  ]);
}

/** The logical name a field item stands for, without header prefixes; undefined for quick view fields. */
function logicalName(item: Element): string | undefined {
  let name: string | undefined;
  const dataId = item.getAttribute('data-id') ?? '';
  if (dataId.endsWith(CONTAINER_SUFFIX)) name = dataId.slice(0, -CONTAINER_SUFFIX.length);
  else {
    const lpId = item.getAttribute('data-lp-id') ?? '';
    if (lpId.startsWith(FIELD_SECTION_ITEM_PREFIX)) name = lpId.slice(FIELD_SECTION_ITEM_PREFIX.length).split('|')[0];
  }
  if (!name || name.includes('.')) return undefined;
  return name.replace(/^header_process_/, '').replace(/^header_/, '').toLowerCase();
}

/** Buttons, icons and screen-reader text next to a value are not part of it. */
function isChrome(element: Element): boolean {
  return element.tagName === 'BUTTON' || element.getAttribute('role') === 'button' || element.getAttribute('aria-hidden') === 'true';
}

/** The value a field control shows: lookup tags, a select's chosen option, a combobox, a date, a text input. */
function controlValue(item: Element, context: ReadContext): string {
  const text = (element: Element) => context.text(element, isChrome);
  const tags = [...item.querySelectorAll(LOOKUP_SELECTED_TEXT)];
  if (tags.length) return tags.map(text).map((t) => t.trim()).filter(Boolean).join('; ');
  const selected = item.querySelector(LOOKUP_SELECTED_LIST);
  if (selected) return [...selected.querySelectorAll('li')].map(text).map((t) => t.trim()).filter(Boolean).join('; ');
  if (item.querySelector(LOOKUP_CONTROL)) return '';

  const select = item.querySelector('select');
  if (select) return context.text(select);
  const combobox = item.querySelector('[role="combobox"]');
  if (combobox) {
    if (combobox.tagName === 'INPUT') return (combobox as HTMLInputElement).value;
    return combobox.getAttribute('value') ?? text(combobox);
  }
  const status = item.querySelector('[id*="pickliststatus-comboBox_text-value"]');
  if (status) return text(status);

  const date = item.querySelector('input[data-id$=".fieldControl-date-time-input"]');
  if (date) return (date as HTMLInputElement).value;
  const textarea = item.querySelector('textarea');
  if (textarea) return textarea.value;
  const input = [...item.querySelectorAll('input')].find(
    (candidate) =>
      !['hidden', 'checkbox', 'radio', 'button'].includes(candidate.type) &&
      !NOT_A_VALUE_INPUT.test(`${candidate.getAttribute('data-id') ?? ''} ${candidate.id}`),
  );
  if (input) return input.value;
  // Read-only renderings without an input.
  const display = item.querySelector('[data-id*=".fieldControl"]');
  return display ? text(display) : '';
}

function fieldLabel(item: Element, context: ReadContext): string {
  const label = item.querySelector('label[id$="-field-label"]') ?? item.querySelector('label');
  return label ? cleanLabel(context.text(label, isChrome)) : '';
}

/** Columns with a publisher prefix (`new_`, `cr4f1_`, `msdyn_`), not the standard address parts (`address1_city`). */
function isCustomColumn(name: string): boolean {
  return /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(name) && !/^address\d_/.test(name);
}

interface Found {
  key?: string;
  label: string;
  raw: string;
  source: Element;
}

// seen 2026-11 (D4 5662161223): a quick view form and the items in it, `<qv>.<logical name>`.
const QUICK_VIEW = '[data-lp-id^="MscrmControls.Containers.QuickForm|"]';
/** Columns only a contact has, and only an account has: they tell which record a quick view shows. */
const CONTACT_COLUMNS = new Set(['fullname', 'firstname', 'lastname', 'jobtitle', 'parentcustomerid', 'mobilephone']);
const ACCOUNT_COLUMNS = new Set(['name', 'industrycode', 'numberofemployees', 'revenue', 'websiteurl', 'accountnumber', 'address1_country']);

/** Quick view forms of linked records: their fields, keyed by the linked record's logical names. */
function readQuickViews(scopes: readonly ParentNode[], context: ReadContext, pageKind: RecordKind): RawField[] {
  const found: RawField[] = [];
  for (const scope of scopes) {
    for (const form of scope.querySelectorAll(QUICK_VIEW)) {
      if (isSetAside(form, context)) continue;
      const items = [...form.querySelectorAll('[data-id$="-FieldSectionItemContainer"]')].map((item) => ({
        item,
        name: (item.getAttribute('data-id') ?? '').slice(0, -CONTAINER_SUFFIX.length).split('.').at(-1)?.toLowerCase() ?? '',
      }));
      const names = items.map(({ name }) => name);
      const kind: RecordKind | undefined = names.some((name) => CONTACT_COLUMNS.has(name)) ? 'contact' : names.some((name) => ACCOUNT_COLUMNS.has(name)) ? 'company' : undefined;
      if (!kind || kind === pageKind) continue;
      const fieldOf = new Map(FIELD_ORDER[kind]);
      for (const { item, name } of items) {
        const field = fieldOf.get(name);
        if (field) found.push({ label: fieldLabel(item, context) || name, raw: controlValue(item, context), field, source: item, linked: kind });
      }
    }
  }
  return found;
}

function readBodyFields(scopes: readonly ParentNode[], context: ReadContext, found: Found[]): void {
  const seen = new Set<Element>();
  for (const scope of scopes) {
    for (const item of scope.querySelectorAll(FIELD_ITEMS)) {
      if (seen.has(item) || isOtherRecord(item)) continue;
      seen.add(item);
      // A FieldSectionItem root wrapping a keyed container: the container is read instead.
      if (!item.matches('[data-id$="-FieldSectionItemContainer"]') && item.querySelector('[data-id$="-FieldSectionItemContainer"]')) continue;
      const key = logicalName(item);
      if (!key) continue;
      found.push({ key, label: fieldLabel(item, context), raw: controlValue(item, context), source: item });
    }
  }
}

function readHeader(scopes: readonly ParentNode[], context: ReadContext, found: Found[]): number {
  const text = (element: Element) => context.text(element, isChrome);
  const before = found.length;
  for (const scope of scopes) {
    for (const item of scope.querySelectorAll(HEADER_ITEMS)) {
      if (isOtherRecord(item) || isSetAside(item, context)) continue;
      const children = [...item.children];
      const value = children.find((child) => child.getAttribute('slot') === 'value');
      const label = children.find((child) => child.getAttribute('slot') === 'label');
      if (!value) continue;
      const name = (item.getAttribute('data-name') ?? '').replace(/^header_/, '').toLowerCase();
      found.push({ key: name || undefined, label: label ? text(label).trim() : '', raw: text(value), source: item });
    }
    for (const list of scope.querySelectorAll(LEGACY_HEADER_LISTS)) {
      if (list.matches('uci-header-control-list') || isOtherRecord(list) || isSetAside(list, context)) continue;
      for (const cell of list.children) {
        const parts = [...cell.children];
        if (parts.length < 2) continue;
        const label = text(parts[parts.length - 1]!).trim();
        if (label) found.push({ label, raw: text(parts[0]!), source: cell });
      }
    }
  }
  return found.length - before;
}

/**
 * The header when it is not inside the record page region (its placement relative to `[role=main]`
 * varies between sources): used only when exactly one visible header list is on the page.
 */
function readLoneHeader(roots: readonly ParentNode[], context: ReadContext, found: Found[]): void {
  const lists = roots
    .flatMap((root) => [...root.querySelectorAll(`uci-header-control-list, ${LEGACY_HEADER_LISTS}`)])
    .filter((list) => !isOtherRecord(list) && !isSetAside(list, context));
  const outermost = lists.filter((list) => !lists.some((other) => other !== list && ancestors(list).includes(other)));
  if (outermost.length !== 1) return;
  const list = outermost[0]!;
  const host = list.parentNode ?? list;
  readHeader([host, ...roots.filter((root) => root.nodeType === 11 && ancestors((root as ShadowRoot).host).includes(list))], context, found);
}

function readTitle(scopes: readonly ParentNode[], context: ReadContext, found: Found[]): void {
  for (const scope of scopes) {
    const title = scope.querySelector(HEADER_TITLE);
    if (!title || isOtherRecord(title)) continue;
    const raw = context.text(title, (element) => element.matches(SAVE_STATUS) || isChrome(element));
    found.push({ key: '@title', label: 'Record name', raw: raw.trim() ? raw : title.getAttribute('title') ?? '', source: title });
    return;
  }
}

/** The active stage of the business process flow bar. */
function readStage(scopes: readonly ParentNode[], context: ReadContext, found: Found[]): void {
  const text = (element: Element) => context.text(element, isChrome).trim();
  for (const scope of scopes) {
    for (const bar of scope.querySelectorAll(BPF)) {
      if (isOtherRecord(bar)) continue;
      const status = bar.querySelector(BPF_STATUS_LABEL);
      const active =
        status?.closest('li') ?? bar.querySelector('li[data-selected-stage="true"]') ?? bar.querySelector('li[aria-selected="true"]');
      const name = active?.querySelector(BPF_STAGE_NAME);
      if (!name) continue;
      const processName = bar.querySelector(BPF_PROCESS_NAME);
      found.push({ key: '@stage', label: (processName && text(processName)) || 'Process stage', raw: text(name), source: bar });
      return;
    }
  }
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const { roots } = context;
  const scopes = recordPage(context);
  const found: Found[] = [];
  readBodyFields(scopes, context, found);
  readTitle(scopes, context, found);
  if (!readHeader(scopes, context, found) && scopes !== roots) readLoneHeader(roots, context, found);
  if (route.kind === 'deal') readStage(scopes, context, found);

  // First name + last name, for forms that show them instead of the composite full name.
  if (route.kind === 'contact' || route.kind === 'lead') {
    const part = (key: string) => found.find((entry) => entry.key === key && !isPlaceholder(entry.raw));
    const first = part('firstname');
    const last = part('lastname');
    if (first || last) {
      found.push({
        key: '@name',
        label: [first?.label, last?.label].filter(Boolean).join(' + '),
        raw: [first?.raw.trim(), last?.raw.trim()].filter(Boolean).join(' '),
        source: (last ?? first)!.source,
      });
    }
  }

  const order = FIELD_ORDER[route.kind];
  const rank = new Map(order.map(([key], index) => [key, index]));
  const fieldOf = new Map(order);
  const keyed: (RawField & { rank: number })[] = [];
  const byLabel: RawField[] = [];
  for (const entry of found) {
    const field = entry.key ? fieldOf.get(entry.key) : undefined;
    if (field) keyed.push({ label: entry.label || entry.key!, raw: entry.raw, field, source: entry.source, rank: rank.get(entry.key!)! });
    // Custom columns (publisher prefix) and unnamed header cells are matched by label: "Main Competitor" → competitor.
    else if (entry.label && (!entry.key || isCustomColumn(entry.key))) {
      byLabel.push({ label: entry.label, raw: entry.raw, source: entry.source });
    }
  }
  keyed.sort((a, b) => a.rank - b.rank);
  return [...keyed.map(({ rank: _rank, ...pair }) => pair), ...byLabel, ...readQuickViews(scopes, context, route.kind)];
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
      kind: 'company',
      id: '3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
    },
    {
      url: 'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=%7B8D41C2F7-2A6B-EF11-BFE3-6045BD8C92A4%7D&appid=0e7a3c55-1f2b-4d6e-9a8c-7b5d4e3f2a10',
      kind: 'lead',
      id: '8d41c2f7-2a6b-ef11-bfe3-6045bd8c92a4',
    },
    {
      url: 'https://contoso.crm11.dynamics.com/main.aspx?forceUCI=1&etn=opportunity&pagetype=entityrecord&id=b5e7a1d3-4c2f-ef11-8409-0022481a7c3e',
      kind: 'deal',
      id: 'b5e7a1d3-4c2f-ef11-8409-0022481a7c3e',
    },
    {
      url: 'https://contoso-dev.crm21.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=contact&id={7C0E5A12-9B3D-EF11-A671-000D3A5C8E21}&formid=1fed44d1-ae68-4a41-bd2b-f13acac4acfa',
      kind: 'contact',
      id: '7c0e5a12-9b3d-ef11-a671-000d3a5c8e21',
    },
    {
      url: 'https://contoso.crm.dynamics.com/main.aspx?etc=4&id=%7b8d41c2f7-2a6b-ef11-bfe3-6045bd8c92a4%7d&pagetype=entityrecord',
      kind: 'lead',
      id: '8d41c2f7-2a6b-ef11-bfe3-6045bd8c92a4',
    },
  ],
  nonRecords: [
    'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47',
    'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entitylist&etn=account&viewid=00000000-0000-0000-00aa-000010001002&viewType=1039',
    'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=dashboard&id=f1b6e5a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b&type=system',
    'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=incident&id=9a8b7c6d-5e4f-ef11-a671-000d3a5c8e21',
    'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=account',
    'https://contoso.crm10.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
    'https://contoso.operations.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
    'https://contoso.crm.dynamics.com.evil.example/main.aspx?pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const dynamicsRoute = {
  id: 'dynamics',
  name: 'Dynamics 365',
  matches: REGIONS.map((region) => `https://*.crm${region}.dynamics.com/*`),
  detect,
  linkTarget,
} satisfies CrmRoute;

export const dynamics: CrmAdapter = {
  ...dynamicsRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: OTHER_RECORDS,
  readFields,
};
