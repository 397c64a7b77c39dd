import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import { Remembered } from '../../components/popup/Remembered';
import { DisplayChoice } from '../../components/popup/DisplayChoice';
import { closeSidePanel, openSidePanel } from '../../lib/panel/open';
import { DISPLAY_MODE_KEY, parseDisplayMode, type DisplayMode } from '../../lib/rep/display-mode';
import { ThisWeek } from '../../components/popup/ThisWeek';
import { activityCsv, parseActivity, type ActivityStore } from '../../lib/rep/activity';
import { t } from '../../lib/i18n';
import { activityItem } from '../../lib/storage/items';
import { watchTrustedActivePlaybook } from '../../lib/config/active-playbook';
import { watchStorageProblems, type StorageProblem } from '../../lib/storage/problems';
import { StorageProblems } from '../../components/ui/StorageProblems';
import {
  contentToPopupSchema,
  memoryStatusSchema,
  TOGGLE_SIDEBAR_COMMAND,
  type ContentToPopup,
  type MemoryControl,
  type MemoryStatus,
  type PopupToContent,
} from '../../lib/messages';
import type { ActivePlaybook } from '../../lib/storage/keys';

/** Asks this tab's content script which record it shows; null when no content script answers (not a CRM record). */
async function askActiveTab(): Promise<ContentToPopup | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const question: PopupToContent = { type: 'record-summary' };
    const parsed = contentToPopupSchema.safeParse(await browser.tabs.sendMessage(tab.id, question));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // No content script in this tab.
  }
}

/** Asks the background about remembered accounts and contacts, or tells it to forget them; undefined when it does not answer. */
async function askMemory(type: MemoryControl['type']): Promise<MemoryStatus | undefined> {
  const message: MemoryControl = { type };
  const parsed = memoryStatusSchema.safeParse(await browser.runtime.sendMessage(message).catch(() => undefined));
  return parsed.success ? parsed.data : undefined;
}

/** The key assigned to the sidebar command ('' when none), or undefined where the browser has no commands API. */
async function sidebarShortcut(): Promise<string | undefined> {
  const commands = await browser.commands?.getAll().catch(() => undefined);
  return commands ? (commands.find((command) => command.name === TOGGLE_SIDEBAR_COMMAND)?.shortcut ?? '') : undefined;
}

/** The browser's own shortcut settings: Firefox has an API for it, Chromium browsers a page. */
function editShortcut(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  const opened = commands?.openShortcutSettings ? commands.openShortcutSettings() : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  void opened.then(() => window.close());
}

/** Wiring only: the tab's record summary and the playbook in force, into plain props. */
export function App() {
  const [record, setRecord] = useState<ContentToPopup | null | undefined>(undefined);
  const [active, setActive] = useState<ActivePlaybook | null>(null);
  const [activity, setActivity] = useState<ActivityStore>({});
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [memory, setMemory] = useState<MemoryStatus | undefined>(undefined);
  const [problems, setProblems] = useState<StorageProblem[]>([]);
  const [mode, setMode] = useState<DisplayMode | undefined>(undefined);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    void browser.storage.local.get(DISPLAY_MODE_KEY).then((stored) => setMode(parseDisplayMode(stored[DISPLAY_MODE_KEY])));
    // Known before any click: opening the panel must happen at once, while the click is a user gesture.
    void browser.windows.getCurrent().then((window) => setWindowId(window.id));
  }, []);
  useEffect(() => watchStorageProblems(setProblems), []);
  useEffect(() => {
    void activityItem.getValue().then((value) => setActivity(parseActivity(value)));
    return activityItem.watch((value) => setActivity(parseActivity(value)));
  }, []);
  useEffect(() => {
    void askActiveTab().then(setRecord);
    void sidebarShortcut().then(setShortcut);
    void askMemory('memory-status').then(setMemory);
    return watchTrustedActivePlaybook(setActive);
  }, []);
  const exportCsv = () => {
    const url = URL.createObjectURL(new Blob([activityCsv(activity)], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'playcard-activity.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const chooseDisplay = (next: DisplayMode) => {
    // Opened first, synchronously inside the click; then the choice is saved, and every tab follows it.
    const panel = next === 'side-panel' ? openSidePanel(windowId) : closeSidePanel(windowId);
    void panel.catch((error: unknown) => console.warn('[Playcard] side panel', error));
    setMode(next);
    void browser.storage.local.set({ [DISPLAY_MODE_KEY]: next });
  };
  const reset = () => {
    if (confirm(t('popup_resetConfirm'))) void activityItem.setValue({});
  };
  return (
    <>
      <StorageProblems problems={problems} class="pp-error" />
      <PopupView
        record={record}
        active={active}
        onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        shortcut={shortcut}
        onEditShortcut={editShortcut}
      />
      <DisplayChoice mode={mode} onChoose={chooseDisplay} />
      <Remembered status={memory} onForget={() => void askMemory('forget-remembered').then(setMemory)} />
      <ThisWeek store={activity} now={new Date()} coaching={active?.playbook.coaching} onReset={reset} onExportCsv={exportCsv} />
    </>
  );
}
