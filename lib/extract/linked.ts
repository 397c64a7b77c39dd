/**
 * Linked records: a deal's account and contact, a contact's company. Their fields fill what the record's own
 * fields lack, and only the fields that belong to them: an account gives company-level facts, a person
 * contact-level ones. An account's main phone is the last resort for a phone: the contact's wins.
 */
import type { CrmAdapter } from '../crm/types';
import type { CanonicalField, FieldName, RecordKind, RecordLink } from '../record';
import { collectRoots, type ReadOptions } from './read';

const COMPANY_LEVEL: ReadonlySet<FieldName> = new Set<CanonicalField>(['company', 'industry', 'employees', 'annualRevenue', 'country', 'website']);
const CONTACT_LEVEL: ReadonlySet<FieldName> = new Set<CanonicalField>(['fullName', 'title', 'email', 'phone']);

/** The kinds of record that are linked to from others and remembered when opened. */
export const LINKED_KINDS: ReadonlySet<RecordKind> = new Set(['company', 'contact']);

/** Whether a linked record of `linkedKind` may give `field` to a record of `pageKind`. */
export function linkedRecordGives(linkedKind: RecordKind, field: FieldName, pageKind: RecordKind): boolean {
  if (linkedKind === pageKind) return false;
  if (linkedKind === 'company') return COMPANY_LEVEL.has(field) || field === 'phone';
  if (linkedKind === 'contact') return CONTACT_LEVEL.has(field) && pageKind !== 'lead';
  return false;
}

/**
 * The linked record an element's links point at, found by the adapter's own URL detection (a lookup's
 * `/lightning/r/Account/001…/view`, Pipedrive's `/organization/41`): by id, never by name.
 */
export function linkIn(element: Element, adapter: CrmAdapter, pageUrl: string, options: ReadOptions = {}): RecordLink | undefined {
  // Lightning puts a lookup's link two shadow roots down (force-lookup > records-hoverable-link > a).
  const links = element.matches('a[href]') ? [element] : collectRoots(element, options.openShadowRoot).flatMap((root) => [...root.querySelectorAll('a[href]')]);
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    const route = adapter.linkTarget?.(url) ?? adapter.detect(url);
    if (route && LINKED_KINDS.has(route.kind)) return { kind: route.kind, id: route.id };
  }
  return undefined;
}

/** How much a linked record's value for `field` is worth against another linked record's: an account's phone least. */
export function linkedRank(linkedKind: RecordKind, field: FieldName, rank: number): number {
  return linkedKind === 'company' && field === 'phone' ? 0 : rank;
}
