/**
 * What a remembered linked record is, without zod: the content scripts' side (merge.ts, lib/checks.ts)
 * imports these; memory.ts holds the zod schemas the background validates with, and checks they
 * describe these same types.
 */
import type { CanonicalField, FieldValue, ReadMethod } from '../record';

/** The kinds of record that are remembered when opened, and joined on from the pages that link to them. */
export const REMEMBERED_KINDS = ['company', 'contact'] as const;
export type RememberedKind = (typeof REMEMBERED_KINDS)[number];

export function isRememberedKind(kind: string): kind is RememberedKind {
  return (REMEMBERED_KINDS as readonly string[]).includes(kind);
}

export type RememberedField = { value: FieldValue; label: string; raw: string; via: ReadMethod };

/** What a content script hands over about the record it shows: its own fields, never its linked records'. */
export interface RememberedContent {
  crm: string;
  kind: RememberedKind;
  id: string;
  fields: Partial<Record<CanonicalField, RememberedField>>;
}
