import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { MAX_PLAYBOOK_BYTES } from '../../lib/playbook/io';
import type { ConfigSyncState } from '../../lib/storage/keys';
import { applyOutcome, checkConfigUrl, configUrlOriginPattern, fetchPlaybook, MAX_REDIRECTS, syncConfigUrl, type FetchOutcome } from '../../lib/config/sync';
import { useUiLanguage } from '../setup/i18n';

const URL_ = 'https://config.example.com/team/playbook.json';
const good = (name = 'Hosted') => JSON.stringify({ ...DEFAULT_PLAYBOOK, name, version: '7' });

function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
  return vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => respond(init ?? {})) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

describe('checkConfigUrl', () => {
  it.each([
    ['https://config.example.com/p.json', true],
    ['http://127.0.0.1:8080/p.json', true],
    ['http://localhost/p.json', true],
    ['http://config.example.com/p.json', false],
    ['ftp://config.example.com/p.json', false],
    ['https://user:secret@config.example.com/p.json', false],
    ['not a url', false],
    ['javascript:alert(1)', false],
  ])('%s → accepted %s', (text, accepted) => {
    expect('url' in checkConfigUrl(text)).toBe(accepted);
  });

  it('asks for the origin only', () => {
    expect(configUrlOriginPattern('https://config.example.com:8443/a/b.json?x=1')).toBe('https://config.example.com/*');
  });
});

