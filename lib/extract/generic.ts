/**
 * The generic label/value reader: what Playcard reads on CRMs it has no adapter for, and what it
 * adds to an adapter's reading for fields the adapter missed. It looks for the ways HTML ties a
 * label to a value — `label[for]`, a label followed by its control, `aria-labelledby`, `dt/dd`,
 * two-cell `th/td` rows, a label element followed by its value, and the checked step of a labelled
 * status bar — and skips the places CRMs show other records' data: feeds, timelines, related lists,
 * notes, chatter, and records kept in the page but not on screen.
 */
import type { RawField } from '../crm/types';
import type { RecordKind } from '../record';
import { matchLabel } from './labels';
import { cleanLabel, foldKey } from './normalise/text';
import { collectRoots, controlValue, visibleText, type ReadOptions } from './read';
import { composedParent, createVisibility } from './visibility';

export interface GenericReadOptions extends ReadOptions {
  /** The adapter's own distractor regions, on top of the generic ones below. */
  ignoredRegions?: string;
  /** Elements the adapter already read: their labels are the CRM's, and the adapter knew better. */
  alreadyRead?: ReadonlySet<Element>;
  /**
   * The adapter's pairs: those on screen are evidence of which record is shown, so a hidden block that
   * repeats one of their labels (a cached earlier record) is another record, even when every visible
   * pair was the adapter's and the generic reader found only hidden ones.
   */
  adapterPairs?: readonly { label: string; source?: Element }[];
  /** Which labels are worth a pair (default: those the alias table maps to a canonical field). */
  wantedLabel?: (label: string) => boolean;
  /** The record's kind: labels mean different fields on a deal and on a contact ("Name", "Description"). */
  kind?: RecordKind;
  /** Filled with the texts of form controls on the page that may be dates (evidence of the page's date format). */
  dateEvidence?: string[];
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

/**
 * Never part of a value: controls and screen-reader text beside it, and the menus, suggestion lists and tooltips
 * of a lookup or combobox (an empty lookup's hidden menu reads "Search... Create...").
 */
const NOT_VALUE_TEXT = [
  'button',
  '[role="button"]',
  '[role="listbox"]',
  '[role="menu"]',
  '[role="tooltip"]',
  '[role="dialog"]',
  '[role="status"]',
  '.dropdown-menu',
  'datalist',
  '[hidden]',
  '[aria-hidden="true"]',
  '[style*="display: none" i]',
  '[style*="display:none" i]',
  '[class*="assistive" i]',
  '[class*="sr-only" i]',
  '[class*="visually-hidden" i]',
  '[class*="screen-reader" i]',
].join(', ');

/** What a user types or picks a value in. */
const CONTROLS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="file"]), select, textarea, [role="combobox"]';

/** A label is short; a value longer than this is a description, not a field. */
const MAX_LABEL_LENGTH = 60;
const MAX_VALUE_LENGTH = 200;
/** Enough form controls to learn the page's date format from, on any page. */
const MAX_DATE_EVIDENCE = 200;

/**
 * Whether an element sits in a region matching `selector`, looking out through shadow hosts. One
 * native closest() per element, and per shadow root at most once per read (`insideByRoot`): LWC
 * pages nest dozens of roots, and a per-ancestor matches() walk was the reader's biggest cost.
 */
function isInsideRemembering(element: Element, selector: string, insideByRoot: Map<Node, boolean>): boolean {
  if (element.closest(selector)) return true;
  const chain: Node[] = [];
  let inside = false;
  for (let root: Node = element.getRootNode(); ; ) {
    const known = insideByRoot.get(root);
    if (known !== undefined) {
      inside = known;
      break;
    }
    chain.push(root);
    const host = (root as Partial<ShadowRoot>).host;
    if (!host) break;
    if (host.closest(selector)) {
      inside = true;
      break;
    }
    root = host.getRootNode();
  }
  for (const root of chain) insideByRoot.set(root, inside);
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

/** The control a label without `for` belongs to: the first one after it, in its own or its parent's next siblings. */
function controlAfter(label: Element): Element | undefined {
  for (let level: Element | null = label, depth = 0; level && depth < 2; level = level.parentElement, depth++) {
    for (let sibling = level.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.matches('label')) return undefined;
      const control = sibling.matches(CONTROLS) ? sibling : sibling.querySelector(CONTROLS);
      if (control) return control;
    }
  }
  return undefined;
}

interface Candidate extends RawField {
  value: Element;
  visible: boolean;
  /** The kind's record-name field or a label also read on screen marks a hidden block as another record. */
  key: string;
}

