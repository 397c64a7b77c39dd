/**
 * What an adapter reads a page with: built once per read, so every adapter sees the same shadow roots, opener and
 * visibility answers, and none of them re-collects roots or re-decides how to open a shadow root.
 */
import { collectRoots, isInside, openShadowRootsOnly, visibleText, type ReadOptions, type ShadowRootOpener } from './read';
import { createVisibility, type VisibilityKnowledge } from './visibility';

export interface ReadContext {
  /** The document (or element) being read. */
  readonly root: ParentNode;
  /** The root and every shadow root below it that the opener can see, collected once for this read. */
  readonly roots: readonly ParentNode[];
  readonly open: ShadowRootOpener;
  readonly visibility: VisibilityKnowledge;
  /** `querySelectorAll` over every root. */
  all(selector: string): Element[];
  /** The text a user sees in an element, through shadow roots and slots; `skip` leaves out controls around a value. */
  text(element: Element, skip?: (element: Element) => boolean): string;
  /** Whether the element sits in a region matching `selector`, out through shadow hosts. */
  isInside(element: Element, selector: string): boolean;
  /** Whether the element is rendered (one answer per element per read). */
  isRendered(element: Element): boolean;
}

export function createReadContext(root: ParentNode, options: ReadOptions = {}): ReadContext {
  const open = options.openShadowRoot ?? openShadowRootsOnly;
  const roots = options.roots ?? collectRoots(root, open);
  const visibility = options.visibility ?? 'markup';
  const isRendered = createVisibility(visibility);
  return {
    root,
    roots,
    open,
    visibility,
    all: (selector) => roots.flatMap((scope) => [...scope.querySelectorAll(selector)]),
    text: (element, skip) => visibleText(element, { openShadowRoot: open, skip }),
    isInside,
    isRendered,
  };
}
