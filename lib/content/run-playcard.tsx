/**
 * The runtime every CRM content script shares: detect the record from the URL, watch the page,
 * read and score it, mount the sidebar. Browser wiring, not pure logic; each CRM has its own
 * small entrypoint (entrypoints/<crm>.content.ts) so a tab loads only its CRM's reader.
 */
import { batch, effect } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/sidebar/sidebar.css?inline';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { createSidebarState, type SidebarState } from '../../components/sidebar/state';
import { browser } from 'wxt/browser';
import type { CrmAdapter } from '../crm/types';
import { mountShadowHost } from './shadow-host';
import { adaptersForSite, CRM_SITES_KEY, parseCrmSites } from '../crm/sites';
import { ASKED_QUESTIONS_KEY, askedFor, parseAskedStore, recordKey, withAsked } from '../rep/asked-questions';
import { parseSidebarPrefs, SIDEBAR_PREFS_KEY, type SidebarPrefs } from '../rep/sidebar-prefs';
import { detectRecord, type DetectedRecord } from '../crm/detect';
import { readRecord } from '../extract/record';
import { collectRoots, rememberingOpener, type ShadowRootOpener } from '../extract/read';
import { createRelevanceFilter, isInsideSource, observeFieldChanges, watchUrlChanges } from './page-watch';
import type { CrmRecord } from '../record';
import { watchActivePlaybook } from './playbook-feed';
import { popupToContentSchema, type BackgroundToContent, type ContentToBackground, type ContentToPopup } from '../messages';

const SIDEBAR_NAME = 'playcard-sidebar';
const SIDEBAR_TAG = SIDEBAR_NAME.toUpperCase();

/**
 * Runs Playcard in one tab. Only the URL check runs on pages that are not records; everything
 * else starts lazily, on the first record page.
 */
export function runPlaycard(ctx: ContentScriptContext, adapters: readonly CrmAdapter[]): void {
  const onUrl = createPageController(ctx, adapters);
  onUrl(location.href);
  watchUrlChanges(window, onUrl, ctx.signal);
}

/** On a CRM site a manager added (registered at run time): the self-hosted adapters, and the site's own settings. */
export async function runPlaycardOnSite(ctx: ContentScriptContext, selfHosted: readonly CrmAdapter[]): Promise<void> {
  runPlaycard(ctx, [...(await siteAdapters(location.origin, selfHosted))]);
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
    if (element.tagName === SIDEBAR_TAG) return null;
    if (openClosed && element.tagName.includes('-')) return openClosed(element as HTMLElement);
    return (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? element.shadowRoot;
  };
}

/** Dock side and folding follow the rep from record to record. */
async function rememberLayout(state: SidebarState, ctx: ContentScriptContext): Promise<void> {
  const stored = await browser.storage.local.get(SIDEBAR_PREFS_KEY);
  const prefs = parseSidebarPrefs(stored[SIDEBAR_PREFS_KEY]);
  batch(() => {
    state.dock.value = prefs.dock;
    state.collapsed.value = prefs.collapsed;
  });
  const stop = effect(() => {
    const next: SidebarPrefs = { dock: state.dock.value, collapsed: state.collapsed.value };
    if (next.dock !== prefs.dock || next.collapsed !== prefs.collapsed) {
      Object.assign(prefs, next);
      void browser.storage.local.set({ [SIDEBAR_PREFS_KEY]: next });
    }
  });
  ctx.onInvalidated(stop);
}

/** Ticks from earlier calls on this record (ids only), and saving new ones as the rep ticks. */
let stopSavingAsked: (() => void) | undefined;
async function loadAskedQuestions(state: SidebarState, detected: DetectedRecord): Promise<void> {
  stopSavingAsked?.();
  const key = recordKey(detected.adapter.id, detected.id);
  const stored = await browser.storage.local.get(ASKED_QUESTIONS_KEY);
  const loaded = askedFor(parseAskedStore(stored[ASKED_QUESTIONS_KEY]), key, Date.now());
  state.askedIds.value = loaded;
  stopSavingAsked = effect(() => {
    const ids = state.askedIds.value;
    if (ids === loaded) return;
    void browser.storage.local.get(ASKED_QUESTIONS_KEY).then((current) =>
      browser.storage.local.set({ [ASKED_QUESTIONS_KEY]: withAsked(parseAskedStore(current[ASKED_QUESTIONS_KEY]), key, ids, Date.now()) }),
    );
  });
}

/** Tells the background what the toolbar badge and this week's counters need: tiers and counts, never field values. */
function send(message: ContentToBackground): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function reportToBackground(state: SidebarState, ctx: ContentScriptContext): void {
  let lastTier: string | null | undefined;
  let reviewedRecord: CrmRecord | null = null;
  let previousAsked = state.askedIds.peek();
  let previousView = state.view.peek();
  const stop = effect(() => {
    const cards = state.cards.value;
    const tier = cards?.fit.tier ?? null;
    if (tier !== lastTier) {
      lastTier = tier;
      send({ type: 'tier', tier });
    }
    // A record counts as reviewed once, when its first cards show.
    const record = state.record.value;
    if (cards && record && reviewedRecord?.id !== record.id) {
      reviewedRecord = record;
      send({ type: 'activity', event: 'reviewed', tier: cards.fit.tier });
    }
    if (!record) reviewedRecord = null;
    const asked = state.askedIds.value;
    if (asked !== previousAsked) {
      const newlyAsked = [...asked].filter((id) => !previousAsked.has(id)).length;
      // Ticks restored from storage when a record opens are not new questions asked.
      if (reviewedRecord && asked.size > previousAsked.size) for (let i = 0; i < newlyAsked; i++) send({ type: 'activity', event: 'question-asked' });
      previousAsked = asked;
    }
    const view = state.view.value;
    if (view !== previousView) {
      if (view === 'prep') send({ type: 'activity', event: 'call-prepared' });
      previousView = view;
    }
  });
  ctx.onInvalidated(stop);
}

