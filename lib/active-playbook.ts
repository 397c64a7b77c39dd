/**
 * Which playbook is in force. Runs in the background worker (and the options page, for an instant
 * answer); content scripts only read the result.
 */
import { DEFAULT_PLAYBOOK } from './playbook/defaults';
import { parsePlaybook, type Playbook } from './playbook/schema';
import { activePlaybookItem, localPlaybookItem, type ActivePlaybook, type SavedFrom, type StoredLocalPlaybook } from './storage';

/** Chooses the playbook in force from what storage holds. Pure. */
export function resolveActivePlaybook(local: StoredLocalPlaybook | null | undefined): ActivePlaybook {
  if (local) {
    const parsed = parsePlaybook(local.playbook);
    if (parsed.ok) return { playbook: parsed.playbook, origin: 'local', savedFrom: local.savedFrom, savedAt: local.savedAt };
    return {
      playbook: DEFAULT_PLAYBOOK,
      origin: 'default',
      problem: `The saved playbook is not valid (${parsed.issues.length} problem(s)); the default is in force.`,
    };
  }
  return { playbook: DEFAULT_PLAYBOOK, origin: 'default' };
}

/** Recomputes the active playbook from its sources and stores it for content scripts. */
export async function refreshActivePlaybook(): Promise<ActivePlaybook> {
  const active = resolveActivePlaybook(await localPlaybookItem.getValue());
  await activePlaybookItem.setValue(active);
  return active;
}

export async function saveLocalPlaybook(playbook: Playbook, savedFrom: SavedFrom): Promise<void> {
  await localPlaybookItem.setValue({ playbook, savedFrom, savedAt: new Date().toISOString() });
  await refreshActivePlaybook();
}

export async function resetToDefaultPlaybook(): Promise<void> {
  await localPlaybookItem.removeValue();
  await refreshActivePlaybook();
}
