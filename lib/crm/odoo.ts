/**
 * Odoo CRM form views: `crm.lead` (opportunities and leads) and `res.partner` (contacts), on Odoo Online
 * (`<db>.odoo.com`) and on self-hosted servers (any host, detected by path).
 *
 * URLs (addons/web/static/src/core/browser/router.js), seen 2026-11:
 * - Odoo 17.2+ / 18 / 19: `/odoo/<action>/<id>`, where `<action>` is an action path (`crm` = "My Pipeline",
 *   `contacts`), `action-<xml id>` or `action-<number>`, or a model (`crm.lead`, `res.partner`). Only actions whose
 *   model is known from the URL are detected; numeric actions (`/odoo/action-521/42`, the Leads menu on many
 *   databases) name no model and are not.
 * - Odoo ≤ 17.0: `/web#id=<id>&model=<model>&view_type=form…` (the router still redirects these).
 * A `crm.lead` is a deal (the pipeline's opportunities) unless the URL names the Leads action.
 *
 * Markup (test/crm/fixtures/odoo/README.md has the sources), seen 2026-11 in Odoo 17.x/18:
 * - The form controller `div.o_form_view` (inside `div.o_action_manager`; dialogs are `div.modal` / `.o_dialog`)
 *   holds `div.o_form_renderer` > `div.o_form_sheet_bg` > `div.o_form_statusbar` and `div.o_form_sheet`.
 * - Every field is `div.o_field_widget[name="<field name>"]` with `o_field_<widget>` classes (web.Field); groups are
 *   `div.o_inner_group.grid` > `div.o_wrap_field` > `div.o_cell.o_wrap_label > label.o_form_label[for="<name>_<n>"]`
 *   + `div.o_cell.o_wrap_input`; labels may end in a tooltip `<sup>?</sup>`. Editable fields are inputs
 *   (`input.o_input`, many2one `input.o-autocomplete--input`); the monetary widget overlays a ghost copy of the value.
 * - The stage is `div.o_field_widget[name="stage_id"] > div.o_statusbar_status` whose current step is
 *   `button.o_arrow_button_current[aria-checked="true"]` (with `statusbar_duration`, a second span holds "3d").
 * - Notebook pages (`div.o_notebook`) render only the active page. Custom properties are
 *   `div.o_field_properties … div.o_property_field` with `label.o_field_property_label > b`.
 * - Not the record's own fields: the chatter (`div.o-mail-Chatter`, tracking values "40,000.00 → 48,500.00"),
 *   x2many lists and kanbans (their records' field widgets nest inside the x2many widget), dialogs.
 */
import { collapseWhitespace } from '../extract/normalise/text';
import { visibleText } from '../extract/read';
import type { ReadContext } from '../extract/read-context';
import type { CanonicalField, RecordKind } from '../record';
import type { CrmAdapter, CrmRoute, RawField, RecordRoute, UrlExamples } from './types';

type OdooModel = 'crm.lead' | 'res.partner';

/** `/odoo/<segment>/<id>` segments whose model is known. */
const ROUTE_BY_SEGMENT: Record<string, { model: OdooModel; kind: RecordKind }> = {
  crm: { model: 'crm.lead', kind: 'deal' },
  'crm.lead': { model: 'crm.lead', kind: 'deal' },
  'action-crm.action_your_pipeline': { model: 'crm.lead', kind: 'deal' },
  'action-crm.crm_lead_action_pipeline': { model: 'crm.lead', kind: 'deal' },
  'action-crm.crm_lead_opportunities': { model: 'crm.lead', kind: 'deal' },
  'action-crm.crm_lead_action_forecast': { model: 'crm.lead', kind: 'deal' },
  'action-crm.crm_lead_action_my_activities': { model: 'crm.lead', kind: 'deal' },
  'action-crm.crm_lead_all_leads': { model: 'crm.lead', kind: 'lead' },
  contacts: { model: 'res.partner', kind: 'contact' },
  'res.partner': { model: 'res.partner', kind: 'contact' },
  'action-contacts.action_contacts': { model: 'res.partner', kind: 'contact' },
  'action-base.action_partner_form': { model: 'res.partner', kind: 'contact' },
};
const NUMERIC_ID = /^\d{1,12}$/;

