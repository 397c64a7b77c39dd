import { salesforce } from '../lib/crm/salesforce';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for salesforce record pages: injected by the background when the loader (salesforce.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([salesforce]));
