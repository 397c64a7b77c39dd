/** What the storage items hold, and how a reader validates it. No storage access: content scripts import this. */
import { parsePlaybook, type Playbook } from './playbook/schema';

/** Key (in storage.local) of the playbook in force, resolved by the background worker. */
export const ACTIVE_PLAYBOOK_KEY = 'activePlaybook';

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