/** `crm.lead` field names (addons/crm/views/crm_lead_views.xml). */
const LEAD_FIELDS: Record<string, CanonicalField> = {
  name: 'dealName',
  partner_name: 'company',
  contact_name: 'fullName',
  email_from: 'email',
  phone: 'phone',
  function: 'title',
  website: 'website',
  country_id: 'country',
  expected_revenue: 'amount',
  planned_revenue: 'amount', // Odoo ≤ 13
  date_deadline: 'closeDate',
  stage_id: 'stage',
  source_id: 'leadSource',
};
/** `res.partner` field names (odoo/addons/base/views/res_partner_views.xml); `name` depends on the company type. */
const PARTNER_FIELDS: Record<string, CanonicalField> = {
  function: 'title',
  email: 'email',
  phone: 'phone',
  mobile: 'phone',
  website: 'website',
  country_id: 'country',
  industry_id: 'industry',
  parent_id: 'company',
  company_name: 'company',
};
/** Fields the form shows without a label (the title, the status bar, address parts). */
const DEFAULT_LABELS: Record<string, string> = {
  name: 'Name',
  stage_id: 'Stage',
  country_id: 'Country',
  partner_id: 'Customer',
  contact_name: 'Contact Name',
};
/** Read after the others: a fallback for a field shown elsewhere on the form. */
const FALLBACK_FIELDS = new Set(['partner_id', 'mobile', 'company_name']);

// seen 2026-11 (Odoo 16–18 OWL views; Odoo ≤ 15 legacy widgets used the same o_field_widget[name]).
const FORM_VIEW = '.o_form_view';
const FIELD_WIDGET = '.o_field_widget[name]';
const DIALOGS = '.modal, .o_dialog';
/**
 * Chatter, dialogs and x2many widgets hold other records. The many2one/user fields listed are not canonical but
 * carry labels the label table knows ("Company" = the user's own company, "Title" = Mr./Ms., "Contact" = the
 * partner, read by this adapter): the generic reader must not take them.
 */
const IGNORED_REGIONS = [
  '.o-mail-Chatter',
  '.o-mail-ChatterContainer',
  '.o_Chatter',
  '.oe_chatter',
  '.modal',
  '.o_dialog',
  '.o_field_x2many',
  '.o_field_one2many',
  '.o_field_many2many',
  '.o_field_widget[name="company_id"]',
  '.o_field_widget[name="user_id"]',
  '.o_field_widget[name="team_id"]',
  '.o_field_widget[name="title"]',
  '.o_field_widget[name="partner_id"]',
].join(', ');
const FIELD_CONTAINERS = `${FORM_VIEW}, .o_form_renderer, .o_form_sheet, .o_notebook, .tab-pane, .o_inner_group, ${FIELD_WIDGET}, .o_statusbar_status`;

function routeFromPath(url: URL): RecordRoute | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] !== 'odoo' || segments.length < 3) return undefined;
  const id = segments.at(-1) ?? '';
  const route = ROUTE_BY_SEGMENT[segments.at(-2) ?? ''];
  return route && NUMERIC_ID.test(id) ? { kind: route.kind, id } : undefined;
}

/** Odoo ≤ 17.0: `/web#id=42&model=crm.lead&view_type=form`. */
function routeFromHash(url: URL): RecordRoute | undefined {
  if (!/(?:^|\/)web$/.test(url.pathname)) return undefined;
  const params = new URLSearchParams(url.hash.slice(1));
  const id = params.get('id') ?? '';
  const viewType = params.get('view_type');
  if (!NUMERIC_ID.test(id) || (viewType !== null && viewType !== 'form')) return undefined;
  const model = params.get('model');
  if (model === 'res.partner') return { kind: 'contact', id };
  if (model !== 'crm.lead') return undefined;
  return { kind: params.get('action') === 'crm.crm_lead_all_leads' ? 'lead' : 'deal', id };
}

function detect(url: URL): RecordRoute | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return routeFromPath(url) ?? routeFromHash(url);
}


function isChrome(element: Element): boolean {
  return (
    element.tagName === 'BUTTON' ||
    element.tagName === 'SUP' ||
    element.classList.contains('o_field_many2one_extra') ||
    element.classList.contains('o_dropdown_button') ||
    element.classList.contains('opacity-0') ||
    element.classList.contains('o_monetary_ghost_value') ||
    element.classList.contains('o_field_property_open_popover')
  );
}

const TEXT_OPTIONS = { skip: isChrome };

function text(element: Element): string {
  return visibleText(element, TEXT_OPTIONS);
}

function escapeId(id: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}

/**
 * The record's form: the first one on screen outside dialogs. Apps that open records one after another in one tab
 * can keep the earlier forms in the DOM, hidden by a stylesheet; those are other records.
 */
