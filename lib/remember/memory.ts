/**
 * Remembered linked records (docs/ARCHITECTURE.md, "Reading the page" 10): the canonical fields of an
 * account/company or contact/person page the rep opened, kept in `storage.session` (memory only) by the
 * background, keyed by the CRM site (its origin, plus the tenant where one origin serves many: lib/remember/background.ts)
 * + the record's kind + its id. At most MAX_REMEMBERED records
 * (the oldest read goes first); a record read more than REMEMBER_FOR_MS ago is dropped when the memory is read.
 *
 * Pure: the background owns the storage (lib/remember/background.ts); this file only says what a valid
 * memory is and how it changes.
 */
import * as z from 'zod/mini';
import { CANONICAL_FIELDS, type RecordLink } from '../record';
import { isRememberedKind, REMEMBERED_KINDS, type RememberedContent, type RememberedKind } from './shape';

export type { RememberedContent } from './shape';

/** Key in `storage.session` (memory only; content scripts have no access: the area's default, TRUSTED_CONTEXTS). */
export const REMEMBERED_KEY = 'rememberedRecords';
export const MAX_REMEMBERED = 200;
export const REMEMBER_FOR_MS = 12 * 60 * 60 * 1000;

const text = (max: number) => z.string().check(z.maxLength(max));
// zod 4's number() refuses NaN and ±Infinity.
const fieldValueSchema = z.union([text(1000), z.number(), z.strictObject({ min: z.number(), max: z.optional(z.number()) })]);

export const rememberedFieldSchema = z.strictObject({
  value: fieldValueSchema,
  label: text(300),
  raw: text(1000),
  via: z.enum(['adapter', 'generic', 'mapping']),
});

/** A record id as CRMs write them (Salesforce ids, GUIDs, numbers, Odoo/ERPNext paths). */
export const recordIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** What a content script hands over about the record it shows: its own fields, never its linked records'. */
const contentShape = {
  crm: text(100),
  kind: z.enum(REMEMBERED_KINDS),
  id: recordIdSchema,
  fields: z.partialRecord(z.enum(CANONICAL_FIELDS), rememberedFieldSchema),
};
export const rememberedContentSchema = z.strictObject(contentShape);
// The schema describes shape.ts's type: a change to one that the other lacks fails the type check.
true satisfies z.infer<typeof rememberedContentSchema> extends RememberedContent ? (RememberedContent extends z.infer<typeof rememberedContentSchema> ? true : false) : false;

export const recordLinkSchema = z.strictObject({ kind: z.enum(REMEMBERED_KINDS), id: recordIdSchema });

/** One remembered record: what its page showed, from which site, and when it was read (ms since the epoch). */
export interface RememberedRecord extends RememberedContent {
  /** The CRM site: its origin, and the tenant where the origin serves many (`https://app.hubspot.com 21348765`). */
  site: string;
  readAt: number;
}
const rememberedRecordSchema = z.strictObject({ ...contentShape, site: text(400), readAt: z.number() });
/** A remembered record as the background hands it to a page: without the site it was kept for. */
export type RecalledRecord = Omit<RememberedRecord, 'site'>;

/** The whole memory, oldest read first. */
export type Memory = RememberedRecord[];

/** What `storage.session` holds, validated: anything unreadable is forgotten, never trusted. */
export function parseMemory(stored: unknown): Memory {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = rememberedRecordSchema.safeParse(entry);
    return parsed.success ? [parsed.data as RememberedRecord] : [];
  });
}

/** The key a record is remembered under: its CRM site, its kind, its id. */
export function memoryKey(site: string, kind: RememberedKind, id: string): string {
  return JSON.stringify([site, kind, id]);
}

/** The records still fresh at `now` (read less than 12 hours ago, and not in the future). */
export function freshOnly(memory: Memory, now: number): Memory {
  return memory.filter((record) => record.readAt <= now && now - record.readAt < REMEMBER_FOR_MS);
}

/**
 * The memory after remembering `content`, read now on `site`: the record's earlier reading is replaced, the
 * stale ones dropped, and the oldest ones beyond MAX_REMEMBERED. A record with no field is forgotten instead.
 */
export function rememberRecord(memory: Memory, site: string, content: RememberedContent, now: number): Memory {
  const key = memoryKey(site, content.kind, content.id);
  const others = freshOnly(memory, now).filter((record) => memoryKey(record.site, record.kind, record.id) !== key);
  if (!Object.keys(content.fields).length) return others;
  const kept = [...others, { ...content, site, readAt: now }];
  kept.sort((a, b) => a.readAt - b.readAt);
  return kept.slice(-MAX_REMEMBERED);
}

/** The fresh remembered records of `site` the links point at, in the links' order; no link, no record. */
export function recallRecords(memory: Memory, site: string, links: readonly RecordLink[], now: number): RememberedRecord[] {
  const byKey = new Map(freshOnly(memory, now).filter((record) => record.site === site).map((record) => [memoryKey(site, record.kind, record.id), record]));
  const found: RememberedRecord[] = [];
  for (const link of links) {
    if (!isRememberedKind(link.kind)) continue;
    const record = byKey.get(memoryKey(site, link.kind, link.id));
    if (record && !found.includes(record)) found.push(record);
  }
  return found;
}
