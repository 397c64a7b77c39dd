/**
 * Opening and closing the browser's side panel from an extension page's click (the popup). Both
 * browsers allow it only while the click is a user gesture: the call is made at once, before any
 * await (Chromium `sidePanel.open({windowId})`, Firefox `sidebarAction.open()`).
 */

interface ChromeSidePanel {
  open?(options: { windowId: number }): Promise<void>;
  /** Chromium 141 and later. */
  close?(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open?(): Promise<void>;
  close?(): Promise<void>;
}

function apis(): { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction } {
  const global = globalThis as { chrome?: { sidePanel?: ChromeSidePanel }; browser?: { sidebarAction?: FirefoxSidebarAction } };
  return { sidePanel: global.chrome?.sidePanel, sidebarAction: global.browser?.sidebarAction };
}

/** `windowId`: the window whose panel opens (the popup's own window). Resolves false when the browser has no side panel. */
export function openSidePanel(windowId: number | undefined): Promise<boolean> {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel?.open && windowId !== undefined) return sidePanel.open({ windowId }).then(() => true);
  if (sidebarAction?.open) return sidebarAction.open().then(() => true);
  return Promise.resolve(false);
}

/** Closes the panel where the browser can (Firefox; Chromium 141+); elsewhere the panel says the cards are in the page again. */
export function closeSidePanel(windowId: number | undefined): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel?.close && windowId !== undefined) return sidePanel.close({ windowId });
  if (sidebarAction?.close) return sidebarAction.close();
  return Promise.resolve();
}
