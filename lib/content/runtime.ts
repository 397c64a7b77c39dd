/**
 * The content-script runtime, with everything it touches passed in (storage, messaging, clock,
 * window, display) so navigation races are unit-tested, not only seen in e2e.
 *
 * One owner per page view: each URL change synchronously ends the previous page view and starts a
 * new one with its own abort signal, a child of the runtime's. Every async step takes that signal
 * and checks it after each `await`; every effect, listener and observer a page view starts ends
 * with it. So a slow storage read for the record the rep just left can never show that record.
 *
 * Extension points (see docs/ARCHITECTURE.md, "Content-script runtime"):
 * - `enrich`: an async step after each read (remembered linked records);
 * - `readPage()` below builds the reader's options: page evidence for the reader goes there;
 * - `display`: where the cards are shown (in the page, or a side panel that draws nothing here).
 */
import { batch, computed, signal, untracked, type ReadonlySignal } from '@preact/signals';
import { createSidebarState, type SidebarState } from '../../components/sidebar/state';
import { detectRecord, type DetectedRecord } from '../crm/detect';
import type { CrmAdapter } from '../crm/types';
import { collectRoots, rememberingOpener, type ShadowRootOpener } from '../extract/read';
import { readRecord } from '../extract/record';
import type { ContentToBackground, ContentToPopup } from '../messages';
import { isRecordSummaryRequest, isToggleSidebar } from '../checks';
import { recordName, type CrmRecord } from '../record';
import { ASKED_QUESTIONS_KEY, askedFor, parseAskedStore, recordKey, withAsked } from '../rep/asked-questions';
import { DISPLAY_MODE_KEY, parseDisplayMode } from '../rep/display-mode';
import { parseSidebarPrefs, SIDEBAR_PREFS_KEY, type SidebarPrefs } from '../rep/sidebar-prefs';
import { fitCounts } from '../scoring/fit';
import type { ActivePlaybook } from '../storage/keys';
import { childController, effectUntil, onAbort, saveOnChange } from './lifetime';
import { servePanel, type PanelPorts } from './panel-server';
import { createRelevanceFilter, isInsideSource, observeFieldChanges, watchUrlChanges } from './page-watch';
import { describePlan, planWatch, type WatchTarget } from './watch-plan';

/** `storage.local`, as much of it as the runtime uses. */
export interface ContentStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Calls back with `key`'s new value on every change (anyone's), until `signal` aborts. */
  watch?(key: string, onChange: (value: unknown) => void, signal: AbortSignal): void;
}

