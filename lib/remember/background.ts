/**
 * The background's side of remembered linked records: the only writer and reader of the memory in
 * `storage.session` (memory only, never on disk). Content scripts cannot touch that area (its access level stays
 * the default, TRUSTED_CONTEXTS: never raise it); they send `remember` and `recall` messages, validated here and
 * answered for the sender tab's own CRM site only. The popup asks how many are kept and forgets them. Enterprise
 * policy `rememberLinkedRecords: false` turns it off and forgets what was kept.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_ROUTES } from '../crm/routes';
import { readManagedPolicy } from '../config/policy';
import { isFromExtensionPage, memoryControlSchema, memoryRequestSchema, type MemoryStatus, type RecallReply } from '../messages';
import type { CrmRoute } from '../crm/types';
import type { RecordLink } from '../record';
import { freshOnly, parseMemory, recallRecords, rememberRecord, REMEMBERED_KEY, type Memory, type RememberedContent } from './memory';

/** As much of `storage.session` as the memory uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface MemoryDeps {
  area: SessionArea;
  /** False when policy turns remembering off. */
  enabled(): Promise<boolean>;
  now(): number;
}

export interface MemoryService {
  remember(site: string, record: RememberedContent): Promise<void>;
  recall(site: string, links: readonly RecordLink[]): Promise<RecallReply>;
  forget(): Promise<void>;
  status(): Promise<MemoryStatus>;
}

export function createMemoryService({ area, enabled, now }: MemoryDeps): MemoryService {
  // One change at a time: two tabs remembering at once must not lose a record.
  let writes: Promise<void> = Promise.resolve();
  const read = async (): Promise<Memory> => parseMemory((await area.get(REMEMBERED_KEY))[REMEMBERED_KEY]);
  const change = (next: (memory: Memory) => Memory | undefined): Promise<void> =>
    (writes = writes
      .then(async () => {
        const memory = next(await read());
        if (!memory) return;
        await (memory.length ? area.set({ [REMEMBERED_KEY]: memory }) : area.remove(REMEMBERED_KEY));
      })
      .catch((error) => console.warn('[Playcard] remembered records', error)));
  const forget = () => change(() => []);
  return {
    async remember(site, record) {
      if (!(await enabled())) return forget();
      return change((memory) => rememberRecord(memory, site, record, now()));
    },
    async recall(site, links) {
      if (!(await enabled())) {
        await forget();
        return { records: [] };
      }
      await writes;
      const memory = await read();
      const at = now();
      // What is past 12 hours is dropped on read, from the memory too.
      if (freshOnly(memory, at).length !== memory.length) void change((current) => freshOnly(current, at));
      return { records: recallRecords(memory, site, links, at).map(({ site: _site, ...record }) => record) };
    },
    forget,
    async status() {
      await writes;
      const on = await enabled();
      return { count: on ? freshOnly(await read(), now()).length : 0, enabled: on };
    },
  };
}

interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * The CRM site a content script's message comes from: the origin of the tab's top frame, as the browser reports
 * it (never what the message says). Undefined for anything else: extension pages, other extensions, frames, a
 * sender whose frame and tab disagree, non-web origins.
 */
export function senderSite(sender: Sender, extensionId: string, extensionBaseUrl: string): string | undefined {
  if (sender.id !== extensionId || sender.tab?.id === undefined) return undefined;
  if (isFromExtensionPage(sender, extensionId, extensionBaseUrl)) return undefined;
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const frame = originOf(sender.origin) ?? originOf(sender.url);
  const tab = originOf(sender.tab.url);
  if (!frame || (tab && tab !== frame)) return undefined;
  return frame;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where a tab's remembered records are kept apart: its CRM site (the sender's origin, checked by senderSite), plus
 * the tenant the tab's own address names where one origin serves many (a HubSpot portal, a Zoho organisation), so
 * portal A's company 881 never fills portal B's deal that links a company 881. From the browser's view of the tab,
 * never from what the message says.
 */
export function memorySite(origin: string, tabUrl: string | undefined, routes: readonly Pick<CrmRoute, 'tenant'>[]): string {
  let url: URL;
  try {
    url = new URL(tabUrl ?? '');
  } catch {
    return origin;
  }
  if (url.origin !== origin) return origin;
  for (const route of routes) {
    const tenant = route.tenant?.(url);
    if (tenant) return `${origin} ${tenant}`;
  }
  return origin;
}

/** Answers one runtime message if it is about the memory (a promise of the reply), else undefined. */
export function answerMemoryMessage(
  message: unknown,
  sender: Sender,
  service: MemoryService,
  extension: { id: string; baseUrl: string; routes: readonly Pick<CrmRoute, 'tenant'>[] },
): Promise<unknown> | undefined {
  if (isFromExtensionPage(sender, extension.id, extension.baseUrl)) {
    const control = memoryControlSchema.safeParse(message);
    if (!control.success) return undefined;
    return control.data.type === 'forget-remembered' ? service.forget().then(() => service.status()) : service.status();
  }
  const request = memoryRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const origin = senderSite(sender, extension.id, extension.baseUrl);
  if (!origin) return request.data.type === 'recall' ? Promise.resolve<RecallReply>({ records: [] }) : undefined;
  const site = memorySite(origin, sender.tab?.url, extension.routes);
  if (request.data.type === 'remember') {
    void service.remember(site, request.data.record);
    return undefined;
  }
  return service.recall(site, request.data.links);
}

/** A stand-in for browsers without `storage.session`: the background's own memory, gone when it ends. */
function memoryArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => void Object.entries(values).forEach(([key, value]) => items.set(key, value)),
    remove: async (key) => void items.delete(key),
  };
}

/** Wires the memory into the background: one message listener, and policy changes. Call once, at start. */
export function serveRememberedRecords(): void {
  const session = (browser.storage as { session?: SessionArea }).session;
  const service = createMemoryService({
    area: session ?? memoryArea(),
    enabled: async () => (await readManagedPolicy()).rememberLinkedRecords !== false,
    now: () => Date.now(),
  });
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/'), routes: CONTENT_SCRIPT_ROUTES };
  browser.runtime.onMessage.addListener((message: unknown, sender) => answerMemoryMessage(message, sender, service, extension));
  // Policy turned it off: nothing stays.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void service.status().then(({ enabled }) => (enabled ? undefined : service.forget()));
  });
}
