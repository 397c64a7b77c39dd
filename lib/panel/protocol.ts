/**
 * The side panel's protocol (docs/ARCHITECTURE.md, "Display modes"): the panel page, an extension
 * page, opens a port to the top frame of the tab it follows (`tabs.connect`, name PANEL_PORT); the
 * content script there answers only a port whose sender is this extension's own panel page, and pushes
 * what its sidebar would show each time it changes. CRM values travel here in memory only, between
 * this extension's own contexts; nothing is stored. Both sides validate every message (zod/mini,
 * strict objects): the page's renderer is untrusted, and so is anything arriving on a port.
 */
import * as z from 'zod/mini';
import { RECORD_KINDS, VALUE_SOURCES, type CrmRecord } from '../record';

export const PANEL_PORT = 'playcard-panel';
/** The panel page's path in the build (WXT's `entrypoints/sidepanel/`). */
export const PANEL_PATH = '/sidepanel.html';

const text = (max: number) => z.string().check(z.maxLength(max));
const fieldValueSchema = z.union([text(1000), z.number(), z.strictObject({ min: z.number(), max: z.optional(z.number()) })]);
const fieldNameSchema = text(200).check(z.refine((name) => !name.startsWith('__')));
const alternativeSchema = z.strictObject({
  value: fieldValueSchema,
  label: text(300),
  raw: text(1000),
  source: z.enum(VALUE_SOURCES),
  readAt: z.optional(z.number()),
});
const readingSchema = z.strictObject({
  value: fieldValueSchema,
  label: text(300),
  raw: text(1000),
  via: z.enum(['adapter', 'generic', 'mapping']),
  source: z.optional(z.enum(VALUE_SOURCES)),
  readAt: z.optional(z.number()),
  from: z.optional(z.enum(RECORD_KINDS)),
  alternatives: z.optional(z.array(alternativeSchema).check(z.maxLength(10))),
});
const MAX_FIELDS = 200;
const recordSchema = z.strictObject({
  crm: text(100),
  kind: z.enum(RECORD_KINDS),
  id: text(300),
  fields: z.record(fieldNameSchema, readingSchema).check(z.refine((fields) => Object.keys(fields).length <= MAX_FIELDS)),
  warnings: z.array(text(500)).check(z.maxLength(50)),
  links: z.optional(z.array(z.strictObject({ kind: z.enum(RECORD_KINDS), id: text(300) })).check(z.maxLength(20))),
});

/**
 * Content script → panel: what the tab shows now. `none`: no record on this page (left for a list, say);
 * `record`: the record as read (null while the first read is pending), or why it could not be read,
 * the ticked questions and whether the call-prep view is open.
 */
export const contentToPanelSchema = z.union([
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({
    type: z.literal('record'),
    crmName: text(100),
    record: z.nullable(recordSchema),
    unreadable: z.nullable(z.array(text(500)).check(z.maxLength(20))),
    asked: z.array(text(200)).check(z.maxLength(500)),
    view: z.enum(['cards', 'prep']),
  }),
]);
export type ContentToPanel = z.infer<typeof contentToPanelSchema>;

/** Panel → content script: the rep ticked or unticked questions, or opened or closed call prep, in the panel. */
export const panelToContentSchema = z.union([
  z.strictObject({ type: z.literal('set-asked'), record: text(300), asked: z.array(text(200)).check(z.maxLength(500)) }),
  z.strictObject({ type: z.literal('set-view'), view: z.enum(['cards', 'prep']) }),
]);
export type PanelToContent = z.infer<typeof panelToContentSchema>;

export type PanelRecordData = z.infer<typeof recordSchema>;

/** The record as the content script sends it: CrmRecord's shape, which the schema checks on arrival. */
export function fromCrmRecord(record: CrmRecord): PanelRecordData {
  return record as unknown as PanelRecordData;
}

/** The record as the panel's cards take it: the schema's shape is CrmRecord's, with field names as plain strings. */
export function panelRecord(record: z.infer<typeof recordSchema>): CrmRecord {
  return record as unknown as CrmRecord;
}

/**
 * True when a port or message comes from this extension's own panel page: the browser sets the sender's
 * id and URL (a content script's sender URL is the web page's, never an extension page's), so neither a
 * page nor another tab's content script can pass. Content scripts cannot call `tabs.connect` anyway;
 * this check makes the rule explicit and keeps other extension pages (options, popup) out as well.
 */
export function isFromPanel(sender: { id?: string; url?: string } | undefined, extensionId: string, panelUrl: string): boolean {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  try {
    const url = new URL(sender.url);
    const expected = new URL(panelUrl);
    return url.origin === expected.origin && url.pathname === expected.pathname;
  } catch {
    return false;
  }
}

/** What the panel knows about where it runs, to pick the tab it follows. */
export interface PanelPlace {
  /** The panel's own tab, when it was opened as a page in a tab (tests, a rep who typed its address); undefined in the side panel. */
  ownTab?: { id?: number; windowId?: number };
  /** The window the panel is attached to (`windows.getCurrent()`). */
  ownWindow: { id?: number; type?: string };
}

/**
 * Which window's active tab the panel follows: its own window when it is the browser's side panel (or
 * Firefox's sidebar) of a normal window; a panel page opened in a window of its own (a popup window)
 * follows the last-focused normal browser window, as the side panel of that window would. A panel page
 * opened as an ordinary tab follows its own window, whose active tab is itself: it shows no record.
 */
export function followedWindow(place: PanelPlace): 'own' | 'last-focused-normal' {
  if (place.ownTab && place.ownWindow.type !== 'normal') return 'last-focused-normal';
  return 'own';
}