async function siteAdapters(origin: string, selfHosted: readonly CrmAdapter[]): Promise<CrmAdapter[]> {
  const stored = await browser.storage.local.get(CRM_SITES_KEY);
  const site = parseCrmSites(stored[CRM_SITES_KEY]).find((candidate) => candidate.origin === origin);
  // The site's chosen CRM first; the other self-hosted readers still recognise their own URLs.
  const chosen = adaptersForSite(site, selfHosted);
  return [...chosen, ...selfHosted.filter((adapter) => !chosen.includes(adapter))];
}

function createPageController(ctx: ContentScriptContext, adapters: readonly CrmAdapter[]) {
  let state: SidebarState | undefined;
  let ready: Promise<SidebarState> | undefined;
  let pageView: AbortController | undefined;
  let loggedFailure = false;
  let shown: DetectedRecord | undefined;
  const openShadowRoot = shadowRootOpener();

  const setUp = async (): Promise<SidebarState> => {
    const sidebarState = createSidebarState();
    const unwatch = watchActivePlaybook((active) => (sidebarState.playbook.value = active.playbook));
    ctx.onInvalidated(unwatch);
    // The popup asks which record this tab shows: CRM, kind and tier only, never field values.
    const answerPopup = (message: unknown) => {
      if (!shown || !popupToContentSchema.safeParse(message).success) return undefined;
      const reply: ContentToPopup = { crm: shown.adapter.name, kind: shown.kind, tier: sidebarState.cards.peek()?.fit.tier ?? null };
      return Promise.resolve(reply);
    };
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));
    // The keyboard shortcut (commands API, relayed by the background) shows or hides the sidebar.
    const onToggle = (message: unknown) => {
      if ((message as BackgroundToContent | null)?.type !== 'toggle-sidebar') return undefined;
      sidebarState.collapsed.value = !sidebarState.collapsed.value;
      return undefined;
    };
    browser.runtime.onMessage.addListener(onToggle);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onToggle));
    await rememberLayout(sidebarState, ctx);
    reportToBackground(sidebarState, ctx);
    const sidebar = mountShadowHost({ name: SIDEBAR_NAME, css, mode: __PLAYCARD_OPEN_SHADOW__ ? 'open' : 'closed' });
    render(<Sidebar state={sidebarState} />, sidebar.container);
    ctx.onInvalidated(() => {
      render(null, sidebar.container);
      sidebar.remove();
    });
    return sidebarState;
  };

  const startPageView = (detected: DetectedRecord, sidebarState: SidebarState) => {
    pageView?.abort();
    const controller = new AbortController();
    pageView = controller;
    ctx.onInvalidated(() => controller.abort());
    let lastKey = '';
    let sources: ReadonlySet<Element> = new Set();
    const relevance = createRelevanceFilter(detected.adapter);
    const read = () => {
      const startedAt = __PLAYCARD_BENCH__ ? performance.now() : 0;
      try {
        const open = rememberingOpener(openShadowRoot);
        const roots = collectRoots(document, open);
        roots.forEach((root) => observer.observe(root));
        const readFrom = new Set<Element>();
        const record = readRecord(detected, document, {
          openShadowRoot: open,
          roots,
          mappings: sidebarState.playbook.peek()?.fieldMappings,
          sources: readFrom,
        });
        sources = readFrom;
        relevance.setSources(readFrom);
        publish(record, sidebarState);
        if (__PLAYCARD_BENCH__) performance.measure('playcard:read', { start: startedAt, end: performance.now() });
      } catch (error) {
        // Never break the CRM page: log once, keep the last good cards.
        if (!loggedFailure) console.warn('[Playcard] could not read this record', error);
        loggedFailure = true;
      }
    };
    const publish = (record: CrmRecord, target: SidebarState) => {
      const key = JSON.stringify(record);
      if (key === lastKey) return;
      lastKey = key;
      target.crmName.value = detected.adapter.name;
      target.record.value = Object.keys(record.fields).length ? record : null;
      // Bench builds only: Preact commits in a microtask queued by the write above, so this runs after it.
      if (__PLAYCARD_BENCH__) queueMicrotask(() => performance.mark('playcard:cards-updated', { detail: Object.keys(record.fields).length }));
    };
    const observer = observeFieldChanges(
      window,
      read,
      controller.signal,
      (records) => {
        const startedAt = __PLAYCARD_BENCH__ ? performance.now() : 0;
        const relevant = relevance.mayChangeRecord(records);
        if (__PLAYCARD_BENCH__) performance.measure('playcard:observe', { start: startedAt, end: performance.now() });
        return relevant;
      },
      (target) => target instanceof Node && (sources.size === 0 || isInsideSource(target, sources)),
    );
    read();
  };

  return (href: string) => {
    const detected = detectRecord(href, adapters);
    shown = detected;
    if (!detected) {
      pageView?.abort();
      if (state) state.record.value = null;
      return;
    }
    void (async () => {
      if (!ready) {
        ready = setUp();
      }
      state = await ready;
      // A newer navigation may have happened while the UI was being created.
      if (detectRecord(location.href, adapters)?.id !== detected.id) return;
      state.record.value = null;
      state.view.value = 'cards';
      await loadAskedQuestions(state, detected);
      startPageView(detected, state);
    })().catch((error) => console.warn('[Playcard] could not start', error));
  };
}
