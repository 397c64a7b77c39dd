import { zoho } from '../lib/crm/zoho';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for zoho record pages: injected by the background when the loader (zoho.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([zoho]));
