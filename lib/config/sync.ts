/**
 * The config-URL follower: fetches a hosted playbook (GET only, no credentials, no cache, ETag),
 * validates it, and keeps the last good one on any failure. Pure apart from the injected fetch,
 * clock and storage, so unit tests drive every failure without a network.
 */
import { formatNumber, t, tn } from '../i18n';
import { firstProblems, MAX_PLAYBOOK_BYTES, parsePlaybookText } from '../playbook/io';
import type { Playbook } from '../playbook/schema';
import type { ConfigSyncState } from '../storage/keys';

export const SYNC_ALARM = 'playcard-config-sync';
/** How often the background re-checks the config URL (a 304 costs a few hundred bytes). */
export const SYNC_PERIOD_MINUTES = 30;
export const FETCH_TIMEOUT_MS = 10_000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks a config URL typed by a user: HTTPS, or HTTP on loopback only (local testing); no credentials. */
export function checkConfigUrl(text: string): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: t('options_sync_fullAddress') };
  }
  if (url.username || url.password) return { error: t('options_sync_noCredentials') };
  if (url.protocol === 'https:') return { url: url.href };
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { url: url.href };
  if (url.protocol === 'http:') return { error: t('options_sync_httpsOrLocalhost') };
  return { error: t('options_sync_httpsOnly') };
}

/** The host-permission pattern for a config URL's origin, e.g. `https://example.com/*`. */
export function configUrlOriginPattern(url: string): string {
  // No port: match patterns match every port of a host, and Firefox treats a pattern with a port as a
  // different origin from the one granted, prompting where Chromium resolves at once.
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export type FetchOutcome =
  | { kind: 'updated'; playbook: Playbook; etag?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; message: string };

export interface FetchOptions {
  fetch: typeof fetch;
  etag?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

class SyncFailure extends Error {}

const tooLargeMessage = (maxBytes: number) => t('options_sync_tooLarge', formatNumber(maxBytes / 1024));

/** Reads a body stream, giving up as soon as it passes maxBytes (a Content-Length can lie or be absent). */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new SyncFailure(tooLargeMessage(maxBytes));
  if (!response.body) {
    const text = await response.text();
    if (new TextEncoder().encode(text).length > maxBytes) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Redirect statuses: their Location is checked before it is requested. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** How many redirects are followed (when the Location can be seen at all: see fetchFollowingChecked). */
export const MAX_REDIRECTS = 5;

/**
 * GETs url without letting the browser follow redirects (`redirect: 'manual'`). A redirect whose
 * Location is visible is checked with the config URL's own rules before it is requested, up to
 * MAX_REDIRECTS hops. Browsers hide the Location of a manual redirect (an "opaqueredirect"
 * response, status 0, no headers: the Fetch standard's atomic redirect handling, in extension
 * service workers too), so there a redirect is refused without following it.
 */
async function fetchFollowingChecked(url: string, options: FetchOptions, signal: AbortSignal): Promise<Response | { failed: string }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await options.fetch(current, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json', ...(options.etag ? { 'If-None-Match': options.etag } : {}) }, // i18n-ignore: HTTP header names
      signal,
    });
    if (response.type === 'opaqueredirect') return { failed: t('options_sync_redirectHidden') };
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    void response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('Location'); // i18n-ignore: an HTTP header name
    if (!location) return { failed: t('options_sync_redirectHidden') };
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      return { failed: t('options_sync_redirected', location) };
    }
    if ('error' in checkConfigUrl(next)) return { failed: t('options_sync_redirected', next) };
    if (hop + 1 > MAX_REDIRECTS) return { failed: t('options_sync_tooManyRedirects', formatNumber(MAX_REDIRECTS)) };
    current = next;
  }
}

/** Fetches and validates the playbook at url. Never throws: every failure is an outcome with a message. */
export async function fetchPlaybook(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const checked = checkConfigUrl(url);
  if ('error' in checked) return { kind: 'failed', message: checked.error };
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PLAYBOOK_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFollowingChecked(checked.url, options, controller.signal);
    if ('failed' in response) return { kind: 'failed', message: response.failed };
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      return { kind: 'failed', message: t('options_sync_httpStatus', response.statusText ? `${response.status} ${response.statusText}` : String(response.status)) };
    }
    const declared = Number(response.headers.get('Content-Length')); // i18n-ignore: an HTTP header name
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', message: tooLargeMessage(maxBytes) };
    }
    const text = await readCapped(response, maxBytes);
    const parsed = parsePlaybookText(text);
    if (!parsed.ok) {
      const { listed, more } = firstProblems(parsed.lines);
      return { kind: 'failed', message: more > 0 ? tn('options_sync_invalidMore', more, listed) : t('options_sync_invalid', listed) };
    }
    const etag = response.headers.get('ETag') ?? undefined;
    return { kind: 'updated', playbook: parsed.playbook, ...(etag ? { etag } : {}) };
  } catch (error) {
    if (error instanceof SyncFailure) return { kind: 'failed', message: error.message };
    if (timedOut) return { kind: 'failed', message: t('options_sync_timeout', formatNumber(Math.ceil(timeoutMs / 1000))) };
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: t('options_sync_unreachable', detail) };
  } finally {
    clearTimeout(timer);
  }
}

/** The follower's next state after an outcome. A failure keeps the last good playbook and ETag. */
export function applyOutcome(previous: ConfigSyncState | null | undefined, url: string, outcome: FetchOutcome, now: Date): ConfigSyncState {
  const base: ConfigSyncState = previous?.url === url ? { ...previous } : { url };
  const at = now.toISOString();
  switch (outcome.kind) {
    case 'updated': {
      const { lastError: _cleared, etag: _old, ...rest } = base;
      return { ...rest, playbook: outcome.playbook, ...(outcome.etag ? { etag: outcome.etag } : {}), lastSuccessAt: at, lastVersion: outcome.playbook.version };
    }
    case 'not-modified': {
      const { lastError: _cleared, ...rest } = base;
      return { ...rest, lastSuccessAt: at };
    }
    case 'failed':
      return { ...base, lastError: { message: outcome.message, at } };
  }
}

export interface SyncDeps {
  fetch: typeof fetch;
  now: () => Date;
  /** The config URL in force (policy's or the user's), or null. */
  configUrl: () => Promise<string | null>;
  getState: () => Promise<ConfigSyncState | null>;
  setState: (state: ConfigSyncState | null) => Promise<void>;
  timeoutMs?: number;
}

/**
 * One sync: fetch the URL in force and record the outcome. With no URL, forgets the old state.
 * The ETag is sent only when a good playbook from the same URL is kept, so a 304 always has one to keep.
 */
export async function syncConfigUrl(deps: SyncDeps): Promise<ConfigSyncState | null> {
  const url = await deps.configUrl();
  if (!url) {
    if (await deps.getState()) await deps.setState(null);
    return null;
  }
  const previous = await deps.getState();
  const same = previous?.url === url ? previous : null;
  const etag = same?.playbook !== undefined ? same.etag : undefined;
  const outcome = await fetchPlaybook(url, { fetch: deps.fetch, ...(etag ? { etag } : {}), ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}) });
  const next = applyOutcome(same, url, outcome, deps.now());
  await deps.setState(next);
  return next;
}
