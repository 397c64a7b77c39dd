import type { ActivePlaybook } from '../../lib/storage-schema';

const SOURCE_TEXT = {
  default: 'Built-in default playbook',
  editor: 'Saved from this editor',
  file: 'Imported from a file',
  configUrl: 'Fetched from the config URL',
  policy: 'Set by your organization',
} as const;

export function PlaybookStatus({ active, onReset }: { active: ActivePlaybook; onReset: () => void }) {
  const source = active.origin === 'local' ? SOURCE_TEXT[active.savedFrom ?? 'editor'] : SOURCE_TEXT[active.origin];
  return (
    <section class="op-panel" aria-labelledby="op-status-title" data-testid="playbook-status">
      <h2 id="op-status-title">Active playbook</h2>
      <p>
        <strong data-testid="playbook-name">{active.playbook.name}</strong> · version <span data-testid="playbook-version">{active.playbook.version}</span>
      </p>
      <p class="op-muted" data-testid="playbook-source">
        {source}
        {active.savedAt ? ` on ${new Date(active.savedAt).toLocaleString()}` : ''}
      </p>
      {active.problem && (
        <p class="op-error" role="alert">
          {active.problem}
        </p>
      )}
      {active.locked && (
        <p class="op-managed" data-testid="playbook-managed">
          Managed by your organization: this playbook cannot be changed here.
        </p>
      )}
      {active.origin === 'local' && !active.locked && (
        <button
          type="button"
          onClick={() => {
            if (confirm('Replace your playbook with the built-in default? Export it first if you want to keep it.')) onReset();
          }}
        >
          Reset to default
        </button>
      )}
    </section>
  );
}
