import { zoho } from '../lib/crm/zoho';
import { runPlaycard } from '../lib/content/run-playcard';

export default defineContentScript({
  matches: zoho.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => runPlaycard(ctx, [zoho]),
});