describe('fetchPlaybook', () => {
  it('GETs without credentials or cache, sends If-None-Match, and returns the playbook with its ETag', async () => {
    const fetch = fakeFetch(() => new Response(good(), { status: 200, headers: { ETag: '"v7"' } }));
    const outcome = await fetchPlaybook(URL_, { fetch, etag: '"v6"' });
    expect(outcome).toMatchObject({ kind: 'updated', etag: '"v7"', playbook: { name: 'Hosted', version: '7' } });
    const init = fetch.mock.calls[0]![1] as RequestInit;
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store' });
    expect((init.headers as Record<string, string>)['If-None-Match']).toBe('"v6"');
  });

  it('reads 304 as not modified', async () => {
    const outcome = await fetchPlaybook(URL_, { fetch: fakeFetch(() => new Response(null, { status: 304 })), etag: '"v7"' });
    expect(outcome).toEqual({ kind: 'not-modified' });
  });

  it.each([
    ['404', () => new Response('nope', { status: 404 }), /HTTP 404/],
    ['500', () => new Response('oops', { status: 500 }), /HTTP 500/],
    ['invalid JSON', () => new Response('{ "name": ', { status: 200 }), /Not valid JSON/],
    ['schema errors', () => new Response(JSON.stringify({ ...DEFAULT_PLAYBOOK, icp: { ...DEFAULT_PLAYBOOK.icp, tiers: { A: 1, B: 2, C: 3 } } })), /not valid: Tiers: thresholds must fall from A to B to C/],
    ['declared too large', () => new Response('{}', { headers: { 'Content-Length': String(MAX_PLAYBOOK_BYTES + 1) } }), /larger than 512 KB/],
    ['streamed too large', () => new Response(' '.repeat(MAX_PLAYBOOK_BYTES + 10)), /larger than 512 KB/],
    [
      'offline',
      () => {
        throw new TypeError('Failed to fetch');
      },
      /Could not reach.*Failed to fetch/,
    ],
  ])('fails on %s', async (_name, respond, message) => {
    const outcome = await fetchPlaybook(URL_, { fetch: fakeFetch(respond as () => Response) });
    expect(outcome.kind).toBe('failed');
    expect((outcome as { message: string }).message).toMatch(message);
  });

  it('gives up after the timeout', async () => {
    const fetch = fakeFetch(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const outcome = await fetchPlaybook(URL_, { fetch, timeoutMs: 20 });
    expect(outcome).toEqual({ kind: 'failed', message: 'The server did not answer within 1 s.' });
  });

  it('says which HTTP status the server answered, with its reason phrase when there is one', async () => {
    const withReason = await fetchPlaybook(URL_, { fetch: fakeFetch(() => new Response('oops', { status: 500, statusText: 'Internal Server Error' })) });
    expect(withReason).toEqual({ kind: 'failed', message: 'The server answered HTTP 500 Internal Server Error.' });
    const bare = await fetchPlaybook(URL_, { fetch: fakeFetch(() => new Response('nope', { status: 404 })) });
    expect(bare).toEqual({ kind: 'failed', message: 'The server answered HTTP 404.' });
  });

  it('counts the validation problems it does not list, in the plural the count needs', async () => {
    const tiers = { ...DEFAULT_PLAYBOOK.icp, tiers: { A: 1, B: 2, C: 3 } };
    const badWeights = (n: number) => tiers.criteria.map((c, i) => (i < n ? { ...c, weight: -1 } : c));
    const failing = async (n: number) => {
      const body = JSON.stringify({ ...DEFAULT_PLAYBOOK, icp: { ...tiers, criteria: badWeights(n) } });
      return ((await fetchPlaybook(URL_, { fetch: fakeFetch(() => new Response(body)) })) as { message: string }).message;
    };
    expect(DEFAULT_PLAYBOOK.icp.criteria.length).toBeGreaterThanOrEqual(4);
    expect(await failing(3)).toMatch(/^The playbook at the config URL is not valid: .+ \(and 1 more\)$/);
    expect(await failing(4)).toMatch(/ \(and 2 more\)$/);
    expect(await failing(2)).not.toMatch(/more\)$/);
    useUiLanguage('de');
    expect(await failing(3)).toMatch(/^Das Playbook unter der Konfigurations-URL ist ungültig: .+ \(und 1 weiteres Problem\)$/);
    expect(await failing(4)).toMatch(/ \(und 2 weitere Probleme\)$/);
  });

  it('words failures in the UI language active when the sync runs (that text is what gets stored)', async () => {
    useUiLanguage('de');
    const failed = await fetchPlaybook(URL_, { fetch: fakeFetch(() => new Response('oops', { status: 500, statusText: 'Internal Server Error' })) });
    expect(failed).toEqual({ kind: 'failed', message: 'Der Server hat mit HTTP 500 Internal Server Error geantwortet.' });
    const offline = await fetchPlaybook(URL_, {
      fetch: fakeFetch(() => {
        throw new TypeError('Failed to fetch');
      }),
    });
    expect(offline).toEqual({ kind: 'failed', message: 'Die Konfigurations-URL ist nicht erreichbar (Failed to fetch).' });
    const tooLarge = await fetchPlaybook(URL_, { fetch: fakeFetch(() => new Response('{}', { headers: { 'Content-Length': String(MAX_PLAYBOOK_BYTES + 1) } })) });
    expect(tooLarge).toEqual({ kind: 'failed', message: 'Das Playbook ist größer als 512 KB.' });
    expect(checkConfigUrl('http://config.example.com/p.json')).toEqual({ error: 'Verwenden Sie eine https://-Adresse (http:// ist nur für localhost erlaubt).' });
    expect(checkConfigUrl('not a url')).toEqual({ error: 'Geben Sie eine vollständige Adresse ein, z. B. https://example.com/playbook.json' });
  });

  it('asks the browser not to follow redirects', async () => {
    const fetch = fakeFetch(() => new Response(good()));
    await fetchPlaybook(URL_, { fetch });
    expect((fetch.mock.calls[0]![1] as RequestInit).redirect).toBe('manual');
  });

  const redirect = (location: string, status = 302) => new Response(null, { status, headers: { Location: location } });

  it('refuses a redirect to plain http before requesting it', async () => {
    const fetch = fakeFetch(() => redirect('http://evil.example.com/p.json'));
    const outcome = await fetchPlaybook(URL_, { fetch });
    expect(outcome).toEqual({ kind: 'failed', message: 'The server redirected to an address Playcard does not follow (http://evil.example.com/p.json).' });
    expect(fetch.mock.calls.map(([input]) => String(input))).toEqual([URL_]);
  });

  it('follows checked redirects hop by hop, relative ones too, with the same request each time', async () => {
    const hops: Record<string, () => Response> = {
      [URL_]: () => redirect('https://cdn.example.com/a.json', 301),
      'https://cdn.example.com/a.json': () => redirect('/b.json', 307),
      'https://cdn.example.com/b.json': () => new Response(good('Moved'), { headers: { ETag: '"m"' } }),
    };
    const fetch = vi.fn(async (input: RequestInfo | URL) => hops[String(input)]!()) as unknown as typeof globalThis.fetch & ReturnType<typeof vi.fn>;
    const outcome = await fetchPlaybook(URL_, { fetch, etag: '"old"' });
    expect(outcome).toMatchObject({ kind: 'updated', etag: '"m"', playbook: { name: 'Moved' } });
    expect(fetch.mock.calls.map(([input]) => String(input))).toEqual([URL_, 'https://cdn.example.com/a.json', 'https://cdn.example.com/b.json']);
    for (const [, init] of fetch.mock.calls) expect(init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'manual' });
  });

  it('a bad hop anywhere in the chain is refused before it is requested', async () => {
    const hops: Record<string, () => Response> = {
      [URL_]: () => redirect('https://cdn.example.com/a.json'),
      'https://cdn.example.com/a.json': () => redirect('http://10.0.0.5/internal.json'),
    };
    const fetch = vi.fn(async (input: RequestInfo | URL) => hops[String(input)]!()) as unknown as typeof globalThis.fetch & ReturnType<typeof vi.fn>;
    const outcome = await fetchPlaybook(URL_, { fetch });
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringContaining('http://10.0.0.5/internal.json') });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops after MAX_REDIRECTS hops', async () => {
    let n = 0;
    const fetch = fakeFetch(() => redirect(`https://config.example.com/loop/${++n}`));
    const outcome = await fetchPlaybook(URL_, { fetch });
    expect(outcome).toEqual({ kind: 'failed', message: `The config URL redirected more than ${MAX_REDIRECTS} times.` });
    expect(fetch).toHaveBeenCalledTimes(MAX_REDIRECTS + 1);
  });

  it('refuses a redirect whose address the browser hides (opaqueredirect), without following it', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const fetch = fakeFetch(() => opaque);
    const outcome = await fetchPlaybook(URL_, { fetch });
    expect(outcome).toEqual({ kind: 'failed', message: expect.stringContaining('redirected; enter the final address') });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refuses a URL that is not https without fetching', async () => {
    const fetch = fakeFetch(() => new Response(good()));
    expect((await fetchPlaybook('http://config.example.com/p.json', { fetch })).kind).toBe('failed');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('applyOutcome', () => {
  const t0 = new Date('2026-11-27T10:00:00Z');
  const t1 = new Date('2026-11-27T10:30:00Z');
  const updated: FetchOutcome = { kind: 'updated', playbook: { ...DEFAULT_PLAYBOOK, version: '7' }, etag: '"v7"' };

  it('keeps the last good playbook and ETag on failure, and records the error', () => {
    const ok = applyOutcome(null, URL_, updated, t0);
    const failed = applyOutcome(ok, URL_, { kind: 'failed', message: 'HTTP 500' }, t1);
    expect(failed).toEqual({ ...ok, lastError: { message: 'HTTP 500', at: t1.toISOString() } });
    expect(failed.lastSuccessAt).toBe(t0.toISOString());
  });

  it('clears the error on 304 and on a new playbook', () => {
    const failed = applyOutcome(applyOutcome(null, URL_, updated, t0), URL_, { kind: 'failed', message: 'x' }, t0);
    const kept = applyOutcome(failed, URL_, { kind: 'not-modified' }, t1);
    expect(kept.lastError).toBeUndefined();
    expect(kept.lastSuccessAt).toBe(t1.toISOString());
    expect(kept.etag).toBe('"v7"');
    expect(kept.lastVersion).toBe('7');
  });

  it('forgets what another URL gave', () => {
    const other = applyOutcome(null, 'https://other.example.com/p.json', updated, t0);
    expect(applyOutcome(other, URL_, { kind: 'failed', message: 'x' }, t1)).toEqual({ url: URL_, lastError: { message: 'x', at: t1.toISOString() } });
  });
});

describe('syncConfigUrl', () => {
  function store(initial: ConfigSyncState | null = null) {
    let state = initial;
    return { getState: async () => state, setState: async (next: ConfigSyncState | null) => void (state = next), peek: () => state };
  }

  it('sends the ETag only while a good playbook from the same URL is kept', async () => {
    const s = store();
    const seen: (string | undefined)[] = [];
    const fetch = fakeFetch((init) => {
      seen.push((init.headers as Record<string, string>)['If-None-Match']);
      return seen.length === 1 ? new Response(good(), { headers: { ETag: '"a"' } }) : new Response(null, { status: 304 });
    });
    const deps = { fetch, now: () => new Date('2026-11-27T10:00:00Z'), configUrl: async () => URL_, ...s };
    await syncConfigUrl(deps);
    await syncConfigUrl(deps);
    expect(seen).toEqual([undefined, '"a"']);
    expect(s.peek()).toMatchObject({ url: URL_, etag: '"a"', lastVersion: '7' });
    expect(s.peek()?.playbook).toMatchObject({ name: 'Hosted' });
  });

  it('forgets the state when no URL is set any more', async () => {
    const s = store({ url: URL_, playbook: {} });
    const fetch = fakeFetch(() => new Response(good()));
    expect(await syncConfigUrl({ fetch, now: () => new Date(), configUrl: async () => null, ...s })).toBeNull();
    expect(s.peek()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
