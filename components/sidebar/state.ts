import { batch, computed, signal } from '@preact/signals';
import type { CrmRecord } from '../../lib/record';
import type { Playbook } from '../../lib/playbook/schema';
import { DEFAULT_DISPLAY_MODE, type DisplayMode } from '../../lib/rep/display-mode';
import { afterResize, afterToggle, afterViewportChange, clampWidth, isFolded, isTooNarrow, SIDEBAR_WIDTH } from '../../lib/rep/sidebar-prefs';
import { buildAliasIndex } from '../../lib/scoring/conditions';
import { buildCards } from '../../lib/scoring/select';

export type DockSide = 'left' | 'right';
export type SidebarView = 'cards' | 'prep';

/** The sidebar's state: a few signals, and the cards derived from them once per change. */
export function createSidebarState() {
  const record = signal<CrmRecord | null>(null);
  const crmName = signal('');
  // Null until the background's resolved playbook has been read.
  const playbook = signal<Playbook | null>(null);
  const askedIds = signal<ReadonlySet<string>>(new Set());
  // Layout: the rep's choices (remembered, lib/rep/sidebar-prefs.ts) and the window's room (not remembered).
  const collapsed = signal(false);
  const dock = signal<DockSide>('right');
  const width = signal<number>(SIDEBAR_WIDTH.initial);
  const pinned = signal(false);
  const narrow = signal(false);
  const openedAnyway = signal(false);
  const folded = computed(() =>
    isFolded({ collapsed: collapsed.value, pinned: pinned.value, narrow: narrow.value, openedAnyway: openedAnyway.value }),
  );
  const view = signal<SidebarView>('cards');
  // Where the cards show: in the page (the default) or in the browser's side panel (lib/rep/display-mode.ts).
  const displayMode = signal<DisplayMode>(DEFAULT_DISPLAY_MODE);
  // Set when the last read of the record failed and nothing was read: the reasons (maybe none) to show instead of cards.
  const unreadable = signal<readonly string[] | null>(null);
  const aliases = computed(() => buildAliasIndex(playbook.value?.aliases ?? []));
  const cards = computed(() =>
    record.value && playbook.value ? buildCards(playbook.value, record.value, askedIds.value, aliases.value) : null,
  );
  const foldInputs = () => ({ collapsed: collapsed.peek(), pinned: pinned.peek(), narrow: narrow.peek(), openedAnyway: openedAnyway.peek() });
  let viewportWidth: number | undefined;
  const layout = {
    /** The rep folds or opens it (tab, hide button, keyboard shortcut). */
    toggleFolded() {
      const next = afterToggle(foldInputs());
      batch(() => {
        collapsed.value = next.collapsed;
        openedAnyway.value = next.openedAnyway;
      });
    },
    /** Pinned open: it no longer folds itself in narrow windows. Unpinned, it stays open until the window narrows again. */
    togglePinned() {
      const unpinning = pinned.peek();
      batch(() => {
        pinned.value = !unpinning;
        if (unpinning && narrow.peek()) openedAnyway.value = true;
      });
    },
    /** The window is this wide now (the in-page display reports it on mount and on every resize). */
    setViewportWidth(px: number) {
      viewportWidth = px;
      const next = afterViewportChange(foldInputs(), isTooNarrow(px, width.peek()));
      batch(() => {
        narrow.value = next.narrow;
        openedAnyway.value = next.openedAnyway;
      });
    },
    /** The rep resized the open sidebar (drag or keys): it stays open at its new width. */
    resizeTo(px: number) {
      const next = afterResize(foldInputs(), viewportWidth !== undefined && isTooNarrow(viewportWidth, clampWidth(px)));
      batch(() => {
        width.value = clampWidth(px);
        narrow.value = next.narrow;
        openedAnyway.value = next.openedAnyway;
      });
    },
  };
  return { record, crmName, playbook, askedIds, collapsed, dock, width, pinned, narrow, openedAnyway, folded, view, displayMode, unreadable, cards, layout };
}

export type SidebarState = ReturnType<typeof createSidebarState>;
