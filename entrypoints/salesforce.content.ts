import { salesforceRoute } from '../lib/crm/salesforce';
import { isRecordPage, loadOnRecordPage, requestApp } from '../lib/content/loader';

/**
 * Every page of this CRM gets this loader (URL test and URL watch only); a record page asks the
 * background for the app (entrypoints/salesforce-app.ts: reader, scoring, sidebar).
 */
export default defineContentScript({
  matches: salesforceRoute.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: () => loadOnRecordPage(window, (href) => isRecordPage(href, [salesforceRoute]), requestApp),
});
