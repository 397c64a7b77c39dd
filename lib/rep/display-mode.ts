/**
 * Where the rep wants the cards (no CRM data): drawn in the page (the default), or in the browser's
 * side panel (Chromium `side_panel`, Firefox `sidebar_action`), which pushes the page aside instead
 * of covering it. In side-panel mode the content script draws nothing in the page.
 */

export const DISPLAY_MODE_KEY = 'displayMode';

export const DISPLAY_MODES = ['in-page', 'side-panel'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export const DEFAULT_DISPLAY_MODE: DisplayMode = 'in-page';

/** Anything but the side panel's own name is the default: a stray or damaged value never hides the sidebar. */
export function parseDisplayMode(value: unknown): DisplayMode {
  return value === 'side-panel' ? 'side-panel' : DEFAULT_DISPLAY_MODE;
}
