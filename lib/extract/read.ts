/**
 * DOM reading primitives that see through shadow roots. CRMs built on web components (Salesforce
 * Lightning above all) render field labels and values inside them, where `querySelector` and
 * `textContent` do not reach.
 */

/** Returns an element's shadow root when the browser lets us see it, open or closed. */
export type ShadowRootOpener = (element: Element) => ShadowRoot | null;

export const openShadowRootsOnly: ShadowRootOpener = (element) => element.shadowRoot;

/**
 * The opener's answers kept for one read. The document walk asks about every element, and adapters
 * then walk single fields again (Lightning's values sit in nested roots); asking the browser again
 * for the same element, often across the extension API, was a third of the walking time.
 */
export function rememberingOpener(open: ShadowRootOpener): ShadowRootOpener {
  const answers = new Map<Element, ShadowRoot | null>();
  return (element) => {
    let shadow = answers.get(element);
    if (shadow === undefined) answers.set(element, (shadow = open(element)));
    return shadow;
  };
}

export interface ReadOptions {
  openShadowRoot?: ShadowRootOpener;
  /** The document and its shadow roots, when the caller has already collected them for this read. */
  roots?: ParentNode[];
}

/** Whether an element sits in a region matching `selector`: one closest() per tree, out through shadow hosts. */
export function isInside(element: Element, selector: string): boolean {
  for (let current: Element | null = element; current; current = (current.getRootNode() as Partial<ShadowRoot>).host ?? null) {
    if (current.closest(selector)) return true;
  }
  return false;
}

/** The root and every shadow root below it, depth first (a document has few, a Lightning page hundreds). */
export function collectRoots(root: ParentNode, openShadowRoot: ShadowRootOpener = openShadowRootsOnly): ParentNode[] {
  const roots: ParentNode[] = [];
  const pending: ParentNode[] = [root];
  // An element's own shadow root belongs to it too (querySelectorAll below only sees descendants).
  const ownShadow = root.nodeType === 1 ? openShadowRoot(root as Element) : null;
  if (ownShadow) pending.push(ownShadow);
  while (pending.length) {
    const current = pending.pop()!;
    roots.push(current);
    for (const element of current.querySelectorAll('*')) {
      const shadow = openShadowRoot(element);
      if (shadow) pending.push(shadow);
    }
  }
  return roots;
}

/** `querySelectorAll` over the root and all its shadow roots. */
export function queryAllDeep(root: ParentNode, selector: string, options: ReadOptions = {}): Element[] {
  const roots = options.roots ?? collectRoots(root, options.openShadowRoot);
  return roots.flatMap((r) => [...r.querySelectorAll(selector)]);
}

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

export interface TextOptions extends ReadOptions {
  /** Elements whose text is not part of the value (assistive text, edit buttons, help icons). */
  skip?: (element: Element) => boolean;
}

/**
 * The text a user sees in an element, walking into shadow roots and through their slots the way
 * the browser renders them. Form controls contribute their current value.
 */
export function visibleText(element: Element, options: TextOptions = {}): string {
  const parts: string[] = [];
  appendText(element, options, parts);
  return parts.join('');
}

function appendText(node: Node, options: TextOptions, parts: string[]): void {
  if (node.nodeType === 3 /* text */) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 /* element */ && node.nodeType !== 11 /* fragment / shadow root */) return;
  if (node.nodeType === 1) {
    const element = node as Element;
    if (NEVER_TEXT.has(element.tagName) || element.hasAttribute('hidden') || options.skip?.(element)) return;
    const control = controlValue(element);
    if (control !== undefined) {
      parts.push(control);
      return;
    }
    if (element.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const shadow = (options.openShadowRoot ?? openShadowRootsOnly)(element);
    if (shadow) {
      appendShadowText(element, shadow, options, parts);
      return;
    }
  }
  for (const child of node.childNodes) appendText(child, options, parts);
  if (node.nodeType === 1 && isBlock(node as Element)) parts.push('\n');
}

function appendShadowText(host: Element, shadow: ShadowRoot, options: TextOptions, parts: string[]): void {
  const visit = (node: Node) => {
    if (node.nodeType === 1 && (node as Element).tagName === 'SLOT') {
      const slotted = slottedNodes(host, node as HTMLSlotElement);
      const fallback = slotted.length ? slotted : [...node.childNodes];
      for (const child of fallback) appendText(child, options, parts);
      return;
    }
    if (node.nodeType === 1 && (node as Element).querySelector?.('slot')) {
      // An element that contains a slot deeper down: walk it by hand so the slot is resolved.
      const element = node as Element;
      if (NEVER_TEXT.has(element.tagName) || element.hasAttribute('hidden') || options.skip?.(element)) return;
      for (const child of element.childNodes) visit(child);
      return;
    }
    appendText(node, options, parts);
  };
  for (const child of shadow.childNodes) visit(child);
}

/** Light-DOM children a slot shows, by the slot's name (assignment works the same without layout). */
function slottedNodes(host: Element, slot: HTMLSlotElement): Node[] {
  const name = slot.getAttribute('name') ?? '';
  return [...host.childNodes].filter((child) => {
    if (child.nodeType === 1) return ((child as Element).getAttribute('slot') ?? '') === name;
    return name === '' && child.nodeType === 3;
  });
}

function controlValue(element: Element): string | undefined {
  switch (element.tagName) {
    case 'INPUT': {
      const input = element as HTMLInputElement;
      if (input.type === 'hidden' || input.type === 'checkbox' || input.type === 'radio') return '';
      return input.value;
    }
    case 'TEXTAREA':
      return (element as HTMLTextAreaElement).value;
    case 'SELECT': {
      const select = element as HTMLSelectElement;
      const option = select.selectedOptions?.[0] ?? select.options?.[select.selectedIndex];
      return option?.textContent ?? '';
    }
  }
  return undefined;
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TR', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS']);
function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}
