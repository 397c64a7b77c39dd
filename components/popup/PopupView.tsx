import type { ContentToPopup } from '../../lib/messages';
import type { ActivePlaybook } from '../../lib/storage-schema';

const SOURCE: Record<ActivePlaybook['origin'], string> = {
  policy: 'Set by your organization',
  configUrl: 'Config URL',
  local: 'Your own playbook',
  default: 'Built-in default',
};

const KIND: Record<ContentToPopup['kind'], string> = { lead: 'Lead', contact: 'Contact', company: 'Company', deal: 'Deal' };
const TIER: Record<NonNullable<ContentToPopup['tier']>, string> = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
  disqualified: 'Disqualified',
  unknown: 'Not enough data',
};

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : 'never');

interface PopupViewProps {
  /** undefined while asking the tab; null when the tab is not a CRM record Playcard runs on. */
  record: ContentToPopup | null | undefined;
  active: ActivePlaybook | null;
  onOpenOptions: () => void;
}

/** The toolbar popup: this tab's record, the playbook in force and its sync status. Plain props. */
export function PopupView({ record, active, onOpenOptions }: PopupViewProps) {
  const sync = active?.sync;
  return (
    <main class="pp-main">
      <h1>Playcard</h1>
      <section class="pp-section" data-testid="popup-record">
        <h2>This tab</h2>
        {record === undefined ? (
          <p class="pp-muted">Looking…</p>
        ) : record === null ? (
          <p class="pp-muted" data-testid="popup-no-record">
            Not on a CRM record.
          </p>
        ) : (
          <dl>
            <dt>CRM</dt>
            <dd data-testid="popup-crm">{record.crm}</dd>
            <dt>Record</dt>
            <dd data-testid="popup-kind">{KIND[record.kind]}</dd>
            <dt>Tier</dt>
            <dd class="pp-tier" data-testid="popup-tier" data-tier={record.tier ?? ''}>
              {record.tier ? TIER[record.tier] : '—'}
            </dd>
          </dl>
        )}
      </section>
      <section class="pp-section" data-testid="popup-playbook">
        <h2>Playbook</h2>
        {active ? (
          <dl>
            <dt>Name</dt>
            <dd data-testid="popup-playbook-name">{active.playbook.name}</dd>
            <dt>Version</dt>
            <dd data-testid="popup-playbook-version">{active.playbook.version}</dd>
            <dt>Source</dt>
            <dd data-testid="popup-playbook-source">
              {SOURCE[active.origin]}
              {active.locked ? ' (managed by your organization)' : ''}
            </dd>
            {sync && (
              <>
                <dt>Last sync</dt>
                <dd data-testid="popup-sync-success">{when(sync.lastSuccessAt)}</dd>
                {sync.lastError && (
                  <>
                    <dt>Last error</dt>
                    <dd class="pp-error" data-testid="popup-sync-error">
                      {sync.lastError.message}
                    </dd>
                  </>
                )}
              </>
            )}
          </dl>
        ) : (
          <p class="pp-muted">Loading…</p>
        )}
      </section>
      <p>
        <button type="button" class="pp-link" data-testid="popup-options" onClick={onOpenOptions}>
          Open the playbook settings
        </button>
      </p>
    </main>
  );
}
