/**
 * Background side of the loaders (lib/content/loader.ts): which app bundle a frame that asked for one
 * gets, decided from the frame's own URL as the browser reports it, never from the message.
 */
import { matchesAny } from './match-pattern';
import { detectOnGenericSite, GENERIC_CRM, type SiteRoute } from './site-route';
import type { CrmRoute } from './types';

/** The injected bundle for the CRM sites a manager added (entrypoints/sites-app.ts). */
export const SITES_APP = 'sites-app.js';

/** A SaaS CRM's bundle (entrypoints/<id>-app.ts). */
export function appScriptOf(route: Pick<CrmRoute, 'id'>): string {
  return `${route.id}-app.js`;
}

function parse(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** A record page of a SaaS CRM: the URL is under the CRM's content-script matches and its route knows it. */
export function saasAppScript(href: string, routes: readonly CrmRoute[]): string | undefined {
  const url = parse(href);
  if (!url) return undefined;
  const route = routes.find((candidate) => candidate.matches.length > 0 && matchesAny(href, candidate.matches) && candidate.detect(url));
  return route ? appScriptOf(route) : undefined;
}

/**
 * A record page of a CRM site the manager added (the trusted store's list): a generic site's record
 * URLs, or any self-hosted CRM's, as the sites app reads them (lib/content/run-playcard.tsx).
 */
export function siteAppScript(href: string, sites: readonly SiteRoute[], selfHosted: readonly CrmRoute[]): string | undefined {
  const url = parse(href);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const site = sites.find((candidate) => candidate.origin === url.origin);
  if (!site) return undefined;
  const record = site.crm === GENERIC_CRM ? detectOnGenericSite(site, url) : selfHosted.find((route) => route.detect(url));
  return record ? SITES_APP : undefined;
}
