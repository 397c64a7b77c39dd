/**
 * Lifecycle plumbing for single-page CRMs: notice same-document navigation, and re-read a record
 * when its fields change, at most once per animation frame, through one MutationObserver.
 */

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
  /** Also watch this root (a shadow root found while reading); a root is only added once. */
  observe(root: Node): void;
}

/** Attributes whose change can change a field's shown value (ARIA state of picklists and paths, inputs). */
const VALUE_ATTRIBUTES = ['value', 'aria-checked', 'aria-selected', 'aria-current', 'title', 'data-value', 'href'];

/**
 * One MutationObserver for the document and every shadow root handed to it; bursts of mutations
 * coalesce into one `onChange` call on the next animation frame. Typing in form controls (inline
 * edits) triggers it too, since it changes no DOM.
 */
export function observeFieldChanges(
  win: Window,
  onChange: () => void,
  signal: AbortSignal,
  ignore?: (node: Node) => boolean,
): FieldChangeObserver {
  let scheduled = 0;
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = win.requestAnimationFrame(() => {
      scheduled = 0;
      if (!signal.aborted) onChange();
    });
  };
  const observer = new MutationObserver((records) => {
    if (ignore && records.every((record) => ignore(record.target))) return;
    schedule();
  });
  const watched = new WeakSet<Node>();
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: VALUE_ATTRIBUTES,
  };
  const observe = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, options);
  };
  observe(win.document);
  win.document.addEventListener('input', schedule, { capture: true, signal });
  win.document.addEventListener('change', schedule, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (scheduled) win.cancelAnimationFrame(scheduled);
    },
    { once: true },
  );
  return { observe };
}
