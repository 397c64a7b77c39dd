import { SELF_HOSTED_ADAPTERS } from '../lib/crm/self-hosted';
import { startAppOnSite } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for the CRM sites a manager added: injected by the background when the loader (sites.content.ts) sees a record page. */
export default defineUnlistedScript(() => startAppOnSite(SELF_HOSTED_ADAPTERS));
