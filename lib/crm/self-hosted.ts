/** The CRMs companies run on their own servers: detected by URL path on the origins a manager grants. */
import { espocrm } from './espocrm';
import { odoo } from './odoo';
import { suitecrm } from './suitecrm';
import type { CrmAdapter } from './types';

export const SELF_HOSTED_ADAPTERS: readonly CrmAdapter[] = [odoo, suitecrm, espocrm];
