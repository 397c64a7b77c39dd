/**
 * Pipedrive record pages: deals, persons, organizations (`https://<company>.pipedrive.com/deal/<id>`).
 *
 * Markup (test/crm/fixtures/pipedrive/README.md has the sources and what is inferred), seen 2026-11:
 * - Pipedrive's detail views do not expose field keys (`value`, `expected_close_date`, custom-field
 *   hashes) in the DOM as far as any public source shows, so sidebar fields are read by label:
 *   `[data-testid="field-name"]` is the label and its parent element the field row, the value being
 *   the rest of the row; an empty field shows `-`. Default fields cannot be renamed by admins
 *   (support.pipedrive.com "Data fields"), so their labels only change with the user's language.
 * - The record name is the header title, `[data-testid="header-title"]` (a textarea); older builds
 *   used `.dealDetails .descriptionHead .title`.
 * - A deal's current stage is `button.cui5-stage-selector__stage[aria-selected="true"]` in the stage
 *   bar, which lists every stage of the pipeline (read only the selected one).
 * - Pipedrive keeps earlier views in the DOM as `.viewContainer` hidden with an inline
 *   `display: none`; only the visible one is the page shown.
 * - Phones render as `[data-test="phone-number-button"]` with the phone's label ("Work") beside it.
 * - Sidebar sections of linked records (a deal's Person and Organization, a person's Organization) hold the
 *   *other* record's fields; their header links to it. They are read as that linked record's (its name from the
 *   header, its rows by label), filling only what the record's own rows lack.
 */
import { countryOfAddress } from '../extract/normalise/country';
import { collapseWhitespace } from '../extract/normalise/text';
import type { ReadContext } from '../extract/read-context';
import { foldLabel } from '../extract/labels';
import { NAME_FIELD, type CanonicalField, type RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

const KIND_BY_PATH: Record<string, RecordKind> = { deal: 'deal', person: 'contact', organization: 'company' };
/** Pipedrive's own sites on pipedrive.com that are not a company's app. */
const NON_APP_HOSTS = new Set([
  'www', 'developers', 'support', 'marketplace', 'webforms', 'api', 'oauth', 'status', 'community', 'academy',
  'blog', 'media', 'careers', 'investors', 'store', 'learn', 'help',
]);
const RECORD_PATH = /^\/(deal|person|organization)\/(\d{1,12})\/?$/;


// seen 2026-11 (field rows, real scripts reading open deal pages); no key attribute is exposed.
const FIELD_NAME = '[data-testid="field-name"]';
// seen 2026-11 (header-title, TMetric integration since 2023-09); `.descriptionHead .title` seen 2018.
const HEADER_TITLE = '[data-testid="header-title"], .dealDetails .descriptionHead .title';
// seen 2026-11 (stage bar of Convention UI 5).
const CURRENT_STAGE = 'button.cui5-stage-selector__stage[aria-selected="true"]';
// seen 2021-12 .. 2022-09 (phone buttons in person views, RingCentral extension).
const PHONE_BUTTON = '[data-test="phone-number-button"]';
// seen 2021-07 .. 2022-09: earlier views stay in the DOM, hidden.
const VIEW = '.viewContainer';
const ENTITY_LINK = 'a[href*="/person/"], a[href*="/organization/"], a[href*="/deal/"]';
// INFERRED (no public source shows how Pipedrive marks sidebar sections): a section is a `section` or
// region whose heading (its first child) links to the record the section shows.
const SECTION = 'section, [role="region"]';

/** Address labels: the address is one formatted line, its country the last part. */
const ADDRESS_LABELS = new Set(['Address', 'Adresse', 'Anschrift', 'Dirección', 'Endereço', 'Adres', 'Indirizzo'].map(foldLabel));

/** The history feed, filters and hidden cached views never hold the record's own fields. */
const IGNORED_REGIONS = [
  '.viewContainer[style*="none"]', // seen 2021-07
  '[data-test="activity-note"]', // seen 2021-07 .. 2022-09
  '[data-testid^="filter-button-"]', // seen 2026-11 (history filters: all, files, ...)
].join(', ');
const FIELD_CONTAINERS = `${VIEW}, ${FIELD_NAME}, [data-testid="header-title"], .cui5-stage-selector__stage`;

function detect(url: URL): RecordRoute | undefined {
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().split('.');
  if (host.length !== 3 || host[1] !== 'pipedrive' || host[2] !== 'com' || NON_APP_HOSTS.has(host[0] ?? '')) return undefined;
  const match = RECORD_PATH.exec(url.pathname);
  const kind = match ? KIND_BY_PATH[match[1] ?? ''] : undefined;
  return kind && match?.[2] ? { kind, id: match[2] } : undefined;
}

/** Icons, tooltips and buttons around a value (the phone button is the value, so it stays). */
function isChrome(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.getAttribute('role') === 'tooltip') return true;
  return element.tagName === 'BUTTON' && !element.matches(PHONE_BUTTON);
}

/** The view Pipedrive is showing: visible `.viewContainer`s, or the whole page when it has none. */
function visibleScopes(context: ReadContext): readonly ParentNode[] {
  const views = context.all(VIEW);
  if (!views.length) return context.roots;
  const shown = views.filter(context.isRendered);
  // A view nested in another is read through its outer view.
  return shown.filter((view) => !shown.some((other) => other !== view && other.contains(view)));
}

/** The record a link points to: `/person/88` → ['person', '88']. */
function linkTarget(link: Element): [string, string] | undefined {
  const match = /\/(deal|person|organization)\/(\d+)/.exec(link.getAttribute('href') ?? '');
  return match ? [match[1] ?? '', match[2] ?? ''] : undefined;
}

