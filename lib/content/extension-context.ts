/**
 * The content script's lifetime: a signal that aborts when the extension is really gone (updated,
 * reloaded, disabled, removed), and nothing the page can see or forge.
 *
 * It replaces WXT's `ContentScriptContext` (wxt.config.ts aliases `wxt/utils/content-script-context`
 * to this file, so WXT's content-script wrapper constructs this class). WXT's context announces each
 * start to the page with `window.postMessage({type: "<extension id>:<entrypoint>:wxt:content-script-started"})`
 * (any page learns the extension id) and aborts itself on a `CustomEvent` of that type on `document`
 * (any page can dispatch one, and did: the sidebar went and never came back). That handshake stops
 * an older copy of the same script after a dev-mode reload; Playcard never runs twice in a tab.
 *
 * How the extension's end is noticed instead: Chromium and Firefox leave the old content script
 * running after an update or reload, with `runtime.id` gone. A port to the background disconnects at
 * that moment (it also disconnects when an idle service worker stops, so a disconnect is only
 * believed once `runtime.id` confirms it), and `runtime.id` is checked on the rep's own actions in
 * the tab (pointer, keys, focus, the tab coming back into view) and by the runtime before each read
 * and each extension call: a stale sidebar goes before anything in it can run.
 */
/** Content script → background: a port the background accepts and never uses; its disconnect is the news. */
export const LIFETIME_PORT = 'playcard-lifetime';

interface PortLike {
  onDisconnect: { addListener(callback: () => void): void };
  disconnect(): void;
}

/** As much of `runtime` as the lifetime needs. `id` is undefined once the extension is gone. */
export interface LifetimeRuntime {
  readonly id?: string;
  connect(info: { name: string }): PortLike;
}

/** A disconnect that came before `runtime.id` went is checked once more, a moment later. */
const RECHECK_AFTER_DISCONNECT_MS = 1000;

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

export class ExtensionLifetime {
  readonly #controller = new AbortController();
  readonly #runtime: () => LifetimeRuntime | undefined;
  #port: PortLike | undefined;

  constructor(runtime: () => LifetimeRuntime | undefined, document: Document) {
    this.#runtime = runtime;
    const signal = this.#controller.signal;
    // Capture, passive: seen before any handler in the page or the sidebar, delaying none of them.
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, this.check, { capture: true, passive: true, signal });
    document.addEventListener('visibilitychange', this.check, { signal });
    signal.addEventListener('abort', () => this.#port?.disconnect(), { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True while the extension is there; otherwise ends the lifetime (once) and returns false. */
  readonly check = (): boolean => {
    if (this.#controller.signal.aborted) return false;
    let alive: boolean;
    try {
      alive = this.#runtime()?.id != null;
    } catch {
      alive = false;
    }
    if (!alive) this.#controller.abort();
    return alive;
  };

  /**
   * Keeps a port to the background open, so an update or reload is noticed at once. Called when
   * the content script talks to the background anyway (the background is awake then): connecting
   * on every CRM page, or again right after an idle service worker closed the port, would wake it
   * for nothing.
   */
  watch(): void {
    if (this.#port || !this.check()) return;
    try {
      const port = this.#runtime()!.connect({ name: LIFETIME_PORT });
      this.#port = port;
      port.onDisconnect.addListener(() => {
        this.#port = undefined;
        if (this.check()) setTimeout(this.check, RECHECK_AFTER_DISCONNECT_MS);
      });
    } catch {
      this.check();
    }
  }
}

/** The extension's runtime, native (`browser` in Firefox, `chrome` in Chromium): the loaders bundle no polyfill. */
function nativeRuntime(): LifetimeRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: LifetimeRuntime }; chrome?: { runtime?: LifetimeRuntime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/**
 * What WXT's content-script wrapper constructs and hands to `main` (the alias in wxt.config.ts), and
 * what the injected apps (entrypoints/<crm>-app.ts) construct themselves. The constructor takes WXT's
 * arguments and needs none of them.
 */
export class ContentScriptContext extends ExtensionLifetime {
  constructor(_contentScriptName?: string, _options?: unknown) {
    super(nativeRuntime, document);
  }
}
