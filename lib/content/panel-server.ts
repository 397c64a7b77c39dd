/**
 * The content script's side of the browser side panel (lib/panel/protocol.ts): while the panel is
 * connected to this tab, it gets what the sidebar would show (the record as read, the ticked
 * questions, the view) each time that changes, and the rep's ticks and call-prep clicks in the panel
 * come back here, where they are saved and counted as in the sidebar. In memory only: nothing is stored.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import type { SidebarState } from '../../components/sidebar/state';
import type { ContentToPanel } from '../panel/protocol';
import { checkPanelToContent } from '../checks';
import type { PanelRecordData } from '../panel/view';
import { childController, effectUntil, onAbort } from './lifetime';

/** A port from this extension's panel page. The wiring has checked its name and sender before handing it over. */
export interface PanelPort {
  post(message: ContentToPanel): void;
  onMessage(handler: (message: unknown) => void): void;
  onDisconnect(handler: () => void): void;
  disconnect(): void;
}

export interface PanelPorts {
  /** Hands over each panel port that connects, until `signal` aborts. */
  listen(onPort: (port: PanelPort) => void, signal: AbortSignal): void;
}

/** What the panel shows of this tab now. */
export function panelView(state: SidebarState, onRecord: boolean): ContentToPanel {
  if (!onRecord) return { type: 'none' };
  return {
    type: 'record',
    crmName: state.crmName.value.slice(0, 100),
    // CrmRecord's shape: the panel checks it on arrival (lib/panel/view.ts), this side only names the type.
    record: state.record.value as unknown as PanelRecordData | null,
    unreadable: state.unreadable.value ? [...state.unreadable.value] : null,
    asked: [...state.askedIds.value],
    view: state.view.value,
  };
}

export function servePanel(ports: PanelPorts, state: SidebarState, onRecord: ReadonlySignal<boolean>, lifetime: AbortSignal): void {
  const view = computed(() => panelView(state, onRecord.value));
  ports.listen((port) => {
    const connection = childController(lifetime);
    port.onDisconnect(() => connection.abort());
    port.onMessage((message) => {
      const request = checkPanelToContent(message);
      if (!request || !onRecord.peek()) return;
      if (request.type === 'set-view') {
        state.view.value = request.view;
        return;
      }
      // Ticks for the record the panel showed, never for the one the tab has moved on to meanwhile.
      if (state.record.peek()?.id !== request.record) return;
      state.askedIds.value = new Set(request.asked);
    });
    let last = '';
    effectUntil(connection.signal, () => {
      const next = view.value;
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      try {
        port.post(next);
      } catch {
        connection.abort(); // The panel closed between two updates.
      }
    });
    onAbort(connection.signal, () => {
      try {
        port.disconnect();
      } catch {
        // Already gone.
      }
    });
  }, lifetime);
}