/** The link in a section's heading when the section shows another record, else undefined. */
function linkedRecordHeading(section: Element, route: RecordRoute): Element | undefined {
  const heading = section.firstElementChild;
  if (!heading || heading.querySelector(FIELD_NAME)) return undefined;
  const link = heading.matches(ENTITY_LINK) ? heading : heading.querySelector(ENTITY_LINK);
  const target = link ? linkTarget(link) : undefined;
  if (!link || !target) return undefined;
  const own = KIND_BY_PATH[target[0]] === route.kind && target[1] === route.id;
  return own ? undefined : link;
}

/** The text of a row without its label: the phone number itself, the e-mail link, or the rest of the row. */
function rowValue(row: Element, name: Element, text: (element: Element) => string): string {
  const phone = row.querySelector(PHONE_BUTTON);
  if (phone) return text(phone);
  const mail = row.querySelector('a[href^="mailto:"]');
  if (mail) return text(mail);
  return [...row.children]
    .filter((child) => child !== name && !child.contains(name))
    .map(text)
    .join('\n');
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const text = (element: Element) => context.text(element, isChrome);
  const isHidden = (element: Element) => !context.isRendered(element);
  const fields: RawField[] = [];
  const linked: RawField[] = [];

  for (const scope of visibleScopes(context)) {
    const title = scope.querySelector(HEADER_TITLE);
    if (title) fields.push({ label: 'Title', raw: text(title), field: NAME_FIELD[route.kind], source: title });

    if (route.kind === 'deal') {
      const stage = scope.querySelector(CURRENT_STAGE);
      if (stage) {
        // The button also shows the days spent in the stage: "12 days · Proposal Made".
        const raw = stage.getAttribute('aria-label') ?? context.text(stage).replace(/^\s*\d+\s*\p{L}{0,8}\.?\s*·\s*/u, '');
        fields.push({ label: 'Stage', raw, field: 'stage', source: stage });
      }
    }

    const seenSections = new Set<Element>();
    const readSection = (section: Element, heading: Element) => {
      if (seenSections.has(section)) return;
      seenSections.add(section);
      const target = linkTarget(heading);
      const kind = target ? KIND_BY_PATH[target[0]] : undefined;
      if (!target || !kind || kind === route.kind) return;
      const link = { kind, id: target[1] };
      const nameField: CanonicalField | undefined = kind === 'company' ? 'company' : kind === 'contact' ? 'fullName' : undefined;
      if (nameField) linked.push({ label: kind === 'company' ? 'Organization' : 'Person', raw: text(heading), field: nameField, source: section, linked: kind, link });
      for (const name of section.querySelectorAll(FIELD_NAME)) {
        const row = name.parentElement;
        if (!row || isHidden(row)) continue;
        const label = collapseWhitespace(text(name));
        const raw = rowValue(row, name, text);
        if (ADDRESS_LABELS.has(foldLabel(label))) linked.push({ label, raw: countryOfAddress(raw) ?? '', field: 'country', source: row, linked: kind, link });
        else linked.push({ label, raw, source: row, linked: kind, link });
      }
    };
    for (const name of scope.querySelectorAll(FIELD_NAME)) {
      const row = name.parentElement;
      if (!row || isHidden(row)) continue;
      const section = row.closest(SECTION);
      const heading = section ? linkedRecordHeading(section, route) : undefined;
      if (section && heading) {
        // Another record's fields: read as that record's.
        readSection(section, heading);
        continue;
      }
      const label = collapseWhitespace(text(name));
      const raw = rowValue(row, name, text);
      if (ADDRESS_LABELS.has(foldLabel(label))) fields.push({ label, raw: countryOfAddress(raw) ?? '', field: 'country', source: row });
      else fields.push({ label, raw, source: row });
    }

    // Linked-record sections without field rows still name the record (a deal's organization header).
    for (const section of scope.querySelectorAll(SECTION)) {
      if (seenSections.has(section) || isHidden(section)) continue;
      const heading = linkedRecordHeading(section, route);
      if (heading) readSection(section, heading);
    }
  }
  // The record's own rows win over names taken from linked sections.
  return [...fields, ...linked];
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    { url: 'https://nordwind-sales.pipedrive.com/deal/1842', kind: 'deal', id: '1842' },
    { url: 'https://nordwind-sales.pipedrive.com/person/88', kind: 'contact', id: '88' },
    { url: 'https://nordwind-sales.pipedrive.com/organization/41?tab=notes', kind: 'company', id: '41' },
    { url: 'https://app.pipedrive.com/deal/7310/', kind: 'deal', id: '7310' },
  ],
  nonRecords: [
    'https://nordwind-sales.pipedrive.com/pipeline/1/user/everyone',
    'https://nordwind-sales.pipedrive.com/deals/list',
    'https://nordwind-sales.pipedrive.com/activities/list',
    'https://nordwind-sales.pipedrive.com/leads/inbox',
    'https://nordwind-sales.pipedrive.com/leads/inbox/4b0d3a60-5e1f-11ef-8f1b-3d9a7c1e2f10',
    'https://nordwind-sales.pipedrive.com/mail/inbox',
    'https://nordwind-sales.pipedrive.com/persons/list/user/everyone',
    'https://nordwind-sales.pipedrive.com/deal/new',
    'https://www.pipedrive.com/deal/1842',
    'https://nordwind-sales.pipedrive.com.evil.example/deal/1842',
    'http://nordwind-sales.pipedrive.com/deal/1842',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const pipedriveRoute = {
  id: 'pipedrive',
  name: 'Pipedrive',
  matches: ['https://*.pipedrive.com/*'],
  detect,
} satisfies CrmRoute;

export const pipedrive: CrmAdapter = {
  ...pipedriveRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
