/** The default display: the sidebar drawn in the page, in a closed shadow root. */
import { render } from 'preact';
import css from '../../components/sidebar/sidebar.css?inline';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { drawTextFromAttributes } from '../../components/sidebar/text-from-attributes';
import type { SidebarState } from '../../components/sidebar/state';
import type { Display } from './runtime';
import { mountShadowHost, SIDEBAR_HOST_ATTRIBUTE } from './shadow-host';

export interface InPageOptions {
  /** Asks the browser to open the side panel (the header's side-panel button; a user gesture). */
  openSidePanel?: () => void;
  /** Draws the sidebar's words from attributes, out of `window.find`'s reach (components/sidebar/text-from-attributes.ts). */
  textFromAttributes?: boolean;
}

export function inPageDisplay(document: Document, mode: ShadowRootMode, options: InPageOptions = {}): Display {
  return {
    mount(state, signal) {
      // Before the first render, so a window too narrow for the CRM never shows the open sidebar first.
      followWindowWidth(document, state, signal);
      const parent = () => document.body ?? document.documentElement;
      const sidebar = mountShadowHost({ css, mode }, parent());
      if (options.textFromAttributes) drawTextFromAttributes();
      render(<Sidebar state={state} onOpenSidePanel={options.openSidePanel} />, sidebar.container);
      // A page that re-renders its body, removes us, or moves us into a hidden container of its own
      // gets the sidebar back, as it was, on the body.
      let watchedBody: HTMLElement | null = null;
      const watch = () => {
        if (document.body === watchedBody) return;
        watchedBody = document.body;
        if (watchedBody) returnWhenRemoved.observe(watchedBody, { childList: true });
      };
      const returnWhenRemoved = new MutationObserver(() => {
        if (sidebar.host.parentNode !== parent()) parent().append(sidebar.host);
        watch();
      });
      returnWhenRemoved.observe(document.documentElement, { childList: true });
      watch();
      // The host's own attributes are ours: `inert` would swallow the rep's clicks, `hidden`, `popover`,
      // `dir` or `style` would hide or turn the cards. Whatever the page adds or changes is undone.
      const keepAttributes = new MutationObserver(() => restoreHostAttributes(sidebar.host));
      keepAttributes.observe(sidebar.host, { attributes: true });
      signal.addEventListener(
        'abort',
        () => {
          returnWhenRemoved.disconnect();
          keepAttributes.disconnect();
          render(null, sidebar.container);
          sidebar.remove();
        },
        { once: true },
      );
    },
  };
}

/** The host carries only the marker it was made with. */
function restoreHostAttributes(host: HTMLElement): void {
  for (const name of host.getAttributeNames()) if (name !== SIDEBAR_HOST_ATTRIBUTE) host.removeAttribute(name);
  if (host.getAttribute(SIDEBAR_HOST_ATTRIBUTE) !== '') host.setAttribute(SIDEBAR_HOST_ATTRIBUTE, '');
}

/** The sidebar folds itself where the window is too narrow for the CRM beside it (lib/rep/sidebar-prefs.ts): the width now and on every resize. */
function followWindowWidth(document: Document, state: SidebarState, signal: AbortSignal): void {
  const view = document.defaultView;
  if (!view) return;
  state.layout.setViewportWidth(view.innerWidth);
  // A resize event is only a cue to look again: what counts is innerWidth, which the page cannot fake.
  view.addEventListener('resize', () => state.layout.setViewportWidth(view.innerWidth), { signal, passive: true });
}
