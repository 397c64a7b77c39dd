import { refreshActivePlaybook } from '../lib/active-playbook';
import { isFromExtensionPage, optionsToBackgroundSchema, type BackgroundToOptions } from '../lib/messages';
import { effectiveConfigUrl, readManagedPolicy } from '../lib/policy';
import { syncSiteRegistrations } from '../lib/site-registration';
import { configSyncItem, configUrlItem, crmSitesItem, localPlaybookItem } from '../lib/storage';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES, syncConfigUrl } from '../lib/sync';

export default defineBackground(() => {
  const syncSites = () => void crmSitesItem.getValue().then(syncSiteRegistrations).catch((error) => console.warn('[Playcard] site registration', error));

  // One config-URL sync at a time; a request during a sync runs once more after it.
  let running: Promise<void> | undefined;
  let again = false;
  const syncConfig = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await syncConfigUrl({
          fetch: (input, init) => fetch(input, init),
          now: () => new Date(),
          configUrl: async () => effectiveConfigUrl(await readManagedPolicy(), await configUrlItem.getValue())?.url ?? null,
          getState: () => configSyncItem.getValue(),
          setState: (state) => (state ? configSyncItem.setValue(state) : configSyncItem.removeValue()),
        });
        await refreshActivePlaybook();
      } while (again);
    })()
      .catch((error) => console.warn('[Playcard] config sync', error))
      .finally(() => (running = undefined));
    return running;
  };

  const start = () => {
    void refreshActivePlaybook();
    syncSites();
    void browser.alarms.create(SYNC_ALARM, { delayInMinutes: SYNC_PERIOD_MINUTES, periodInMinutes: SYNC_PERIOD_MINUTES });
    void syncConfig();
  };
  // Content scripts read only the resolved playbook; keep it current on install, start and every edit.
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  localPlaybookItem.watch(() => void refreshActivePlaybook());
  // The config URL: fetched when set, on the alarm, when policy changes, and on request from the options page.
  configUrlItem.watch(() => void syncConfig());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncConfig();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncConfig();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    if (!optionsToBackgroundSchema.safeParse(message).success) return undefined;
    return syncConfig().then(
      (): BackgroundToOptions => ({ ok: true }),
      (error): BackgroundToOptions => ({ ok: false, error: String(error) }),
    );
  });
  // Sites the manager adds or removes, and permissions granted or revoked in the browser's own UI.
  crmSitesItem.watch(syncSites);
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  // Firefox's MV2 registrations live only as long as the background page: renew them whenever it starts.
  if (!('scripting' in browser)) syncSites();
});
