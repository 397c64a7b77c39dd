import { salesforce } from '../lib/crm/salesforce';
import { runPlaycard } from '../lib/content/run-playcard';

export default defineContentScript({
  matches: salesforce.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // ctx is lib/content/extension-context.ts's, not WXT's (the alias in wxt.config.ts).
  main: (ctx) => runPlaycard(ctx, [salesforce]),
});
