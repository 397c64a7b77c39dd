/**
 * Salesforce Classic (Aloha) detail pages: Account, Contact, Lead, Opportunity at `/<record id>` on
 * `<domain>.my.salesforce.com` (the older instance hosts, `na1.salesforce.com`, now redirect there).
 *
 * Markup (test/crm/fixtures/salesforce-classic/README.md has the sources), seen 2026-11:
 * - The record's detail block is `div.bPageBlock.bDetailBlock#ep` > `div.pbBody` > `div.pbSubsection` >
 *   `table.detailList`; rows hold `td.labelCol` + `td.dataCol` pairs (left data cell `col02`, full-width
 *   cells `data2Col`, empty spacer cells `labelCol empty` / `dataCol empty`).
 * - With inline editing on (the default), the data cell is `td#<fieldId>_ilecell` (class `inlineEditWrite` or
 *   `inlineEditLock`) and the value sits in `div#<fieldId>_ileinner`. Standard field ids are fixed per object
 *   (`acc7` = Account Industry, `opp7` = Opportunity Amount, ...); custom fields use their 15-char `00N…`
 *   id (`CF00N…` for lookups). Without inline editing there are no ids and the label decides.
 * - Lookups render `a#lookup<id><fieldId>` links with hover handlers; links in brackets after a value
 *   (`[Change]`, `[View Hierarchy]`, `[Gmail]`) are actions, not values.
 * - Addresses are lines separated by `<br>` (in newer orgs inside a one-cell table); the country is the last.
 * - Multi-currency orgs append the user's currency in parentheses: `EUR 48.500,00 (USD 52.380,00)`.
 * - Not the record's own fields: related lists (`div.bRelatedList`, `table.list`), the mini page layout
 *   hover of a lookup (`div.lookupHoverDetail`, a whole other record's `table.detailList`, appended to
 *   `td#bodyCell`), the sidebar (`td#sidebarCell`: Recent Items, Create New).
 */
import { countryOfAddress } from '../extract/normalise/country';
import { collapseWhitespace } from '../extract/normalise/text';
import { isInside, visibleText } from '../extract/read';
import type { ReadContext } from '../extract/read-context';
import { NAME_FIELD, type CanonicalField, type RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_ID_PREFIX: Record<string, RecordKind> = { '001': 'company', '003': 'contact', '00Q': 'lead', '006': 'deal' };
const RECORD_PATH = /^\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/?$/;
/** Standard field ids of Classic page layouts (the `<id>_ileinner` prefixes), per object. */
const FIELD_BY_FIELD_ID: Record<RecordKind, Record<string, CanonicalField>> = {
  company: {
    acc2: 'company',
    acc7: 'industry',
    acc8: 'annualRevenue',
    acc10: 'phone',
    acc12: 'website',
    acc15: 'employees',
    acc17: 'country',
  },
  contact: {
    con2: 'fullName',
    con4: 'company',
    con5: 'title',
    con9: 'leadSource',
    con10: 'phone',
    con15: 'email',
    con19: 'country',
  },
  lead: {
    lea2: 'fullName',
    lea3: 'company',
    lea4: 'title',
    lea5: 'leadSource',
    lea6: 'industry',
    lea7: 'annualRevenue',
    lea8: 'phone',
    lea11: 'email',
    lea12: 'website',
    lea15: 'employees',
    lea16: 'country',
  },
  deal: {
    opp3: 'dealName',
    opp4: 'company',
    opp6: 'leadSource',
    opp7: 'amount',
    opp9: 'closeDate',
    opp11: 'stage',
  },
};
/** Address field ids: several lines, the country last. */
const ADDRESS_FIELD_IDS = new Set(['acc17', 'acc18', 'con18', 'con19', 'lea16']);
/** Standard ids (`acc3`, `opp8`, `RecordType`, `Owner`...) that are not canonical fields: never read by label. */
const STANDARD_FIELD_ID = /^(?:acc|con|lea|opp)\d+$|^(?:RecordType|Owner|CreatedBy|LastModifiedBy|CurrencyIsoCode)$/;


// seen 2026-11: the detail block is #ep; older layouts and Visualforce overrides keep `bDetailBlock`.
const DETAIL_BLOCKS = '#ep, div.bDetailBlock';
/** Related lists, lookup hovers (`individualPalette` also wraps the sidebar's Recent Items), the sidebar. */
const IGNORED_REGIONS = ['.bRelatedList', '.listRelatedObject', '.lookupHoverDetail', '.individualPalette', '#sidebarCell'].join(', ');
const FIELD_CONTAINERS = `${DETAIL_BLOCKS}, table.detailList, .pbSubsection, td.dataCol, [id$="_ileinner"]`;

function detect(url: URL): RecordRoute | undefined {
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || !host.endsWith('.my.salesforce.com')) return undefined;
  const id = RECORD_PATH.exec(url.pathname)?.[1];
  if (!id) return undefined;
  const kind = KIND_BY_ID_PREFIX[id.slice(0, 3)];
  return kind ? { kind, id } : undefined;
}


