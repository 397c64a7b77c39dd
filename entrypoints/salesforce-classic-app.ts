import { salesforceClassic } from '../lib/crm/salesforce-classic';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for salesforce-classic record pages: injected by the background when the loader (salesforce-classic.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([salesforceClassic]));
