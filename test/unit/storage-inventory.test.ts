/**
 * lib/storage/inventory.ts lists every storage key. This scans the shipped sources (lib/,
 * entrypoints/, components/) for storage accesses and fails when one uses a key the inventory does
 * not declare in that area, when a key constant is declared outside it, or when an entry is no
 * longer used. Keys are resolved from `*_KEY = '…'` constants and string literals; a call whose key
 * is a variable is allowed only at the wrappers listed below (each must still exist).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryEntry, STORAGE_INVENTORY, type StorageArea } from '../../lib/storage/inventory';
import { memoryStore } from '../../lib/storage/trusted';
import { FIT_TIERS, GRADED_TIERS } from '../../lib/record';
import { TIERS } from '../../lib/playbook/schema';
import { ACTIVITY_TIERS, emptyWeek } from '../../lib/rep/activity';
import { contentToBackgroundSchema, contentToPopupSchema } from '../../lib/messages';

const ROOT = join(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const FILES = ['lib', 'entrypoints', 'components'].flatMap(sources).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));

/** `export const FOO_KEY = 'foo'` anywhere in the sources. */
const KEY_CONSTANTS = new Map(FILES.flatMap(({ text }) => [...text.matchAll(/\bconst ([A-Z][A-Z_]*_KEY) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!] as const)));

/** Which area a call's receiver reaches. */
const RECEIVERS: [RegExp, StorageArea][] = [
  [/storage\??\.local|\blocal|deps\.storage/, 'local'],
  [/storage\??\.session|\bsession\??|\barea/, 'session'],
  [/\bstore|trustedStore\(\)/, 'trusted'],
];
const CALL = /((?:browser\.)?storage\??\.(?:local|session)|\blocal|deps\.storage|\bsession\??|\barea|\bstore|trustedStore\(\))\.(get|set|remove)\(([^)]*)\)/g;
/** Calls whose key is a variable: thin wrappers whose callers pass declared keys. `file: argument`. */
const PASS_THROUGH = new Set([
  'lib/content/run-playcard.tsx: key', // the content runtime's get(key): callers pass *_KEY constants
  'lib/content/run-playcard.tsx: { [key]: value }',
  'lib/config/active-playbook.ts: key, value', // saveTrusted/removeTrusted: key is a TrustedKey
  'lib/config/active-playbook.ts: key',
  'lib/storage/trusted.ts: key', // migrateFromLocal: keys of LEGACY_LOCAL_KEYS
  'lib/storage/trusted.ts: key, value as never',
  'entrypoints/sites.content.ts: key', // the sites loader's readLocal(key), without the polyfill: called with CRM_SITES_KEY
]);

