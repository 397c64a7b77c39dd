import { SELF_HOSTED_ADAPTERS } from '../lib/crm/self-hosted';
import { runPlaycardOnSite } from '../lib/content/run-playcard';

/** Self-hosted and other CRMs: registered at run time on the origins a manager grants (lib/config/site-registration.ts). */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // ctx is lib/content/extension-context.ts's, not WXT's (the alias in wxt.config.ts).
  main: (ctx) => runPlaycardOnSite(ctx, SELF_HOSTED_ADAPTERS),
});
