/** Edits any Condition shape, nested all / any / not included, at a draft path. */
import { formatNumber, t, tn } from '../../../lib/i18n';
import { CONDITION_KINDS, conditionKind, conditionKindText, convertCondition, newCondition, type ConditionKind } from '../../../lib/playbook/form/conditions';
import { type Path } from '../../../lib/playbook/form/paths';
import { NUMERIC_FIELDS, type FieldName } from '../../../lib/record';
import { fieldLabel } from '../../sidebar/field-labels';
import { FieldPicker, LinesField, NumberField, Problems } from './fields';
import { controlId, useEditor } from './context';
import { ItemList } from './ItemList';

const LEAF_KINDS = CONDITION_KINDS.filter((k) => k !== 'all' && k !== 'any' && k !== 'not');
const GROUP_KINDS: ConditionKind[] = ['all', 'any', 'not'];

export function ConditionEditor({ path, depth = 0 }: { path: Path; depth?: number }) {
  const { get, set, issues } = useEditor();
  const condition = get(path);
  const kind = conditionKind(condition);
  const id = controlId(path);
  const field = (condition as { field?: string } | undefined)?.field;
  const own = issues.at(path);
  return (
    <div class={`pe-cond pe-cond--depth${Math.min(depth, 3)}${own.length ? ' pe-control--invalid' : ''}`} data-path={path} data-kind={kind}>
      <div class="pe-cond__row">
        {kind !== 'all' && kind !== 'any' && kind !== 'not' && (
          <FieldPicker path={`${path}.field`} text={{ label: t('editor_field_label') }} />
        )}
        <div class="pe-control">
          <label class="pe-label" for={`${id}-kind`}>
            {kind === 'all' || kind === 'any' || kind === 'not' ? t('editor_cond_combine') : t('editor_cond_test')}
          </label>
          <select
            id={`${id}-kind`}
            data-path={`${path}.is`}
            aria-invalid={own.length ? 'true' : undefined}
            aria-describedby={own.length ? `${id}-error` : undefined}
            value={kind}
            onChange={(e) => set(path, convertCondition(condition, (e.currentTarget as HTMLSelectElement).value as ConditionKind))}
          >
            <optgroup label={t('editor_cond_group_leaf')}>
              {LEAF_KINDS.map((k) => (
                <option key={k} value={k}>
                  {conditionKindText(k)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('editor_cond_group_combine')}>
              {GROUP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {conditionKindText(k)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {kind === 'between' && (
          <>
            <NumberField path={`${path}.min`} text={{ label: t('editor_cond_from') }} optional />
            <NumberField path={`${path}.max`} text={{ label: t('editor_cond_to') }} optional />
          </>
        )}
      </div>
      <Problems id={`${id}-error`} messages={own} />
      {kind === 'between' && field && !NUMERIC_FIELDS.has(field as FieldName) && (
        <p class="pe-help">{t('editor_cond_range_numbers')}</p>
      )}
      {kind === 'oneOf' && (
        <LinesField path={`${path}.values`} text={{ label: t('editor_cond_values_label'), help: t('editor_cond_values_help') }} wide />
      )}
      {kind === 'contains' && (
        <LinesField path={`${path}.keywords`} text={{ label: t('editor_cond_keywords_label'), help: t('editor_cond_keywords_help') }} wide />
      )}
      {(kind === 'all' || kind === 'any') && (
        <ItemList<unknown>
          path={`${path}.${kind}`}
          noun={t('editor_noun_test')}
          compact
          title={(child) => summarize(child)}
          create={() => newCondition()}
        >
          {(childPath) => <ConditionEditor path={childPath} depth={depth + 1} />}
        </ItemList>
      )}
      {kind === 'not' && <ConditionEditor path={`${path}.not`} depth={depth + 1} />}
    </div>
  );
}

/** One line in plain words, for list titles: "Industry is one of Software, Insurance" (field names as reps read them). */
export function summarize(condition: unknown): string {
  const kind = conditionKind(condition);
  const c = (condition ?? {}) as Record<string, unknown>;
  const field = typeof c.field === 'string' && c.field ? fieldLabel(c.field as FieldName) : '?';
  const list = (value: unknown) => (Array.isArray(value) ? value.slice(0, 3).join(', ') + (value.length > 3 ? '…' : '') : '');
  const bound = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : '…');
  switch (kind) {
    case 'oneOf':
      return t('editor_summary_oneOf', field, list(c.values));
    case 'contains':
      return t('editor_summary_contains', field, list(c.keywords));
    case 'between':
      return t('editor_summary_between', field, bound(c.min), bound(c.max));
    case 'known':
      return t('editor_summary_known', field);
    case 'unknown':
      return t('editor_summary_unknown', field);
    case 'all':
      return tn('editor_summary_all', Array.isArray(c.all) ? c.all.length : 0);
    case 'any':
      return tn('editor_summary_any', Array.isArray(c.any) ? c.any.length : 0);
    case 'not':
      return t('editor_summary_not', summarize(c.not));
  }
}

/** An optional condition: a tick box adds or removes it. */
export function OptionalCondition({ path, label, help }: { path: Path; label: string; help?: string }) {
  const { get, set } = useEditor();
  const present = get(path) !== undefined;
  const id = controlId(path);
  return (
    <div class="pe-control pe-control--wide">
      <label class="pe-check pe-label">
        <input type="checkbox" id={`${id}-toggle`} checked={present} onChange={(e) => set(path, (e.currentTarget as HTMLInputElement).checked ? newCondition() : undefined)} />
        {label}
      </label>
      {help && !present && <p class="pe-help">{help}</p>}
      {present && <ConditionEditor path={path} />}
    </div>
  );
}
