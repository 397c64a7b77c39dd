/**
 * Typed hand checks for what crosses a trust boundary into a content script: messages from the
 * background, the popup and the side panel (and, through lib/crm/sites.ts, the `crmSites` copy in storage.local). zod/mini is
 * ~7.5 KB gzip of every CRM tab's app, and these shapes are small. Where a zod schema of the same shape
 * exists for the other side (lib/messages.ts, lib/remember/memory.ts), test/unit/checks.test.ts proves
 * the two accept the same values. No zod here, and no import that brings it.
 */
import { CANONICAL_FIELDS } from './record';
import { REMEMBERED_KINDS } from './remember/shape';
import type { RecallReply } from './messages';
import type { PanelToContent } from './panel/protocol';

type Plain = Record<string, unknown>;

/** A non-null, non-array object (zod's object check); `keys`: it has no key but these (a strict object). */
export function isObjectWith(value: unknown, keys?: readonly string[]): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return !keys || Object.keys(value).every((key) => keys.includes(key));
}

/** A string of at most `max` UTF-16 units (and at least `min`), as zod's maxLength/minLength count. */
export function isText(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** zod 4's number(): finite numbers only. */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** An array of at most `max` items, each passing `check`. */
export function isListOf<T>(value: unknown, max: number, check: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.length <= max && value.every((item) => check(item));
}

/** An optional key: absent or undefined, as zod's optional() takes it. */
export const optional = <T>(value: unknown, check: (value: unknown) => value is T): boolean => value === undefined || check(value);

/** `{type}` and nothing else: the background's shortcut relay, the popup's question. */
function isBareMessage(value: unknown, type: string): boolean {
  return isObjectWith(value, ['type']) && value.type === type;
}

/** Background → content script: the keyboard shortcut folds or opens the sidebar. */
export const isToggleSidebar = (message: unknown) => isBareMessage(message, 'toggle-sidebar');
/** Popup → content script: which record does this tab show? */
export const isRecordSummaryRequest = (message: unknown) => isBareMessage(message, 'record-summary');

const isAskedId = (value: unknown): value is string => isText(value, 200);

/** Panel → content script: ticked questions for a record, or the view to show; undefined for anything else. */
export function checkPanelToContent(message: unknown): PanelToContent | undefined {
  if (isObjectWith(message, ['type', 'record', 'asked']) && message.type === 'set-asked') {
    return isText(message.record, 300) && isListOf(message.asked, 500, isAskedId) ? (message as PanelToContent) : undefined;
  }
  if (isObjectWith(message, ['type', 'view']) && message.type === 'set-view') {
    return isOneOf(message.view, ['cards', 'prep'] as const) ? (message as PanelToContent) : undefined;
  }
  return undefined;
}

const READ_METHODS = ['adapter', 'generic', 'mapping'] as const;

function isFieldValue(value: unknown): boolean {
  if (isText(value, 1000) || isNumber(value)) return true;
  return isObjectWith(value, ['min', 'max']) && isNumber(value.min) && optional(value.max, isNumber);
}

function isRememberedField(value: unknown): boolean {
  return (
    isObjectWith(value, ['value', 'label', 'raw', 'via']) &&
    isFieldValue(value.value) &&
    isText(value.label, 300) &&
    isText(value.raw, 1000) &&
    isOneOf(value.via, READ_METHODS)
  );
}

function isRecalledRecord(value: unknown): value is RecallReply['records'][number] {
  if (!isObjectWith(value, ['crm', 'kind', 'id', 'fields', 'readAt'])) return false;
  const fields = value.fields;
  return (
    isText(value.crm, 100) &&
    isOneOf(value.kind, REMEMBERED_KINDS) &&
    isText(value.id, 200, 1) &&
    isObjectWith(fields, CANONICAL_FIELDS) &&
    Object.values(fields).every(isRememberedField) &&
    isNumber(value.readAt)
  );
}

/** Background → content script: what is remembered of the records this page links to; undefined when malformed. */
export function checkRecallReply(reply: unknown): RecallReply | undefined {
  return isObjectWith(reply, ['records']) && isListOf(reply.records, 20, isRecalledRecord) ? (reply as unknown as RecallReply) : undefined;
}
