/** The self-hosted CRMs' routes (lib/crm/self-hosted.ts's adapters, same order) without their readers: the sites loader's URL test. */
import { espocrmRoute } from './espocrm';
import { odooRoute } from './odoo';
import { suitecrmRoute } from './suitecrm';
import type { CrmRoute } from './types';

export const SELF_HOSTED_ROUTES: readonly CrmRoute[] = [odooRoute, suitecrmRoute, espocrmRoute];
