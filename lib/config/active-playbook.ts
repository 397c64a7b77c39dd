/**
 * Which playbook is in force. Runs in the background worker (and the options page, for an instant
 * answer); content scripts only read the result. Precedence: policy > config URL > local > default.
 */
import { t, tn, type MessageKey } from '../i18n';
import { DEFAULT_PLAYBOOK } from '../playbook/defaults';
import { firstProblems, readPlaybook } from '../playbook/io';
import type { Playbook } from '../playbook/schema';
import { effectiveConfigUrl, NO_POLICY, readManagedPolicy, type ManagedPolicy } from './policy';
import {
  activePlaybookItem,
  configSyncItem,
  configUrlItem,
  localPlaybookItem,
  type ActivePlaybook,
  type ConfigSyncState,
  type SavedFrom,
  type StoredConfigUrl,
  type StoredLocalPlaybook,
  type SyncStatus,
} from '../storage/items';

export interface PlaybookSources {
  /** What enterprise policy (storage.managed) sets; absent = no policy. */
  policy?: ManagedPolicy | null;
  /** The config URL set in the options page. */
  configUrl?: StoredConfigUrl | null;
  /** The config-URL follower's state (last good playbook, status). */
  sync?: ConfigSyncState | null;
  /** The playbook saved in the options page. */
  local?: StoredLocalPlaybook | null;
}

/** "The playbook set by your organization is not valid and is not used: <first problems> (and 2 more)". */
function invalidBecause(key: MessageKey, lines: readonly string[]): string {
  const { listed, more } = firstProblems(lines);
  return t(key, more > 0 ? tn('options_problem_more', more, listed) : listed);
}

/** Chooses the playbook in force from what storage and policy hold. Pure. */
export function resolveActivePlaybook(sources: PlaybookSources): ActivePlaybook {
  const policy = sources.policy ?? NO_POLICY;
  const problems = [...policy.problems];
  const shared: Pick<ActivePlaybook, 'locked' | 'sync'> = {};
  if (policy.locked) shared.locked = true;

  const followed = effectiveConfigUrl(policy, sources.configUrl);
  const sync = followed && sources.sync?.url === followed.url ? sources.sync : null;
  if (followed) {
    const status: SyncStatus = { url: followed.url, setBy: followed.setBy };
    if (sync?.lastSuccessAt) status.lastSuccessAt = sync.lastSuccessAt;
    if (sync?.lastVersion) status.lastVersion = sync.lastVersion;
    if (sync?.lastError) status.lastError = sync.lastError;
    shared.sync = status;
  }
  const withProblems = (active: ActivePlaybook): ActivePlaybook => (problems.length ? { ...active, problem: problems.join(' ') } : active);

  if (policy.playbook !== undefined) {
    const parsed = readPlaybook(policy.playbook);
    if (parsed.ok) return withProblems({ playbook: parsed.playbook, origin: 'policy', ...shared });
    problems.push(invalidBecause('options_problem_policyInvalid', parsed.lines));
  }
  if (sync?.playbook !== undefined) {
    const parsed = readPlaybook(sync.playbook);
    if (parsed.ok) return withProblems({ playbook: parsed.playbook, origin: 'configUrl', ...(sync.lastSuccessAt ? { savedAt: sync.lastSuccessAt } : {}), ...shared });
    problems.push(invalidBecause('options_problem_configUrlInvalid', parsed.lines));
  }
  if (sources.local && !policy.locked) {
    const parsed = readPlaybook(sources.local.playbook);
    if (parsed.ok) {
      return withProblems({ playbook: parsed.playbook, origin: 'local', savedFrom: sources.local.savedFrom, savedAt: sources.local.savedAt, ...shared });
    }
    problems.push(invalidBecause('options_problem_localInvalid', parsed.lines));
  }
  return withProblems({ playbook: DEFAULT_PLAYBOOK, origin: 'default', ...shared });
}

/** Recomputes the active playbook from its sources and stores it for content scripts. */
export async function refreshActivePlaybook(): Promise<ActivePlaybook> {
  const [policy, configUrl, sync, local] = await Promise.all([
    readManagedPolicy(),
    configUrlItem.getValue(),
    configSyncItem.getValue(),
    localPlaybookItem.getValue(),
  ]);
  const active = resolveActivePlaybook({ policy, configUrl, sync, local });
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