function mainForm(context: ReadContext): Element | null | undefined {
  let first: Element | undefined;
  for (const form of context.all(FORM_VIEW)) {
    if (context.isInside(form, DIALOGS)) continue;
    if (context.isRendered(form)) return form;
    first ??= form;
  }
  // A browser knows none is on screen yet (the next record still rendering): null, nothing is read. A saved page
  // read without layout keeps its first form.
  return first && context.visibility === 'layout' ? null : first;
}

function labelFor(widget: Element, form: ParentNode): string {
  const ids = [widget.id, ...[...widget.querySelectorAll('input[id], textarea[id], select[id]')].map((control) => control.id)].filter(Boolean);
  for (const id of ids) {
    const label = form.querySelector(`label[for="${escapeId(id)}"]`);
    if (label) return collapseWhitespace(text(label));
  }
  // Labels without `for` (Odoo 16 readonly fields): the label cell of the same group row.
  const row = widget.closest('.o_wrap_field, tr');
  const label = row?.querySelector('.o_wrap_label .o_form_label, td.o_td_label .o_form_label');
  return label ? collapseWhitespace(text(label)) : '';
}

/** The value shown by a field widget: the control a user types in, else the widget's text. */
function widgetValue(widget: Element): string {
  if (widget.querySelector('.o_statusbar_status') || widget.classList.contains('o_statusbar_status')) {
    const current = widget.querySelector('.o_arrow_button_current, [aria-checked="true"]');
    if (!current) return '';
    // statusbar_duration: <span>Proposition</span><span title="3 days" class="… text-muted small">3d</span>
    const name = [...current.children].find((child) => child.tagName === 'SPAN' && !child.hasAttribute('title'));
    // The current step is itself a button (Odoo ≤ 16 puts the name straight in it): read it without the button filter.
    return visibleText(name ?? current, { skip: (element) => element !== current && element.hasAttribute('title') });
  }
  const tags = widget.querySelectorAll('.o_tag');
  if (tags.length) return [...tags].map((tag) => collapseWhitespace(text(tag))).filter(Boolean).join(', ');
  const radios = [...widget.querySelectorAll('input[type="radio"]')];
  if (radios.length) {
    const checked = radios.find((radio) => (radio as HTMLInputElement).checked || radio.hasAttribute('checked'));
    const label = checked?.id ? widget.querySelector(`label[for="${escapeId(checked.id)}"]`) : null;
    return label ? text(label) : '';
  }
  const control = widget.querySelector('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="file"]), textarea, select');
  if (control) return visibleText(control);
  return text(widget);
}

/** The company type radio of a partner form: company, person, or unknown. */
function partnerIsCompany(form: ParentNode): boolean | undefined {
  const companyType = form.querySelector('.o_field_widget[name="company_type"]');
  if (companyType) {
    const checked = [...companyType.querySelectorAll('input[type="radio"]')].find(
      (radio) => (radio as HTMLInputElement).checked || radio.hasAttribute('checked'),
    );
    const value = checked?.getAttribute('data-value') ?? checked?.id.split('_').at(-1);
    if (value === 'company') return true;
    if (value === 'person') return false;
  }
  // A job position is only shown for individuals.
  return form.querySelector('.o_field_widget[name="function"]') ? false : undefined;
}

/** Legal forms that follow a comma in a company's own name ("Acme, Inc.") rather than a contact's name. */
const LEGAL_SUFFIX = /^(?:inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|plc|co|corp|kg|oy|ab|as|pty ltd|s\.?l)\.?$/i;

/** res.partner display names join a contact to its company: "Brightline Robotics, Jane Doe". */
function splitPartnerName(raw: string): { customer: string; person?: string } {
  const value = collapseWhitespace(raw);
  const comma = value.lastIndexOf(', ');
  if (comma <= 0) return { customer: value };
  const person = value.slice(comma + 2);
  return LEGAL_SUFFIX.test(person) ? { customer: value } : { customer: value.slice(0, comma), person };
}

function readProperties(widget: Element, fields: RawField[]): void {
  for (const property of widget.querySelectorAll('.o_property_field')) {
    const labelElement = property.querySelector('.o_field_property_label b, .o_field_property_label');
    const valueElement = property.querySelector('.o_property_field_value');
    if (!labelElement || !valueElement) continue;
    const label = collapseWhitespace(text(labelElement));
    if (label) fields.push({ label, raw: widgetValue(valueElement), source: property });
  }
}

