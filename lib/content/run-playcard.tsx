/**
 * Wires the runtime (lib/content/runtime.ts) to the browser: storage, messaging, the clock, the
 * page, the in-page sidebar. Each CRM has its own small entrypoint (entrypoints/<crm>.content.ts)
 * so a tab loads only its CRM's reader.
 */
import { browser } from 'wxt/browser';
import type { CrmAdapter } from '../crm/types';
import { adaptersForSite, CRM_SITES_KEY, parseCrmSites } from '../crm/sites';
import type { ShadowRootOpener } from '../extract/read';
import { inPageDisplay, SIDEBAR_NAME } from './in-page-display';
import { watchActivePlaybook } from './playbook-feed';
import { createRuntime, type ContentMessaging, type ContentStorage } from './runtime';

/** What the runtime needs of the content script's context: a signal that ends with the extension's presence. */
export interface ContentLifetime {
  signal: AbortSignal;
}

/** Runs Playcard in one tab. Only the URL check runs on pages that are not records. */
export function runPlaycard(ctx: ContentLifetime, adapters: readonly CrmAdapter[]): void {
  createRuntime({
    window,
    adapters,
    storage: localStorageArea,
    messaging: runtimeMessaging,
    now: () => Date.now(),
    watchPlaybook: watchActivePlaybook,
    display: inPageDisplay(document, __PLAYCARD_OPEN_SHADOW__ ? 'open' : 'closed'),
    openShadowRoot: shadowRootOpener(),
    warn: warnOnce(),
  }).start(ctx.signal);
}

/** On a CRM site a manager added (registered at run time): the self-hosted adapters, and the site's own settings. */
export async function runPlaycardOnSite(ctx: ContentLifetime, selfHosted: readonly CrmAdapter[]): Promise<void> {
  const adapters = await siteAdapters(location.origin, selfHosted);
  if (!ctx.signal.aborted) runPlaycard(ctx, adapters);
}

const localStorageArea: ContentStorage = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

const runtimeMessaging: ContentMessaging = {
  send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
  listen(handler, signal) {
    const listener = (message: unknown) => handler(message);
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  },
};

function warnOnce(): (message: string, error: unknown) => void {
  const logged = new Set<string>();
  return (message, error) => {
    if (logged.has(message)) return;
    logged.add(message);
    console.warn(`[Playcard] ${message}`, error);
  };
}

/**
 * Closed shadow roots too, where the browser lets extensions see them (Lightning's LWC components).
 * Our own sidebar is never read. The extension API is asked only about custom elements, where
 * CRMs put their closed roots; built-ins are checked for open roots only, which is much cheaper.
 */
function shadowRootOpener(): ShadowRootOpener {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  const openClosed = chromeDom?.openOrClosedShadowRoot?.bind(chromeDom);
  const sidebarTag = SIDEBAR_NAME.toUpperCase();
  return (element) => {
    if (element.tagName === sidebarTag) return null;
    if (openClosed && element.tagName.includes('-')) return openClosed(element as HTMLElement);
    return (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? element.shadowRoot;
  };
}

async function siteAdapters(origin: string, selfHosted: readonly CrmAdapter[]): Promise<CrmAdapter[]> {
  const stored = await browser.storage.local.get(CRM_SITES_KEY);
  const site = parseCrmSites(stored[CRM_SITES_KEY]).find((candidate) => candidate.origin === origin);
  // The site's chosen CRM first; the other self-hosted readers still recognise their own URLs.
  const chosen = adaptersForSite(site, selfHosted);
  return [...chosen, ...selfHosted.filter((adapter) => !chosen.includes(adapter))];
}
