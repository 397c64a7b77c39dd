import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore, useTrustedStore } from '../../lib/storage/trusted';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentActivePlaybook, refreshActivePlaybook, resetToDefaultPlaybook, resolveActivePlaybook, saveLocalPlaybook } from '../../lib/config/active-playbook';
import { watchActivePlaybook } from '../../lib/content/playbook-feed';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { parseManagedPolicy } from '../../lib/config/policy';
import { parseActivePlaybook, type ActivePlaybook, type ConfigSyncState } from '../../lib/storage/items';
import { useUiLanguage } from '../setup/i18n';

let store: ReturnType<typeof memoryStore>;
beforeEach(() => {
  fakeBrowser.reset();
  store = memoryStore();
  useTrustedStore(store);
});
afterEach(() => useTrustedStore(undefined));

describe('resolveActivePlaybook', () => {
  it('uses the default when nothing was saved', () => {
    expect(resolveActivePlaybook({})).toEqual({ playbook: DEFAULT_PLAYBOOK, origin: 'default' });
    expect(resolveActivePlaybook({ local: null, policy: null, sync: null, configUrl: null })).toEqual({ playbook: DEFAULT_PLAYBOOK, origin: 'default' });
  });

  it('keeps the default in force, and says why, when the saved playbook is broken', () => {
    const active = resolveActivePlaybook({ local: { playbook: { name: 'half written' }, savedFrom: 'editor', savedAt: '2026-11-27T10:00:00Z' } });
    expect(active.origin).toBe('default');
    expect(active.playbook).toBe(DEFAULT_PLAYBOOK);
    expect(active.problem).toMatch(/not valid/);
  });

  it('says what is wrong with the saved playbook, where and how much more, in the UI language', () => {
    const broken = (playbook: unknown) => resolveActivePlaybook({ local: { playbook, savedFrom: 'editor', savedAt: '2026-11-27T10:00:00Z' } }).problem;
    const oneProblem = { ...DEFAULT_PLAYBOOK, name: '' };
    expect(broken(oneProblem)).toBe('The saved playbook is not valid, so the default is in force: Playbook name: cannot be empty');
    const fourProblems = { ...oneProblem, version: '', products: DEFAULT_PLAYBOOK.products.map((p, i) => (i === 0 ? { ...p, pitch: '' } : p)), icp: { ...DEFAULT_PLAYBOOK.icp, minCoverage: 2 } };
    expect(broken(fourProblems)).toBe(
      `The saved playbook is not valid, so the default is in force: Playbook name: cannot be empty; Version: cannot be empty; Minimum coverage: must be at most 1 (and 1 more)`,
    );
    useUiLanguage('de');
    expect(broken(oneProblem)).toBe('Das gespeicherte Playbook ist ungültig, daher ist das integrierte Standard-Playbook aktiv: Name des Playbooks: darf nicht leer sein');
    expect(resolveActivePlaybook({ policy: parseManagedPolicy({ playbook: '{not json' }) }).problem).toBe(
      'Das per Richtlinie festgelegte Playbook ist kein gültiges JSON.',
    );
  });
});

describe('precedence: policy > config URL > local > default', () => {
  const named = (name: string) => ({ ...DEFAULT_PLAYBOOK, name });
  const local = { playbook: named('Local'), savedFrom: 'editor' as const, savedAt: '2026-11-27T09:00:00Z' };
  const userUrl = { url: 'https://config.example.com/p.json', setAt: '2026-11-27T09:00:00Z' };
  const sync: ConfigSyncState = {
    url: userUrl.url,
    playbook: named('Hosted'),
    etag: '"1"',
    lastSuccessAt: '2026-11-27T10:00:00Z',
    lastVersion: DEFAULT_PLAYBOOK.version,
    lastError: { message: 'HTTP 500', at: '2026-11-27T10:30:00Z' },
  };

  it('the config URL beats the local playbook, and its status comes along', () => {
    const active = resolveActivePlaybook({ local, configUrl: userUrl, sync });
    expect(active.playbook.name).toBe('Hosted');
    expect(active.origin).toBe('configUrl');
    expect(active.sync).toEqual({ url: userUrl.url, setBy: 'user', lastSuccessAt: sync.lastSuccessAt, lastVersion: sync.lastVersion, lastError: sync.lastError });
  });

  it('a config URL that never synced leaves the local playbook in force, with its error shown', () => {
    const active = resolveActivePlaybook({ local, configUrl: userUrl, sync: { url: userUrl.url, lastError: { message: 'offline', at: 't' } } });
    expect(active.origin).toBe('local');
    expect(active.sync?.lastError?.message).toBe('offline');
  });

  it("ignores a sync state from a URL that is no longer set", () => {
    const active = resolveActivePlaybook({ local, configUrl: { url: 'https://new.example.com/p.json', setAt: 'x' }, sync });
    expect(active.origin).toBe('local');
    expect(active.sync).toEqual({ url: 'https://new.example.com/p.json', setBy: 'user' });
  });

  it('a policy playbook beats everything; a JSON string works too', () => {
    const policy = parseManagedPolicy({ playbook: JSON.stringify(named('Policy')) });
    const active = resolveActivePlaybook({ policy, local, configUrl: userUrl, sync });
    expect(active.playbook.name).toBe('Policy');
    expect(active.origin).toBe('policy');
    expect(active.locked).toBeUndefined();
  });

  it('an invalid policy playbook falls through and says so', () => {
    const active = resolveActivePlaybook({ policy: parseManagedPolicy({ playbook: { name: 'x' } }), local });
    expect(active.origin).toBe('local');
    expect(active.problem).toMatch(/set by your organization is not valid/);
  });

  it("a locked policy ignores the user's playbook and config URL; policy's URL is followed", () => {
    const locked = parseManagedPolicy({ locked: true });
    expect(resolveActivePlaybook({ policy: locked, local, configUrl: userUrl, sync })).toMatchObject({ origin: 'default', locked: true });
    const withUrl = parseManagedPolicy({ locked: true, configUrl: userUrl.url });
    const active = resolveActivePlaybook({ policy: withUrl, local, sync });
    expect(active).toMatchObject({ origin: 'configUrl', locked: true, sync: { setBy: 'policy' } });
    expect(active.playbook.name).toBe('Hosted');
  });

  it('migrates an older playbook from any source', () => {
    const { schemaVersion: _v, ...old } = named('Old');
    expect(resolveActivePlaybook({ policy: parseManagedPolicy({ playbook: old }) }).origin).toBe('policy');
  });

  it('the resolved result survives the content script\'s parse', () => {
    const active = resolveActivePlaybook({ policy: parseManagedPolicy({ locked: true, configUrl: userUrl.url }), sync });
    expect(parseActivePlaybook(JSON.parse(JSON.stringify(active)))).toEqual(active);
  });
});

