/**
 * Runtime messages, zod-validated on receipt and named by direction. Nothing here carries CRM field
 * values, except remember/recall between a content script and the background (below): the popup learns which
 * CRM, which record kind, its name, its tier and how many criteria are known, nothing more.
 */
import * as z from 'zod/mini';
import { FIT_TIERS, RECORD_KINDS } from './record';
import { recordLinkSchema, rememberedContentSchema, type RecalledRecord } from './remember/memory';

/**
 * Options page → background: fetch the config URL now (the alarm does it on an interval; the
 * options page asks after setting or clearing the URL too), or the CRM sites changed (re-register
 * the content script, rewrite the content scripts' copy). Accepted from extension pages only.
 */
export const optionsToBackgroundSchema = z.union([z.strictObject({ type: z.literal('sync-now') }), z.strictObject({ type: z.literal('sites-changed') })]);
export type OptionsToBackground = z.infer<typeof optionsToBackgroundSchema>;

/** Background → options page: the answer; not ok when something could not be fetched into force or saved. */
export const backgroundToOptionsSchema = z.strictObject({ ok: z.boolean(), error: z.optional(z.string()) });
export type BackgroundToOptions = z.infer<typeof backgroundToOptionsSchema>;

/** Popup → content script: which record is this tab showing? (Checked by `isRecordSummaryRequest`, lib/checks.ts: no zod in content scripts.) */
export interface PopupToContent {
  type: 'record-summary';
}

/**
 * Content script → popup (an extension page; in memory, never stored): the record's CRM, kind, tier
 * (null while not scorable), the name the rep knows it by, and how many profile criteria are known.
 */
export const contentToPopupSchema = z.strictObject({
  crm: z.string().check(z.maxLength(100)),
  kind: z.enum(RECORD_KINDS),
  tier: z.nullable(z.enum(FIT_TIERS)),
  name: z.optional(z.string().check(z.maxLength(200))),
  criteria: z.optional(z.strictObject({ known: z.number().check(z.int(), z.minimum(0)), total: z.number().check(z.int(), z.minimum(0)) })),
});
export type ContentToPopup = z.infer<typeof contentToPopupSchema>;

/** True when a message comes from one of this extension's own pages (not a content script, not the web). */
export function isFromExtensionPage(sender: { id?: string; url?: string }, extensionId: string, extensionBaseUrl: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);
}

/**
 * Content script → background: this tab's tier for the badge (null: not on a record), an activity
 * count, that the sidebar could not be shown on this page (twice), or a loader's request for the app.
 */
export const contentToBackgroundSchema = z.union([
  z.strictObject({ type: z.literal('tier'), tier: z.nullable(z.enum(FIT_TIERS)) }),
  z.strictObject({ type: z.literal('display-failed') }),
  // `record`: the record's key, so a record counts once a day (kept in memory by the background, never stored).
  z.strictObject({ type: z.literal('activity'), event: z.literal('reviewed'), tier: z.enum(FIT_TIERS), record: z.optional(z.string().check(z.maxLength(300))) }),
  z.strictObject({ type: z.literal('activity'), event: z.enum(['call-prepared', 'question-asked']) }),
  // A loader saw a record page (lib/content/loader.ts): the background injects the app after checking the sender's URL.
  z.strictObject({ type: z.literal('load-app') }),
  // The rep clicked the sidebar header's side-panel button: the background opens the panel for the sender's tab.
  z.strictObject({ type: z.literal('open-side-panel') }),
  // The playbook in force, answered from the trusted store: the storage.local copy is only a cue (lib/content/playbook-feed.ts).
  z.strictObject({ type: z.literal('active-playbook') }),
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

/** Background → content script: the keyboard shortcut to show or hide the sidebar (checked by `isToggleSidebar`, lib/checks.ts). */
export interface BackgroundToContent {
  type: 'toggle-sidebar';
}
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/**
 * Content script → background: remembered linked records (lib/remember/). The one place CRM values travel, and only
 * to the background, which keeps them in `storage.session` (memory). `remember`: the account/person this tab shows;
 * `recall`: what is remembered of the records this tab's page links to, answered for the sender tab's own CRM site
 * only (the background takes the site from the sender, never from the message).
 */
export const memoryRequestSchema = z.union([
  z.strictObject({ type: z.literal('remember'), record: rememberedContentSchema }),
  z.strictObject({ type: z.literal('recall'), links: z.array(recordLinkSchema).check(z.maxLength(20)) }),
]);
export type MemoryRequest = z.infer<typeof memoryRequestSchema>;

/**
 * Background → content script: the answer to `recall`, checked on arrival by `checkRecallReply`
 * (lib/checks.ts; test/unit/checks.test.ts proves it takes what `rememberedContentSchema` takes, with `readAt`).
 */
export interface RecallReply {
  records: RecalledRecord[];
}

/** Popup → background: how many records are remembered (and whether policy allows it), or forget them all. */
export const memoryControlSchema = z.strictObject({ type: z.enum(['memory-status', 'forget-remembered']) });
export type MemoryControl = z.infer<typeof memoryControlSchema>;
export const memoryStatusSchema = z.strictObject({ count: z.number(), enabled: z.boolean() });
export type MemoryStatus = z.infer<typeof memoryStatusSchema>;
