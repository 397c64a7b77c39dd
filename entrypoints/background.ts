import { refreshActivePlaybook } from '../lib/config/active-playbook';
import { LIFETIME_PORT } from '../lib/content/extension-context';
import { t } from '../lib/i18n';
import { firstReviewToday, parseActivity, recordActivity, REVIEWED_TODAY_KEY, type ActivityEvent } from '../lib/rep/activity';
import { badgeFor } from '../lib/scoring/tier';
import {
  contentToBackgroundSchema,
  isFromExtensionPage,
  optionsToBackgroundSchema,
  TOGGLE_SIDEBAR_COMMAND,
  type BackgroundToContent,
  type BackgroundToOptions,
  type ContentToBackground,
} from '../lib/messages';
import type { FitTier } from '../lib/scoring/fit';
import { effectiveConfigUrl, readManagedPolicy } from '../lib/config/policy';
import { syncSiteRegistrations } from '../lib/config/site-registration';
import { activityItem, configSyncItem, configUrlItem, crmSitesItem, localPlaybookItem } from '../lib/storage/items';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES, syncConfigUrl } from '../lib/config/sync';
import { serveRememberedRecords } from '../lib/remember/background';

/** MV3 has `action`, Firefox's MV2 build `browserAction`. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

async function showTierBadge(tabId: number, tier: FitTier | null): Promise<void> {
  const { text, color } = badgeFor(tier);
  await toolbarAction().setBadgeText({ tabId, text });
  if (text) await toolbarAction().setBadgeBackgroundColor({ tabId, color });
}

/** The sidebar could not be shown on this page (mounting failed twice): say so where the rep looks next. */
async function showDisplayFailed(tabId: number): Promise<void> {
  await toolbarAction().setBadgeText({ tabId, text: '!' });
  await toolbarAction().setBadgeBackgroundColor({ tabId, color: '#b0261c' });
  await toolbarAction().setTitle({ tabId, title: t('runtime_badgeDisplayFailed') });
}

/** Records reviewed counts distinct records a day: the day's record keys live in storage.session (memory only). */
const reviewedTodayMemory: Record<string, unknown> = {};
async function firstReviewOfToday(record: string): Promise<boolean> {
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  const stored = session ? (await session.get(REVIEWED_TODAY_KEY))[REVIEWED_TODAY_KEY] : reviewedTodayMemory[REVIEWED_TODAY_KEY];
  const { counts, next } = firstReviewToday(stored, record, new Date());
  if (session) await session.set({ [REVIEWED_TODAY_KEY]: next });
  else reviewedTodayMemory[REVIEWED_TODAY_KEY] = next;
  return counts;
}

// Counter updates are serialised: two tabs reporting at once must not lose a count.
let activityWrites: Promise<void> = Promise.resolve();
function countActivity(message: Extract<ContentToBackground, { type: 'activity' }>): Promise<void> {
  const activity: ActivityEvent = message.event === 'reviewed' ? { event: 'reviewed', tier: message.tier } : { event: message.event };
  activityWrites = activityWrites
    .then(async () => {
      if (message.event === 'reviewed' && message.record && !(await firstReviewOfToday(message.record))) return;
      await activityItem.setValue(recordActivity(parseActivity(await activityItem.getValue()), activity, new Date()));
    })
    .catch((error) => console.warn('[Playcard] activity', error));
  return activityWrites;
}

export default defineBackground(() => {
  // Remembered linked records: its own listener, in memory only (lib/remember/background.ts).
  serveRememberedRecords();
  // The keyboard shortcut: the content script in the active tab shows or hides its sidebar.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SIDEBAR_COMMAND) return;
    const toggle: BackgroundToContent = { type: 'toggle-sidebar' };
    void (tab?.id !== undefined ? Promise.resolve([tab]) : browser.tabs.query({ active: true, currentWindow: true }))
      .then(([active]) => (active?.id !== undefined ? browser.tabs.sendMessage(active.id, toggle) : undefined))
      .catch(() => undefined); // No Playcard in that tab.
  });
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
  // Content scripts hold a port open while they show a record: its disconnect on an update or reload
  // is how they learn the extension is gone (lib/content/extension-context.ts). Nothing is sent on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT) port.disconnect();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const fromExtensionPage = isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
    // Content scripts: the tab's tier for the badge, and this week's counters (tiers and counts only).
    // (The options page opens in a tab too, so "has a tab" alone does not mean a content script.)
    if (!fromExtensionPage && sender.tab?.id !== undefined && sender.id === browser.runtime.id) {
      const parsed = contentToBackgroundSchema.safeParse(message);
      if (!parsed.success) return undefined;
      if (parsed.data.type === 'tier') void showTierBadge(sender.tab.id, parsed.data.tier);
      else if (parsed.data.type === 'display-failed') void showDisplayFailed(sender.tab.id);
      else void countActivity(parsed.data);
      return undefined;
    }
    if (!fromExtensionPage) return undefined;
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
