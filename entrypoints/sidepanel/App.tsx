import { batch } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '../../components/sidepanel/Panel';
import { createSidebarState, type SidebarView } from '../../components/sidebar/state';
import { watchTrustedActivePlaybook } from '../../lib/config/active-playbook';
import { followActiveTab, type Follower, type FollowedView, type PanelBrowser } from '../../lib/panel/follower';
import { panelRecord } from '../../lib/panel/view';
import { DISPLAY_MODE_KEY, parseDisplayMode, type DisplayMode } from '../../lib/rep/display-mode';

/** The browser, as the follower needs it (lib/panel/follower.ts). */
const panelBrowser: PanelBrowser = {
  async place() {
    const [ownTab, ownWindow] = await Promise.all([browser.tabs.getCurrent(), browser.windows.getCurrent()]);
    return { ownTab: ownTab ? { id: ownTab.id, windowId: ownTab.windowId } : undefined, ownWindow: { id: ownWindow.id, type: ownWindow.type } };
  },
  async activeTab(which, windowId) {
    if (which === 'own') {
      const [tab] = await browser.tabs.query({ active: true, windowId });
      return tab?.id;
    }
    const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    return tab?.id;
  },
  connect(tabId, name) {
    const port = browser.tabs.connect(tabId, { name, frameId: 0 });
    return {
      post: (message) => port.postMessage(message),
      onMessage: (handler) => port.onMessage.addListener((message: unknown) => handler(message)),
      onDisconnect: (handler) => port.onDisconnect.addListener(() => handler()),
      disconnect: () => port.disconnect(),
    };
  },
  onTabsChanged(callback) {
    const onActivated = () => callback();
    const onUpdated = (_tabId: number, change: { url?: string; status?: string }) => {
      if (change.url !== undefined || change.status !== undefined) callback();
    };
    const onFocus = () => callback();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(onFocus);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(onFocus);
    };
  },
  setTimeout: (callback, ms) => setTimeout(callback, ms),
};

/** Wiring only: the followed tab's view into a sidebar state, the playbook in force, the rep's display choice. */
export function App() {
  const state = useMemo(() => createSidebarState(), []);
  const [status, setStatus] = useState<FollowedView['type']>('looking');
  const [mode, setMode] = useState<DisplayMode>('in-page');
  const follower = useRef<Follower | null>(null);

  useEffect(() => watchTrustedActivePlaybook((active) => (state.playbook.value = active.playbook)), [state]);
  useEffect(() => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DISPLAY_MODE_KEY in changes) setMode(parseDisplayMode(changes[DISPLAY_MODE_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    void browser.storage.local.get(DISPLAY_MODE_KEY).then((stored) => setMode(parseDisplayMode(stored[DISPLAY_MODE_KEY])));
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    const running = followActiveTab(panelBrowser, (view) => {
      setStatus(view.type);
      batch(() => {
        if (view.type !== 'record') {
          state.record.value = null;
          state.unreadable.value = null;
          state.view.value = 'cards';
          return;
        }
        state.crmName.value = view.crmName;
        state.record.value = view.record ? panelRecord(view.record) : null;
        state.unreadable.value = view.unreadable;
        state.askedIds.value = new Set(view.asked);
        state.view.value = view.view;
      });
    });
    follower.current = running;
    return () => running.stop();
  }, [state]);

  const chooseMode = (next: DisplayMode) => {
    // Every tab's content script follows the key: in-page draws the sidebar again, side-panel takes it away.
    void browser.storage.local.set({ [DISPLAY_MODE_KEY]: next });
  };
  const toggleAsked = (questionId: string, asked: boolean) => {
    const record = state.record.peek();
    if (!record) return;
    const next = new Set(state.askedIds.peek());
    if (asked) next.add(questionId);
    else next.delete(questionId);
    // Shown at once; the tab saves the ticks and sends them back.
    state.askedIds.value = next;
    follower.current?.send({ type: 'set-asked', record: record.id, asked: [...next] });
  };
  const setView = (view: SidebarView) => {
    state.view.value = view;
    follower.current?.send({ type: 'set-view', view });
  };
  return <Panel state={state} status={status} mode={mode} onChooseMode={chooseMode} onToggleAsked={toggleAsked} onView={setView} />;
}
