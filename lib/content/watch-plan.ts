/**
 * What the content script's MutationObserver watches, decided from the last read: the whole document
 * until fields were read, then only the parts of the page that can change the record.
 */

/** Attributes whose change can change a field's shown value (ARIA state of picklists and paths, inputs). */
const VALUE_ATTRIBUTES = ['value', 'aria-checked', 'aria-selected', 'aria-current', 'title', 'data-value', 'href'];

/** Everything inside a node: values typed or re-rendered, sections added or removed. */
export const WHOLE_SUBTREE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: VALUE_ATTRIBUTES,
};

/** A node's own children only: one of them replaced, removed, or a new section beside them. */
export const CHILDREN_ONLY: MutationObserverInit = { childList: true };

export interface WatchTarget {
  node: Node;
  options: MutationObserverInit;
}

export interface WatchPlanInput {
  document: Document;
  /** The elements the last read took values from (empty: nothing read yet). */
  sources: ReadonlySet<Element>;
  /** The shadow roots found while reading (the document among them or not). */
  shadowRoots: readonly Node[];
  /** The adapter's field containers (`CrmAdapter.fieldContainers`). */
  fieldContainers: string;
}

/** A node's parent, or a shadow root's host: the way up to the document across shadow boundaries. */
function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}

/**
 * The outermost field container around each source (across shadow boundaries), or the source itself outside
 * any. Each ancestor is matched once per plan: sources share most of their way up.
 */
function outermostContainers(sources: readonly Element[], fieldContainers: string): Set<Element> {
  // The outermost container at or above a node, null where there is none.
  const outermostAt = new Map<Node, Element | null>();
  const containerOf = (source: Element): Element | null => {
    const way: Node[] = [];
    let node: Node | null = source;
    while (node && !outermostAt.has(node)) {
      way.push(node);
      node = composedParent(node);
    }
    let outermost = node ? outermostAt.get(node)! : null;
    for (const current of way.reverse()) {
      if (!outermost && current.nodeType === Node.ELEMENT_NODE && (current as Element).matches(fieldContainers)) outermost = current as Element;
      outermostAt.set(current, outermost);
    }
    return outermost;
  };
  return new Set(sources.map((source) => containerOf(source) ?? source));
}

/**
 * Which nodes to observe, and how.
 * - Nothing read yet (no sources, or none still in the page): the document and every shadow root found,
 *   whole; any change may bring the record.
 * - Fields read: whole, the outermost field containers holding the elements values came from, and the shadow
 *   roots found (a subtree watch does not enter them); children only, every ancestor of those containers up to
 *   the document (across shadow boundaries to their hosts), so a container replaced or removed, or a section
 *   added beside one, is still seen. The rest of the page (feeds, menus, toasts deep elsewhere) is not watched.
 */
export function planWatch({ document, sources, shadowRoots, fieldContainers }: WatchPlanInput): WatchTarget[] {
  const roots = shadowRoots.filter((root) => root !== document);
  const connected = [...sources].filter((source) => source.isConnected);
  if (connected.length === 0) return [document, ...roots].map((node) => ({ node, options: WHOLE_SUBTREE }));

  const candidates = outermostContainers(connected, fieldContainers);
  // A source outside any container may hold a container read elsewhere: the outer one covers both.
  const containers = [...candidates].filter((container) => ![...candidates].some((other) => other !== container && other.contains(container)));
  const whole: Node[] = [...containers, ...roots];
  const wholeSet = new Set(whole);
  // A node inside a watched subtree of its own tree is seen already (contains() stays within one tree).
  const covered = (node: Node) => wholeSet.has(node) || whole.some((root) => root.contains(node));

  const children = new Set<Node>();
  for (const container of containers) {
    for (let node = composedParent(container); node; node = composedParent(node)) {
      if (children.has(node)) break;
      if (!covered(node)) children.add(node);
    }
  }
  return [...whole.map((node) => ({ node, options: WHOLE_SUBTREE })), ...[...children].map((node) => ({ node, options: CHILDREN_ONLY }))];
}

/** Where a watched node is, from the document: element child indexes, `shadow` to enter a host's shadow root. */
export type NodePath = (number | 'shadow')[];

/**
 * A plan as paths and options, for bench builds: the bench's do-nothing observer watches the same
 * nodes of the same markup in a tab without Playcard (scripts/bench/storm.ts). Unlocatable nodes are left out.
 */
export function describePlan(plan: readonly WatchTarget[]): { path: NodePath; options: MutationObserverInit }[] {
  return plan.flatMap(({ node, options }) => {
    const path = pathOf(node);
    return path ? [{ path, options }] : [];
  });
}

function pathOf(node: Node): NodePath | undefined {
  const path: NodePath = [];
  for (let current: Node = node; current.nodeType !== Node.DOCUMENT_NODE; ) {
    const host = (current as ShadowRoot).host;
    if (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE && host) {
      path.unshift('shadow');
      current = host;
      continue;
    }
    const parent = current.parentNode;
    if (!parent) return undefined;
    path.unshift(Array.prototype.indexOf.call(parent.children ?? parent.childNodes, current));
    current = parent;
  }
  return path;
}
