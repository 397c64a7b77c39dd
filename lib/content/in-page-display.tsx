/** The default display: the sidebar drawn in the page, in a closed shadow root. */
import { render } from 'preact';
import css from '../../components/sidebar/sidebar.css?inline';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { SidebarState } from '../../components/sidebar/state';
import type { Display } from './runtime';
import { mountShadowHost } from './shadow-host';

export interface InPageActions {
  /** Asks the browser to open the side panel (the header's side-panel button; a user gesture). */
  openSidePanel?: () => void;
}

export function inPageDisplay(document: Document, mode: ShadowRootMode, actions: InPageActions = {}): Display {
  return {
    mount(state, signal) {
      // Before the first render, so a window too narrow for the CRM never shows the open sidebar first.
      followWindowWidth(document, state, signal);
      const parent = () => document.body ?? document.documentElement;
      const sidebar = mountShadowHost({ css, mode }, parent());
      render(<Sidebar state={state} onOpenSidePanel={actions.openSidePanel} />, sidebar.container);
      // A page that re-renders its body (or removes us on purpose) gets the sidebar back, as it was.
      let watchedBody: HTMLElement | null = null;
      const watch = () => {
        if (document.body === watchedBody) return;
        watchedBody = document.body;
        if (watchedBody) returnWhenRemoved.observe(watchedBody, { childList: true });
      };
      const returnWhenRemoved = new MutationObserver(() => {
        if (!sidebar.host.isConnected) parent().append(sidebar.host);
        watch();
      });
      returnWhenRemoved.observe(document.documentElement, { childList: true });
      watch();
      signal.addEventListener(
        'abort',
        () => {
          returnWhenRemoved.disconnect();
          render(null, sidebar.container);
          sidebar.remove();
        },
        { once: true },
      );
    },
  };
}

/** The sidebar folds itself where the window is too narrow for the CRM beside it (lib/rep/sidebar-prefs.ts): the width now and on every resize. */
function followWindowWidth(document: Document, state: SidebarState, signal: AbortSignal): void {
  const view = document.defaultView;
  if (!view) return;
  state.layout.setViewportWidth(view.innerWidth);
  // A resize event is only a cue to look again: what counts is innerWidth, which the page cannot fake.
  view.addEventListener('resize', () => state.layout.setViewportWidth(view.innerWidth), { signal, passive: true });
}