function readFields(context: ReadContext, route: RecordRoute): RawField[] {
  const found = mainForm(context);
  if (found === null) return [];
  const form = found ?? context.root;
  const isPartner = route.kind === 'contact';
  const names = isPartner ? PARTNER_FIELDS : LEAD_FIELDS;
  const company = isPartner ? partnerIsCompany(form) : undefined;
  const fields: RawField[] = [];
  const fallbacks: RawField[] = [];

  for (const widget of form.querySelectorAll(FIELD_WIDGET)) {
    // Widgets inside another widget belong to x2many records; the chatter and dialogs are other records.
    if (widget.parentElement?.closest('.o_field_widget') || context.isInside(widget, '.o-mail-Chatter, .o_Chatter, .oe_chatter, .o_invisible_modifier')) continue;
    const name = widget.getAttribute('name') ?? '';
    if (widget.classList.contains('o_field_properties')) {
      readProperties(widget, fields);
      continue;
    }
    const label = labelFor(widget, form) || DEFAULT_LABELS[name] || name;
    const raw = widgetValue(widget);

    if (!isPartner && name === 'partner_id') {
      // The customer's display name: "Brightline Robotics" or, for a contact of a company, "Brightline Robotics, Jane Doe".
      const { customer, person } = splitPartnerName(raw);
      fallbacks.push({ label, raw: customer, field: 'company', source: widget });
      if (person) fallbacks.push({ label, raw: person, field: 'fullName', source: widget });
      continue;
    }
    if (isPartner && name === 'name') {
      if (company !== undefined) fields.push({ label, raw, field: company ? 'company' : 'fullName', source: widget });
      continue;
    }
    const field = names[name];
    const pair: RawField = field ? { label, raw, field, source: widget } : { label, raw, source: widget };
    if (field) (FALLBACK_FIELDS.has(name) ? fallbacks : fields).push(pair);
    // Studio fields (`x_studio_…`, `x_…`) are matched by label; other standard fields are not canonical.
    else if (name.startsWith('x_') && label !== name) fields.push(pair);
  }
  return [...fields, ...fallbacks];
}


/**
 * Addresses detection is checked against, both ways (test/crm/adapter-harness.ts): records with the kind and id
 * they must give, and this CRM's own pages that are not records. No bundle imports them, so the build drops them.
 */
export const urlExamples: UrlExamples = {
  records: [
    { url: 'https://brightline.odoo.com/odoo/crm/42', kind: 'deal', id: '42' },
    { url: 'https://brightline.odoo.com/odoo/action-crm.crm_lead_all_leads/57', kind: 'lead', id: '57' },
    { url: 'https://brightline.odoo.com/odoo/contacts/7', kind: 'contact', id: '7' },
    { url: 'https://erp.example.org/odoo/contacts/7/crm/42?debug=1', kind: 'deal', id: '42' },
    { url: 'https://intranet.acme.local/odoo/crm.lead/42', kind: 'deal', id: '42' },
    { url: 'https://erp.example.org/web#id=42&cids=1&menu_id=131&action=200&model=crm.lead&view_type=form', kind: 'deal', id: '42' },
    { url: 'http://odoo.acme.local:8069/web#id=7&model=res.partner&view_type=form', kind: 'contact', id: '7' },
  ],
  nonRecords: [
    'https://brightline.odoo.com/odoo/crm',
    'https://brightline.odoo.com/odoo/crm/new',
    'https://brightline.odoo.com/odoo/action-521/42',
    'https://brightline.odoo.com/odoo/action-sale.action_quotations_with_onboarding/18',
    'https://brightline.odoo.com/odoo/crm/42/action-crm.crm_lead_lost_action',
    'https://brightline.odoo.com/odoo',
    'https://www.odoo.com/documentation/18.0/applications/sales/crm.html',
    'https://erp.example.org/web#action=200&model=crm.lead&view_type=kanban',
    'https://erp.example.org/web#id=42&model=sale.order&view_type=form',
    'https://erp.example.org/web#id=42&model=crm.lead&view_type=list',
  ],
};

/** Which pages are this CRM's records, from the URL alone: all a CRM page's loader needs (lib/content/loader.ts). */
export const odooRoute = {
  id: 'odoo',
  name: 'Odoo',
  // The web client's paths only (`/odoo…` since 17.2, `/web…` before): `www.odoo.com` is Odoo's own site.
  matches: ['https://*.odoo.com/odoo*', 'https://*.odoo.com/web*'],
  selfHosted: true,
  detect,
} satisfies CrmRoute;

export const odoo: CrmAdapter = {
  ...odooRoute,
  fieldContainers: FIELD_CONTAINERS,
  ignoredRegions: IGNORED_REGIONS,
  readFields,
};
