/**
 * Content script → panel (lib/panel/protocol.ts): what the followed tab shows, validated by the panel
 * on arrival. Only the panel page bundles these schemas; the content script imports the types.
 */
import * as z from 'zod/mini';
import { RECORD_KINDS, VALUE_SOURCES, type CrmRecord } from '../record';

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

export type PanelRecordData = z.infer<typeof recordSchema>;

/** The record as the panel's cards take it: the schema's shape is CrmRecord's, with field names as plain strings. */
export function panelRecord(record: z.infer<typeof recordSchema>): CrmRecord {
  return record as unknown as CrmRecord;
}

