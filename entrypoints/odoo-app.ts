import { odoo } from '../lib/crm/odoo';
import { startApp } from '../lib/content/run-playcard';

/** Reader, scoring and sidebar for odoo record pages: injected by the background when the loader (odoo.content.ts) sees one. */
export default defineUnlistedScript(() => startApp([odoo]));
