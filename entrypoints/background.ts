import { refreshActivePlaybook } from '../lib/active-playbook';
import { syncSiteRegistrations } from '../lib/site-registration';
import { crmSitesItem, localPlaybookItem } from '../lib/storage';

export default defineBackground(() => {
  const syncSites = () => void crmSitesItem.getValue().then(syncSiteRegistrations).catch((error) => console.warn('[Playcard] site registration', error));
  const start = () => {
    void refreshActivePlaybook();
    syncSites();
  };
  // Content scripts read only the resolved playbook; keep it current on install, start and every edit.
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  localPlaybookItem.watch(() => void refreshActivePlaybook());
  // Sites the manager adds or removes, and permissions granted or revoked in the browser's own UI.
  crmSitesItem.watch(syncSites);
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  // Firefox's MV2 registrations live only as long as the background page: renew them whenever it starts.
  if (!('scripting' in browser)) syncSites();
});