export function readGenericPairs(root: ParentNode, options: GenericReadOptions = {}): RawField[] {
  const roots = options.roots ?? collectRoots(root, options.openShadowRoot);
  const ignored = options.ignoredRegions ? `${DISTRACTOR_REGIONS}, ${options.ignoredRegions}` : DISTRACTOR_REGIONS;
  const skip = (element: Element) => element.matches(NOT_VALUE_TEXT);
  const textOptions = { openShadowRoot: options.openShadowRoot, skip };
  const text = (element: Element) => visibleText(element, textOptions);
  const isRendered = createVisibility(options.visibility);
  const candidates: Candidate[] = [];
  const used = new Set<Element>();
  const ignoredByRoot = new Map<Node, boolean>();

  const readByAdapter = (element: Element) => {
    const read = options.alreadyRead;
    if (!read?.size) return false;
    for (let current: Element | null = element; current; current = composedParent(current)) {
      if (read.has(current)) return true;
    }
    return false;
  };
  const wanted = options.wantedLabel ?? ((label: string) => matchLabel(label, options.kind) !== undefined);
  /** A control's value; when it holds none, the value shown beside it (a lookup's chosen record), without menus. */
  const valueText = (value: Element, control: Element | null) => {
    const typed = control ? controlValue(control) : undefined;
    return typed?.trim() ? typed : text(value);
  };
  // Cheapest checks first: most label/value-looking pairs on a CRM page are not fields we want,
  // and the ancestor walks below cost more than reading a label.
  const add = (labelElementOrText: Element | string, value: Element, source: Element = value) => {
    if (used.has(value)) return;
    const label = cleanLabel(typeof labelElementOrText === 'string' ? labelElementOrText : text(labelElementOrText));
    if (!label || label.length > MAX_LABEL_LENGTH || !wanted(label)) return;
    if (readByAdapter(value) || isInsideRemembering(source, ignored, ignoredByRoot)) return;
    // One control, one pair: its label[for] and its table cell are two ways to the same field.
    const control = value.matches(CONTROLS) ? value : value.querySelector(CONTROLS);
    if (control && used.has(control)) return;
    // A cell around an ignored widget (Odoo's seller company_id) is still that widget: its control decides.
    if (control && control !== value && isInsideRemembering(control, ignored, ignoredByRoot)) return;
    const raw = valueText(value, control);
    if (raw.trim().length > MAX_VALUE_LENGTH) return;
    used.add(value);
    if (control) used.add(control);
    candidates.push({ label, raw, source, value, visible: isRendered(value), key: foldKey(label) });
  };

  for (const scope of roots) {
    // <label for="id"> … <input id="id">; a <label> without one, followed by its control.
    for (const label of scope.querySelectorAll('label')) {
      const target = label.getAttribute('for');
      const control = target ? byId(scope, target) : label.querySelector(CONTROLS) ? null : controlAfter(label);
      if (control && control !== label && !control.contains(label)) add(label, control, control.parentElement ?? control);
    }
    // <div aria-labelledby="l1"> where #l1 is the label
    for (const element of scope.querySelectorAll('[aria-labelledby]')) {
      if (element.matches('section, [role="region"], [role="dialog"], [role="tabpanel"], [role="listbox"], [role="menu"], form, table')) continue;
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
    if (options.dateEvidence && options.dateEvidence.length < MAX_DATE_EVIDENCE) {
      for (const input of scope.querySelectorAll('input:not([type="hidden"])')) {
        const value = (input as HTMLInputElement).value;
        if (/\d[./-]\d/.test(value)) options.dateEvidence.push(value);
        if (options.dateEvidence.length >= MAX_DATE_EVIDENCE) break;
      }
    }
  }
  // Asked only when some pair found here is hidden: most reads have none, and each check reads styles.
  const shownByAdapter = () => (options.adapterPairs ?? []).filter((pair) => pair.source && isRendered(pair.source)).map((pair) => foldKey(cleanLabel(pair.label)));
  return onScreen(candidates, options.kind, isRendered, shownByAdapter).map(({ label, raw, source }) => ({ label, raw, source }));
}

/**
 * The record on screen, all of it, and nothing else. A hidden block of pairs (the outermost hidden element around
 * them) belongs to the record shown when it only adds fields: a folded section, a tab not selected. When it repeats a
 * label read on screen (here or by the adapter), or names a record of this kind (a deal's name, a contact's name), it is another record the
 * page keeps (a tab pane of an earlier record, a cached page, a preview) and is left out. With nothing on screen, the
 * reader cannot tell and keeps everything.
 */
function onScreen(
  candidates: Candidate[],
  kind: RecordKind | undefined,
  isRendered: (element: Element) => boolean,
  shownByAdapter: () => readonly string[],
): Candidate[] {
  const shown = candidates.filter((candidate) => candidate.visible);
  if (shown.length === candidates.length) return candidates;
  const adapterKeys = shownByAdapter();
  if (!shown.length && !adapterKeys.length) return candidates;
  const shownKeys = new Set([...shown.map((candidate) => candidate.key), ...adapterKeys]);
  const nameField = kind === 'deal' ? 'dealName' : kind === 'company' ? 'company' : kind ? 'fullName' : undefined;
  const blocks = new Map<Element, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.visible) continue;
    const block = hiddenBlock(candidate.value, isRendered);
    blocks.set(block, [...(blocks.get(block) ?? []), candidate]);
  }
  const otherRecords = new Set<Candidate>();
  for (const members of blocks.values()) {
    const another = members.some(
      (member) => shownKeys.has(member.key) || (nameField !== undefined && matchLabel(member.label, kind)?.field === nameField),
    );
    if (another) for (const member of members) otherRecords.add(member);
  }
  return candidates.filter((candidate) => !otherRecords.has(candidate));
}

/** The outermost element around `element` that is not on screen: the block a tab, a section or a cached page hides. */
function hiddenBlock(element: Element, isRendered: (element: Element) => boolean): Element {
  let block = element;
  for (let parent = composedParent(block); parent && !isRendered(parent); parent = composedParent(parent)) block = parent;
  return block;
}
