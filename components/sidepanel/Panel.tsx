import { useMemo, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';
import type { FollowedView } from '../../lib/panel/follower';
import type { DisplayMode } from '../../lib/rep/display-mode';
import { buildCallPrep, formatCallNotes, type NotesFormat } from '../../lib/scoring/call-prep';
import { PlaycardMark } from '../ui/Mark';
import { CallPrep } from '../sidebar/CallPrep';
import { Cards } from '../sidebar/Cards';
import type { SidebarState, SidebarView } from '../sidebar/state';

interface PanelProps {
  /** The followed tab's view, mirrored into a sidebar state (the cards are built here from it and the playbook). */
  state: SidebarState;
  /** Where the followed tab stands: still asking, no Playcard there, no record on its page, or its record. */
  status: FollowedView['type'];
  /** The rep's display choice (lib/rep/display-mode.ts). */
  mode: DisplayMode;
  onChooseMode: (mode: DisplayMode) => void;
  onToggleAsked: (questionId: string, asked: boolean) => void;
  onView: (view: SidebarView) => void;
}

/**
 * The browser side panel: the same cards as the in-page sidebar (same components, same `data-card`,
 * `data-score`, `data-coverage` attributes) for the active tab's record, in a page of its own beside
 * the CRM. No dock, width, pin or fold: the browser sizes the panel.
 */
export function Panel({ state, status, mode, onChooseMode, onToggleAsked, onView }: PanelProps) {
  const [copyStatus, setCopyStatus] = useState('');
  const cards = state.cards.value;
  const playbook = state.playbook.value;
  const view = state.view.value;
  const unreadable = state.unreadable.value;
  const prep = useMemo(() => (cards && view === 'prep' ? buildCallPrep(cards) : null), [cards, view]);
  const copy = async (format: NotesFormat) => {
    if (!cards) return;
    try {
      await navigator.clipboard.writeText(formatCallNotes(prep ?? buildCallPrep(cards), format));
      setCopyStatus(format === 'markdown' ? t('sidebar_copiedMarkdown') : t('sidebar_copied'));
    } catch {
      setCopyStatus(t('sidebar_copyFailed'));
    }
  };

  let body;
  if (status === 'looking') body = <p class="pc-panel-note" role="status">{t('panel_looking')}</p>;
  else if (status !== 'record') {
    body = (
      <p class="pc-panel-note pc-panel-empty" data-testid="panel-empty" role="status">
        {t('panel_empty')}
      </p>
    );
  } else if (!cards && unreadable) {
    body = (
      <section class="pc-card" data-card="unreadable" role="status">
        <h2 class="pc-card__heading pc-card__toggle">{t('runtime_unreadableTitle')}</h2>
        <div class="pc-card__body">
          <p>{t('runtime_unreadableText', state.crmName.value)}</p>
          {unreadable.length > 0 && (
            <ul>
              {unreadable.map((reason) => (
                <li key={reason} class="pc-muted">
                  {reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    );
  } else if (!cards) body = <p class="pc-panel-note" role="status">{t('panel_reading')}</p>;
  else if (view === 'prep' && prep) {
    body = <CallPrep prep={prep} onToggleAsked={onToggleAsked} onCopy={(format) => void copy(format)} copyStatus={copyStatus} onClose={() => onView('cards')} />;
  } else {
    body = <Cards cards={cards} crmName={state.crmName.value} onToggleAsked={onToggleAsked} onCopy={() => void copy('text')} copyStatus={copyStatus} />;
  }

  return (
    <main class="pc-root pc-root--panel" lang={uiLanguage()} aria-label={t('extName')} data-playcard-panel={status}>
      <header class="pc-header">
        <PlaycardMark />
        <span class="pc-title">
          <span class="pc-brand">{t('extName')}</span>
          {playbook && (
            <span class="pc-playbook" title={t('sidebar_playbookTooltip', playbook.name, playbook.version)}>
              {playbook.name}
            </span>
          )}
        </span>
        <span class="pc-header__actions">
          {cards && view === 'cards' && (
            <button type="button" class="pc-icon-button" data-action="call-prep" onClick={() => onView('prep')}>
              {t('sidebar_prepCall')}
            </button>
          )}
          {mode === 'side-panel' && (
            <button type="button" class="pc-icon-button" data-action="in-page" onClick={() => onChooseMode('in-page')}>
              {t('panel_showInPage')}
            </button>
          )}
        </span>
      </header>
      {mode === 'in-page' && (
        <p class="pc-panel-mode" data-testid="panel-also-in-page">
          {t('panel_alsoInPage')}{' '}
          <button type="button" class="pc-button" data-action="only-here" onClick={() => onChooseMode('side-panel')}>
            {t('panel_onlyHere')}
          </button>
        </p>
      )}
      <div class="pc-scroll">{body}</div>
    </main>
  );
}
