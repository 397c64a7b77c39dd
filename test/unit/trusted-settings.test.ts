import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  canonicalJson,
  currentActivePlaybook,
  currentCrmSites,
  publishCrmSites,
  refreshActivePlaybook,
  saveLocalPlaybook,
  saveSetting,
  watchTrustedActivePlaybook,
} from '../../lib/config/active-playbook';
import { syncConfigUrl } from '../../lib/config/sync';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { parseStorageProblems, reportedWrite, STORAGE_PROBLEMS_KEY, StorageWriteError } from '../../lib/storage/problems';
import { memoryStore, migrateFromLocal, useTrustedStore } from '../../lib/storage/trusted';
import type { ActivePlaybook } from '../../lib/storage/keys';
import { useUiLanguage } from '../setup/i18n';

const named = (name: string) => ({ ...DEFAULT_PLAYBOOK, name });
const quotaFull = () => new DOMException('Quota exceeded', 'QuotaExceededError');
const evil = { url: 'http://127.0.0.1:9/evil.json', setAt: '2026-12-01T00:00:00Z' };
const site = { origin: 'https://crm.acme.internal', crm: 'generic', kind: 'deal' as const };

let store: ReturnType<typeof memoryStore>;
beforeEach(() => {
  fakeBrowser.reset();
  store = memoryStore();
  useTrustedStore(store);
});
afterEach(() => useTrustedStore(undefined));

const problems = async () => parseStorageProblems((await fakeBrowser.storage.session.get(STORAGE_PROBLEMS_KEY))[STORAGE_PROBLEMS_KEY]);

