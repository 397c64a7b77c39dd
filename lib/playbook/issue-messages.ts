/**
 * zod's issues in a sales manager's words, in the UI language: an error map keyed by the issue's
 * `code`, `origin`, `minimum` / `maximum` and `expected` (zod 4's error customization), never by
 * zod's own message text. Each message is a fragment that follows the name of the place at fault:
 * "Criterion 2 “50–5,000 employees” › Weight: must be at most 100".
 *
 * Messages the schema writes itself (refinements, duplicate ids) take precedence over this map.
 */
import type * as z from 'zod/mini';
import { formatNumber, t, tn, uiLanguage } from '../i18n';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

const listFormats = new Map<string, Intl.ListFormat>();
/** "“a”, “b” or “c”" (`disjunction`) or "“a” and “b”" (`conjunction`), with the UI language's own quotation marks. */
export function quotedList(values: readonly unknown[], type: 'disjunction' | 'conjunction'): string {
  const key = `${uiLanguage()} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(uiLanguage(), { type })));
  return format.format(values.map((value) => t('editor_quoted', typeof value === 'string' ? value : JSON.stringify(value))));
}

const bound = (value: number | bigint) => formatNumber(Number(value));

function tooSmall(issue: Extract<RawIssue, { code: 'too_small' }>): string {
  const minimum = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return minimum <= 1 ? t('editor_msg_required') : tn('editor_msg_min_chars', minimum);
    case 'array':
    case 'set':
      return minimum <= 1 ? t('editor_msg_add_at_least_1') : tn('editor_msg_min_entries', minimum);
    default:
      return issue.inclusive === false ? t('editor_msg_above_number', bound(issue.minimum)) : t('editor_msg_min_number', bound(issue.minimum));
  }
}

function tooBig(issue: Extract<RawIssue, { code: 'too_big' }>): string {
  const maximum = Number(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return tn('editor_msg_max_chars', maximum);
    case 'array':
    case 'set':
      return tn('editor_msg_max_entries', maximum);
    default:
      return issue.inclusive === false ? t('editor_msg_below_number', bound(issue.maximum)) : t('editor_msg_max_number', bound(issue.maximum));
  }
}

function wrongType(issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  const input = issue.input;
  if (issue.expected === 'int') return t('editor_msg_whole_number');
  if (input === undefined) return t('editor_msg_missing');
  switch (issue.expected) {
    case 'number':
      return input === null || (typeof input === 'number' && Number.isNaN(input)) ? t('editor_msg_enter_number') : t('editor_msg_not_number');
    case 'string':
      return t('editor_msg_not_text');
    case 'array':
      return t('editor_msg_not_list');
    case 'object':
      return t('editor_msg_not_object');
    case 'boolean':
      return t('editor_msg_not_boolean');
    default:
      return t('editor_msg_wrong_type');
  }
}

/** The error map the playbook is parsed with (`safeParse(input, { error: playbookErrorMap })`). */
export function playbookErrorMap(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_type':
      return wrongType(issue);
    case 'invalid_value':
      return issue.values.length === 1 ? t('editor_msg_exactly', quotedList(issue.values, 'disjunction')) : t('editor_msg_one_of', quotedList(issue.values, 'disjunction'));
    case 'unrecognized_keys':
      return tn('editor_msg_unknown_keys', issue.keys.length, quotedList(issue.keys, 'conjunction'));
    case 'invalid_union':
      // Only conditions are unions: no shape fitted at all (a shape that fitted reports its own problems).
      return t('editor_msg_not_condition');
    default:
      return t('editor_msg_invalid');
  }
}
