/**
 * Wires the runtime (lib/content/runtime.ts) to the browser: storage, messaging, the clock, the
 * page, the in-page sidebar. Each CRM has its own small entrypoint (entrypoints/<crm>.content.ts)
 * so a tab loads only its CRM's reader.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { CrmAdapter } from '../crm/types';
import { adaptersForSite, CRM_SITES_KEY, parseCrmSites } from '../crm/sites';
import type { ShadowRootOpener } from '../extract/read';
import { ContentScriptContext, ExtensionLifetime } from './extension-context';
import { claimFrame } from './loader';
import { replyWith } from './native-reply';
import { inPageDisplay } from './in-page-display';
import { ACTIVE_PLAYBOOK_REQUEST, watchActivePlaybook } from './playbook-feed';
import { createRuntime, type ContentMessaging, type ContentStorage } from './runtime';
import { rememberedRecords, type MemoryMessaging } from './remembered';
import { isSidebarHost } from './shadow-host';
import type { PanelPorts } from './panel-server';
import { isFromPanel, PANEL_PATH, PANEL_PORT } from '../panel/protocol';
import type { ContentToBackground } from '../messages';

/**
 * Runs Playcard in one tab. Only the URL check runs on pages that are not records. `ctx` is what
 * WXT's content-script wrapper passes to `main`: our ExtensionLifetime, through the alias in
 * wxt.config.ts (WXT's own context talks to the page).
 */
export function runPlaycard(ctx: object, adapters: readonly CrmAdapter[]): void {
  const lifetime = extensionLifetime(ctx);
  createRuntime({
    window,
    adapters,
    storage: guardedStorage(lifetime),
    messaging: guardedMessaging(lifetime),
    now: () => Date.now(),
    watchPlaybook: (onChange) => {
      const unwatch = watchActivePlaybook(onChange, () => (lifetime.check() ? browser.runtime.sendMessage(ACTIVE_PLAYBOOK_REQUEST) : never()));
      return () => quietly(unwatch);
    },
    // The open-root build is the accessibility scan's (test/e2e/a11y.spec.ts): axe reads neither closed roots nor
    // generated content, so there the words stay text; the shipped build's names are checked in the AX tree instead.
    display: inPageDisplay(document, __PLAYCARD_OPEN_SHADOW__ ? 'open' : 'closed', {
      openSidePanel: openSidePanel(lifetime),
      textFromAttributes: !__PLAYCARD_OPEN_SHADOW__,
    }),
    panel: panelPorts(lifetime),
    openShadowRoot: shadowRootOpener(),
    enrich: rememberedRecords(guardedRequests(lifetime)),
    warn: warnOnce(),
  }).start(lifetime);
}

/**
 * The app a loader asked for (entrypoints/<crm>-app.ts, injected by the background into this frame):
 * runs once per document, with its own lifetime.
 */
export function startApp(adapters: readonly CrmAdapter[]): void {
  if (claimFrame()) runPlaycard(new ContentScriptContext(), adapters);
}

/** The app for the CRM sites a manager added (entrypoints/sites-app.ts). */
export function startAppOnSite(selfHosted: readonly CrmAdapter[]): void {
  if (claimFrame()) void runPlaycardOnSite(new ContentScriptContext(), selfHosted).catch((error) => console.warn('[Playcard] could not start', error));
}

/** On a CRM site a manager added (registered at run time): the self-hosted adapters, and the site's own settings. */
export async function runPlaycardOnSite(ctx: object, selfHosted: readonly CrmAdapter[]): Promise<void> {
  const lifetime = extensionLifetime(ctx);
  const adapters = await siteAdapters(location.origin, selfHosted);
  if (lifetime.check()) runPlaycard(lifetime, adapters);
}

function extensionLifetime(ctx: object): ExtensionLifetime {
  if (ctx instanceof ExtensionLifetime) return ctx;
  throw new Error('[Playcard] WXT\'s content-script context is in use: the alias in wxt.config.ts is missing');
}

/** Undoing a registration with an extension that is gone can throw; there is nothing left to undo then. */
function quietly(undo: () => void): void {
  try {
    undo();
  } catch {
    // The extension is gone, and its listeners with it.
  }
}

/** After the extension is gone, an extension call throws: none is made, and the step waiting for it never resumes. */
const never = <T,>() => new Promise<T>(() => undefined);

function guardedStorage(lifetime: ExtensionLifetime): ContentStorage {
  return {
    get: async (key) => (lifetime.check() ? (await browser.storage.local.get(key))[key] : never()),
    set: (key, value) => (lifetime.check() ? browser.storage.local.set({ [key]: value }) : never()),
    watch(key, onChange, signal) {
      if (!lifetime.check()) return;
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(changes[key]?.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => quietly(() => browser.storage.onChanged.removeListener(listener)), { once: true });
    },
  };
}

/**
 * The sidebar header's "side panel" button: the background opens the panel while the click is still a
 * user gesture (Chromium passes it on with the message; Firefox does not, and the rep opens the
 * sidebar from the toolbar popup there).
 */
function openSidePanel(lifetime: ExtensionLifetime): () => void {
  return () => {
    if (!lifetime.check()) return;
    const message: ContentToBackground = { type: 'open-side-panel' };
    void browser.runtime.sendMessage(message).catch(() => undefined);
  };
}

/**
 * Ports from this extension's side panel page only (lib/panel/protocol.ts): the browser reports the
 * sender; a port of any other name or sender is closed at once.
 */
function panelPorts(lifetime: ExtensionLifetime): PanelPorts {
  return {
    listen(onPort, signal) {
      if (!lifetime.check()) return;
      const listener = (port: Runtime.Port) => {
        if (port.name !== PANEL_PORT) return;
        if (!isFromPanel(port.sender, browser.runtime.id, browser.runtime.getURL(PANEL_PATH))) {
          port.disconnect();
          return;
        }
        onPort({
          post: (message) => port.postMessage(message),
          onMessage: (handler) => port.onMessage.addListener((message: unknown) => handler(message)),
          onDisconnect: (handler) => port.onDisconnect.addListener(() => handler()),
          disconnect: () => port.disconnect(),
        });
      };
      browser.runtime.onConnect.addListener(listener);
      signal.addEventListener('abort', () => quietly(() => browser.runtime.onConnect.removeListener(listener)), { once: true });
    },
  };
}

function guardedMessaging(lifetime: ExtensionLifetime): ContentMessaging {
  return {
    send(message) {
      if (!lifetime.check()) return;
      void browser.runtime.sendMessage(message).catch(() => undefined);
      // The background is awake now: a port to it tells this tab at once when the extension goes.
      lifetime.watch();
    },
    listen(handler, signal) {
      const listener = replyWith(handler);
      browser.runtime.onMessage.addListener(listener);
      signal.addEventListener('abort', () => quietly(() => browser.runtime.onMessage.removeListener(listener)), { once: true });
    },
  };
}

/** Remember/recall, to the background only (it keeps remembered records in memory; this tab keeps nothing). */
function guardedRequests(lifetime: ExtensionLifetime): MemoryMessaging {
  return {
    request: (message) => (lifetime.check() ? browser.runtime.sendMessage(message) : never()),
  };
}

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
  return (element) => {
    if (isSidebarHost(element)) return null;
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
