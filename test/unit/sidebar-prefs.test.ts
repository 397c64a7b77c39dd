import { describe, expect, it } from 'vitest';
import { DEFAULT_SIDEBAR_PREFS, parseSidebarPrefs } from '../../lib/rep/sidebar-prefs';

describe('parseSidebarPrefs', () => {
  it('keeps valid choices and falls back field by field', () => {
    expect(parseSidebarPrefs({ dock: 'left', collapsed: true })).toEqual({ dock: 'left', collapsed: true });
    expect(parseSidebarPrefs({ dock: 'middle', collapsed: 'yes' })).toEqual(DEFAULT_SIDEBAR_PREFS);
    expect(parseSidebarPrefs(undefined)).toEqual(DEFAULT_SIDEBAR_PREFS);
  });
});
