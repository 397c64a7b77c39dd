import type { FieldName, RecordKind, RecordLink } from '../record';
import type { ReadContext } from '../extract/read-context';

/** Which record a URL shows. Detection needs the URL alone, never the DOM. */
export interface RecordRoute {
  kind: RecordKind;
  id: string;
}

/** An adapter's example addresses (exported beside it, for the tests only): its records and its non-record pages. */
export interface UrlExamples {
  records: { url: string; kind: RecordKind; id: string }[];
  nonRecords: string[];
}

/** A label/value pair as an adapter found it on the page, before normalisation. */
export interface RawField {
  label: string;
  raw: string;
  /** Set when the adapter knows the field for sure (e.g. from the CRM's API name); otherwise the label decides. */
  field?: FieldName;
  /** The element the pair was read from: a change inside it means the record may have changed. */
  source?: Element;
  /**
   * Read from a linked record of this kind shown on the page (an association card, a quick view form, a
   * person/organization section), not from the record's own fields: it fills only what they lack, and only with
   * the fields that belong to such a record (an account's industry, a person's title).
   */
  linked?: RecordKind;
  /** The record this value names or belongs to, by the id in its link: remembered records are joined on it. */
  link?: RecordLink;
}

/**
 * What a CRM page's loader and the background need to know a record page: the URL test alone, without
 * the reader (each adapter file exports its route apart, so a loader bundles only this).
 */
export type CrmRoute = Pick<CrmAdapter, 'id' | 'name' | 'matches' | 'selfHosted' | 'detect' | 'linkTarget' | 'tenant'>;

export interface CrmAdapter {
  /** Stable id used in playbook field mappings and the extract command (`salesforce`). */
  id: string;
  /** Name shown to users. */
  name: string;
  /** Manifest match patterns: the content script runs there, and nowhere else. Empty for self-hosted CRMs. */
  matches: string[];
  /**
   * Self-hosted CRMs are detected by URL path on any host, and run only on origins a manager has
   * added in the options page (optional host permission + a content script registered at run time).
   */
  selfHosted?: boolean;
  detect(url: URL): RecordRoute | undefined;
  /**
   * The account an address belongs to where one origin serves many (a HubSpot portal, a Zoho organisation):
   * record ids are unique only within it, so remembered records are kept apart per tenant. Undefined where the
   * origin is the tenant (Salesforce, Dynamics, Pipedrive) or the address does not say.
   */
  tenant?(url: URL): string | undefined;
  /**
   * The record a link on a record page points at, where the CRM's links are looser than its page addresses
   * (Dynamics lookups leave out `pagetype`). Defaults to `detect`. By the link's id only; unparseable, undefined.
   */
  linkTarget?(url: URL): RecordRoute | undefined;
  /** Elements whose arrival can bring fields (layout sections, items, header panels). */
  fieldContainers: string;
  /** Regions that never hold the record's own fields (activity feeds, related lists, paths). */
  ignoredRegions?: string;
  /**
   * Reads the record's label/value pairs through the read's context (its roots, shadow-root opener, text and
   * visibility); the first reading of a field wins. Must not throw on odd markup.
   */
  readFields(context: ReadContext, route: RecordRoute): RawField[];
}
