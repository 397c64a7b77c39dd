/** The rep's sidebar layout choices, remembered across records and sessions (no CRM data). */

export const SIDEBAR_PREFS_KEY = 'sidebarPrefs';

export interface SidebarPrefs {
  dock: 'left' | 'right';
  collapsed: boolean;
}
export const DEFAULT_SIDEBAR_PREFS: SidebarPrefs = { dock: 'right', collapsed: false };

/** Checked by hand: two fields do not justify more zod code in every CRM tab. */
export function parseSidebarPrefs(value: unknown): SidebarPrefs {
  const prefs = value as Partial<SidebarPrefs> | null;
  return {
    dock: prefs?.dock === 'left' ? 'left' : 'right',
    collapsed: prefs?.collapsed === true,
  };
}
