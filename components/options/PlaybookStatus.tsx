import { t, type MessageKey } from '../../lib/i18n';
import type { ActivePlaybook } from '../../lib/storage/keys';
import { formatDateTime } from './rich-text';

const SOURCE_KEYS = {
  default: 'options_status_source_default',
  editor: 'options_status_source_editor',
  file: 'options_status_source_file',
  configUrl: 'options_status_source_configUrl',
  policy: 'options_status_source_policy',
} as const satisfies Record<string, MessageKey>;

export function PlaybookStatus({ active, onReset }: { active: ActivePlaybook; onReset: () => void }) {
  const source = t(active.origin === 'local' ? SOURCE_KEYS[active.savedFrom ?? 'editor'] : SOURCE_KEYS[active.origin]);
  return (
    <section class="op-panel" aria-labelledby="op-status-title" data-testid="playbook-status">
      <h3 id="op-status-title">{t('options_status_title')}</h3>
      <p>
        <strong data-testid="playbook-name">{active.playbook.name}</strong> · {t('options_status_version')} <span data-testid="playbook-version">{active.playbook.version}</span>
      </p>
      <p class="op-muted" data-testid="playbook-source">
        {active.savedAt ? t('options_status_sourceOn', source, formatDateTime(active.savedAt)) : source}
      </p>
      {active.problem && (
        <p class="op-error" role="alert">
          {active.problem}
        </p>
      )}
      {active.locked && (
        <p class="op-managed" data-testid="playbook-managed">
          {t('options_status_managed')}
        </p>
      )}
      {active.origin === 'local' && !active.locked && (
        <button
          type="button"
          onClick={() => {
            if (confirm(t('options_status_resetConfirm'))) onReset();
          }}
        >
          {t('options_status_reset')}
        </button>
      )}
    </section>
  );
}
