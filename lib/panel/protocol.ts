/**
 * The side panel's protocol (docs/ARCHITECTURE.md, "Display modes"): the panel page, an extension
 * page, opens a port to the top frame of the tab it follows (`tabs.connect`, name PANEL_PORT); the
 * content script there answers only a port whose sender is this extension's own panel page, and pushes
 * what its sidebar would show each time it changes. CRM values travel here in memory only, between
 * this extension's own contexts; nothing is stored. Both sides validate every message (strict
 * shapes; hand checks in the content script, lib/checks.ts): the page's renderer is untrusted, and so is anything arriving on a port.
 */
export const PANEL_PORT = 'playcard-panel';
/** The panel page's path in the build (WXT's `entrypoints/sidepanel/`). */
export const PANEL_PATH = '/sidepanel.html';

// Content script → panel: the view, with the record's schema, lives in ./view.ts, which only the panel
// page bundles (content scripts import its types only: ~1 KB gzip less in every CRM tab).
export type { ContentToPanel } from './view';

/**
 * Panel → content script: the rep ticked or unticked questions, or opened or closed call prep, in the
 * panel. Checked on arrival by `checkPanelToContent` (lib/checks.ts: record ≤ 300, ≤ 500 ids of ≤ 200).
 */
export type PanelToContent = { type: 'set-asked'; record: string; asked: string[] } | { type: 'set-view'; view: 'cards' | 'prep' };

/**
 * True when a port or message comes from this extension's own panel page: the browser sets the sender's
 * id and URL (a content script's sender URL is the web page's, never an extension page's), so neither a
 * page nor another tab's content script can pass. Content scripts cannot call `tabs.connect` anyway;
 * this check makes the rule explicit and keeps other extension pages (options, popup) out as well.
 */
export function isFromPanel(sender: { id?: string; url?: string } | undefined, extensionId: string, panelUrl: string): boolean {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  try {
    const url = new URL(sender.url);
    const expected = new URL(panelUrl);
    return url.origin === expected.origin && url.pathname === expected.pathname;
  } catch {
    return false;
  }
}

/** What the panel knows about where it runs, to pick the tab it follows. */
export interface PanelPlace {
  /** The panel's own tab, when it was opened as a page in a tab (tests, a rep who typed its address); undefined in the side panel. */
  ownTab?: { id?: number; windowId?: number };
  /** The window the panel is attached to (`windows.getCurrent()`). */
  ownWindow: { id?: number; type?: string };
}

/**
 * Which window's active tab the panel follows: its own window when it is the browser's side panel (or
 * Firefox's sidebar) of a normal window; a panel page opened in a window of its own (a popup window)
 * follows the last-focused normal browser window, as the side panel of that window would. A panel page
 * opened as an ordinary tab follows its own window, whose active tab is itself: it shows no record.
 */
export function followedWindow(place: PanelPlace): 'own' | 'last-focused-normal' {
  if (place.ownTab && place.ownWindow.type !== 'normal') return 'last-focused-normal';
  return 'own';
}
