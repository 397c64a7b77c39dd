/**
 * The sidebar's host element and shadow root. Replaces WXT's createShadowRootUi, which with its
 * dependencies (isolated-element, wait-element, many-keys-map, defu) cost about 4 KB gzip of every
 * CRM tab's 40 KB budget for features the sidebar does not use: CSS fetching, anchors, auto-mount.
 */
export interface ShadowHost {
  /** The element on the page (`<playcard-sidebar>`), the only thing the CRM's DOM gains. */
  host: HTMLElement;
  /** Where Preact renders, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

export interface ShadowHostOptions {
  /** A valid custom-element name, so the page's CSS has no selector for it and it can host a shadow root. */
  name: string;
  css: string;
  mode: ShadowRootMode;
}

/** Keys typed in the sidebar must not reach the CRM's own shortcuts (Salesforce and HubSpot have many). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function mountShadowHost(options: ShadowHostOptions, parent: Element = document.body ?? document.documentElement): ShadowHost {
  const document = parent.ownerDocument;
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: options.mode });
  const style = document.createElement('style');
  // `all: initial` on the host: no inherited font, colour or line height leaks in from the CRM.
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  const container = document.createElement('div');
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  parent.append(host);
  return { host, container, remove: () => host.remove() };
}
