import { dynamics } from '../lib/crm/dynamics';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for dynamics record pages: injected by the background when the loader (dynamics.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([dynamics]));
