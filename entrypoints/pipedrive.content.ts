import { pipedriveRoute } from '../lib/crm/pipedrive';
import { isRecordPage, loadOnRecordPage, requestApp } from '../lib/content/loader';

/**
 * Every page of this CRM gets this loader (URL test and URL watch only); a record page asks the
 * background for the app (entrypoints/pipedrive-app.ts: reader, scoring, sidebar).
 */
export default defineContentScript({
  matches: pipedriveRoute.matches,
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: () => loadOnRecordPage(window, (href) => isRecordPage(href, [pipedriveRoute]), requestApp),
});
