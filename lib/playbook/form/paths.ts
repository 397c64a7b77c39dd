/** Path helpers for immutable edits of a draft playbook, and the structure check the form needs. */
import type { Playbook } from '../schema';
import { t } from '../../i18n';

export type Path = string;

export function getIn(value: unknown, path: Path): unknown {
  if (!path) return value;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced; `undefined` removes an object key. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (!path) return value as T;
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const tail = rest.join('.');
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = setIn(copy[Number(head)], tail, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...((root ?? {}) as Record<string, unknown>) };
  const next = setIn(copy[head], tail, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Renames a product everywhere differentiators refer to it. */
export function renameProductRefs(playbook: Playbook, from: string, to: string): Playbook {
  if (from === to) return playbook;
  return {
    ...playbook,
    differentiators: playbook.differentiators.map((d) =>
      d.products?.includes(from) ? { ...d, products: d.products.map((id) => (id === from ? to : id)) } : d,
    ),
  };
}

/** Whether a draft has the structure the form needs (a JSON edit may have broken it). */
export function formProblem(draft: unknown): string | undefined {
  if (!draft || typeof draft !== 'object' || Array.isArray(draft)) return t('editor_problem_not_object');
  const d = draft as Record<string, unknown>;
  const icp = d.icp as Record<string, unknown> | undefined;
  if (!icp || typeof icp !== 'object') return t('editor_problem_no_object', 'icp');
  for (const key of ['criteria', 'disqualifiers'] as const) if (!Array.isArray(icp[key])) return t('editor_problem_not_list', `icp.${key}`);
  if (!icp.tiers || typeof icp.tiers !== 'object') return t('editor_problem_no_object', 'icp.tiers');
  for (const key of ['products', 'differentiators', 'questions'] as const) if (!Array.isArray(d[key])) return t('editor_problem_not_list', key);
  for (const key of ['fieldMappings', 'aliases'] as const) if (d[key] !== undefined && !Array.isArray(d[key])) return t('editor_problem_not_list', key);
  return undefined;
}
