/** The explicit list of CRM adapters. Adding a CRM means adding one file and one line here. */
import { dynamics } from './dynamics';
import { espocrm } from './espocrm';
import { hubspot } from './hubspot';
import { odoo } from './odoo';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { salesforceClassic } from './salesforce-classic';
import { suitecrm } from './suitecrm';
import { zoho } from './zoho';
import type { CrmAdapter } from './types';

/** SaaS CRMs first; self-hosted ones detect by URL path on any host, so they come last. */
export const CRM_ADAPTERS: readonly CrmAdapter[] = [
  salesforce,
  salesforceClassic,
  hubspot,
  pipedrive,
  dynamics,
  zoho,
  odoo,
  suitecrm,
  espocrm,
];

/** Every adapter's match patterns, deduplicated: the manifest's content-script matches and host permissions. */
export function contentScriptMatches(adapters: readonly CrmAdapter[] = CRM_ADAPTERS): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
