/**
 * Storage items, one per key, versioned. Everything read is parsed: storage can hold whatever an
 * older version or another tool wrote. CRM field values are never stored.
 *
 * `local:playbook` is what the user saved; `local:activePlaybook` is the playbook in force, resolved
 * by the background worker (which knows every source and the embedded default). Content scripts read
 * only the latter, so the default playbook is not bundled into every CRM tab.
 */
import { storage } from 'wxt/utils/storage';
import { parsePlaybook, type Playbook } from './playbook/schema';

export type PlaybookOrigin = 'default' | 'local';
export type SavedFrom = 'editor' | 'file';

/** The rep's or manager's own playbook, saved from the options page (editor or imported file). */
export interface StoredLocalPlaybook {
  playbook: unknown;
  savedFrom: SavedFrom;
  savedAt: string;
}

export interface ActivePlaybook {
  playbook: Playbook;
  origin: PlaybookOrigin;
  savedFrom?: SavedFrom;
  savedAt?: string;
  /** Why a stored playbook was not used, when it was unreadable. */
  problem?: string;
}

export const localPlaybookItem = storage.defineItem<StoredLocalPlaybook | null>('local:playbook', {
  fallback: null,
  version: 1,
});

export const activePlaybookItem = storage.defineItem<ActivePlaybook | null>('local:activePlaybook', {
  fallback: null,
  version: 1,
});

/** Validates what `local:activePlaybook` holds; null when it is missing or not a valid playbook. */
export function parseActivePlaybook(value: unknown): ActivePlaybook | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as Partial<ActivePlaybook>;
  const parsed = parsePlaybook(stored.playbook);
  if (!parsed.ok) return null;
  return {
    playbook: parsed.playbook,
    origin: stored.origin === 'local' ? 'local' : 'default',
    ...(stored.savedFrom === 'editor' || stored.savedFrom === 'file' ? { savedFrom: stored.savedFrom } : {}),
    ...(typeof stored.savedAt === 'string' ? { savedAt: stored.savedAt } : {}),
    ...(typeof stored.problem === 'string' ? { problem: stored.problem } : {}),
  };
}

/** Calls back with the playbook in force now and whenever it changes. Returns the unwatch. */
export function watchActivePlaybook(onChange: (active: ActivePlaybook) => void): () => void {
  let changedMeanwhile = false;
  const deliver = (value: unknown) => {
    const active = parseActivePlaybook(value);
    if (active) onChange(active);
  };
  void activePlaybookItem.getValue().then((value) => {
    if (!changedMeanwhile) deliver(value);
  });
  return activePlaybookItem.watch((value) => {
    changedMeanwhile = true;
    deliver(value);
  });
}
