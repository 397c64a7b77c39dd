/**
 * Every adapter's route (URL test) without its reader: what the background checks a loader's frame
 * against before it injects an app. Same order as lib/crm/index.ts.
 */
import { dynamicsRoute } from './dynamics';
import { hubspotRoute } from './hubspot';
import { pipedriveRoute } from './pipedrive';
import { salesforceRoute } from './salesforce';
import { salesforceClassicRoute } from './salesforce-classic';
import { SELF_HOSTED_ROUTES } from './self-hosted-routes';
import type { CrmRoute } from './types';
import { zohoRoute } from './zoho';

/** Every CRM with manifest content scripts (its matches non-empty), SaaS first as in CRM_ADAPTERS. */
export const CONTENT_SCRIPT_ROUTES: readonly CrmRoute[] = [
  salesforceRoute,
  salesforceClassicRoute,
  hubspotRoute,
  pipedriveRoute,
  dynamicsRoute,
  zohoRoute,
  ...SELF_HOSTED_ROUTES,
].filter((route) => route.matches.length > 0);
