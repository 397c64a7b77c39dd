import { salesforceClassicRoute } from '../lib/crm/salesforce-classic';
import { isRecordPage, loadOnRecordPage, requestApp } from '../lib/content/loader';

/**
 * Every page of this CRM gets this loader (URL test and URL watch only); a record page asks the
 * background for the app (entrypoints/salesforce-classic-app.ts: reader, scoring, sidebar).
 */
export default defineContentScript({
  matches: salesforceClassicRoute.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: () => loadOnRecordPage(window, (href) => isRecordPage(href, [salesforceClassicRoute]), requestApp),
});
