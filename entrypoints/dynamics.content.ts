import { dynamicsRoute } from '../lib/crm/dynamics';
import { isRecordPage, loadOnRecordPage, requestApp } from '../lib/content/loader';

/**
 * Every page of this CRM gets this loader (URL test and URL watch only); a record page asks the
 * background for the app (entrypoints/dynamics-app.ts: reader, scoring, sidebar).
 */
export default defineContentScript({
  matches: dynamicsRoute.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: () => loadOnRecordPage(window, (href) => isRecordPage(href, [dynamicsRoute]), requestApp),
});
