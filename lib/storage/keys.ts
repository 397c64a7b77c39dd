/** What the storage items hold, and how a reader validates it. No storage access: content scripts import this. */
import { checkPlaybook } from '../playbook/check';
import type { Playbook } from '../playbook/schema';

/** Key (in storage.local) of the content scripts' read-only copy of the playbook in force, written by the background worker. */
export const ACTIVE_PLAYBOOK_KEY = 'activePlaybook';

/** Where the playbook in force came from; precedence policy > configUrl > local > default. */
export type PlaybookOrigin = 'default' | 'local' | 'configUrl' | 'policy';
const ORIGINS: readonly PlaybookOrigin[] = ['default', 'local', 'configUrl', 'policy'];
export type SavedFrom = 'editor' | 'file';

/** The rep's or manager's own playbook, saved from the options page (editor or imported file). */
export interface StoredLocalPlaybook {
  playbook: unknown;
  savedFrom: SavedFrom;
  savedAt: string;
}

/** A config URL's sync status, as options and popup show it. Times are ISO strings. */
export interface SyncStatus {
  url: string;
  /** Who set the URL: the user in the options page, or enterprise policy. */
  setBy: 'user' | 'policy';
  lastSuccessAt?: string;
  /** Version of the last playbook fetched successfully. */
  lastVersion?: string;
  lastError?: { message: string; at: string };
}

export interface ActivePlaybook {
  playbook: Playbook;
  origin: PlaybookOrigin;
  savedFrom?: SavedFrom;
  savedAt?: string;
  /** Why a stored playbook was not used, when it was unreadable. */
  problem?: string;
  /** Enterprise policy locks the playbook: the options page is read-only. */
  locked?: boolean;
  /** The config URL in force (from policy or the options page) and how its sync went. */
  sync?: SyncStatus;
}

function parseSyncStatus(value: unknown): SyncStatus | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Partial<SyncStatus>;
  if (typeof s.url !== 'string') return undefined;
  const error = s.lastError;
  return {
    url: s.url,
    setBy: s.setBy === 'policy' ? 'policy' : 'user',
    ...(typeof s.lastSuccessAt === 'string' ? { lastSuccessAt: s.lastSuccessAt } : {}),
    ...(typeof s.lastVersion === 'string' ? { lastVersion: s.lastVersion } : {}),
    ...(error && typeof error.message === 'string' && typeof error.at === 'string' ? { lastError: { message: error.message, at: error.at } } : {}),
  };
}

/**
 * Validates what `local:activePlaybook` holds; null when it is missing or not a valid playbook.
 * Content scripts call this, so the playbook goes through the zod-free full check (any CRM tab can write storage.local).
 */
export function parseActivePlaybook(value: unknown): ActivePlaybook | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as Partial<ActivePlaybook>;
  const playbook = checkPlaybook(stored.playbook);
  if (!playbook) return null;
  return {
    playbook,
    origin: ORIGINS.includes(stored.origin as PlaybookOrigin) ? (stored.origin as PlaybookOrigin) : 'default',
    ...(stored.savedFrom === 'editor' || stored.savedFrom === 'file' ? { savedFrom: stored.savedFrom } : {}),
    ...(typeof stored.savedAt === 'string' ? { savedAt: stored.savedAt } : {}),
    ...(typeof stored.problem === 'string' ? { problem: stored.problem } : {}),
    ...(stored.locked === true ? { locked: true } : {}),
    ...(parseSyncStatus(stored.sync) ? { sync: parseSyncStatus(stored.sync) } : {}),
  };
}

/** The config URL a manager or rep set in the options page (a URL set by policy is not stored here). */
export interface StoredConfigUrl {
  url: string;
  setAt: string;
}

/**
 * What the config-URL follower knows: the last good playbook fetched from `url` (kept on any later
 * failure), its ETag, and how the last attempts went. Holds playbook data only, never CRM data.
 */
export interface ConfigSyncState {
  url: string;
  playbook?: unknown;
  etag?: string;
  lastSuccessAt?: string;
  lastVersion?: string;
  lastError?: { message: string; at: string };
}

const text = (value: unknown): value is string => typeof value === 'string';
function parseLastError(value: unknown): { message: string; at: string } | undefined {
  const error = value as { message?: unknown; at?: unknown } | null | undefined;
  return error && typeof error === 'object' && text(error.message) && text(error.at) ? { message: error.message, at: error.at } : undefined;
}

/** Validates the trusted store's `configUrl`; undefined when it is not a URL string with its time. */
export function parseStoredConfigUrl(value: unknown): StoredConfigUrl | undefined {
  const stored = value as Partial<Record<keyof StoredConfigUrl, unknown>> | null;
  if (!stored || typeof stored !== 'object' || !text(stored.url) || !stored.url) return undefined;
  return { url: stored.url, setAt: text(stored.setAt) ? stored.setAt : '' };
}

/** Validates the trusted store's `configSync`: well-typed fields only; the playbook itself is parsed where it is used. */
export function parseConfigSyncState(value: unknown): ConfigSyncState | undefined {
  const stored = value as Partial<Record<keyof ConfigSyncState, unknown>> | null;
  if (!stored || typeof stored !== 'object' || !text(stored.url)) return undefined;
  const lastError = parseLastError(stored.lastError);
  return {
    url: stored.url,
    ...(stored.playbook !== undefined ? { playbook: stored.playbook } : {}),
    ...(text(stored.etag) ? { etag: stored.etag } : {}),
    ...(text(stored.lastSuccessAt) ? { lastSuccessAt: stored.lastSuccessAt } : {}),
    ...(text(stored.lastVersion) ? { lastVersion: stored.lastVersion } : {}),
    ...(lastError ? { lastError } : {}),
  };
}

/** Validates the trusted store's `playbook` (the options page's own): its wrapper; the playbook itself is parsed where it is used. */
export function parseStoredLocalPlaybook(value: unknown): StoredLocalPlaybook | undefined {
  const stored = value as Partial<Record<keyof StoredLocalPlaybook, unknown>> | null;
  if (!stored || typeof stored !== 'object' || stored.playbook === undefined) return undefined;
  return { playbook: stored.playbook, savedFrom: stored.savedFrom === 'file' ? 'file' : 'editor', savedAt: text(stored.savedAt) ? stored.savedAt : '' };
}
