/** The rep's sidebar layout choices, remembered across records and sessions (no CRM data). */

export const SIDEBAR_PREFS_KEY = 'sidebarPrefs';

export interface SidebarPrefs {
  dock: 'left' | 'right';
  /** Folded into the tab by the rep's own hand (the hide button, the tab, the shortcut). */
  collapsed: boolean;
  /** Width of the open sidebar in CSS px, SIDEBAR_WIDTH.min..max. */
  width: number;
  /** Kept open even where the window is too narrow for the CRM beside it. */
  pinned: boolean;
}

/** Narrow enough to leave the CRM its room, wide enough for a question and its meta line on two or three lines. */
export const SIDEBAR_WIDTH = { min: 280, max: 560, initial: 340 } as const;

/**
 * The width the CRM's record page needs beside an open sidebar. Below it the CRMs re-flow their record
 * pages so their action buttons and side columns land where the sidebar floats (Pipedrive's Won/Lost,
 * Zoho's Send Email / Convert / Edit, Salesforce's right column): at 1280 px a 340 px sidebar leaves
 * 940 px and covers them; at 1440 px it leaves 1100 px and covers none of the header controls.
 */
export const CRM_NEEDS_WIDTH = 1100;

export const DEFAULT_SIDEBAR_PREFS: SidebarPrefs = { dock: 'right', collapsed: false, width: SIDEBAR_WIDTH.initial, pinned: false };

/** Checked by hand: four fields do not justify more zod code in every CRM tab. */
export function parseSidebarPrefs(value: unknown): SidebarPrefs {
  const prefs = value as Partial<SidebarPrefs> | null;
  return {
    dock: prefs?.dock === 'left' ? 'left' : 'right',
    collapsed: prefs?.collapsed === true,
    width: typeof prefs?.width === 'number' ? clampWidth(prefs.width) : SIDEBAR_WIDTH.initial,
    pinned: prefs?.pinned === true,
  };
}

/** A whole number of px within SIDEBAR_WIDTH; anything that is not a finite number is the initial width. */
export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH.initial;
  return Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(width)));
}

/** The sidebar's width while its inner edge is dragged from `startX` to `x` (the edge faces the page: left when docked right). */
export function widthAfterDrag(startWidth: number, startX: number, x: number, dock: SidebarPrefs['dock']): number {
  const moved = x - startX;
  return clampWidth(dock === 'right' ? startWidth - moved : startWidth + moved);
}

const KEY_STEP = 16;
const PAGE_STEP = 80;

/**
 * The width after a key press on the resize handle (a vertical separator), or undefined for keys it
 * does not take. Left/Right move the edge the way the arrow points (wider when it points into the page);
 * Up/Down and PageUp/PageDown change the value; Home/End go to the narrowest and widest.
 */
export function widthAfterKey(width: number, key: string, dock: SidebarPrefs['dock']): number | undefined {
  const intoPage = dock === 'right' ? 'ArrowLeft' : 'ArrowRight';
  const toEdge = dock === 'right' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case intoPage:
    case 'ArrowUp':
      return clampWidth(width + KEY_STEP);
    case toEdge:
    case 'ArrowDown':
      return clampWidth(width - KEY_STEP);
    case 'PageUp':
      return clampWidth(width + PAGE_STEP);
    case 'PageDown':
      return clampWidth(width - PAGE_STEP);
    case 'Home':
      return SIDEBAR_WIDTH.min;
    case 'End':
      return SIDEBAR_WIDTH.max;
    default:
      return undefined;
  }
}

/** True when the window leaves the CRM less than it needs beside an open sidebar of `sidebarWidth`. */
export function isTooNarrow(viewportWidth: number, sidebarWidth: number): boolean {
  return viewportWidth - sidebarWidth < CRM_NEEDS_WIDTH;
}

/** What decides whether the sidebar shows as the slim tab. */
export interface FoldInputs {
  collapsed: boolean;
  pinned: boolean;
  /** The window is too narrow for the CRM beside the open sidebar (isTooNarrow). */
  narrow: boolean;
  /** The rep opened the tab in this narrow window (or resized the open sidebar in it): it stays open until the window narrows again. */
  openedAnyway: boolean;
}

/** Folded by the rep's hand, or folded for the CRM's room unless pinned or opened anyway. */
export function isFolded({ collapsed, pinned, narrow, openedAnyway }: FoldInputs): boolean {
  return collapsed || (narrow && !pinned && !openedAnyway);
}

/**
 * The rep folds or opens the sidebar (tab, hide button, shortcut). Opening it in a narrow window opens
 * it for now: `collapsed` (remembered) says the rep wants it, `openedAnyway` keeps it open here.
 */
export function afterToggle(inputs: FoldInputs): Pick<FoldInputs, 'collapsed' | 'openedAnyway'> {
  return isFolded(inputs) ? { collapsed: false, openedAnyway: inputs.narrow && !inputs.pinned } : { collapsed: true, openedAnyway: false };
}

/** The window changed size: a window that has just become too narrow folds an unpinned sidebar again. */
export function afterViewportChange(inputs: FoldInputs, narrowNow: boolean): Pick<FoldInputs, 'narrow' | 'openedAnyway'> {
  return { narrow: narrowNow, openedAnyway: narrowNow && !inputs.narrow ? false : inputs.openedAnyway };
}

/** The rep resized the open sidebar: it stays open, even when its new width leaves the window too narrow. */
export function afterResize(inputs: FoldInputs, narrowNow: boolean): Pick<FoldInputs, 'narrow' | 'openedAnyway'> {
  return { narrow: narrowNow, openedAnyway: inputs.openedAnyway || (narrowNow && !isFolded(inputs)) };
}
