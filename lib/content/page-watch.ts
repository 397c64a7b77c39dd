/**
 * Lifecycle plumbing for single-page CRMs: notice same-document navigation, and re-read a record
 * when its fields change, at most once per animation frame, through one MutationObserver.
 */
import { WHOLE_SUBTREE, type WatchTarget } from './watch-plan';

interface NavigationLike extends EventTarget {
  currentEntry?: { url?: string | null } | null;
}

/**
 * Calls back when the tab's URL changes without a page load. Uses the Navigation API where the
 * browser has it; elsewhere a cheap URL comparison on DOM mutations (SPAs re-render on navigation),
 * plus popstate. Never a timer poll.
 */
export function watchUrlChanges(win: Window, onChange: (href: string) => void, signal: AbortSignal): void {
  let lastHref = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === lastHref) return;
    lastHref = href;
    onChange(href);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  win.addEventListener('popstate', check, { signal });
  const observer = new MutationObserver(check);
  observer.observe(win.document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

export interface FieldChangeObserver {
  /** Watches these nodes from now on, instead of what was watched before (lib/content/watch-plan.ts); false when the plan is unchanged. */
  watch(plan: readonly WatchTarget[]): boolean;
}

export interface FieldChangeOptions {
  window: Window;
  /** Called at most once per animation frame after relevant changes. */
  onChange: () => void;
  /** The page view's signal: the observer, listeners and any pending frame end with it. */
  signal: AbortSignal;
  /** Whether a batch of mutation records can change the record (all count when not given). */
  isRelevant?: (records: readonly MutationRecord[]) => boolean;
  /** Whether an `input` / `change` event on this target can change the record (all count when not given). */
  isRelevantEvent?: (target: EventTarget | null) => boolean;
}

function samePlan(a: readonly WatchTarget[], b: readonly WatchTarget[]): boolean {
  return a.length === b.length && a.every((target, index) => target.node === b[index]!.node && target.options === b[index]!.options);
}

/**
 * One MutationObserver for the nodes its plan names (the whole document until `watch` says otherwise);
 * bursts of mutations coalesce into one `onChange` call on the next animation frame. Typing in form
 * controls (inline edits) triggers it too, since it changes no DOM.
 */
export function observeFieldChanges({
  window: win,
  onChange,
  signal,
  isRelevant = () => true,
  isRelevantEvent = () => true,
}: FieldChangeOptions): FieldChangeObserver {
  let scheduled = 0;
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = win.requestAnimationFrame(() => {
      scheduled = 0;
      if (!signal.aborted) onChange();
    });
  };
  const observer = new MutationObserver((records) => {
    if (!scheduled && isRelevant(records)) schedule();
  });
  let watched: readonly WatchTarget[] = [];
  const watch = (plan: readonly WatchTarget[]) => {
    if (signal.aborted || samePlan(watched, plan)) return false;
    // Records still queued are dropped with the old plan: the read that led to the new plan saw the page after them.
    observer.disconnect();
    for (const { node, options } of plan) observer.observe(node, options);
    watched = plan;
    return true;
  };
  watch([{ node: win.document, options: WHOLE_SUBTREE }]);
  const onEdit = (event: Event) => {
    if (isRelevantEvent(event.composedPath()[0] ?? event.target)) schedule();
  };
  win.document.addEventListener('input', onEdit, { capture: true, signal });
  win.document.addEventListener('change', onEdit, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (scheduled) win.cancelAnimationFrame(scheduled);
    },
    { once: true },
  );
  return { watch };
}

/** Walks up from a node to the document, crossing shadow boundaries to their hosts. */
function ancestorsAndSelf(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    chain.push(current);
  }
  return chain;
}

export function isInsideSource(node: Node, sources: ReadonlySet<Element>): boolean {
  return ancestorsAndSelf(node).some((ancestor) => sources.has(ancestor as Element));
}

function isInsideSelector(node: Node, selector: string): boolean {
  return ancestorsAndSelf(node).some((ancestor) => ancestor.nodeType === 1 && (ancestor as Element).matches(selector));
}

export interface RelevanceOptions {
  /** Elements whose arrival can bring fields (the adapter's layout sections, items, header panels). */
  fieldContainers: string;
  /** Regions that never hold the record's fields (activity feeds, related lists): mutations there are ignored. */
  ignoredRegions?: string;
  now?: () => number;
}

/** A target that kept changing without bringing fields is "busy" after this many mutation records. */
const BUSY_AFTER = 8;
/** How often a busy target's subtree is rescanned for new field containers instead of reading every record. */
const BUSY_RESCAN_MS = 500;

/**
 * Decides whether a batch of mutations can change what the record shows: it touches an element a
 * field was read from, removes one, or adds something that can hold fields. A CRM page's busy
 * parts (a feed re-rendering, a clock) must cost next to nothing, and in an isolated world every
 * property read of a MutationRecord costs: targets are classified once and remembered; records
 * under ignored regions are skipped; a target that keeps changing without bringing fields is
 * rescanned twice a second instead of inspected record by record.
 */
export function createRelevanceFilter({ fieldContainers, ignoredRegions, now = () => performance.now() }: RelevanceOptions) {
  let sources: ReadonlySet<Element> = new Set();
  let outsideSources = new WeakSet<Node>();
  const ignored = new WeakSet<Node>();
  const busy = new WeakMap<Node, { records: number; scannedAt: number; containers: number }>();
  const carriesFields = new WeakSet<Node>();

  const countContainers = (target: Node) => ((target as ParentNode).querySelectorAll?.(fieldContainers).length ?? 0);

  return {
    /** The elements the last read took values from; a change inside them always counts. */
    setSources(next: ReadonlySet<Element>) {
      sources = next;
      outsideSources = new WeakSet();
    },
    mayChangeRecord(records: readonly MutationRecord[]): boolean {
      // Nothing read yet (the record is still rendering, or the layout is unknown): every change counts.
      if (sources.size === 0) return true;
      let checkedRemovals = false;
      for (const record of records) {
        const target = record.target;
        if (ignored.has(target)) continue;
        if (!outsideSources.has(target)) {
          if (isInsideSource(target, sources)) return true;
          if (ignoredRegions && isInsideSelector(target, ignoredRegions)) {
            ignored.add(target);
            continue;
          }
          outsideSources.add(target);
        }
        const state = busy.get(target);
        if (state && state.records >= BUSY_AFTER) {
          const time = now();
          if (time - state.scannedAt < BUSY_RESCAN_MS) continue;
          state.scannedAt = time;
          const containers = countContainers(target);
          if (containers !== state.containers) return true;
          for (const source of sources) if (!source.isConnected) return true;
          continue;
        }
        if (record.removedNodes.length && !checkedRemovals) {
          checkedRemovals = true;
          for (const source of sources) {
            if (!source.isConnected) {
              carriesFields.add(target);
              return true;
            }
          }
        }
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          const element = node as Element;
          if (element.matches(fieldContainers) || (element.firstElementChild && element.querySelector(fieldContainers))) {
            carriesFields.add(target);
            return true;
          }
        }
        // A target that ever brought or took the record's fields is never treated as busy chrome.
        if (carriesFields.has(target)) continue;
        const seen = (state?.records ?? 0) + 1;
        busy.set(target, { records: seen, scannedAt: now(), containers: seen >= BUSY_AFTER ? countContainers(target) : 0 });
      }
      return false;
    },
  };
}
