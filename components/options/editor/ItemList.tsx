/** A list of playbook items: add, remove, move up / down (buttons, so keyboards can reorder too). */
import type { ComponentChildren } from 'preact';
import { t } from '../../../lib/i18n';
import { moveItem, removeItem, type Path } from '../../../lib/playbook/form/paths';
import { asSentence } from '../../../lib/playbook/form/issues';
import { controlId, useEditor } from './context';

interface ItemListProps<T> {
  path: Path;
  /** Singular noun for buttons, in the UI language: "criterion" (English lower case: it stands inside sentences). */
  noun: string;
  title: (item: T, index: number) => string;
  create: (items: T[]) => T;
  children: (itemPath: Path, item: T, index: number) => ComponentChildren;
  /** Runs before an item is removed (e.g. to drop references to it). */
  empty?: string;
  compact?: boolean;
}

export function ItemList<T>({ path, noun, title, create, children, empty, compact }: ItemListProps<T>) {
  const { get, set, issues, focusAfterRender, focusFirstFieldAfterRender, autoIds } = useEditor();
  const items = (get(path) as T[] | undefined) ?? [];
  const listProblems = issues.at(path);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    set(path, moveItem(items, from, to));
    // Keep focus on the same button of the moved item; at the ends, on the other one.
    const target = (to === 0 && button === 'up') || (to === items.length - 1 && button === 'down') ? (button === 'up' ? 'down' : 'up') : button;
    focusAfterRender(`${controlId(`${path}.${to}`)}-${target}`);
  };
  return (
    <div class="pe-list" data-list={path}>
      {listProblems.length > 0 && (
        <ul class="pe-problems" data-testid="field-error">
          {listProblems.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {items.length === 0 && <p class="pe-help">{empty ?? t('editor_empty_list')}</p>}
      <ol class="pe-items">
        {items.map((item, index) => {
          const itemPath = `${path}.${index}`;
          const id = controlId(itemPath);
          const invalid = issues.under(itemPath).length > 0;
          const name = title(item, index) || asSentence(t('editor_item_numbered', noun, index + 1));
          return (
            <li key={index} class={`pe-item${compact ? ' pe-item--compact' : ''}${invalid ? ' pe-item--invalid' : ''}`} data-item={itemPath} aria-label={t('editor_item_aria', noun, index + 1, name)}>
              <div class="pe-item__head">
                <span class="pe-item__index" aria-hidden="true">
                  {index + 1}
                </span>
                <span class="pe-item__title">{name}</span>
                {invalid && <span class="pe-badge-error">{t('editor_needs_fix')}</span>}
                <span class="pe-item__tools">
                  <button type="button" class="pe-icon" id={`${id}-up`} disabled={index === 0} onClick={() => move(index, index - 1, 'up')} aria-label={t('editor_item_move_up', noun, index + 1)} title={t('editor_move_up')}>
                    ↑
                  </button>
                  <button
                    type="button"
                    class="pe-icon"
                    id={`${id}-down`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1, 'down')}
                    aria-label={t('editor_item_move_down', noun, index + 1)}
                    title={t('editor_move_down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="pe-icon pe-icon--danger"
                    onClick={() => {
                      set(path, removeItem(items, index));
                      focusAfterRender(items.length > 1 ? `${controlId(`${path}.${Math.max(0, index - 1)}`)}-up` : `${controlId(path)}-add`);
                    }}
                    aria-label={t('editor_item_remove', noun, index + 1, name)}
                    title={t('editor_remove')}
                  >
                    ✕
                  </button>
                </span>
              </div>
              <div class="pe-item__body">
                {/* Problems with the item as a whole (e.g. a mapping with neither labels nor selector). */}
                {issues.at(itemPath).length > 0 && (
                  <ul class="pe-problems" data-testid="field-error">
                    {issues.at(itemPath).map((m, i) => (
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                )}
                {children(itemPath, item, index)}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="pe-add"
        id={`${controlId(path)}-add`}
        onClick={() => {
          const created = create(items);
          const id = (created as { id?: unknown }).id;
          if (typeof id === 'string') autoIds.add(`${path}|${id}`);
          set(path, [...items, created]);
          focusFirstFieldAfterRender(`${path}.${items.length}`);
        }}
      >
        {t('editor_add_item', noun)}
      </button>
    </div>
  );
}
