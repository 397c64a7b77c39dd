/**
 * The explicit list of CRM adapters (a test fails for an adapter file not listed here). Adding a CRM:
 * docs/ARCHITECTURE.md, "Adding a CRM".
 */
import { dynamics } from './dynamics';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { salesforceClassic } from './salesforce-classic';
import { zoho } from './zoho';
import { SELF_HOSTED_ADAPTERS } from './self-hosted';
import type { CrmAdapter } from './types';

/** SaaS CRMs first; self-hosted ones detect by URL path on any host, so they come last. */
export const CRM_ADAPTERS: readonly CrmAdapter[] = [
  salesforce,
  salesforceClassic,
  hubspot,
  pipedrive,
  dynamics,
  zoho,
  ...SELF_HOSTED_ADAPTERS,
];

/** Every adapter's match patterns, deduplicated: the manifest's content-script matches and host permissions. */
export function contentScriptMatches(adapters: readonly CrmAdapter[] = CRM_ADAPTERS): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
