/** The default display: the sidebar drawn in the page, in a closed shadow root. */
import { render } from 'preact';
import css from '../../components/sidebar/sidebar.css?inline';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { Display } from './runtime';
import { mountShadowHost } from './shadow-host';

export const SIDEBAR_NAME = 'playcard-sidebar';

export function inPageDisplay(document: Document, mode: ShadowRootMode): Display {
  return {
    mount(state, signal) {
      const sidebar = mountShadowHost({ name: SIDEBAR_NAME, css, mode }, document.body ?? document.documentElement);
      render(<Sidebar state={state} />, sidebar.container);
      signal.addEventListener(
        'abort',
        () => {
          render(null, sidebar.container);
          sidebar.remove();
        },
        { once: true },
      );
    },
  };
}
