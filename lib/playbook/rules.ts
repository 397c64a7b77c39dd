/**
 * The playbook format's fixed lists, limits and value rules, without zod: the schema (schema.ts,
 * for the options page, background, config URL and policy) and the content scripts' hand check
 * (check.ts, which must not pull zod into every CRM tab) both read them from here, so they cannot drift.
 */
import { CANONICAL_FIELDS } from '../record';

export const SCHEMA_VERSION = 1;

export const PRODUCT_PRIORITIES = ['push', 'standard', 'loss-leader'] as const;
export const QUESTION_CATEGORIES = ['cold-call', 'discovery', 'qualification', 'closing'] as const;
export const QUESTION_FRAMEWORKS = ['SPIN', 'BANT', 'MEDDIC'] as const;
/**
 * The rep's weekly counts a coaching question can watch (lib/rep/activity.ts keeps them):
 * records reviewed, records of tier A or B reviewed, calls prepared, questions asked.
 */
export const COACHING_METRICS = ['recordsReviewed', 'goodFitReviewed', 'callsPrepared', 'questionsAsked'] as const;

/** Longest text, label, list and the other bounds of the format (lengths in UTF-16 units, as JavaScript counts). */
export const LIMITS = {
  text: 2000,
  shortText: 200,
  list: 200,
  id: 64,
  /** Entries of one `all` or `any` condition. */
  conditions: 50,
  /** ICP criteria, and disqualifiers. */
  criteria: 100,
  questions: 500,
  fills: 20,
  coaching: 50,
  mappingLabels: 50,
  selector: 500,
  synonyms: 100,
  schemaUrl: 500,
  /** `version` and `updatedAt`. */
  version: 40,
  weight: { min: 1, max: 100 },
  threshold: { min: 0, max: 100 },
  questionLimit: { min: 1, max: 50 },
  /** A share of the rep's usual week (coaching `fallsBelow`). */
  share: { min: 0.05, max: 0.95 },
} as const;

/** A playbook's `currency`: an ISO 4217 code, three capital letters (`USD`, `EUR`). */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** `minCoverage` when a playbook leaves it out. */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** Text a rep reads must say something: "?", "…" or "-" alone is a placeholder, not a label. */
export const saysSomething = (value: string): boolean => value === '' || /[\p{L}\p{N}]/u.test(value);

/** Ids are plain tokens (letters, digits, `-`, `_`), so they are safe in paths, data attributes and files. */
export const isIdText = (value: string): boolean => /^[a-z0-9][a-z0-9-_]*$/i.test(value);

const CUSTOM_FIELD_PREFIX = 'custom.';
/** A canonical field name, or `custom.<key>` for a field a manager maps. */
export const isFieldName = (value: string): boolean =>
  (CANONICAL_FIELDS as readonly string[]).includes(value) ||
  (value.startsWith(CUSTOM_FIELD_PREFIX) && /^[a-z0-9_-]{1,64}$/i.test(value.slice(CUSTOM_FIELD_PREFIX.length)));
