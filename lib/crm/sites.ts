/**
 * CRM sites a manager adds: self-hosted CRMs (SuiteCRM, EspoCRM, Odoo) and CRMs Playcard has no
 * adapter for, read with the generic label reader. Each is an origin the manager grants as an
 * optional host permission; the background registers the content script there at run time.
 */
import type { CrmAdapter } from './types';
import { t } from '../i18n';
import { RECORD_KINDS, type RecordKind } from '../record';
import { isObjectWith, isOneOf, isText, optional } from '../checks';
import { CRM_SITES_KEY, detectOnGenericSite, GENERIC_CRM } from './site-route';

export { CRM_SITES_KEY, GENERIC_CRM };

export interface CrmSite {
  origin: string;
  /** A self-hosted adapter's id, or `generic`. */
  crm: string;
  /** Generic sites only: which kind of record their pages show, and text their record URLs contain. */
  kind?: RecordKind;
  pathContains?: string;
}

const MAX_SITES = 100;

function toCrmSite(value: unknown): CrmSite | undefined {
  if (!isObjectWith(value) || !isText(value.origin, 200) || !isText(value.crm, 40)) return undefined;
  if (!optional(value.kind, (kind) => isOneOf(kind, RECORD_KINDS)) || !optional(value.pathContains, (text) => isText(text, 200))) return undefined;
  const site: CrmSite = { origin: value.origin, crm: value.crm };
  if (value.kind !== undefined) site.kind = value.kind as RecordKind;
  if (value.pathContains !== undefined) site.pathContains = value.pathContains as string;
  return site;
}

/**
 * The CRM sites as stored (the trusted store, and the content scripts' copy, which a CRM tab could
 * write): up to 100, each with only the keys Playcard knows; anything malformed reads as no sites.
 * A hand check, not zod: the sites app reads it on every record page of an added site.
 */
export function parseCrmSites(value: unknown): CrmSite[] {
  if (!Array.isArray(value) || value.length > MAX_SITES) return [];
  const sites = value.map(toCrmSite);
  return sites.every((site) => site !== undefined) ? (sites as CrmSite[]) : [];
}

/** CRMs a manager can pick for a site: the self-hosted adapters, plus the generic reader. */
export function siteCrmChoices(adapters: readonly CrmAdapter[]): { id: string; name: string }[] {
  return [
    ...adapters.filter((adapter) => adapter.selfHosted).map(({ id, name }) => ({ id, name })),
    { id: GENERIC_CRM, name: t('options_sites_genericCrm') },
  ];
}

/**
 * The origin of what a manager typed ("crm.acme.internal", "https://crm.acme.internal/index.php"),
 * or an error to show. HTTPS only, except plain-HTTP hosts on a local network name or loopback.
 */
export function normaliseSiteOrigin(input: string): { origin: string } | { error: string } {
  const trimmed = input.trim();
  if (!trimmed) return { error: t('options_sites_enterAddress') };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { error: t('options_sites_notAnAddress', trimmed) };
  }
  const local = url.hostname === 'localhost' || url.hostname.endsWith('.local') || /^127\./.test(url.hostname) || !url.hostname.includes('.');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { error: t('options_sites_httpsOnly') };
  }
  return { origin: url.origin };
}

/** The match pattern that grants and registers an origin (ports are not part of match patterns). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** An adapter for a generic site: its record pages are the URLs containing the manager's text. */
export function genericSiteAdapter(site: CrmSite): CrmAdapter {
  return {
    id: GENERIC_CRM,
    name: new URL(site.origin).hostname,
    matches: [],
    selfHosted: true,
    fieldContainers: 'form, dl, table, [class*="field" i], [class*="detail" i]',
    detect: (url) => detectOnGenericSite(site, url),
    // readRecord's generic pass reads these pages; the adapter itself adds nothing.
    readFields: () => [],
  };
}

/** The adapters in force on a granted site: the chosen self-hosted adapter, or a generic one. */
export function adaptersForSite(site: CrmSite | undefined, adapters: readonly CrmAdapter[]): CrmAdapter[] {
  if (!site) return [];
  if (site.crm === GENERIC_CRM) return [genericSiteAdapter(site)];
  const adapter = adapters.find((candidate) => candidate.id === site.crm);
  return adapter ? [adapter] : [];
}
