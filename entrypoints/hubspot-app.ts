import { hubspot } from '../lib/crm/hubspot';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for hubspot record pages: injected by the background when the loader (hubspot.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([hubspot]));
