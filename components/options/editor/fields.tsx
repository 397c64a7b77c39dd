/** Form controls bound to a draft path: value in, edits out, and the schema's issues for that path under the control. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { CANONICAL_FIELDS, type FieldName } from '../../../lib/record';
import type { ControlText } from '../../../lib/playbook/form/text';
import type { Path } from '../../../lib/playbook/form/paths';
import { fieldLabel } from '../../sidebar/field-labels';
import { controlId, useEditor } from './context';

export function Problems({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="pe-problems" id={id} data-testid="field-error">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}

interface ControlProps {
  path: Path;
  text: ControlText;
  /** Show issues inside the value too (lists), not just at it. */
  nested?: boolean;
  wide?: boolean;
  class?: string;
  /** A path whose own problems concern this control too (e.g. `icp.tiers`: "A > B > C"), shown once by the group. */
  group?: Path;
}

/** Label, help, control and problems; wires aria-describedby / aria-invalid. */
function Labelled({ path, text, nested, wide, class: extra, group, children }: ControlProps & { children: (a11y: A11y) => ComponentChildren }) {
  const { issues } = useEditor();
  const id = controlId(path);
  const messages = nested ? issues.within(path) : issues.at(path);
  const groupError = group && issues.at(group).length ? `${controlId(group)}-error` : undefined;
  const helpId = text.help ? `${id}-help` : undefined;
  const errorId = messages.length ? `${id}-error` : undefined;
  const a11y: A11y = {
    id,
    'data-path': path,
    'aria-invalid': messages.length || groupError ? 'true' : undefined,
    'aria-describedby': [errorId, groupError, helpId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div class={`pe-control${wide ? ' pe-control--wide' : ''}${messages.length ? ' pe-control--invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label for={id} class="pe-label">
        {text.label}
      </label>
      {children(a11y)}
      <Problems id={`${id}-error`} messages={messages} />
      {text.help && (
        <p class="pe-help" id={helpId}>
          {text.help}
        </p>
      )}
    </div>
  );
}

interface A11y {
  id: string;
  'data-path': string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export function TextField(props: ControlProps & { optional?: boolean; multiline?: boolean; onText?: (text: string) => void }) {
  const { get, set } = useEditor();
  const value = get(props.path);
  const change = (text: string) => {
    if (props.onText) props.onText(text);
    else set(props.path, props.optional && text === '' ? undefined : text);
  };
  return (
    <Labelled {...props}>
      {(a11y) =>
        props.multiline ? (
          <textarea {...a11y} rows={2} value={typeof value === 'string' ? value : ''} onInput={(e) => change(valueOf(e))} />
        ) : (
          <input {...a11y} type="text" value={typeof value === 'string' ? value : ''} onInput={(e) => change(valueOf(e))} />
        )
      }
    </Labelled>
  );
}

/**
 * A number input that keeps what the user typed while it is not a number yet ("", "-", "1e"),
 * and writes numbers (or removes an optional key) to the draft.
 */
export function NumberField(props: ControlProps & { optional?: boolean; min?: number; max?: number; step?: number | 'any' }) {
  const { get, set } = useEditor();
  const value = get(props.path);
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
  return (
    <Labelled {...props}>
      {(a11y) => (
        <input
          {...a11y}
          type="number"
          inputMode="decimal"
          class="pe-number"
          min={props.min}
          max={props.max}
          step={props.step ?? 'any'}
          value={shown}
          onInput={(e) => {
            const text = valueOf(e);
            setTyped(text);
            const number = text.trim() === '' ? undefined : Number(text);
            set(props.path, number === undefined || Number.isNaN(number) ? (props.optional ? undefined : null) : number);
          }}
          onBlur={() => setTyped(null)}
        />
      )}
    </Labelled>
  );
}

export function SelectField<T extends string>(
  props: ControlProps & { options: readonly T[]; optionText?: (option: T) => string; optional?: string; toValue?: (option: string) => unknown },
) {
  const { get, set } = useEditor();
  const value = get(props.path);
  const toValue = props.toValue ?? ((option: string) => option);
  return (
    <Labelled {...props}>
      {(a11y) => (
        <select
          {...a11y}
          value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
          onChange={(e) => set(props.path, valueOf(e) === '' ? undefined : toValue(valueOf(e)))}
        >
          {props.optional !== undefined && <option value="">{props.optional}</option>}
          {props.options.map((option) => (
            <option key={option} value={option}>
              {props.optionText?.(option) ?? option}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

/** A list of short texts, one per line. Empty → key removed when optional, else []. */
export function LinesField(props: ControlProps & { optional?: boolean; rows?: number; placeholder?: string }) {
  const { get, set } = useEditor();
  const value = get(props.path);
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? (Array.isArray(value) ? value.join('\n') : '');
  return (
    <Labelled {...props} nested>
      {(a11y) => (
        <textarea
          {...a11y}
          rows={props.rows ?? 3}
          placeholder={props.placeholder}
          value={shown}
          onInput={(e) => {
            const text = valueOf(e);
            setTyped(text);
            const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
            set(props.path, lines.length === 0 && props.optional ? undefined : lines);
          }}
          onBlur={() => setTyped(null)}
        />
      )}
    </Labelled>
  );
}

/** Tick boxes over a fixed set of choices; none ticked → key removed. */
export function ChecksField(props: ControlProps & { choices: readonly { value: string; text: string }[]; empty?: string }) {
  const { get, set, issues } = useEditor();
  const raw = get(props.path);
  const selected = new Set(Array.isArray(raw) ? (raw as string[]) : []);
  const id = controlId(props.path);
  const messages = issues.within(props.path);
  // Values the draft holds that are not offered (a product removed since) stay visible so they can be unticked.
  const extra = [...selected].filter((value) => !props.choices.some((choice) => choice.value === value));
  const choices = [...props.choices, ...extra.map((value) => ({ value, text: t('editor_choice_missing', value) }))];
  const toggle = (value: string, on: boolean) => {
    const next = choices.map((c) => c.value).filter((v) => (v === value ? on : selected.has(v)));
    set(props.path, next.length ? next : undefined);
  };
  return (
    <fieldset
      class={`pe-control pe-control--wide pe-checks${messages.length ? ' pe-control--invalid' : ''}`}
      id={id}
      data-path={props.path}
      aria-invalid={messages.length ? 'true' : undefined}
      aria-describedby={[messages.length ? `${id}-error` : '', props.text.help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend class="pe-label">{props.text.label}</legend>
      {choices.length === 0 ? (
        <p class="pe-help">{props.empty ?? t('editor_nothing_to_choose')}</p>
      ) : (
        <div class="pe-checks__grid">
          {choices.map((choice) => (
            <label key={choice.value} class="pe-check">
              <input type="checkbox" checked={selected.has(choice.value)} onChange={(e) => toggle(choice.value, (e.currentTarget as HTMLInputElement).checked)} />
              {choice.text}
            </label>
          ))}
        </div>
      )}
      <Problems id={`${id}-error`} messages={messages} />
      {props.text.help && (
        <p class="pe-help" id={`${id}-help`}>
          {props.text.help}
        </p>
      )}
    </fieldset>
  );
}

/** The canonical fields with the names reps read, in the UI language (built on each render, not at load). */
export const fieldChoices = () => CANONICAL_FIELDS.map((field) => ({ value: field, text: fieldLabel(field) }));

/** A canonical field or a custom one (`custom.<key>`), as a select plus a key box. */
export function FieldPicker(props: ControlProps) {
  const { get, set } = useEditor();
  const value = get(props.path);
  const current = typeof value === 'string' ? value : '';
  const isCustom = current.startsWith('custom.') || (current !== '' && !(CANONICAL_FIELDS as readonly string[]).includes(current));
  return (
    <Labelled {...props}>
      {(a11y) => (
        <span class="pe-field-picker">
          <select
            {...a11y}
            value={isCustom ? '__custom' : current}
            onChange={(e) => {
              const choice = valueOf(e);
              set(props.path, choice === '__custom' ? 'custom.' : (choice as FieldName));
            }}
          >
            {current === '' && <option value="">{t('editor_choose_field')}</option>}
            {fieldChoices().map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.text}
              </option>
            ))}
            <option value="__custom">{t('editor_custom_field')}</option>
          </select>
          {isCustom && (
            <input
              type="text"
              class="pe-custom-key"
              aria-label={t('editor_custom_field_key_aria', props.text.label)}
              placeholder={t('editor_custom_field_key_placeholder')}
              value={current.replace(/^custom\./, '')}
              onInput={(e) => set(props.path, `custom.${valueOf(e).trim()}`)}
            />
          )}
        </span>
      )}
    </Labelled>
  );
}
