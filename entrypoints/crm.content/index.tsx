import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/sidebar/sidebar.css?inline';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { createSidebarState, type SidebarState } from '../../components/sidebar/state';
import { contentScriptMatches } from '../../lib/crm/index';
import { detectRecord, type DetectedRecord } from '../../lib/crm/detect';
import { readRecord } from '../../lib/extract/record';
import { collectRoots, type ShadowRootOpener } from '../../lib/extract/read';
import { observeFieldChanges, watchUrlChanges } from '../../lib/page-watch';
import type { CrmRecord } from '../../lib/record';
import { watchActivePlaybook } from '../../lib/active-playbook-feed';

export default defineContentScript({
  matches: contentScriptMatches(),
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Only the URL check runs on pages that are not records; everything else starts lazily.
    const onUrl = createPageController(ctx);
    onUrl(location.href);
    watchUrlChanges(window, onUrl, ctx.signal);
  },
});

/** Closed shadow roots too, where the browser lets extensions see them (Lightning's LWC components). */
function shadowRootOpener(): ShadowRootOpener {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) {
    const open = chromeDom.openOrClosedShadowRoot.bind(chromeDom);
    return (element) => (element instanceof HTMLElement ? open(element) : element.shadowRoot);
  }
  return (element) => (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? element.shadowRoot;
}

function createPageController(ctx: ContentScriptContext) {
  let state: SidebarState | undefined;
  let ready: Promise<SidebarState> | undefined;
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let pageView: AbortController | undefined;
  let loggedFailure = false;
  const openShadowRoot = shadowRootOpener();

  const setUp = async (): Promise<SidebarState> => {
    const sidebarState = createSidebarState();
    const unwatch = watchActivePlaybook((active) => (sidebarState.playbook.value = active.playbook));
    ctx.onInvalidated(unwatch);
    ui = await createShadowRootUi(ctx, {
      name: 'playcard-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: __PLAYCARD_OPEN_SHADOW__ ? 'open' : 'closed',
      isolateEvents: true,
      css,
      onMount: (container) => render(<Sidebar state={sidebarState} />, container),
      onRemove: () => undefined,
    });
    return sidebarState;
  };

  const startPageView = (detected: DetectedRecord, sidebarState: SidebarState) => {
    pageView?.abort();
    const controller = new AbortController();
    pageView = controller;
    ctx.onInvalidated(() => controller.abort());
    let lastKey = '';
    const read = () => {
      try {
        const roots = collectRoots(document, openShadowRoot);
        roots.forEach((root) => observer.observe(root));
        const record = readRecord(detected, document, {
          openShadowRoot,
          roots,
          mappings: sidebarState.playbook.peek()?.fieldMappings,
        });
        publish(record, sidebarState);
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
    const host = ui?.shadowHost;
    const observer = observeFieldChanges(window, read, controller.signal, (node) => host !== undefined && host.contains(node));
    read();
  };

  return (href: string) => {
    const detected = detectRecord(href);
    if (!detected) {
      pageView?.abort();
      if (state) state.record.value = null;
      return;
    }
    void (async () => {
      if (!ready) {
        ready = setUp().then((created) => {
          ui?.mount();
          return created;
        });
      }
      state = await ready;
      // A newer navigation may have happened while the UI was being created.
      if (detectRecord(location.href)?.id !== detected.id) return;
      state.record.value = null;
      startPageView(detected, state);
    })().catch((error) => console.warn('[Playcard] could not start', error));
  };
}
