import {
  announceSettingsChanged,
  canonicalJson,
  currentActivePlaybook,
  currentCrmSites,
  publishCrmSites,
  refreshActivePlaybook,
  removeSetting,
  saveSetting,
} from '../lib/config/active-playbook';
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
import { activityItem, ACTIVE_PLAYBOOK_KEY } from '../lib/storage/items';
import { CRM_SITES_KEY } from '../lib/crm/sites';
import { reportedWrite } from '../lib/storage/problems';
import { migrateFromLocal, trustedStore } from '../lib/storage/trusted';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES, syncConfigUrl } from '../lib/config/sync';
import { senderSite, serveRememberedRecords } from '../lib/remember/background';
import { saasAppScript, siteAppScript } from '../lib/crm/app-script';
import { CONTENT_SCRIPT_ROUTES } from '../lib/crm/routes';
import { SELF_HOSTED_ROUTES } from '../lib/crm/self-hosted-routes';

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
      const next = recordActivity(parseActivity(await activityItem.getValue()), activity, new Date());
      await reportedWrite('activity', () => activityItem.setValue(next));
    })
    .catch((error) => console.warn('[Playcard] activity', error));
  return activityWrites;
}

/**
 * The sidebar header's side-panel button: opened at once, inside the message's handler, while the rep's
 * click still counts as a user gesture (Chromium passes it on with the content script's message; any
 * await before `open` would lose it). Firefox opens its sidebar only from its own UI or the popup's click,
 * never from a content script's message: there the promise is refused, and the rep opens it from the popup.
 */
