import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { SIDEBAR_WIDTH, widthAfterDrag, widthAfterKey } from '../../lib/rep/sidebar-prefs';
import type { DockSide } from './state';

interface ResizeHandleProps {
  width: number;
  dock: DockSide;
  /** While dragging: the width to show now (null when the drag ends). Not saved. */
  onLive(width: number | null): void;
  /** The width the rep chose (drag released, key pressed): saved. */
  onCommit(width: number): void;
}

/** The sidebar's inner edge: drag it, or focus it and use the arrow keys (a vertical separator, as ARIA describes one). */
export function ResizeHandle({ width, dock, onLive, onCommit }: ResizeHandleProps) {
  const drag = useRef<{ pointerId: number; startX: number; startWidth: number; width: number } | null>(null);
  const end = (event: PointerEvent) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    onLive(null);
    if (current.width !== current.startWidth) onCommit(current.width);
  };
  return (
    <div
      class="pc-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar_resize')}
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={width}
      title={t('sidebar_resize')}
      tabIndex={0}
      data-action="resize"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // No preventDefault: a press focuses the handle, so the arrow keys take over from the mouse.
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
        drag.current = { pointerId: event.pointerId, startX: event.clientX, startWidth: width, width };
      }}
      onPointerMove={(event) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        current.width = widthAfterDrag(current.startWidth, current.startX, event.clientX, dock);
        onLive(current.width);
      }}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={(event) => {
        const next = widthAfterKey(width, event.key, dock);
        if (next === undefined) return;
        event.preventDefault();
        if (next !== width) onCommit(next);
      }}
    />
  );
}
