import { odoo } from '../lib/crm/odoo';
import { runPlaycard } from '../lib/content/run-playcard';

export default defineContentScript({
  matches: odoo.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runPlaycard(ctx, [odoo]),
});
