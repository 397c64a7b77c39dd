/**
 * Which questions a rep ticked on which record, kept 30 days. Only question ids and the record's
 * CRM id are stored, never field values.
 */
export const ASKED_QUESTIONS_KEY = 'askedQuestions';
export const ASKED_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export type AskedStore = Record<string, { ids: string[]; at: number }>;

export function recordKey(crm: string, id: string): string {
  return `${crm}:${id}`;
}

/** Keeps only well-formed entries (checked by hand: a small shape, read in every CRM tab). */
export function parseAskedStore(value: unknown): AskedStore {
  const store: AskedStore = {};
  if (!value || typeof value !== 'object') return store;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const { ids, at } = (entry ?? {}) as { ids?: unknown; at?: unknown };
    if (typeof at === 'number' && Array.isArray(ids) && ids.every((id) => typeof id === 'string')) store[key] = { ids: ids as string[], at };
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
