/** Focus that has to wait for the next render: a control by id, or the control at a schema path. */
import { useEffect, useRef } from 'preact/hooks';
import { controlId } from './context';

export function useFocusRequests() {
  const pendingFocus = useRef<string | null>(null);
  const pendingFocusPath = useRef<string | null>(null);
  const pendingFirstField = useRef<string | null>(null);

  // After a click on a problem in the summary: focus the control at that path, or its nearest container.
  useEffect(() => {
    const path = pendingFocusPath.current;
    if (path === null) return;
    pendingFocusPath.current = null;
    const parts = path.split('.');
    for (let n = parts.length; n >= 0; n--) {
      const prefix = parts.slice(0, n).join('.');
      const quoted = CSS.escape(prefix);
      const element =
        document.getElementById(controlId(prefix)) ??
        document.querySelector<HTMLElement>(
          `[data-path="${quoted}"] select, [data-path="${quoted}"] input, [data-item="${quoted}"] button, :is(input, select, textarea)[data-path^="${quoted}."]`,
        );
      if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        return;
      }
    }
  });

  // A new item: its first field, ready to type into.
  useEffect(() => {
    const itemPath = pendingFirstField.current;
    if (itemPath === null) return;
    pendingFirstField.current = null;
    document
      .querySelector<HTMLElement>(`[data-item="${CSS.escape(itemPath)}"] > .pe-item__body :is(input, select, textarea):not(:disabled)`)
      ?.focus();
  });

  useEffect(() => {
    if (!pendingFocus.current) return;
    const element = document.getElementById(pendingFocus.current);
    pendingFocus.current = null;
    if (element instanceof HTMLButtonElement && element.disabled) (element.parentElement?.querySelector('button:not(:disabled)') as HTMLElement | null)?.focus();
    else element?.focus();
  });

  return {
    focusAfterRender: (id: string) => (pendingFocus.current = id),
    focusPathAfterRender: (path: string) => (pendingFocusPath.current = path),
    focusFirstFieldAfterRender: (itemPath: string) => (pendingFirstField.current = itemPath),
  };
}
