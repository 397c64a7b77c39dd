import { describe, expect, it } from 'vitest';
import {
  afterResize,
  afterToggle,
  afterViewportChange,
  clampWidth,
  CRM_NEEDS_WIDTH,
  DEFAULT_SIDEBAR_PREFS,
  isFolded,
  isTooNarrow,
  parseSidebarPrefs,
  SIDEBAR_WIDTH,
  widthAfterDrag,
  widthAfterKey,
  type FoldInputs,
} from '../../lib/rep/sidebar-prefs';

describe('parseSidebarPrefs', () => {
  it('keeps valid choices and falls back field by field', () => {
    expect(parseSidebarPrefs({ dock: 'left', collapsed: true, width: 420, pinned: true })).toEqual({ dock: 'left', collapsed: true, width: 420, pinned: true });
    expect(parseSidebarPrefs({ dock: 'middle', collapsed: 'yes', width: '420', pinned: 1 })).toEqual(DEFAULT_SIDEBAR_PREFS);
    expect(parseSidebarPrefs(undefined)).toEqual(DEFAULT_SIDEBAR_PREFS);
    // Prefs saved before width and pin existed keep their dock and fold.
    expect(parseSidebarPrefs({ dock: 'left', collapsed: true })).toEqual({ dock: 'left', collapsed: true, width: SIDEBAR_WIDTH.initial, pinned: false });
  });

  it('brings a stored width back within the limits', () => {
    expect(parseSidebarPrefs({ width: 9999 }).width).toBe(SIDEBAR_WIDTH.max);
    expect(parseSidebarPrefs({ width: 12 }).width).toBe(SIDEBAR_WIDTH.min);
    expect(parseSidebarPrefs({ width: Number.NaN }).width).toBe(SIDEBAR_WIDTH.initial);
  });
});

describe('width', () => {
  it('clamps to 280–560 px in whole pixels', () => {
    expect(SIDEBAR_WIDTH).toMatchObject({ min: 280, max: 560 });
    expect(clampWidth(279)).toBe(280);
    expect(clampWidth(561)).toBe(560);
    expect(clampWidth(400.6)).toBe(401);
    expect(clampWidth(Number.POSITIVE_INFINITY)).toBe(SIDEBAR_WIDTH.initial);
  });

  it('follows the dragged inner edge: leftwards widens a right-docked sidebar, rightwards a left-docked one', () => {
    expect(widthAfterDrag(340, 1000, 900, 'right')).toBe(440);
    expect(widthAfterDrag(340, 1000, 1050, 'right')).toBe(290);
    expect(widthAfterDrag(340, 340, 440, 'left')).toBe(440);
    expect(widthAfterDrag(340, 340, 0, 'left')).toBe(280);
    expect(widthAfterDrag(340, 1000, 0, 'right')).toBe(560);
  });

  it('takes the keys of a vertical separator; arrows move the edge the way they point', () => {
    expect(widthAfterKey(340, 'ArrowLeft', 'right')).toBe(356);
    expect(widthAfterKey(340, 'ArrowRight', 'right')).toBe(324);
    expect(widthAfterKey(340, 'ArrowRight', 'left')).toBe(356);
    expect(widthAfterKey(340, 'ArrowLeft', 'left')).toBe(324);
    expect(widthAfterKey(340, 'ArrowUp', 'left')).toBe(356);
    expect(widthAfterKey(340, 'ArrowDown', 'right')).toBe(324);
    expect(widthAfterKey(340, 'PageUp', 'right')).toBe(420);
    expect(widthAfterKey(340, 'PageDown', 'right')).toBe(280);
    expect(widthAfterKey(340, 'Home', 'right')).toBe(280);
    expect(widthAfterKey(340, 'End', 'right')).toBe(560);
    expect(widthAfterKey(556, 'ArrowLeft', 'right')).toBe(560);
    expect(widthAfterKey(340, 'Enter', 'right')).toBeUndefined();
    expect(widthAfterKey(340, 'a', 'right')).toBeUndefined();
  });
});

describe('folding for the CRM’s room', () => {
  const open: FoldInputs = { collapsed: false, pinned: false, narrow: false, openedAnyway: false };

  it('is too narrow when the window leaves the CRM less than it needs beside the sidebar: 1280 px folds, 1440 and 1920 do not', () => {
    expect(CRM_NEEDS_WIDTH).toBeGreaterThanOrEqual(1100);
    expect(CRM_NEEDS_WIDTH).toBeLessThanOrEqual(1200);
    expect(isTooNarrow(1280, 340)).toBe(true);
    expect(isTooNarrow(1366, 340)).toBe(true);
    expect(isTooNarrow(1440, 340)).toBe(false);
    expect(isTooNarrow(1920, 340)).toBe(false);
    expect(isTooNarrow(1920, 560)).toBe(false);
    expect(isTooNarrow(1600, 560)).toBe(true);
  });

  it('folds when the rep folded it, or when narrow unless pinned or opened anyway', () => {
    expect(isFolded(open)).toBe(false);
    expect(isFolded({ ...open, collapsed: true })).toBe(true);
    expect(isFolded({ ...open, collapsed: true, pinned: true })).toBe(true);
    expect(isFolded({ ...open, narrow: true })).toBe(true);
    expect(isFolded({ ...open, narrow: true, pinned: true })).toBe(false);
    expect(isFolded({ ...open, narrow: true, openedAnyway: true })).toBe(false);
  });

  it('opening the tab in a narrow window keeps it open there; folding it is the rep’s choice', () => {
    const narrow = { ...open, narrow: true };
    const opened = afterToggle(narrow);
    expect(opened).toEqual({ collapsed: false, openedAnyway: true });
    expect(isFolded({ ...narrow, ...opened })).toBe(false);
    const folded = afterToggle({ ...narrow, ...opened });
    expect(folded).toEqual({ collapsed: true, openedAnyway: false });
    expect(afterToggle(open)).toEqual({ collapsed: true, openedAnyway: false });
    expect(afterToggle({ ...open, collapsed: true })).toEqual({ collapsed: false, openedAnyway: false });
  });

  it('a window that becomes too narrow folds an unpinned sidebar again; one that stays narrow does not', () => {
    const openedInNarrow = { ...open, narrow: true, openedAnyway: true };
    expect(afterViewportChange(openedInNarrow, true)).toEqual({ narrow: true, openedAnyway: true });
    const widened = { ...openedInNarrow, ...afterViewportChange(openedInNarrow, false) };
    expect(isFolded(widened)).toBe(false);
    const narrowedAgain = { ...widened, ...afterViewportChange(widened, true) };
    expect(narrowedAgain.openedAnyway).toBe(false);
    expect(isFolded(narrowedAgain)).toBe(true);
    expect(isFolded({ ...narrowedAgain, pinned: true })).toBe(false);
  });

  it('widening the open sidebar never folds it under the rep’s pointer', () => {
    const next = afterResize(open, true);
    expect(next).toEqual({ narrow: true, openedAnyway: true });
    expect(isFolded({ ...open, ...next })).toBe(false);
    expect(afterResize(open, false)).toEqual({ narrow: false, openedAnyway: false });
  });
});
