/**
 * The generic label/value reader: what Playcard reads on CRMs it has no adapter for, and what it
 * adds to an adapter's reading for fields the adapter missed. It looks for the ways HTML ties a
 * label to a value — `label[for]`, `aria-labelledby`, `dt/dd`, two-cell `th/td` rows, a label
 * element followed by its value, and the checked step of a labelled status bar — and skips the
 * places CRMs show other records' data: feeds, timelines, related lists, notes, chatter.
 */
import type { RawField } from '../crm/types';
import { fieldForLabel } from './labels';
import { collectRoots, visibleText, type ReadOptions } from './read';

export interface GenericReadOptions extends ReadOptions {
  /** The adapter's own distractor regions, on top of the generic ones below. */
  ignoredRegions?: string;
  /** Elements the adapter already read: their labels are the CRM's, and the adapter knew better. */
  alreadyRead?: ReadonlySet<Element>;
  /** Which labels are worth a pair (default: those the alias table maps to a canonical field). */
  wantedLabel?: (label: string) => boolean;
}

/** Where CRMs put data that is not the record's own fields. Matched case-insensitively on class and id. */
const DISTRACTOR_REGIONS = [
  '[role="feed"]',
  '[role="log"]',
  '[role="tooltip"]',
  '[hidden]',
  '[aria-hidden="true"]',
  'template',
  ...['activit', 'timeline', 'related', 'chatter', 'comment', 'history', 'subpanel', 'stream', 'notes'].flatMap((word) => [
    `[class*="${word}" i]`,
    `[id*="${word}" i]`,
  ]),
].join(', ');

/** Controls and screen-reader-only text sit next to values but are not part of them. */
const NOT_VALUE_TEXT = 'button, [role="button"], [class*="assistive" i], [class*="sr-only" i], [class*="visually-hidden" i], [class*="screen-reader" i]';

/** A label is short; a value longer than this is a description, not a field. */
const MAX_LABEL_LENGTH = 60;
const MAX_VALUE_LENGTH = 200;

/**
 * Whether an element sits in a region matching `selector`, looking out through shadow hosts. One
 * native closest() per element, and per shadow root at most once per read (`insideByRoot`): LWC
 * pages nest dozens of roots, and a per-ancestor matches() walk was the reader's biggest cost.
 */
function isInsideRemembering(element: Element, selector: string, insideByRoot: Map<Node, boolean>): boolean {
  if (element.closest(selector)) return true;
  const root = element.getRootNode();
  let inside = insideByRoot.get(root);
  if (inside === undefined) {
    const host = (root as Partial<ShadowRoot>).host;
    inside = host ? isInsideRemembering(host, selector, insideByRoot) : false;
    insideByRoot.set(root, inside);
  }
  return inside;
}

/** A table with column headers lists other records (related lists); a key/value table has none. */
function isDataTable(table: Element | null): boolean {
  return table !== null && table.querySelector(':scope > thead, :scope > tbody > tr > th[scope="col"], :scope > tr > th[scope="col"]') !== null;
}

function byId(root: ParentNode, id: string): Element | null {
  const scoped = root as ParentNode & { getElementById?: (id: string) => Element | null };
  if (typeof scoped.getElementById === 'function') return scoped.getElementById(id);
  for (const element of root.querySelectorAll('[id]')) if (element.id === id) return element;
  return null;
}

function labelText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*[:：*]+\s*$/, '').trim();
}

export function readGenericPairs(root: ParentNode, options: GenericReadOptions = {}): RawField[] {
  const roots = options.roots ?? collectRoots(root, options.openShadowRoot);
  const ignored = options.ignoredRegions ? `${DISTRACTOR_REGIONS}, ${options.ignoredRegions}` : DISTRACTOR_REGIONS;
  const textOptions = { openShadowRoot: options.openShadowRoot, skip: (element: Element) => element.matches(NOT_VALUE_TEXT) };
  const text = (element: Element) => visibleText(element, textOptions);
  const pairs: RawField[] = [];
  const used = new Set<Element>();
  const ignoredByRoot = new Map<Node, boolean>();

  const readByAdapter = (element: Element) => {
    const read = options.alreadyRead;
    if (!read?.size) return false;
    for (let current: Node | null = element; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
      if (read.has(current as Element)) return true;
    }
    return false;
  };
  const wanted = options.wantedLabel ?? ((label: string) => fieldForLabel(label) !== undefined);
  // Cheapest checks first: most label/value-looking pairs on a CRM page are not fields we want,
  // and the ancestor walks below cost more than reading a label.
  const add = (labelElementOrText: Element | string, value: Element, source: Element = value) => {
    if (used.has(value)) return;
    const label = labelText(typeof labelElementOrText === 'string' ? labelElementOrText : text(labelElementOrText));
    if (!label || label.length > MAX_LABEL_LENGTH || !wanted(label)) return;
    if (readByAdapter(value) || isInsideRemembering(source, ignored, ignoredByRoot)) return;
    const raw = text(value);
    if (raw.trim().length > MAX_VALUE_LENGTH) return;
    used.add(value);
    pairs.push({ label, raw, source });
  };

  for (const scope of roots) {
    // <label for="id"> … <input id="id">
    for (const label of scope.querySelectorAll('label[for]')) {
      const control = byId(scope, label.getAttribute('for') ?? '');
      if (control && control !== label) add(label, control, control.parentElement ?? control);
    }
    // <div aria-labelledby="l1"> where #l1 is the label
    for (const element of scope.querySelectorAll('[aria-labelledby]')) {
      if (element.matches('section, [role="region"], [role="dialog"], [role="tabpanel"], form, table')) continue;
      const labels = (element.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => byId(scope, id))
        .filter((label): label is Element => label !== null && label !== element);
      if (labels.length) add(labels.map(text).join(' '), element);
    }
    // <dt>Label</dt><dd>Value</dd>
    for (const term of scope.querySelectorAll('dt')) {
      const definition = term.nextElementSibling;
      if (definition?.tagName === 'DD') add(term, definition, term.parentElement ?? definition);
    }
    // Key/value tables: rows of one header cell and one data cell (data tables with more columns are lists).
    for (const row of scope.querySelectorAll('tr')) {
      const cells = [...row.children].filter((cell) => cell.tagName === 'TH' || cell.tagName === 'TD');
      if (cells.length !== 2 || isDataTable(row.closest('table'))) continue;
      const [head, data] = cells as [Element, Element];
      if (head.tagName === 'TH' || /label/i.test(head.className)) add(head, data, row);
    }
    // A label element followed by its value.
    for (const label of scope.querySelectorAll('[class*="label" i]:not(label)')) {
      const value = label.nextElementSibling;
      if (!value || value.matches('[class*="label" i]') || label.children.length > 2) continue;
      add(label, value, label.parentElement ?? value);
    }
    // A status bar whose checked step is the value: <div role="radiogroup" aria-label="Stage"> … aria-checked="true"
    for (const bar of scope.querySelectorAll('[role="radiogroup"][aria-label], [role="listbox"][aria-label], [role="tablist"][aria-label], ol[aria-label], ul[aria-label]')) {
      const current = bar.querySelector('[aria-checked="true"], [aria-current="step"], [aria-current="true"], [aria-selected="true"]');
      if (current) add(bar.getAttribute('aria-label') ?? '', current, bar);
    }
  }
  return pairs;
}
