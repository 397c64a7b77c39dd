import { salesforceClassic } from '../lib/crm/salesforce-classic';
import { runPlaycard } from '../lib/content/run-playcard';

export default defineContentScript({
  matches: salesforceClassic.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runPlaycard(ctx, [salesforceClassic]),
});
