/**
 * DOM reading primitives that see through shadow roots. CRMs built on web components (Salesforce
 * Lightning above all) render field labels and values inside them, where `querySelector` and
 * `textContent` do not reach.
 */
import type { VisibilityKnowledge } from './visibility';

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
  /** What the reader can know about what is on screen (see visibility.ts): a browser's layout, or the markup alone. */
  visibility?: VisibilityKnowledge;
  /** The document and its shadow roots, when the caller has already collected them for this read. */
  roots?: readonly ParentNode[];
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
  /** Elements inside the value whose text is not part of it (assistive text, edit buttons, help icons, menus). */
  skip?: (element: Element) => boolean;
}

/** One step of the text walk: a node to read, in the light tree or inside `host`'s shadow tree, or a line end. */
type TextStep = { node: Node; host?: Element } | '\n';

/**
 * The text a user sees in an element, walking into shadow roots and through their slots the way
 * the browser renders them. Form controls contribute their current value. Iterative: a value cell
 * nested thousands of elements deep reads like any other (no recursion depth tied to the page's).
 */
export function visibleText(element: Element, options: TextOptions = {}): string {
  const parts: string[] = [];
  const open = options.openShadowRoot ?? openShadowRootsOnly;
  const stack: TextStep[] = [{ node: element }];
  const excluded = (candidate: Element) =>
    NEVER_TEXT.has(candidate.tagName) || candidate.hasAttribute('hidden') || (candidate !== element && options.skip?.(candidate) === true);
  const pushChildren = (nodes: ArrayLike<Node>, host?: Element) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, host });
  };
  while (stack.length) {
    const step = stack.pop()!;
    if (step === '\n') {
      parts.push('\n');
      continue;
    }
    const { node, host } = step;
    if (node.nodeType === 3 /* text */) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType === 11 /* fragment */) {
      pushChildren(node.childNodes, host);
      continue;
    }
    if (node.nodeType !== 1 /* element */) continue;
    const current = node as Element;
    if (host) {
      // Inside a shadow tree: a slot shows the host's light children assigned to it (or its fallback).
      if (current.tagName === 'SLOT') {
        const slotted = slottedNodes(host, current as HTMLSlotElement);
        pushChildren(slotted.length ? slotted : current.childNodes);
        continue;
      }
      if (current.querySelector('slot')) {
        // An element holding a slot deeper down: walked by hand so the slot is resolved.
        if (!excluded(current)) pushChildren(current.childNodes, host);
        continue;
      }
    }
    if (excluded(current)) continue;
    const control = controlValue(current);
    if (control !== undefined) {
      parts.push(control);
      continue;
    }
    if (current.tagName === 'BR') {
      parts.push('\n');
      continue;
    }
    const shadow = open(current);
    if (shadow) {
      pushChildren(shadow.childNodes, current);
      continue;
    }
    if (BLOCK_TAGS.has(current.tagName)) stack.push('\n');
    pushChildren(current.childNodes);
  }
  return parts.join('');
}

/** Light-DOM children a slot shows, by the slot's name (assignment works the same without layout). */
function slottedNodes(host: Element, slot: HTMLSlotElement): Node[] {
  const name = slot.getAttribute('name') ?? '';
  return [...host.childNodes].filter((child) => {
    if (child.nodeType === 1) return ((child as Element).getAttribute('slot') ?? '') === name;
    return name === '' && child.nodeType === 3;
  });
}

/**
 * The value a form control shows: an input's or textarea's value, a select's chosen option, a combobox's shown
 * value (its `value`, else its own text without the list it opens). Undefined for anything that is not a control.
 */
export function controlValue(element: Element): string | undefined {
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
  if (element.getAttribute('role') === 'combobox') {
    const shown = element.getAttribute('value') ?? element.getAttribute('aria-valuetext');
    if (shown !== null) return shown;
  }
  return undefined;
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TR', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS']);