describe('what a content script writes to storage.local is never trusted', () => {
  it('a config URL, a local playbook, CRM sites or a forged copy there change nothing in force', async () => {
    await saveLocalPlaybook(named('Real'), 'editor');
    await fakeBrowser.storage.local.set({
      configUrl: evil,
      configSync: { url: evil.url, playbook: named('EVIL sync') },
      playbook: { playbook: named('EVIL local'), savedFrom: 'editor', savedAt: evil.setAt },
      crmSites: [{ origin: 'https://evil.example', crm: 'generic' }],
      activePlaybook: { playbook: named('EVIL copy'), origin: 'local' },
    });
    const active = await currentActivePlaybook();
    expect([active.playbook.name, active.origin, active.sync]).toEqual(['Real', 'local', undefined]);
    expect(await currentCrmSites()).toEqual([]);
  });

  it('extension pages re-read the trusted store when the copy changes, and never show the forged copy', async () => {
    await saveLocalPlaybook(named('Real'), 'editor');
    const seen: string[] = [];
    const stop = watchTrustedActivePlaybook((active: ActivePlaybook) => seen.push(active.playbook.name));
    await vi.waitFor(() => expect(seen).toEqual(['Real']));
    await fakeBrowser.storage.local.set({ activePlaybook: { playbook: named('EVIL copy'), origin: 'local' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(seen.every((name) => name === 'Real')).toBe(true);
  });

  it('the copies are rewritten from the trusted store', async () => {
    await saveSetting('crmSites', [site]);
    await fakeBrowser.storage.local.set({ crmSites: [{ origin: 'https://evil.example', crm: 'generic' }], activePlaybook: { playbook: named('EVIL') } });
    await publishCrmSites();
    await refreshActivePlaybook();
    const copies = await fakeBrowser.storage.local.get(['crmSites', 'activePlaybook']);
    expect(copies.crmSites).toEqual([site]);
    expect((copies.activePlaybook as ActivePlaybook).playbook.name).toBe(DEFAULT_PLAYBOOK.name);
  });
});

describe('migrateFromLocal', () => {
  it('moves an older version’s settings once, removes them from storage.local, keeps the sites copy', async () => {
    const playbook = { playbook: named('Mine'), savedFrom: 'file', savedAt: '2026-11-01T00:00:00Z' };
    await fakeBrowser.storage.local.set({ configUrl: { url: 'https://config.example.com/p.json', setAt: 'x' }, configUrl$: { v: 1 }, playbook, crmSites: [site] });
    expect(await migrateFromLocal(store, fakeBrowser.storage.local)).toBe(true);
    expect(store.values).toMatchObject({ configUrl: { url: 'https://config.example.com/p.json' }, playbook, crmSites: [site], migratedFromLocal: true });
    expect(await fakeBrowser.storage.local.get(['configUrl', 'configUrl$', 'playbook', 'crmSites'])).toEqual({ crmSites: [site] });
    // Written to storage.local after the move (by a content script, say): not moved again.
    await fakeBrowser.storage.local.set({ configUrl: evil });
    expect(await migrateFromLocal(store, fakeBrowser.storage.local)).toBe(false);
    expect(store.values.configUrl?.url).toBe('https://config.example.com/p.json');
  });

  it('never overwrites what the trusted store already holds', async () => {
    await store.set('configUrl', { url: 'https://trusted.example.com/p.json', setAt: 'y' });
    await fakeBrowser.storage.local.set({ configUrl: evil });
    await migrateFromLocal(store, fakeBrowser.storage.local);
    expect(store.values.configUrl?.url).toBe('https://trusted.example.com/p.json');
  });
});

describe('a write that fails is reported, and nothing in force is lost', () => {
  it('a full store: the save rejects in words, the options page and popup see it, the old playbook stays', async () => {
    await saveLocalPlaybook(named('Kept'), 'editor');
    store.failWrites = quotaFull();
    const failed = saveLocalPlaybook(named('New'), 'editor');
    await expect(failed).rejects.toBeInstanceOf(StorageWriteError);
    await expect(failed).rejects.toThrow(
      "Playcard could not save a settings change (the browser's storage for Playcard is full). The settings from before stay in force.",
    );
    expect((await problems()).settings?.message).toMatch(/storage for Playcard is full/);
    expect((await currentActivePlaybook()).playbook.name).toBe('Kept');
    expect(((await fakeBrowser.storage.local.get('activePlaybook')).activePlaybook as ActivePlaybook).playbook.name).toBe('Kept');

    store.failWrites = undefined;
    await saveLocalPlaybook(named('New'), 'editor');
    expect(await problems()).toEqual({});
  });

  it("a full storage.local: the reps' copy is not rewritten, and that is reported", async () => {
    await refreshActivePlaybook();
    await saveSetting('playbook', { playbook: named('New'), savedFrom: 'editor', savedAt: 'now' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(refreshActivePlaybook()).rejects.toThrow(/could not pass the playbook in force on to CRM tabs/);
    set.mockRestore();
    expect((await problems()).repCopy?.message).toMatch(/They keep showing the playbook from before/);
  });

  it('a failure of another kind gives the browser’s words, in the UI language', async () => {
    useUiLanguage('de');
    await expect(reportedWrite('activity', () => Promise.reject(new Error('Internal error opening backing store')))).rejects.toThrow(
      'Die Zahlen dieser Woche konnten nicht gespeichert werden (Internal error opening backing store).',
    );
  });

  it('a sync whose new version cannot be saved fails, and the last good state stays', async () => {
    const url = 'https://config.example.com/p.json';
    await saveSetting('configUrl', { url, setAt: 'x' });
    await saveSetting('configSync', { url, playbook: named('Hosted 1'), lastVersion: '1' });
    store.failWrites = quotaFull();
    const sync = syncConfigUrl({
      fetch: (async () => new Response(JSON.stringify({ ...named('Hosted 2'), version: '2' }))) as typeof fetch,
      now: () => new Date('2026-12-01T10:00:00Z'),
      configUrl: async () => url,
      getState: async () => (await store.get('configSync')) ?? null,
      setState: (state) => (state ? saveSetting('configSync', state) : Promise.resolve()),
    });
    await expect(sync).rejects.toThrow(/could not save a settings change/);
    expect((await currentActivePlaybook()).playbook.name).toBe('Hosted 1');
  });
});

describe('canonicalJson', () => {
  it('is the same for the same content in any key order, and differs for other content', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe(canonicalJson({ a: { d: [1, { e: 3, f: 2 }] }, b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
