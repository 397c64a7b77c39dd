import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildCallPrep, formatCallNotes, type NotesFormat } from '../../lib/scoring/call-prep';
import { t, uiLanguage } from '../../lib/i18n';
import { TierBadge } from '../ui/Badge';
import { PlaycardMark } from '../ui/Mark';
import { CallPrep } from './CallPrep';
import { Cards } from './Cards';
import { FoldedTab } from './FoldedTab';
import { ReadProblem } from './ReadProblem';
import { ResizeHandle } from './ResizeHandle';
import type { SidebarState } from './state';

/** The only component that reads signals; the cards below it take plain props. */
export function Sidebar({ state, onOpenSidePanel }: { state: SidebarState; onOpenSidePanel?: () => void }) {
  const [copyStatus, setCopyStatus] = useState('');
  const cards = state.cards.value;
  const playbook = state.playbook.value;
  const collapsed = state.folded.value;
  // Folded by the window's width, not by the rep: the tab's tooltip says why and how to keep it open.
  const foldedForRoom = collapsed && !state.collapsed.value;
  const dock = state.dock.value;
  const width = state.width.value;
  const pinned = state.pinned.value;
  // While the edge is dragged: shown at once, saved when the drag ends.
  const [liveWidth, setLiveWidth] = useState<number | null>(null);
  const view = state.view.value;
  // Built when the call-prep view shows, not on every read: the cards view needs it only to copy.
  const prep = useMemo(() => (cards && view === 'prep' ? buildCallPrep(cards) : null), [cards, view]);
  // The button a keyboard user pressed goes away (hide, Prep call, Back): focus moves to the control that
  // replaces it instead of falling back to the page. Only after our own buttons, so a shortcut never steals focus.
  const focusAfter = useRef<'tab' | 'hide' | 'prep' | 'back' | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (!target) return;
    const selector = { tab: '.pc-tab', hide: '[data-action="hide"]', prep: '[data-action="call-prep"]', back: '[data-action="back"]' }[target];
    rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [collapsed, view]);
  const unreadable = state.unreadable.value;
  if (!cards && unreadable) {
    return (
      <ReadProblem
        crmName={state.crmName.value}
        reasons={unreadable}
        dock={dock}
        collapsed={collapsed}
        onToggle={() => state.layout.toggleFolded()}
      />
    );
  }
  if (!cards || !playbook) return null;

  const toggleAsked = (questionId: string, asked: boolean) => {
    const next = new Set(state.askedIds.value);
    if (asked) next.add(questionId);
    else next.delete(questionId);
    state.askedIds.value = next;
  };
  const copy = async (format: NotesFormat) => {
    try {
      await navigator.clipboard.writeText(formatCallNotes(prep ?? buildCallPrep(cards), format));
      setCopyStatus(format === 'markdown' ? t('sidebar_copiedMarkdown') : t('sidebar_copied'));
    } catch {
      setCopyStatus(t('sidebar_copyFailed'));
    }
  };
  const rootClass = `pc-root pc-root--${dock}`;
  // The CRM page may be in another language than the browser: say which one the sidebar speaks.
  const lang = uiLanguage();
  const dockLabel = dock === 'right' ? t('sidebar_dockLeft') : t('sidebar_dockRight');

  if (collapsed) {
    return (
      <aside ref={rootRef} class={`${rootClass} pc-root--collapsed`} lang={lang} aria-label={t('extName')}>
        <FoldedTab
          label={t('sidebar_tab', t(`sidebar_tabTier_${cards.fit.tier}`))}
          foldedForRoom={foldedForRoom}
          onOpen={() => {
            focusAfter.current = 'hide';
            state.layout.toggleFolded();
          }}
        >
          <TierBadge tier={cards.fit.tier} decorative />
        </FoldedTab>
      </aside>
    );
  }
  return (
    <aside ref={rootRef} class={rootClass} lang={lang} aria-label={t('extName')} style={{ '--pc-width': `${liveWidth ?? width}px` }}>
      <ResizeHandle width={liveWidth ?? width} dock={dock} onLive={setLiveWidth} onCommit={(px) => state.layout.resizeTo(px)} />
      <header class="pc-header">
        <PlaycardMark />
        <span class="pc-title">
          <span class="pc-brand">{t('extName')}</span>
          <span class="pc-playbook" title={t('sidebar_playbookTooltip', playbook.name, playbook.version)}>
            {playbook.name}
          </span>
        </span>
        <span class="pc-header__actions">
          {view === 'cards' && (
            <button
              type="button"
              class="pc-icon-button"
              data-action="call-prep"
              onClick={() => {
                focusAfter.current = 'back';
                state.view.value = 'prep';
              }}
            >
              {t('sidebar_prepCall')}
            </button>
          )}
          <button
            type="button"
            class="pc-icon-button"
            data-action="side-panel"
            title={t('sidebar_toSidePanel')}
            onClick={() => {
              // The panel is opened first, while the click still counts as the rep's gesture; then nothing is drawn here.
              onOpenSidePanel?.();
              state.displayMode.value = 'side-panel';
            }}
          >
            <SidePanelIcon />
            <span class="pc-visually-hidden">{t('sidebar_toSidePanel')}</span>
          </button>
          <PinButton pinned={pinned} onToggle={() => state.layout.togglePinned()} />
          <button
            type="button"
            class="pc-icon-button"
            data-action="dock"
            onClick={() => (state.dock.value = dock === 'right' ? 'left' : 'right')}
            title={dockLabel}
          >
            <span aria-hidden="true">{dock === 'right' ? '⇤' : '⇥'}</span>
            <span class="pc-visually-hidden">{dockLabel}</span>
          </button>
          <button
            type="button"
            class="pc-icon-button"
            data-action="hide"
            aria-expanded="true"
            onClick={() => {
              focusAfter.current = 'tab';
              state.layout.toggleFolded();
            }}
            title={t('sidebar_hide')}
          >
            <span aria-hidden="true">{dock === 'right' ? '⟩' : '⟨'}</span>
            <span class="pc-visually-hidden">{t('sidebar_hide')}</span>
          </button>
        </span>
      </header>
      <div class="pc-scroll">
        {view === 'prep' && prep ? (
          <CallPrep
            prep={prep}
            onToggleAsked={toggleAsked}
            onCopy={(format) => void copy(format)}
            copyStatus={copyStatus}
            onClose={() => {
              focusAfter.current = 'prep';
              state.view.value = 'cards';
            }}
          />
        ) : (
          <Cards cards={cards} crmName={state.crmName.value} onToggleAsked={toggleAsked} onCopy={() => void copy('text')} copyStatus={copyStatus} />
        )}
      </div>
    </aside>
  );
}

/** A window with a panel at its side: "show the cards in the browser's side panel". */
function SidePanelIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.3" />
      <path d="M10 2.5v11" stroke="currentColor" stroke-width="1.3" />
      <path d="M10 2.5h3a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5h-3z" fill="currentColor" opacity="0.45" />
    </svg>
  );
}

/** Pinned open, the sidebar does not fold itself in windows too narrow for the CRM beside it. */
function PinButton({ pinned, onToggle }: { pinned: boolean; onToggle: () => void }) {
  return (
    <button type="button" class={`pc-icon-button pc-pin${pinned ? ' pc-pin--on' : ''}`} data-action="pin" aria-pressed={pinned} onClick={onToggle} title={t('sidebar_pin')}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M5 1.5h6l-1 4.2 2.5 2.8v1.5H8.8V15L8 15.8 7.2 15v-5H3.5V8.5L6 5.7z" fill={pinned ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.3" stroke-linejoin="round" />
      </svg>
      <span class="pc-visually-hidden">{t('sidebar_pin')}</span>
    </button>
  );
}
