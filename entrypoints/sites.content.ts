import { SELF_HOSTED_ROUTES } from '../lib/crm/self-hosted-routes';
import { CRM_SITES_KEY, detectOnGenericSite, GENERIC_CRM, storedSite } from '../lib/crm/site-route';
import { isRecordPage, loadOnRecordPage, nativeRuntime, requestApp } from '../lib/content/loader';

/**
 * Self-hosted and other CRMs: registered at run time on the origins a manager grants
 * (lib/config/site-registration.ts). A loader: the URL test for the site's CRM, then the app
 * (entrypoints/sites-app.ts) from the background, which checks the site against the trusted store.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // The sidebar CSS is inlined: nothing is web-accessible.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: async () => {
    const site = storedSite(await readLocal(CRM_SITES_KEY), location.origin);
    if (!site || !nativeRuntime()?.id) return;
    const isRecord = (href: string) =>
      site.crm === GENERIC_CRM ? detectOnGenericSite(site, new URL(href)) !== undefined : isRecordPage(href, SELF_HOSTED_ROUTES);
    loadOnRecordPage(window, isRecord, requestApp);
  },
});

/** One `storage.local` value through the native API (no polyfill in a loader). */
async function readLocal(key: string): Promise<unknown> {
  type Local = { get(key: string): Promise<Record<string, unknown>> };
  const scope = globalThis as { browser?: { storage?: { local?: Local } }; chrome?: { storage?: { local?: Local } } };
  const local = scope.browser?.storage?.local ?? scope.chrome?.storage?.local;
  return local ? (await local.get(key))[key] : undefined;
}