function openSidePanel(tab: { id?: number }): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { open?(options: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
  const opening = sidePanel?.open && tab.id !== undefined ? sidePanel.open({ tabId: tab.id }) : (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  void opening?.catch((error: unknown) => console.warn('[Playcard] opening the side panel', error));
}

interface AppSender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  documentId?: string;
  tab?: { id?: number; url?: string };
}

/**
 * A loader saw a record page: inject that CRM's app into the sender's frame. Everything is decided
 * from the sender as the browser reports it (top frame of a tab, its origin agreeing with the tab's,
 * the tab's URL a record page of a CRM or granted site Playcard serves), never from the message; the
 * injection targets the sender's own document where the browser can name it (Chromium's documentId),
 * so a tab that has meanwhile loaded another page gets nothing.
 */
async function injectApp(sender: AppSender, sites: () => Promise<Parameters<typeof siteAppScript>[1]>): Promise<void> {
  const site = senderSite(sender, browser.runtime.id, browser.runtime.getURL('/'));
  const tabId = sender.tab?.id;
  // The tab's URL, not sender.url: Chromium reports the document's first URL there, not where
  // same-document navigation took it. senderSite has checked the sender is that tab's top frame.
  const url = sender.tab?.url;
  if (!site || tabId === undefined || !url || new URL(url).origin !== site) return;
  const file = saasAppScript(url, CONTENT_SCRIPT_ROUTES) ?? siteAppScript(url, await sites(), SELF_HOSTED_ROUTES);
  if (!file) return;
  const scripting = (browser as unknown as { scripting?: { executeScript(injection: object): Promise<unknown> } }).scripting;
  if (scripting?.executeScript) {
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [0] };
    await scripting.executeScript({ target, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file: `/${file}`, frameId: 0 });
  }
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
  // Settings live in the trusted store (lib/storage/trusted.ts); an older version's storage.local
  // values move there once, before anything reads them.
  const ready = migrateFromLocal(trustedStore(), browser.storage.local).then(
    () => undefined,
    (error) => console.warn('[Playcard] moving settings out of storage.local', error),
  );
  const syncSites = () =>
    void ready
      .then(() => currentCrmSites())
      .then(syncSiteRegistrations)
      .catch((error) => console.warn('[Playcard] site registration', error));

  // One config-URL sync at a time; a request during a sync runs once more after it. The promise
  // rejects when a sync's outcome or the playbook in force could not be saved (Sync now says so).
  let running: Promise<void> | undefined;
  let again = false;
  const syncConfig = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      await ready;
      let failure: unknown;
      do {
        again = false;
        failure = undefined;
        try {
          await syncConfigUrl({
            fetch: (input, init) => fetch(input, init),
            now: () => new Date(),
            configUrl: async () => effectiveConfigUrl(await readManagedPolicy(), await trustedStore().get('configUrl'))?.url ?? null,
            getState: async () => (await trustedStore().get('configSync')) ?? null,
            setState: (state) => (state ? saveSetting('configSync', state) : removeSetting('configSync')),
          });
        } catch (error) {
          failure = error;
        }
        // Also after a failed save: the copy for content scripts is rewritten from what is in force.
        await refreshActivePlaybook().catch((error: unknown) => (failure ??= error));
        announceSettingsChanged();
      } while (again);
      if (failure !== undefined) throw failure;
    })().finally(() => (running = undefined));
    return running;
  };
  const syncQuietly = () => void syncConfig().catch((error) => console.warn('[Playcard] config sync', error));

  /**
   * The content scripts' copies in storage.local can be written by any content script: on every
   * change the background compares them with the trusted store and rewrites them when they differ.
   */
  const guardCopies = async (changes: Record<string, { newValue?: unknown }>) => {
    await ready;
    if (ACTIVE_PLAYBOOK_KEY in changes && canonicalJson(changes[ACTIVE_PLAYBOOK_KEY]?.newValue) !== canonicalJson(await currentActivePlaybook())) {
      await refreshActivePlaybook();
    }
    if (CRM_SITES_KEY in changes && canonicalJson(changes[CRM_SITES_KEY]?.newValue) !== canonicalJson(await currentCrmSites())) {
      await publishCrmSites();
    }
  };

  const start = () => {
    void ready.then(async () => {
      await refreshActivePlaybook().catch((error) => console.warn('[Playcard] playbook in force', error));
      await publishCrmSites().catch((error) => console.warn('[Playcard] CRM sites', error));
    });
    syncSites();
    void browser.alarms.create(SYNC_ALARM, { delayInMinutes: SYNC_PERIOD_MINUTES, periodInMinutes: SYNC_PERIOD_MINUTES });
    syncQuietly();
  };
  // Content scripts read only the copies; keep them current on install, start and every change.
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  // The config URL: fetched when set (the options page asks), on the alarm, when policy changes.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncQuietly();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') syncQuietly();
    if (area === 'local') void guardCopies(changes).catch((error) => console.warn('[Playcard] restoring the copies', error));
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
      if (parsed.data.type === 'load-app') {
        void injectApp(sender, () => ready.then(() => currentCrmSites())).catch((error) => console.warn('[Playcard] loading the app', error));
      } else if (parsed.data.type === 'active-playbook') return ready.then(() => currentActivePlaybook());
      else if (parsed.data.type === 'open-side-panel') openSidePanel(sender.tab);
      else if (parsed.data.type === 'tier') void showTierBadge(sender.tab.id, parsed.data.tier);
      else if (parsed.data.type === 'display-failed') void showDisplayFailed(sender.tab.id);
      else void countActivity(parsed.data);
      return undefined;
    }
    if (!fromExtensionPage) return undefined;
    const parsed = optionsToBackgroundSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const answer = (work: Promise<unknown>) =>
      work.then(
        (): BackgroundToOptions => ({ ok: true }),
        (error): BackgroundToOptions => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    if (parsed.data.type === 'sites-changed') {
      syncSites();
      return answer(ready.then(() => publishCrmSites()));
    }
    return answer(syncConfig());
  });
  // Permissions granted or revoked in the browser's own UI (sites the manager changes: 'sites-changed').
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  // Firefox's MV2 registrations live only as long as the background page: renew them whenever it starts.
  if (!('scripting' in browser)) syncSites();
});
