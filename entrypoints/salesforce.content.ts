import { salesforce } from '../lib/crm/salesforce';
import { runPlaycard } from '../lib/content/run-playcard';

export default defineContentScript({
  matches: salesforce.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runPlaycard(ctx, [salesforce]),
});
