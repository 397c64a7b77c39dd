/** The condition editor's model: the shapes it offers, their names, and conversions between them. */
import type { Condition } from '../schema';
import type { FieldName } from '../../record';
import { t, type MessageKey } from '../../i18n';

/** The condition shapes the condition editor offers (one per zod union option). */
export const CONDITION_KINDS = ['oneOf', 'between', 'contains', 'known', 'unknown', 'all', 'any', 'not'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
const CONDITION_KIND_KEYS: Record<ConditionKind, MessageKey> = {
  oneOf: 'editor_kind_oneOf',
  between: 'editor_kind_between',
  contains: 'editor_kind_contains',
  known: 'editor_kind_known',
  unknown: 'editor_kind_unknown',
  all: 'editor_kind_all',
  any: 'editor_kind_any',
  not: 'editor_kind_not',
};
/** How the condition editor names a shape ("is one of", "All of these are true"), in the UI language. */
export const conditionKindText = (kind: ConditionKind): string => t(CONDITION_KIND_KEYS[kind]);
/** Every key a condition shape holds, by shape: the test checks these against the zod union. */
export const CONDITION_KEYS: Record<ConditionKind, readonly string[]> = {
  oneOf: ['field', 'is', 'values'],
  between: ['field', 'is', 'min', 'max'],
  contains: ['field', 'is', 'keywords'],
  known: ['field', 'is'],
  unknown: ['field', 'is'],
  all: ['all'],
  any: ['any'],
  not: ['not'],
};

export function conditionKind(condition: unknown): ConditionKind {
  if (condition && typeof condition === 'object') {
    if ('all' in condition) return 'all';
    if ('any' in condition) return 'any';
    if ('not' in condition) return 'not';
    const is = (condition as { is?: unknown }).is;
    if (typeof is === 'string' && (CONDITION_KINDS as readonly string[]).includes(is)) return is as ConditionKind;
  }
  return 'oneOf';
}

/** The condition a shape change leads to, keeping the field (or the first child) where it can. */
export function convertCondition(from: unknown, to: ConditionKind): Condition {
  const old = (from ?? {}) as Record<string, unknown>;
  const kind = conditionKind(from);
  const field = (typeof old.field === 'string' ? old.field : firstField(from) ?? 'industry') as FieldName;
  const leaf: Condition = kind === 'all' || kind === 'any' || kind === 'not' ? newCondition(field) : (from as Condition);
  switch (to) {
    case 'oneOf':
      return { field, is: 'oneOf', values: Array.isArray(old.values) ? (old.values as string[]) : Array.isArray(old.keywords) ? (old.keywords as string[]) : [] };
    case 'contains':
      return { field, is: 'contains', keywords: Array.isArray(old.keywords) ? (old.keywords as string[]) : Array.isArray(old.values) ? (old.values as string[]) : [] };
    case 'between':
      return { field, is: 'between', ...(typeof old.min === 'number' ? { min: old.min } : {}), ...(typeof old.max === 'number' ? { max: old.max } : {}) };
    case 'known':
    case 'unknown':
      return { field, is: to };
    case 'all':
    case 'any': {
      const children = kind === 'all' || kind === 'any' ? ((old[kind] as Condition[]) ?? []) : [leaf];
      return to === 'all' ? { all: children } : { any: children };
    }
    case 'not':
      return { not: kind === 'all' || kind === 'any' ? from as Condition : leaf };
  }
}

function firstField(condition: unknown): string | undefined {
  if (!condition || typeof condition !== 'object') return undefined;
  const c = condition as Record<string, unknown>;
  if (typeof c.field === 'string') return c.field;
  for (const key of ['all', 'any'] as const) {
    if (Array.isArray(c[key])) for (const child of c[key] as unknown[]) {
      const found = firstField(child);
      if (found) return found;
    }
  }
  return firstField(c.not);
}

export function newCondition(field: FieldName = 'industry'): Condition {
  return { field, is: 'oneOf', values: [] };
}
