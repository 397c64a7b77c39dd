/** The Form / JSON switch: two tabs, arrow keys move between them. */
import { t } from '../../../lib/i18n';

export type View = 'form' | 'json';

export function ViewTabs({ view: current, onSwitch }: { view: View; onSwitch: (next: View) => void }) {
  return (
    <div class="pe-tabs" role="tablist" aria-label={t('editor_view_aria')}>
      {(['form', 'json'] as const).map((view) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={`pe-tab-${view}`}
          aria-selected={current === view}
          aria-controls={`pe-panel-${view}`}
          tabIndex={current === view ? 0 : -1}
          class={`pe-tab${current === view ? ' pe-tab--active' : ''}`}
          data-testid={`tab-${view}`}
          onClick={() => onSwitch(view)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
              const other = view === 'form' ? 'json' : 'form';
              onSwitch(other);
              document.getElementById(`pe-tab-${other}`)?.focus();
            }
          }}
        >
          {view === 'form' ? t('editor_tab_form') : t('editor_tab_json')}
        </button>
      ))}
    </div>
  );
}
