/** Edits any Condition shape, nested all / any / not included, at a draft path. */
import {
  CONDITION_KIND_TEXT,
  CONDITION_KINDS,
  conditionKind,
  convertCondition,
  newCondition,
  type ConditionKind,
  type Path,
} from '../../../lib/playbook/form-model';
import { NUMERIC_FIELDS, type FieldName } from '../../../lib/record';
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
          <FieldPicker path={`${path}.field`} text={{ label: 'Field' }} />
        )}
        <div class="pe-control">
          <label class="pe-label" for={`${id}-kind`}>
            {kind === 'all' || kind === 'any' || kind === 'not' ? 'Combine' : 'Test'}
          </label>
          <select
            id={`${id}-kind`}
            data-path={`${path}.is`}
            aria-invalid={own.length ? 'true' : undefined}
            aria-describedby={own.length ? `${id}-error` : undefined}
            value={kind}
            onChange={(e) => set(path, convertCondition(condition, (e.currentTarget as HTMLSelectElement).value as ConditionKind))}
          >
            <optgroup label="Test one field">
              {LEAF_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CONDITION_KIND_TEXT[k]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Combine tests">
              {GROUP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CONDITION_KIND_TEXT[k]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {kind === 'between' && (
          <>
            <NumberField path={`${path}.min`} text={{ label: 'From (optional)' }} optional />
            <NumberField path={`${path}.max`} text={{ label: 'To (optional)' }} optional />
          </>
        )}
      </div>
      <Problems id={`${id}-error`} messages={own} />
      {kind === 'between' && field && !NUMERIC_FIELDS.has(field as FieldName) && (
        <p class="pe-help">Ranges are for numbers: employees, annual revenue or amount.</p>
      )}
      {kind === 'oneOf' && (
        <LinesField path={`${path}.values`} text={{ label: 'Values', help: 'One per line. Matching ignores case and uses your value aliases.' }} wide />
      )}
      {kind === 'contains' && (
        <LinesField path={`${path}.keywords`} text={{ label: 'Words or phrases', help: 'One per line; whole words, any case (e.g. VP, Head of Sales).' }} wide />
      )}
      {(kind === 'all' || kind === 'any') && (
        <ItemList<unknown>
          path={`${path}.${kind}`}
          noun="test"
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

/** One line in plain words, for list titles: "Industry is one of Software, Insurance". */
export function summarize(condition: unknown): string {
  const kind = conditionKind(condition);
  const c = (condition ?? {}) as Record<string, unknown>;
  const field = typeof c.field === 'string' ? c.field.replace(/^custom\./, '') : '?';
  const list = (value: unknown) => (Array.isArray(value) ? value.slice(0, 3).join(', ') + (value.length > 3 ? '…' : '') : '');
  switch (kind) {
    case 'oneOf':
      return `${field} is one of ${list(c.values)}`;
    case 'contains':
      return `${field} contains ${list(c.keywords)}`;
    case 'between':
      return `${field} between ${c.min ?? '…'} and ${c.max ?? '…'}`;
    case 'known':
    case 'unknown':
      return `${field} is ${kind}`;
    case 'all':
      return `all of ${Array.isArray(c.all) ? c.all.length : 0} tests`;
    case 'any':
      return `any of ${Array.isArray(c.any) ? c.any.length : 0} tests`;
    case 'not':
      return `not (${summarize(c.not)})`;
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
