/**
 * Which playbook is in force. Runs in the background worker and the extension pages (options,
 * popup), which read the sources from the trusted store (lib/storage/trusted.ts) and policy;
 * content scripts only read the copy the background writes to storage.local, and nothing here
 * reads that copy back. Precedence: policy > config URL > local > default.
 */
import { t, tn, type MessageKey } from '../i18n';
import { DEFAULT_PLAYBOOK } from '../playbook/defaults';
import { firstProblems, readPlaybook } from '../playbook/io';
import type { Playbook } from '../playbook/schema';
import { effectiveConfigUrl, NO_POLICY, readManagedPolicy, type ManagedPolicy } from './policy';
import { activePlaybookItem, crmSitesItem, type ActivePlaybook, type ConfigSyncState, type SavedFrom, type StoredConfigUrl, type StoredLocalPlaybook, type SyncStatus } from '../storage/items';
import { reportedWrite } from '../storage/problems';
import { trustedStore, type TrustedKey, type TrustedStore, type TrustedValues } from '../storage/trusted';
import { browser } from 'wxt/browser';
import { CRM_SITES_KEY, parseCrmSites, type CrmSite } from '../crm/sites';
import { ACTIVE_PLAYBOOK_KEY } from '../storage/keys';

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

/** The playbook in force, from the trusted store and policy only (never from storage.local). */
export async function currentActivePlaybook(store: TrustedStore = trustedStore()): Promise<ActivePlaybook> {
  const [policy, configUrl, sync, local] = await Promise.all([readManagedPolicy(), store.get('configUrl'), store.get('configSync'), store.get('playbook')]);
  return resolveActivePlaybook({ policy, configUrl: configUrl ?? null, sync: sync ?? null, local: local ?? null });
}

/** The CRM sites the manager added, from the trusted store. */
export async function currentCrmSites(store: TrustedStore = trustedStore()): Promise<CrmSite[]> {
  return parseCrmSites(await store.get('crmSites'));
}

/** JSON with sorted keys: two values are the same when their canonical texts are. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Recomputes the playbook in force from the trusted sources and rewrites the content scripts'
 * read-only copy (storage.local). Nothing reads that copy back as truth. A failed write is
 * reported (the rep's tabs keep the copy from before) and rethrown.
 */
export async function refreshActivePlaybook(store: TrustedStore = trustedStore()): Promise<ActivePlaybook> {
  const active = await currentActivePlaybook(store);
  await reportedWrite('repCopy', () => activePlaybookItem.setValue(active));
  return active;
}

/** Rewrites the content scripts' read-only copy of the CRM sites from the trusted store. */
export async function publishCrmSites(store: TrustedStore = trustedStore()): Promise<CrmSite[]> {
  const sites = await currentCrmSites(store);
  await reportedWrite('repCopy', () => crmSitesItem.setValue(sites));
  return sites;
}

type SettingKey = Exclude<TrustedKey, 'migratedFromLocal'>;

/** Writes a setting to the trusted store; a failure is reported and rethrown, and the old value stays. */

export function saveSetting<K extends SettingKey>(key: K, value: TrustedValues[K], store: TrustedStore = trustedStore()): Promise<void> {
  return reportedWrite('settings', () => store.set(key, value));
}

export function removeSetting(key: SettingKey, store: TrustedStore = trustedStore()): Promise<void> {
  return reportedWrite('settings', () => store.remove(key));
}

export async function saveLocalPlaybook(playbook: Playbook, savedFrom: SavedFrom, store: TrustedStore = trustedStore()): Promise<void> {
  await saveSetting('playbook', { playbook, savedFrom, savedAt: new Date().toISOString() }, store);
  await refreshActivePlaybook(store).finally(announceSettingsChanged);
}

export async function resetToDefaultPlaybook(store: TrustedStore = trustedStore()): Promise<void> {
  await removeSetting('playbook', store);
  await refreshActivePlaybook(store).finally(announceSettingsChanged);
}

const SETTINGS_CHANNEL = 'playcard-settings';

/**
 * Tells this extension's pages that the trusted settings changed. A BroadcastChannel reaches
 * only the extension's own origin: content scripts, in the page's origin, can neither post nor
 * listen here. Listeners re-read the trusted store; the message itself carries nothing.
 */
export function announceSettingsChanged(): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(SETTINGS_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/**
 * Calls back whenever the trusted settings may have changed: an announcement, a change of the
 * content scripts' copies (the background rewrites them on every change), or of policy. The
 * callback re-reads the trusted store: what a notification says is never used.
 */
export function onSettingsMaybeChanged(callback: () => void): () => void {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SETTINGS_CHANNEL) : undefined;
  if (channel) channel.onmessage = () => callback();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && (ACTIVE_PLAYBOOK_KEY in changes || CRM_SITES_KEY in changes))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    channel?.close();
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Extension pages: calls back with `read()` from the trusted store now and after every possible change (latest read wins). */
export function watchTrusted<T>(read: () => Promise<T>, onChange: (value: T) => void): () => void {
  let latest = 0;
  const reread = () => {
    const mine = ++latest;
    void read().then(
      (value) => mine === latest && onChange(value),
      (error) => console.warn('[Playcard] could not read the settings', error),
    );
  };
  const stop = onSettingsMaybeChanged(reread);
  reread();
  return stop;
}

/** Extension pages (options, popup): the playbook in force, from the trusted store, now and on every change. */
export const watchTrustedActivePlaybook = (onChange: (active: ActivePlaybook) => void) => watchTrusted(() => currentActivePlaybook(), onChange);