/** A link wrapped in literal brackets (`[Change]`, `[View Hierarchy]`, `[Gmail]`) is an action next to the value. */
function isBracketedAction(element: Element): boolean {
  if (element.tagName !== 'A') return false;
  const before = element.previousSibling;
  const after = element.nextSibling;
  return before?.nodeType === 3 && /\[\s*$/.test(before.nodeValue ?? '') && after?.nodeType === 3 && /^\s*\]/.test(after.nodeValue ?? '');
}

function isChrome(element: Element): boolean {
  return (
    isBracketedAction(element) ||
    element.tagName === 'BUTTON' ||
    element.tagName === 'IMG' ||
    element.classList.contains('assistiveText') ||
    element.classList.contains('helpButton') ||
    element.classList.contains('helpOrb')
  );
}

const TEXT_OPTIONS = { skip: isChrome };

function valueText(element: Element): string {
  // The brackets left behind by skipped action links.
  return visibleText(element, TEXT_OPTIONS).replace(/[ \t\u00a0]*\[[\s\u00a0]*\]/g, '');
}

/** `EUR 48.500,00 (USD 52.380,00)`: the record's amount, without the parenthetical conversion. */
function withoutConversion(text: string): string {
  return text.replace(/\s*\([^()]*\d[^()]*\)\s*$/, '');
}

function fieldIdOf(cell: Element): string | undefined {
  const fromCell = cell.id.endsWith('_ilecell') ? cell.id.slice(0, -'_ilecell'.length) : undefined;
  if (fromCell) return fromCell;
  const inner = cell.querySelector('[id$="_ileinner"]');
  return inner ? inner.id.slice(0, -'_ileinner'.length) : undefined;
}