interface Access {
  path: string;
  area: StorageArea;
  key: string;
}
function scan(): { accesses: Access[]; unresolved: string[]; passThrough: Set<string> } {
  const accesses: Access[] = [];
  const unresolved: string[] = [];
  const passThrough = new Set<string>();
  for (const { path, text } of FILES) {
    const file = relative(ROOT, join(ROOT, path));
    if (file === 'lib/storage/inventory.ts') continue;
    for (const [, receiver, , args] of text.matchAll(CALL)) {
      const area = RECEIVERS.find(([pattern]) => pattern.test(receiver!))![1];
      const keys = [
        ...[...args!.matchAll(/'([^']+)'/g)].map((m) => m[1]!.replace(/\$$/, '')),
        ...[...args!.matchAll(/\b[A-Z][A-Z_]*_KEY\b/g)].map((m) => KEY_CONSTANTS.get(m[0]) ?? `unknown constant ${m[0]}`),
        ...(/Object\.keys\(LEGACY_LOCAL_KEYS\b/.test(args!) ? STORAGE_INVENTORY.filter((entry) => entry.retired).map((entry) => entry.key) : []),
      ];
      if (keys.length) accesses.push(...keys.map((key) => ({ path: file, area, key })));
      else if (PASS_THROUGH.has(`${file}: ${args!.trim()}`)) passThrough.add(`${file}: ${args!.trim()}`);
      else unresolved.push(`${file}: ${receiver}.…(${args})`);
    }
    // WXT items: `storage.defineItem<…>(`local:${FOO_KEY}`, …)` or a literal key.
    for (const [, area, name] of text.matchAll(/defineItem<[^>]*>\(`(local|session):\$\{([A-Z_]+)\}`/g)) {
      accesses.push({ path: file, area: area as StorageArea, key: KEY_CONSTANTS.get(name!) ?? `unknown constant ${name}` });
    }
    for (const [literal] of text.matchAll(/defineItem[^(]*\(['"][^'"]*['"]|(?:getItem|setItem|removeItem|getItems)\(['"`]/g)) unresolved.push(`${file}: ${literal}`);
  }
  return { accesses, unresolved, passThrough };
}

describe('storage inventory', () => {
  const { accesses, unresolved, passThrough } = scan();

  it('finds the accesses it scans for (the scan itself can fail)', () => {
    expect(accesses.length).toBeGreaterThan(20);
    expect(accesses).toContainEqual({ path: 'lib/content/runtime.ts', area: 'local', key: 'askedQuestions' });
    expect(accesses).toContainEqual({ path: 'lib/remember/background.ts', area: 'session', key: 'rememberedRecords' });
    expect(accesses).toContainEqual({ path: 'lib/config/active-playbook.ts', area: 'trusted', key: 'configSync' });
    expect(accesses).toContainEqual({ path: 'lib/storage/items.ts', area: 'local', key: 'activity' });
  });

  it('every storage access uses a key the inventory declares in that area', () => {
    expect(accesses.filter(({ area, key }) => !inventoryEntry(area, key))).toEqual([]);
    expect(unresolved).toEqual([]);
  });

  it('every pass-through wrapper listed still exists (a stale entry would hide a new one)', () => {
    expect([...PASS_THROUGH].filter((site) => !passThrough.has(site))).toEqual([]);
  });

  it('every *_KEY constant in the sources is an inventory key, and no entry is unused', () => {
    const keys = new Set(STORAGE_INVENTORY.map((entry) => entry.key));
    expect([...KEY_CONSTANTS].filter(([, key]) => !keys.has(key))).toEqual([]);
    const used = new Set(accesses.map(({ area, key }) => `${area}:${key}`));
    expect(STORAGE_INVENTORY.filter((entry) => !used.has(`${entry.area}:${entry.key}`)).map((entry) => `${entry.area}:${entry.key}`)).toEqual([]);
  });

  it('one entry per key and area; only storage.session holds CRM values; every live key has a parser', () => {
    const ids = STORAGE_INVENTORY.map((entry) => `${entry.area}:${entry.key}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(STORAGE_INVENTORY.filter((entry) => entry.crmValues).map((entry) => `${entry.area}:${entry.key}`)).toEqual(['session:rememberedRecords']);
    expect(STORAGE_INVENTORY.filter((entry) => !entry.retired && !entry.parse)).toEqual([]);
  });

  it("the WXT items' versions are the inventory's, and every item is a `wxt` entry", () => {
    const items = readFileSync(join(ROOT, 'lib/storage/items.ts'), 'utf8');
    const declared = [...items.matchAll(/defineItem<[^>]*>\(`(local|session):\$\{([A-Z_]+)\}`,[^;]*?version: (\d+)/g)].map(([, area, name, version]) => ({
      id: `${area}:${KEY_CONSTANTS.get(name!)}`,
      version: Number(version),
    }));
    expect(declared.length).toBe(3);
    const wxt = STORAGE_INVENTORY.filter((entry) => entry.version.kind === 'wxt' && !entry.retired).map((entry) => ({ id: `${entry.area}:${entry.key}`, version: entry.version.version }));
    expect(declared).toEqual(expect.arrayContaining(wxt));
    expect(wxt).toHaveLength(declared.length);
  });

  it('no code uses storage.sync (settings live in the trusted store; nothing syncs)', () => {
    expect(FILES.filter(({ text }) => /storage\??\.sync\b/.test(text)).map(({ path }) => path)).toEqual([]);
  });

  it('every parser turns garbage into its empty value instead of passing it on', () => {
    for (const entry of STORAGE_INVENTORY.filter((e) => e.parse)) {
      for (const garbage of ['x', 42, [1], { url: 5, playbook: undefined, day: 1, keys: 'no' }]) {
        const parsed = entry.parse!(garbage);
        expect(parsed === garbage, `${entry.area}:${entry.key} passed ${JSON.stringify(garbage)} on`).toBe(false);
      }
    }
  });

  it('the trusted store parses configUrl and configSync on read, as every other record', async () => {
    const store = memoryStore({
      configUrl: { url: 42, setAt: 'x' } as never,
      configSync: { url: 'https://c.example/p.json', etag: 7, lastError: { message: 'm' }, playbook: { v: 1 } } as never,
    });
    expect(await store.get('configUrl')).toBeUndefined();
    expect(await store.get('configSync')).toEqual({ url: 'https://c.example/p.json', playbook: { v: 1 } });
  });
});

describe('one tier list', () => {
  it('activity, the playbook (A–D), the messages and a fresh week all follow FIT_TIERS', () => {
    expect(ACTIVITY_TIERS).toBe(FIT_TIERS);
    expect(TIERS).toEqual(['A', 'B', 'C', 'D']);
    expect(GRADED_TIERS).toEqual(FIT_TIERS.slice(0, 4));
    expect(Object.keys(emptyWeek().reviewed)).toEqual([...FIT_TIERS]);
    for (const tier of FIT_TIERS) {
      expect(contentToBackgroundSchema.safeParse({ type: 'tier', tier }).success).toBe(true);
      expect(contentToPopupSchema.safeParse({ crm: 'x', kind: 'deal', tier }).success).toBe(true);
    }
    expect(contentToBackgroundSchema.safeParse({ type: 'tier', tier: 'E' }).success).toBe(false);
  });

  it('the tier list is written out once in the shipped sources', () => {
    const written = FILES.filter(({ text }) => /'A', 'B', 'C', 'D'/.test(text)).map(({ path }) => path);
    expect(written).toEqual(['lib/record.ts']);
  });
});
