/**
 * Which questions a rep ticked on which record, kept 30 days. Only question ids and a digest of the
 * record's CRM and id are stored (storage.local is on disk): never field values, never the id itself.
 */
export const ASKED_QUESTIONS_KEY = 'askedQuestions';
export const ASKED_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export type AskedStore = Record<string, { ids: string[]; at: number }>;

/**
 * A record's key: a 64-bit digest of `crm:id`, 16 hex digits. A generic site's id is the record's address,
 * which may carry names or e-mail addresses; the digest keeps them off the disk and every key short (the
 * activity and panel messages cap it). Not a cryptographic hash: it cannot hide a record from someone who
 * already knows its id, and needs none of SubtleCrypto, which plain-HTTP CRM sites do not get.
 */
export function recordKey(crm: string, id: string): string {
  return digest(`${crm}:${id}`);
}

const DIGEST = /^[0-9a-f]{16}$/;

/** Two 32-bit multiply-xorshift lanes over the UTF-16 units, each mixed into the other at the end. */
function digest(text: string): string {
  let a = 0x811c9dc5 ^ text.length;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Keeps only well-formed entries (checked by hand: a small shape, read in every CRM tab). A key an older
 * version wrote as plain `crm:id` comes back as its digest, so its ticks stay and the next save writes
 * no plain id again.
 */
export function parseAskedStore(value: unknown): AskedStore {
  const store: AskedStore = {};
  if (!value || typeof value !== 'object') return store;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const { ids, at } = (entry ?? {}) as { ids?: unknown; at?: unknown };
    if (typeof at === 'number' && Array.isArray(ids) && ids.every((id) => typeof id === 'string')) {
      store[DIGEST.test(key) ? key : digest(key)] = { ids: ids as string[], at };
    }
  }
  return store;
}

/** The ticked question ids for a record, unless they are older than the retention. */
export function askedFor(store: AskedStore, key: string, now: number): Set<string> {
  const entry = store[key];
  return entry && now - entry.at < ASKED_RETENTION_MS ? new Set(entry.ids) : new Set();
}

/** The store with this record's ticks replaced and every expired record dropped. */
export function withAsked(store: AskedStore, key: string, ids: ReadonlySet<string>, now: number): AskedStore {
  const next: AskedStore = {};
  for (const [otherKey, entry] of Object.entries(store)) {
    if (otherKey !== key && now - entry.at < ASKED_RETENTION_MS) next[otherKey] = entry;
  }
  if (ids.size) next[key] = { ids: [...ids], at: now };
  return next;
}
