import { computed, signal } from '@preact/signals';
import type { CrmRecord } from '../../lib/record';
import type { Playbook } from '../../lib/playbook/schema';
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
  const collapsed = signal(false);
  const dock = signal<DockSide>('right');
  const view = signal<SidebarView>('cards');
  // Set when the last read of the record failed and nothing was read: the reasons (maybe none) to show instead of cards.
  const unreadable = signal<readonly string[] | null>(null);
  const aliases = computed(() => buildAliasIndex(playbook.value?.aliases ?? []));
  const cards = computed(() =>
    record.value && playbook.value ? buildCards(playbook.value, record.value, askedIds.value, aliases.value) : null,
  );
  return { record, crmName, playbook, askedIds, collapsed, dock, view, unreadable, cards };
}

export type SidebarState = ReturnType<typeof createSidebarState>;