export interface ContentMessaging {
  /** To the background: tiers and counts for the badge and this week's counters, never field values. */
  send(message: ContentToBackground): void;
  /** Messages from the background and the popup, until `signal` aborts; a non-undefined result is the reply. */
  listen(handler: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void;
}

/** Where the cards are shown. The in-page sidebar draws into the page; a side panel would draw nothing here. */
export interface Display {
  /** Shows `state` until `signal` aborts, then takes everything it added away. Throws when it cannot. */
  mount(state: SidebarState, signal: AbortSignal): void;
}

export interface EnrichContext {
  detected: DetectedRecord;
  /** The page view's signal: aborted once the rep has moved on. */
  signal: AbortSignal;
}

export interface RuntimeDeps {
  window: Window;
  adapters: readonly CrmAdapter[];
  storage: ContentStorage;
  messaging: ContentMessaging;
  now(): number;
  /** The playbook in force now and on every change (lib/content/playbook-feed.ts); returns the unwatch. */
  watchPlaybook(onChange: (active: ActivePlaybook) => void): () => void;
  /** The in-page display, mounted while the rep's display mode is `in-page` (lib/rep/display-mode.ts). */
  display: Display;
  /** Ports from this extension's side panel page (sender already checked by the wiring); the runtime serves them. */
  panel?: PanelPorts;
  openShadowRoot: ShadowRootOpener;
  /**
   * After each read: fills what the page lacks (e.g. remembered linked records). The page's own
   * reading shows at once; the enriched one replaces it when it arrives, unless a newer read or
   * page view came first.
   */
  enrich?(record: CrmRecord, context: EnrichContext): Promise<CrmRecord>;
  /** Logs a problem once per kind: never break the CRM page, never flood its console. */
  warn(message: string, error: unknown): void;
}

/** The content script's lifetime (lib/content/extension-context.ts). */
export interface RuntimeLifetime {
  /** Aborts when the extension is gone (updated, reloaded, removed). */
  signal: AbortSignal;
  /** False, with the signal aborted, once the extension is gone: asked before work the page triggers. */
  check(): boolean;
}

export interface Runtime {
  /** Starts watching the tab's URL and showing records, until the lifetime ends. */
  start(lifetime: RuntimeLifetime): void;
}

export function createRuntime(deps: RuntimeDeps): Runtime {
  return { start: (lifetime) => start(deps, lifetime) };
}

function start(deps: RuntimeDeps, { signal: lifetime, check }: RuntimeLifetime): void {
  let shown: DetectedRecord | undefined;
  let pageView: AbortController | undefined;
  let ui: Ui | undefined;
  // Whether this page is a record page now: the side panel shows "open a record" otherwise.
  const onRecord = signal(false);

  const onUrl = (href: string) => {
    if (!check()) return;
    const detected = detectRecord(href, deps.adapters);
    // Same record under another URL (a tab, a query parameter): the page view goes on.
    if (detected && shown && sameRecord(detected, shown)) return;
    pageView?.abort();
    pageView = undefined;
    shown = detected;
    onRecord.value = detected !== undefined;
    // The record left behind is gone from the sidebar at once, before anything async.
    if (ui) {
      const { state } = ui;
      batch(() => {
        state.record.value = null;
        state.unreadable.value = null;
        state.view.value = 'cards';
      });
    }
    if (!detected) return;
    ui ??= setUpUi(deps, lifetime, () => shown, onRecord);
    const view = childController(lifetime);
    pageView = view;
    void showRecord(deps, detected, ui, { signal: view.signal, check }).catch((error) => deps.warn('could not show this record', error));
  };
  onUrl(deps.window.location.href);
  watchUrlChanges(deps.window, onUrl, lifetime);
}

function sameRecord(a: DetectedRecord, b: DetectedRecord): boolean {
  return a.adapter === b.adapter && a.kind === b.kind && a.id === b.id;
}

interface Ui {
  state: SidebarState;
  /** Resolves once the layout preferences are applied and the display is mounted. */
  ready: Promise<void>;
}

/** What lives as long as the runtime, set up on the first record page: state, playbook, layout, messages, display, the panel. */
function setUpUi(deps: RuntimeDeps, lifetime: AbortSignal, shown: () => DetectedRecord | undefined, onRecord: ReadonlySignal<boolean>): Ui {
  const state = createSidebarState();
  const displayFailed = signal(false);
  onAbort(lifetime, deps.watchPlaybook((active) => (state.playbook.value = active.playbook)));
  deps.messaging.listen((message) => answer(message, state, shown()), lifetime);
  if (deps.panel) servePanel(deps.panel, state, onRecord, lifetime);
  reportTier(deps, state, displayFailed, lifetime);
  const ready = Promise.all([rememberLayout(deps, state, lifetime), rememberDisplayMode(deps, state, lifetime)]).then(() =>
    followDisplayMode(deps, state, displayFailed, lifetime),
  );
  return { state, ready };
}

/**
 * The in-page display is mounted while the rep's choice is `in-page`, and taken away (host and all)
 * while it is `side-panel`, without a reload either way. Resolves once the first choice is in place.
 */
function followDisplayMode(deps: RuntimeDeps, state: SidebarState, displayFailed: { value: boolean }, lifetime: AbortSignal): Promise<void> {
  if (lifetime.aborted) return Promise.resolve();
  let inPage: AbortController | undefined;
  let first: Promise<void> | undefined;
  effectUntil(lifetime, () => {
    if (state.displayMode.value === 'side-panel') {
      inPage?.abort();
      inPage = undefined;
      // Nothing is drawn in the page: the badge shows the tier again.
      displayFailed.value = false;
      first ??= Promise.resolve();
      return;
    }
    if (inPage) return;
    const shownInPage = childController(lifetime);
    inPage = shownInPage;
    // Untracked: what the display reads while it mounts is not this effect's business.
    const mounted = untracked(() => mountRetryingOnce(deps, state, shownInPage.signal)).then((ok) => {
      if (ok || shownInPage.signal.aborted) return;
      // The badge says so instead of the tier: the rep would otherwise see a tier and no sidebar.
      displayFailed.value = true;
      deps.messaging.send({ type: 'display-failed' });
    });
    first ??= mounted;
  });
  return first ?? Promise.resolve();
}

/** Mounts the display; a failure is tried once more on the next frame (the page may have been mid-render). */
async function mountRetryingOnce(deps: RuntimeDeps, state: SidebarState, signal: AbortSignal): Promise<boolean> {
  const mount = () => {
    try {
      deps.display.mount(state, signal);
      return true;
    } catch (error) {
      deps.warn('could not show the sidebar', error);
      return false;
    }
  };
  if (mount()) return true;
  await new Promise((resolve) => deps.window.requestAnimationFrame(resolve));
  return !signal.aborted && mount();
}

/** The popup asks which record this tab shows; the keyboard shortcut (relayed by the background) folds or opens the sidebar. */
function answer(message: unknown, state: SidebarState, shown: DetectedRecord | undefined): Promise<ContentToPopup> | undefined {
  if (isToggleSidebar(message)) {
    state.layout.toggleFolded();
    return undefined;
  }
  if (!shown || !isRecordSummaryRequest(message)) return undefined;
  // CRM, kind, tier, how much is known and the record's name (the popup shows this tab's record), no other field values.
  const cards = state.cards.peek();
  const name = cards ? recordName(cards.record)?.slice(0, 200) : undefined;
  return Promise.resolve({
    crm: shown.adapter.name,
    kind: shown.kind,
    tier: cards?.fit.tier ?? null,
    ...(name ? { name } : {}),
    ...(cards ? { criteria: { known: fitCounts(cards.fit).known, total: cards.fit.criteria.length } } : {}),
  });
}

/** The toolbar badge follows the tab's tier (null: no scorable record), sent once per change, unless the sidebar could not be shown. */
function reportTier(deps: RuntimeDeps, state: SidebarState, displayFailed: ReadonlySignal<boolean>, lifetime: AbortSignal): void {
  const tier = computed(() => state.cards.value?.fit.tier ?? null);
  effectUntil(lifetime, () => {
    if (!displayFailed.value) deps.messaging.send({ type: 'tier', tier: tier.value });
  });
}

/** Dock side, folding, width and pin follow the rep from record to record. */
async function rememberLayout(deps: RuntimeDeps, state: SidebarState, lifetime: AbortSignal): Promise<void> {
  const prefs = parseSidebarPrefs(await deps.storage.get(SIDEBAR_PREFS_KEY));
  if (lifetime.aborted) return;
  batch(() => {
    state.dock.value = prefs.dock;
    state.collapsed.value = prefs.collapsed;
    state.width.value = prefs.width;
    state.pinned.value = prefs.pinned;
  });
  saveOnChange(
    lifetime,
    (): SidebarPrefs => ({ dock: state.dock.value, collapsed: state.collapsed.value, width: state.width.value, pinned: state.pinned.value }),
    (next) => void deps.storage.set(SIDEBAR_PREFS_KEY, next).catch((error) => deps.warn('could not save the layout', error)),
  );
}

/**
 * In the page or in the side panel: the rep's choice, read before anything is drawn, followed when it
 * changes anywhere (the popup, another tab's sidebar, the panel) and saved when it changes here.
 */
async function rememberDisplayMode(deps: RuntimeDeps, state: SidebarState, lifetime: AbortSignal): Promise<void> {
  let stored = parseDisplayMode(await deps.storage.get(DISPLAY_MODE_KEY));
  if (lifetime.aborted) return;
  state.displayMode.value = stored;
  deps.storage.watch?.(
    DISPLAY_MODE_KEY,
    (value) => {
      stored = parseDisplayMode(value);
      state.displayMode.value = stored;
    },
    lifetime,
  );
  saveOnChange(
    lifetime,
    () => state.displayMode.value,
    (mode) => {
      // What just came from storage is not written back (every tab would echo every change).
      if (mode === stored) return;
      stored = mode;
      void deps.storage.set(DISPLAY_MODE_KEY, mode).catch((error) => deps.warn('could not save the display mode', error));
    },
  );
}

/** One page view: its ticks, its reads, its counters. Returns once reading has started. */
async function showRecord(deps: RuntimeDeps, detected: DetectedRecord, ui: Ui, view: RuntimeLifetime): Promise<void> {
  const { signal } = view;
  const { state } = ui;
  await ui.ready;
  if (signal.aborted) return;
  const key = recordKey(detected.adapter.id, detected.id);
  const asked = askedFor(parseAskedStore(await deps.storage.get(ASKED_QUESTIONS_KEY)), key, deps.now());
  if (signal.aborted) return;
  state.askedIds.value = asked;
  countReview(deps, state, key, signal);
  keepTicks(deps, state, key, asked, signal);
  countCallPrep(deps, state, signal);
  watchAndRead(deps, detected, state, view);
}

/** A record is reported as reviewed once per page view, when its first cards show; the background counts it once a day. */
function countReview(deps: RuntimeDeps, state: SidebarState, key: string, signal: AbortSignal): void {
  const reviewed = childController(signal);
  effectUntil(reviewed.signal, () => {
    const tier = state.cards.value?.fit.tier;
    if (!tier) return;
    // The background counts each record once a day: the key says which record this is.
    deps.messaging.send({ type: 'activity', event: 'reviewed', tier, record: key });
    reviewed.abort();
  });
}

/** Ticks are saved for this record (question ids only) and counted as questions asked. */
function keepTicks(deps: RuntimeDeps, state: SidebarState, key: string, loaded: ReadonlySet<string>, signal: AbortSignal): void {
  let before = loaded;
  saveOnChange(
    signal,
    () => state.askedIds.value,
    (ids) => {
      for (const id of ids) if (!before.has(id)) deps.messaging.send({ type: 'activity', event: 'question-asked' });
      before = ids;
      void saveTicks(deps, key, ids).catch((error) => deps.warn('could not save ticked questions', error));
    },
  );
}

async function saveTicks(deps: RuntimeDeps, key: string, ids: ReadonlySet<string>): Promise<void> {
  const store = parseAskedStore(await deps.storage.get(ASKED_QUESTIONS_KEY));
  await deps.storage.set(ASKED_QUESTIONS_KEY, withAsked(store, key, ids, deps.now()));
}

function countCallPrep(deps: RuntimeDeps, state: SidebarState, signal: AbortSignal): void {
  const preparing = computed(() => state.view.value === 'prep');
  saveOnChange(signal, () => preparing.value, (opened) => {
    if (opened) deps.messaging.send({ type: 'activity', event: 'call-prepared' });
  });
}

/** Reads the record now and again whenever the page changes what it shows, until the page view ends. */
function watchAndRead(deps: RuntimeDeps, detected: DetectedRecord, state: SidebarState, { signal, check }: RuntimeLifetime): void {
  const relevance = createRelevanceFilter(detected.adapter);
  let sources: ReadonlySet<Element> = new Set();
  let lastShown = '';
  let reads = 0;

  const show = (record: CrmRecord) => {
    const key = JSON.stringify(record);
    if (key === lastShown) return;
    lastShown = key;
    const read = Object.keys(record.fields).length > 0;
    batch(() => {
      state.crmName.value = detected.adapter.name;
      state.record.value = read ? record : null;
      // Nothing read and the readers said why: the page could not be read (an empty page still rendering says nothing).
      state.unreadable.value = !read && record.warnings.length ? record.warnings : null;
    });
    // Bench builds only: Preact commits in a microtask queued by the write above, so this runs after it.
    if (__PLAYCARD_BENCH__) queueMicrotask(() => performance.mark('playcard:cards-updated', { detail: Object.keys(record.fields).length }));
  };

  const read = () => {
    // A page that changes after the extension is gone reads nothing: the lifetime ends, the sidebar goes.
    if (!check()) return;
    const startedAt = __PLAYCARD_BENCH__ ? performance.now() : 0;
    let record: CrmRecord;
    let roots: ParentNode[] = [];
    try {
      const open = rememberingOpener(deps.openShadowRoot);
      roots = collectRoots(deps.window.document, open);
      const result = readPage(deps, detected, state, roots, open);
      record = result.record;
      sources = result.sources;
      relevance.setSources(sources);
    } catch (error) {
      // Never break the CRM page: log, keep the last good cards, or say the page could not be read.
      deps.warn('could not read this record', error);
      // What can change the record is unknown again: the whole document is watched until a read succeeds.
      watch(new Set(), roots);
      batch(() => {
        state.crmName.value = detected.adapter.name;
        if (!state.record.peek()) state.unreadable.value = [];
      });
      return;
    }
    const readNumber = ++reads;
    show(record);
    if (__PLAYCARD_BENCH__) performance.measure('playcard:read', { start: startedAt, end: performance.now() });
    // Re-planned after the cards' render (Preact commits in the microtask the show queued): the rep sees
    // the cards first. No page script runs in between, so the old plan misses nothing meanwhile.
    const readSources = sources;
    queueMicrotask(() => {
      if (!signal.aborted) watch(readSources, roots);
    });
    if (!deps.enrich) return;
    deps.enrich(record, { detected, signal }).then(
      (enriched) => {
        if (!signal.aborted && readNumber === reads) show(enriched);
      },
      (error) => deps.warn('could not complete this record', error),
    );
  };

  const observer = observeFieldChanges({
    window: deps.window,
    onChange: read,
    signal,
    isRelevant: (records) => {
      const startedAt = __PLAYCARD_BENCH__ ? performance.now() : 0;
      const relevant = relevance.mayChangeRecord(records);
      if (__PLAYCARD_BENCH__) performance.measure('playcard:observe', { start: startedAt, end: performance.now() });
      return relevant;
    },
    isRelevantEvent: (target) => isNode(target) && (sources.size === 0 || isInsideSource(target, sources)),
  });
  /** Re-plans the observer after each read: only what can change the record once fields were read. */
  const watch = (read: ReadonlySet<Element>, shadowRoots: readonly ParentNode[]) => {
    const plan: WatchTarget[] = planWatch({ document: deps.window.document, sources: read, shadowRoots, fieldContainers: detected.adapter.fieldContainers });
    const changed = observer.watch(plan);
    // Bench builds only: the bench's do-nothing observer watches the same nodes (scripts/bench/storm.ts).
    if (__PLAYCARD_BENCH__ && changed) performance.mark('playcard:watch-plan', { detail: JSON.stringify(describePlan(plan)) });
  };
  read();
}

function isNode(target: EventTarget | null): target is Node {
  return typeof (target as Partial<Node> | null)?.nodeType === 'number';
}

/**
 * One read of the page: the document and every shadow root we may see (`roots`, watched too), the
 * adapter, the generic reader and the playbook's mappings. Evidence about the page the reader needs
 * (its locale, say) is gathered here and passed in the read options.
 */
function readPage(
  deps: RuntimeDeps,
  detected: DetectedRecord,
  state: SidebarState,
  roots: ParentNode[],
  open: ShadowRootOpener,
): { record: CrmRecord; sources: ReadonlySet<Element> } {
  const sources = new Set<Element>();
  const record = readRecord(detected, deps.window.document, {
    openShadowRoot: open,
    roots,
    mappings: state.playbook.peek()?.fieldMappings,
    sources,
    // A browser knows what is on screen from layout: stylesheet-hidden panes of earlier records are left out.
    visibility: 'layout',
  });
  return { record, sources };
}