describe('parseManagedPolicy', () => {
  it.each([
    [undefined, { locked: false, problems: [] }],
    [{}, { locked: false, problems: [] }],
    [{ locked: 'yes' }, { locked: false, problems: [] }],
    [{ playbook: '{not json' }, { locked: false, problems: ['The playbook set by policy is not valid JSON.'] }],
    [{ configUrl: 42 }, { locked: false, problems: ['The config URL set by policy is not text.'] }],
    [{ configUrl: ' https://a.example/p.json ', locked: true }, { locked: true, configUrl: 'https://a.example/p.json', problems: [] }],
  ])('%j', (raw, expected) => {
    expect(parseManagedPolicy(raw)).toEqual(expected);
  });
});

describe('parseActivePlaybook', () => {
  it.each([null, 'text', { playbook: { schemaVersion: 99 } }, { origin: 'local' }])('rejects %j', (value) => {
    expect(parseActivePlaybook(value)).toBeNull();
  });
});

describe('saving and watching', () => {
  it('delivers the saved playbook to watchers, then the default after a reset', async () => {
    const seen: ActivePlaybook[] = [];
    const unwatch = watchActivePlaybook((active) => seen.push(active));
    await refreshActivePlaybook();
    await saveLocalPlaybook({ ...DEFAULT_PLAYBOOK, name: 'Team playbook' }, 'file');
    await resetToDefaultPlaybook();
    await new Promise((resolve) => setTimeout(resolve, 10));
    unwatch();
    expect(seen.map((active) => [active.playbook.name, active.origin, active.savedFrom])).toEqual([
      [DEFAULT_PLAYBOOK.name, 'default', undefined],
      ['Team playbook', 'local', 'file'],
      [DEFAULT_PLAYBOOK.name, 'default', undefined],
    ]);
  });
});

describe('the copy is only a cue when the background can be asked', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('delivers what the background answers, never a copy a compromised tab wrote', async () => {
    await refreshActivePlaybook();
    const seen: string[] = [];
    // The background's answer: the trusted store, which no content script can open.
    const unwatch = watchActivePlaybook((active) => seen.push(active.playbook.name), () => currentActivePlaybook());
    await settle();
    expect(seen).toEqual([DEFAULT_PLAYBOOK.name]);

    // Another tab's content script writes a forged copy: the background still answers the trusted one.
    const copy = (await fakeBrowser.storage.local.get('activePlaybook')).activePlaybook as object;
    const forged = { ...copy, playbook: { ...DEFAULT_PLAYBOOK, name: 'Wire the deposit' } };
    await fakeBrowser.storage.local.set({ activePlaybook: forged });
    await settle();
    expect(seen).toEqual([DEFAULT_PLAYBOOK.name]);

    // A real change: the copy changes and the background answers the new playbook.
    await saveLocalPlaybook({ ...DEFAULT_PLAYBOOK, name: 'Team playbook' }, 'file');
    await settle();
    unwatch();
    expect(seen).toEqual([DEFAULT_PLAYBOOK.name, 'Team playbook']);
  });

  it('takes the copy at once on the first read, then the background\'s answer if it differs', async () => {
    await refreshActivePlaybook();
    const copy = (await fakeBrowser.storage.local.get('activePlaybook')).activePlaybook as { playbook: object };
    await fakeBrowser.storage.local.set({ activePlaybook: { ...copy, playbook: { ...DEFAULT_PLAYBOOK, name: 'Forged before this tab started' } } });
    const seen: string[] = [];
    let answer: (value: unknown) => void = () => undefined;
    const unwatch = watchActivePlaybook((active) => seen.push(active.playbook.name), () => new Promise((resolve) => (answer = resolve)));
    await settle();
    expect(seen).toEqual(['Forged before this tab started']);
    answer(copy);
    await settle();
    unwatch();
    expect(seen).toEqual(['Forged before this tab started', DEFAULT_PLAYBOOK.name]);
  });
});

describe('refreshActivePlaybook reads every source', () => {
  it('managed storage (policy) wins over the saved playbook, and a lock comes along', async () => {
    await saveLocalPlaybook({ ...DEFAULT_PLAYBOOK, name: 'Mine' }, 'editor');
    await fakeBrowser.storage.managed.set({ playbook: JSON.stringify({ ...DEFAULT_PLAYBOOK, name: 'Company' }), locked: true });
    const active = await refreshActivePlaybook();
    expect([active.playbook.name, active.origin, active.locked]).toEqual(['Company', 'policy', true]);
    expect(parseActivePlaybook((await fakeBrowser.storage.local.get('activePlaybook')).activePlaybook)?.origin).toBe('policy');
  });
});

