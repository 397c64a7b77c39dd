/**
 * Storage writes that failed (a full quota, a corrupt database), kept where the manager (options)
 * and the rep (popup) look: `storage.session`, in memory, so a full disk cannot also swallow the
 * report, and readable only by extension pages and the background (Chrome's default access level
 * for session storage; content scripts are not "trusted contexts"). A later successful write of
 * the same kind clears its problem. What was in force before a failed write stays in force: the
 * writes are whole values, and a failed one leaves the old value where it was.
 */
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../i18n';

/** What could not be saved: the settings themselves, the rep's copy of the playbook in force, or this week's counts. */
export type StorageProblemKind = 'settings' | 'repCopy' | 'activity';
export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
  at: string;
}
export type StorageProblems = Partial<Record<StorageProblemKind, StorageProblem>>;

export const STORAGE_PROBLEMS_KEY = 'storageProblems';
const KINDS: readonly StorageProblemKind[] = ['settings', 'repCopy', 'activity'];

const WHAT: Record<StorageProblemKind, MessageKey> = {
  settings: 'storage_problem_settings',
  repCopy: 'storage_problem_repCopy',
  activity: 'storage_problem_activity',
};

/** Why a write failed, in words: a full quota by name, anything else with the browser's own message. */
export function describeWriteFailure(error: unknown): string {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return t('storage_problem_quota');
  return t('storage_problem_other', message);
}

/** The problem to show for a failed write of `kind`: what could not be saved, why, and that the old value holds. */
export function storageProblem(kind: StorageProblemKind, error: unknown, now: Date): StorageProblem {
  return { kind, message: t(WHAT[kind], describeWriteFailure(error)), at: now.toISOString() };
}

/** Validates what storage.session holds. */
export function parseStorageProblems(value: unknown): StorageProblems {
  if (!value || typeof value !== 'object') return {};
  const problems: StorageProblems = {};
  for (const kind of KINDS) {
    const entry = (value as Record<string, unknown>)[kind] as Partial<StorageProblem> | undefined;
    if (entry && typeof entry.message === 'string' && typeof entry.at === 'string') problems[kind] = { kind, message: entry.message, at: entry.at };
  }
  return problems;
}

/** A failed write, its message in the manager's words (what could not be saved, why, what stays). */
export class StorageWriteError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(problem.message, { cause });
    this.name = 'StorageWriteError';
  }
}

export interface ProblemLog {
  get(): Promise<unknown>;
  set(value: StorageProblems): Promise<void>;
}

/** storage.session, where the browser has it (Chrome 102+, Firefox 115+); nowhere otherwise. */
export function sessionProblemLog(): ProblemLog {
  const session = browser.storage?.session;
  return {
    get: async () => (session ? (await session.get(STORAGE_PROBLEMS_KEY))[STORAGE_PROBLEMS_KEY] : undefined),
    set: async (value) => {
      await session?.set({ [STORAGE_PROBLEMS_KEY]: value });
    },
  };
}

// Reports are serialised so two failures at once both stay.
let pending: Promise<unknown> = Promise.resolve();

/**
 * Runs a storage write of `kind`. A failure is recorded for the options page and popup, then
 * thrown as a StorageWriteError so the caller can say so too (Sync now answers not ok); a success
 * clears the kind.
 */
export async function reportedWrite<T>(kind: StorageProblemKind, write: () => Promise<T>, log: ProblemLog = sessionProblemLog(), now = () => new Date()): Promise<T> {
  const update = (change: (problems: StorageProblems) => StorageProblems | null) => {
    pending = pending
      .then(async () => {
        const next = change(parseStorageProblems(await log.get()));
        if (next) await log.set(next);
      })
      .catch((error) => console.warn('[Playcard] could not record a storage problem', error));
    return pending;
  };
  try {
    const result = await write();
    await update((problems) => {
      if (!problems[kind]) return null;
      const { [kind]: _cleared, ...rest } = problems;
      return rest;
    });
    return result;
  } catch (error) {
    const problem = storageProblem(kind, error, now());
    await update((problems) => ({ ...problems, [kind]: problem }));
    throw new StorageWriteError(problem, error);
  }
}

/** Calls back with the recorded problems now and whenever they change (extension pages only). */
export function watchStorageProblems(onChange: (problems: StorageProblem[]) => void): () => void {
  const session = browser.storage?.session;
  if (!session) return () => undefined;
  const deliver = (value: unknown) => onChange(Object.values(parseStorageProblems(value)));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && STORAGE_PROBLEMS_KEY in changes) deliver(changes[STORAGE_PROBLEMS_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  void session.get(STORAGE_PROBLEMS_KEY).then((stored) => deliver(stored[STORAGE_PROBLEMS_KEY]));
  return () => browser.storage.onChanged.removeListener(listener);
}
