/**
 * The panel page's side (lib/panel/protocol.ts): follows the active tab of the window the panel
 * belongs to, keeps one port open to that tab's top frame, and hands every valid view it receives to
 * the page. A tab with no Playcard (not a record page, another site) answers nothing: the port drops
 * at once and the panel says so. The app may be injected a moment after the tab loads, so a dropped
 * port is tried again a few times, and again on every change of the tab.
 */
import { followedWindow, PANEL_PORT, type PanelPlace, type PanelToContent } from './protocol';
import { contentToPanelSchema, type ContentToPanel } from './view';

export interface PanelConnection {
  post(message: PanelToContent): void;
  onMessage(handler: (message: unknown) => void): void;
  onDisconnect(handler: () => void): void;
  disconnect(): void;
}

export interface PanelBrowser {
  place(): Promise<PanelPlace>;
  /** The active tab's id in the window the panel follows (`own`: `windowId`). */
  activeTab(window: 'own' | 'last-focused-normal', windowId: number | undefined): Promise<number | undefined>;
  /** `tabs.connect(tabId, {name: PANEL_PORT, frameId: 0})`. */
  connect(tabId: number, name: string): PanelConnection;
  /** Calls back on anything that may change which tab is followed or what it shows; returns the unwatch. */
  onTabsChanged(callback: () => void): () => void;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** What the panel shows: still looking, no Playcard in the followed tab, or the tab's view. */
export type FollowedView = { type: 'looking' } | { type: 'no-playcard' } | ContentToPanel;

export interface Follower {
  /** To the followed tab's content script; dropped when no tab is connected. */
  send(message: PanelToContent): void;
  stop(): void;
}

/** Tries after a dropped port: the app is injected a little after the page loads. */
export const RETRY_MS = [300, 1000, 3000] as const;

export function followActiveTab(browser: PanelBrowser, onView: (view: FollowedView) => void): Follower {
  let stopped = false;
  let place: PanelPlace | undefined;
  let tabId: number | undefined;
  let port: PanelConnection | undefined;
  let generation = 0;

  const connect = (id: number, attempt: number) => {
    const mine = ++generation;
    let heard = false;
    const connection = browser.connect(id, PANEL_PORT);
    port = connection;
    connection.onMessage((message) => {
      if (mine !== generation) return;
      const parsed = contentToPanelSchema.safeParse(message);
      if (!parsed.success) return;
      heard = true;
      onView(parsed.data);
    });
    connection.onDisconnect(() => {
      if (mine !== generation || stopped) return;
      port = undefined;
      onView({ type: 'no-playcard' });
      // A page that reloaded, or an app not injected yet: try again a few times.
      const next = heard ? 0 : attempt;
      const delay = RETRY_MS[next];
      if (delay !== undefined) {
        browser.setTimeout(() => {
          if (!stopped && mine === generation && tabId === id && !port) connect(id, next + 1);
        }, delay);
      }
    });
  };

  const refresh = async () => {
    place ??= await browser.place();
    if (stopped) return;
    const which = followedWindow(place);
    const active = await browser.activeTab(which, place.ownWindow.id);
    if (stopped) return;
    const own = place.ownTab?.id;
    const next = active === own ? undefined : active;
    // Same tab, still connected: the open port hears the tab's own changes (edits, same-document navigation).
    if (next === tabId && port) return;
    generation++;
    try {
      port?.disconnect();
    } catch {
      // Already gone.
    }
    port = undefined;
    tabId = next;
    if (next === undefined) {
      onView({ type: 'no-playcard' });
      return;
    }
    onView({ type: 'looking' });
    connect(next, 0);
  };

  // One look at a time: a tab switch and a page load arriving together must not open two ports.
  let looking: Promise<void> = Promise.resolve();
  const look = () => {
    looking = looking.then(refresh).catch(() => onView({ type: 'no-playcard' }));
  };
  const unwatch = browser.onTabsChanged(look);
  look();
  return {
    send(message) {
      try {
        port?.post(message);
      } catch {
        // The tab's Playcard went away; the disconnect handler says so.
      }
    },
    stop() {
      stopped = true;
      unwatch();
      generation++;
      try {
        port?.disconnect();
      } catch {
        // Already gone.
      }
    },
  };
}
