/**
 * The content script every page of a CRM gets: the URL test and the URL watch, nothing else. On a
 * record page it asks the background once for the reader, scoring and sidebar (entrypoints/<crm>-app.ts),
 * which the background injects into this frame after checking the sender's own URL. Non-record pages
 * (lists, dashboards, settings) compile a few kilobytes and never read the DOM.
 *
 * No zod, no polyfill, no Preact here: this file and the routes it is given are the whole bundle.
 */
import type { RecordRoute } from '../crm/types';
import { watchUrlChanges } from './page-watch';

/** Content script → background: this frame shows a record; inject the app. The background trusts only the sender. */
export const LOAD_APP_MESSAGE = { type: 'load-app' } as const;

interface LoaderRuntime {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown> | void;
}

/** The extension's runtime without the polyfill (native `browser` in Firefox, `chrome` in Chromium). */
export function nativeRuntime(): LoaderRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: LoaderRuntime }; chrome?: { runtime?: LoaderRuntime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** True when one of the routes knows `href` as a record page. */
export function isRecordPage(href: string, routes: readonly { detect(url: URL): RecordRoute | undefined }[]): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return routes.some((route) => route.detect(url) !== undefined);
}

/**
 * Calls `load` once, on the first record page this document shows (now, or after same-document
 * navigation), then stops watching: from then on the app watches the URL itself.
 */
export function loadOnRecordPage(win: Window, isRecord: (href: string) => boolean, load: () => void): void {
  const watching = new AbortController();
  const check = (href: string) => {
    if (watching.signal.aborted || !isRecord(href)) return;
    watching.abort();
    load();
  };
  check(win.location.href);
  if (!watching.signal.aborted) watchUrlChanges(win, check, watching.signal);
}

/** Asks the background for the app; an extension that is gone (updated, reloaded) is not asked. */
export function requestApp(runtime: LoaderRuntime | undefined = nativeRuntime()): void {
  try {
    if (!runtime?.id) return;
    void Promise.resolve(runtime.sendMessage(LOAD_APP_MESSAGE)).catch(() => undefined);
  } catch {
    // The extension is gone: this page keeps working without Playcard.
  }
}

/**
 * The app runs once per document, whoever asked for it (two loaders on one origin, a repeated
 * injection): the first caller claims the frame, later ones return false. Content scripts and
 * injected files of this extension share one isolated world, so the mark is invisible to the page.
 */
export function claimFrame(scope: object = globalThis): boolean {
  const marked = scope as { __playcardApp?: true };
  if (marked.__playcardApp) return false;
  marked.__playcardApp = true;
  return true;
}
