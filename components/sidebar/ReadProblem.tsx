import { t, uiLanguage } from '../../lib/i18n';
import { PlaycardMark } from '../ui/Mark';
import { FoldedTab } from './FoldedTab';
import type { DockSide } from './state';

interface ReadProblemProps {
  crmName: string;
  /** The reader's own reasons (already in the UI language), when it gave any. */
  reasons: readonly string[];
  dock: DockSide;
  collapsed: boolean;
  onToggle: () => void;
}

/** Instead of cards when the record could not be read: never a blank sidebar the rep has to guess about. */
export function ReadProblem({ crmName, reasons, dock, collapsed, onToggle }: ReadProblemProps) {
  const rootClass = `pc-root pc-root--${dock}`;
  if (collapsed) {
    return (
      <aside class={`${rootClass} pc-root--collapsed`} lang={uiLanguage()} aria-label={t('extName')}>
        <FoldedTab label={t('runtime_showUnreadable')} onOpen={onToggle}>
          <span class="pc-tier" aria-hidden="true">
            !
          </span>
        </FoldedTab>
      </aside>
    );
  }
  return (
    <aside class={rootClass} lang={uiLanguage()} aria-label={t('extName')}>
      <header class="pc-header">
        <PlaycardMark />
        <span class="pc-brand">{t('extName')}</span>
        <span class="pc-playbook" />
        <button type="button" class="pc-icon-button" data-action="hide" aria-expanded="true" onClick={onToggle} title={t('sidebar_hide')}>
          <span aria-hidden="true">{dock === 'right' ? '⟩' : '⟨'}</span>
          <span class="pc-visually-hidden">{t('sidebar_hide')}</span>
        </button>
      </header>
      <div class="pc-scroll">
        <section class="pc-card" data-card="unreadable" role="status">
          <h2 class="pc-card__heading pc-card__toggle">{t('runtime_unreadableTitle')}</h2>
          <div class="pc-card__body">
            <p>{t('runtime_unreadableText', crmName)}</p>
            {reasons.length > 0 && (
              <>
                <h3 class="pc-muted">{t('runtime_unreadableDetails')}</h3>
                <ul>
                  {reasons.map((reason) => (
                    <li key={reason} class="pc-muted">
                      {reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </section>
      </div>
    </aside>
  );
}
