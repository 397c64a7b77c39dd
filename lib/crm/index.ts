/** The explicit list of CRM adapters. Adding a CRM means adding one file and one line here. */
import { dynamics } from './dynamics';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { zoho } from './zoho';
import type { CrmAdapter } from './types';

export const CRM_ADAPTERS: readonly CrmAdapter[] = [salesforce, hubspot, pipedrive, dynamics, zoho];

/** Every adapter's match patterns, deduplicated: the manifest's content-script matches and host permissions. */
export function contentScriptMatches(adapters: readonly CrmAdapter[] = CRM_ADAPTERS): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
