/**
 * The sidebar's host element and shadow root. Replaces WXT's createShadowRootUi, which with its
 * dependencies (isolated-element, wait-element, many-keys-map, defu) cost about 4 KB gzip of every
 * CRM tab's budget for features the sidebar does not use: CSS fetching, anchors, auto-mount.
 */

/** Marks the host (docs/ARCHITECTURE.md, "Sidebar": the contract outside checks rely on). */
export const SIDEBAR_HOST_ATTRIBUTE = 'data-playcard-sidebar';

export interface ShadowHost {
  /** The element on the page (`<div data-playcard-sidebar>`), the only thing the CRM's DOM gains. */
  host: HTMLElement;
  /** Where Preact renders, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

export interface ShadowHostOptions {
  css: string;
  mode: ShadowRootMode;
}

/** Keys typed in the sidebar must not reach the CRM's own shortcuts (Salesforce and HubSpot have many). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Hosts this script created, so readers never walk into our own sidebar (Firefox's
 * `openOrClosedShadowRoot` and test builds' open roots would let them). By identity: the page can
 * copy the attribute onto its own elements.
 */
const ownHosts = new WeakSet<Element>();

export function isSidebarHost(element: Element): boolean {
  return ownHosts.has(element);
}

/**
 * The host is a plain `div`: a name the page cannot define as a custom element, so no page code runs
 * while we create it. An autonomous custom element (`<playcard-sidebar>`, as before) ran the page's
 * constructor when the page had defined that name first: its `attachInternals()` handed the page our
 * closed root, and one that attached an open root made our `attachShadow` throw. The shadow root is
 * filled before the host joins the document, so the page only ever sees a finished, closed host.
 */
export function mountShadowHost(options: ShadowHostOptions, parent: Element): ShadowHost {
  const document = parent.ownerDocument;
  const host = document.createElement('div');
  host.setAttribute(SIDEBAR_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: options.mode });
  const style = document.createElement('style');
  // The host's styles come from inside: an !important :host rule beats the page's rules, even
  // !important and inline ones. `all: initial`: no inherited font, colour or line height, and the
  // page cannot hide the host. `user-select: none`: the rep copies through the copy buttons, and the
  // page cannot read the cards through a selection the rep made in them (getSelection crosses shadow roots).
  // `all` leaves `direction` and `unicode-bidi` alone, so the page's `direction: rtl` would reach inside.
  style.textContent = `:host{all:initial !important;direction:ltr !important;unicode-bidi:isolate !important;user-select:none !important;-webkit-user-select:none !important}\n${options.css}`;
  const container = document.createElement('div');
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  ownHosts.add(host);
  parent.append(host);
  return { host, container, remove: () => host.remove() };
}
