import { pipedrive } from '../lib/crm/pipedrive';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for pipedrive record pages: injected by the background when the loader (pipedrive.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([pipedrive]));
