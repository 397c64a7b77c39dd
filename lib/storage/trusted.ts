/**
 * Settings that change what reps see, kept where content scripts cannot write them: the extension
 * origin's IndexedDB. A content script runs in the page's origin, so it opens the page's IndexedDB,
 * never this one; `storage.local`, by contrast, is writable by every content script (and by a
 * compromised renderer, which Chrome treats as one). Only the background and extension pages
 * (options, popup) open this store. Holds playbook settings only, never CRM data.
 *
 * A write that fails (quota, a corrupt database) rejects and changes nothing: IndexedDB writes are
 * transactions.
 */
import { parseCrmSites, type CrmSite } from '../crm/sites';
import { parseConfigSyncState, parseStoredConfigUrl, parseStoredLocalPlaybook, type ConfigSyncState, type StoredConfigUrl, type StoredLocalPlaybook } from './keys';

export interface TrustedValues {
  /** The config URL set in the options page (a URL set by policy is not stored). */
  configUrl: StoredConfigUrl;
  /** The playbook saved in the options page (editor or imported file). */
  playbook: StoredLocalPlaybook;
  /** CRM sites the manager added. */
  crmSites: CrmSite[];
  /** The config-URL follower's state: last good playbook, ETag, last success and error. */
  configSync: ConfigSyncState;
  /** Set once the values an older version kept in storage.local were moved here. */
  migratedFromLocal: true;
}
export type TrustedKey = keyof TrustedValues;

/**
 * How each record is read: nothing in the store is trusted as stored (an older version, a bug, or
 * devtools may have written it). Every `get` of both stores below goes through these.
 */
export const TRUSTED_PARSERS: { [K in TrustedKey]: (value: unknown) => TrustedValues[K] | undefined } = {
  configUrl: parseStoredConfigUrl,
  playbook: parseStoredLocalPlaybook,
  crmSites: (value) => (value === undefined ? undefined : parseCrmSites(value)),
  configSync: parseConfigSyncState,
  migratedFromLocal: (value) => (value === true ? true : undefined),
};
const parseTrusted = <K extends TrustedKey>(key: K, value: unknown): TrustedValues[K] | undefined => TRUSTED_PARSERS[key](value);

export interface TrustedStore {
  get<K extends TrustedKey>(key: K): Promise<TrustedValues[K] | undefined>;
  set<K extends TrustedKey>(key: K, value: TrustedValues[K]): Promise<void>;
  remove(key: TrustedKey): Promise<void>;
}

const DB_NAME = 'playcard-settings';
const STORE = 'settings';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The store in this extension origin's IndexedDB (one database, one object store, keyed by name). */
export function indexedDbStore(factory: IDBFactory = indexedDB, name = DB_NAME): TrustedStore {
  let opened: Promise<IDBDatabase> | undefined;
  const db = (): Promise<IDBDatabase> => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = factory.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => {
        const database = open.result;
        // Another context deleting or upgrading the database: open it again next time.
        database.onversionchange = () => {
          database.close();
          opened = undefined;
        };
        resolve(database);
      };
      open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
      open.onblocked = () => reject(new Error('IndexedDB open blocked'));
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  /** Resolves when the transaction commits, rejects when it aborts (quota, corruption). */
  const write = async (apply: (store: IDBObjectStore) => void): Promise<void> => {
    const tx = (await db()).transaction(STORE, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
    apply(tx.objectStore(STORE));
    return done;
  };
  return {
    async get(key) {
      return parseTrusted(key, await request((await db()).transaction(STORE, 'readonly').objectStore(STORE).get(key)));
    },
    set: (key, value) => write((store) => store.put(value, key)),
    remove: (key) => write((store) => store.delete(key)),
  };
}

/** An in-memory store for unit tests; `failWrites` makes every write reject as a full disk would. */
export function memoryStore(initial: Partial<TrustedValues> = {}): TrustedStore & { failWrites?: Error; values: Partial<TrustedValues> } {
  const values: Partial<TrustedValues> = structuredClone(initial);
  const store = {
    values,
    failWrites: undefined as Error | undefined,
    async get<K extends TrustedKey>(key: K) {
      return parseTrusted(key, structuredClone(values[key]));
    },
    async set<K extends TrustedKey>(key: K, value: TrustedValues[K]) {
      if (store.failWrites) throw store.failWrites;
      values[key] = structuredClone(value);
    },
    async remove(key: TrustedKey) {
      if (store.failWrites) throw store.failWrites;
      delete values[key];
    },
  };
  return store;
}

/** The keys an older Playcard kept in storage.local, and where each goes. */
export const LEGACY_LOCAL_KEYS = { configUrl: 'configUrl', playbook: 'playbook', crmSites: 'crmSites', configSync: 'configSync' } as const satisfies Record<string, TrustedKey>;

/**
 * Moves what an older version kept in storage.local into the trusted store, once. Runs in the
 * background when it starts. The old keys are removed (the CRM sites key stays: it is the
 * content scripts' read-only copy from now on and is rewritten from the trusted store).
 */
export async function migrateFromLocal(
  store: TrustedStore,
  local: { get(keys: string[]): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> },
): Promise<boolean> {
  if (await store.get('migratedFromLocal')) return false;
  const legacy = await local.get(Object.keys(LEGACY_LOCAL_KEYS));
  // WXT's storage items kept versions under `<key>$`: only the values themselves move.
  for (const key of Object.keys(LEGACY_LOCAL_KEYS) as (keyof typeof LEGACY_LOCAL_KEYS)[]) {
    const value = legacy[key];
    if (value !== undefined && value !== null && (await store.get(key)) === undefined) await store.set(key, value as never);
  }
  await store.set('migratedFromLocal', true);
  await local.remove(['configUrl', 'configUrl$', 'playbook', 'playbook$', 'configSync', 'configSync$', 'crmSites$']);
  return true;
}

let shared: TrustedStore | undefined;
/** This extension's trusted store (IndexedDB); opened on first use. */
export function trustedStore(): TrustedStore {
  return (shared ??= indexedDbStore());
}
/** Unit tests: use `store` instead (happy-dom has no IndexedDB); undefined goes back to IndexedDB. */
export function useTrustedStore(store: TrustedStore | undefined): void {
  shared = store;
}
