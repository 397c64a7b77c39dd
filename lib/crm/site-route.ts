/**
 * A manager's CRM site as a URL test, without zod or the i18n tables: the `sites` loader runs it on
 * every page of a granted origin (lib/content/loader.ts). The background checks the same URL against
 * the trusted store's sites before it injects anything, so this copy only decides when to ask.
 */
import type { RecordKind } from '../record';
import type { RecordRoute } from './types';

export const GENERIC_CRM = 'generic';

/** `storage.local` key of the content scripts' copy of the sites (lib/crm/sites.ts has its schema). */
export const CRM_SITES_KEY = 'crmSites';

/** The part of a stored site a URL test needs. */
export interface SiteRoute {
  origin: string;
  crm: string;
  kind?: RecordKind;
  pathContains?: string;
}

/** A generic site's record pages: URLs of its origin containing the manager's text. */
export function detectOnGenericSite(site: SiteRoute, url: URL): RecordRoute | undefined {
  if (url.origin !== site.origin) return undefined;
  const path = url.pathname + url.search + url.hash;
  if (site.pathContains && !path.includes(site.pathContains)) return undefined;
  return { kind: site.kind ?? 'company', id: path };
}

/**
 * The site stored for `origin` in the content scripts' copy of `crmSites`, checked only for the shape
 * the URL test reads (a loose copy: what it says never reaches the background).
 */
export function storedSite(value: unknown, origin: string): SiteRoute | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const entry of value as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const site = entry as Record<string, unknown>;
    if (site.origin !== origin || typeof site.crm !== 'string') continue;
    return {
      origin,
      crm: site.crm,
      kind: typeof site.kind === 'string' ? (site.kind as RecordKind) : undefined,
      pathContains: typeof site.pathContains === 'string' ? site.pathContains : undefined,
    };
  }
  return undefined;
}