function detailTables(root: ParentNode, roots: readonly ParentNode[]): Element[] {
  const tables: Element[] = [];
  for (const scope of roots) {
    for (const block of scope.querySelectorAll(DETAIL_BLOCKS)) {
      if (isInside(block, IGNORED_REGIONS)) continue;
      for (const table of block.querySelectorAll('table.detailList')) if (!tables.includes(table)) tables.push(table);
    }
  }
  if (tables.length) return tables;
  // Fallback (Visualforce-overridden pages keep the table but not the block): any detail table outside other records.
  for (const table of root.querySelectorAll('table.detailList')) if (!isInside(table, IGNORED_REGIONS)) tables.push(table);
  return tables;
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const { root, roots } = context;
  const fieldIds = FIELD_BY_FIELD_ID[route.kind];
  const fields: RawField[] = [];

  for (const table of detailTables(root, roots)) {
    for (const labelCell of table.querySelectorAll('td.labelCol, th.labelCol')) {
      if (labelCell.closest('table.detailList') !== table || labelCell.classList.contains('empty')) continue;
      const valueCell = labelCell.nextElementSibling;
      if (!valueCell || !(valueCell.classList.contains('dataCol') || valueCell.classList.contains('data2Col'))) continue;
      const label = collapseWhitespace(visibleText(labelCell, TEXT_OPTIONS));
      if (!label) continue;
      const fieldId = fieldIdOf(valueCell);
      const valueElement = (fieldId && valueCell.querySelector(`[id="${fieldId}_ileinner"]`)) || valueCell;
      const field = fieldId ? fieldIds[fieldId] : undefined;
      let raw = valueText(valueElement);
      if (fieldId && ADDRESS_FIELD_IDS.has(fieldId)) raw = countryOfAddress(raw) ?? '';
      if (field === 'amount' || field === 'annualRevenue') raw = withoutConversion(raw);
      if (field) fields.push({ label, raw, field, source: valueCell });
      else if (!fieldId || !STANDARD_FIELD_ID.test(fieldId)) fields.push({ label, raw: withoutConversion(raw), source: valueCell });
    }
  }

  // The page title names the record: `h1.pageType` "Account:" + `h2.pageDescription` "Brightline Robotics".
  for (const scope of roots) {
    const title = scope.querySelector('.bPageTitle h2.pageDescription, h2.topName');
    if (title && !isInside(title, IGNORED_REGIONS)) {
      fields.push({ label: 'Record name', raw: valueText(title), field: NAME_FIELD[route.kind], source: title });
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
    { url: 'https://acme.my.salesforce.com/001Hs00003KxQ7b', kind: 'company', id: '001Hs00003KxQ7b' },
    { url: 'https://acme.my.salesforce.com/003Hs00002Ab9XyIAJ', kind: 'contact', id: '003Hs00002Ab9XyIAJ' },
    { url: 'https://acme.my.salesforce.com/00QHs00001Zt4Pq?srPos=0&srKp=00Q', kind: 'lead', id: '00QHs00001Zt4Pq' },
    { url: 'https://acme--uat.sandbox.my.salesforce.com/006Hs00001Mn3Rs', kind: 'deal', id: '006Hs00001Mn3Rs' },
    { url: 'https://acme.my.salesforce.com/0065g00000QrStuAAF/', kind: 'deal', id: '0065g00000QrStuAAF' },
  ],
  nonRecords: [
    'https://acme.my.salesforce.com/home/home.jsp',
    'https://acme.my.salesforce.com/001/o',
    'https://acme.my.salesforce.com/001?fcf=00BHs000001AbCd',
    'https://acme.my.salesforce.com/001Hs00003KxQ7b/e?retURL=%2F001Hs00003KxQ7b',
    'https://acme.my.salesforce.com/setup/forcecomHomepage.apexp?setupid=ForceCom',
    'https://acme.my.salesforce.com/500Hs00001XyZab',
    'https://acme.my.salesforce.com/apex/AccountOverview?id=001Hs00003KxQ7b',
    'https://login.salesforce.com/001Hs00003KxQ7b',
    // Instance hosts redirect to My Domain (enforced since Winter '24); Playcard runs on the latter only.
    'https://na1.salesforce.com/00QHs00001Zt4Pq',
    'https://www.salesforce.com/0065g00000QrStuAAF',
    'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ7bIAF/view',
    'https://acme.my.salesforce.com.evil.example/001Hs00003KxQ7b',
    'http://acme.my.salesforce.com/001Hs00003KxQ7b',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const salesforceClassicRoute = {
  id: 'salesforce-classic',
  name: 'Salesforce Classic',
  // My Domain hosts only: since Winter '24 every org has one and instance hosts (`na1.salesforce.com`)
  // redirect to it, while the bare `*.salesforce.com` would run Playcard on Salesforce's marketing and help sites.
  matches: ['https://*.my.salesforce.com/*'],
  detect,
} satisfies CrmRoute;

export const salesforceClassic: CrmAdapter = {
  ...salesforceClassicRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
