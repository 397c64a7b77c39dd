import { formatNumber, t, uiLanguage, type MessageKey } from '../../lib/i18n';
import { tierDescription } from '../ui/Badge';
import type { ContentToPopup } from '../../lib/messages';
import type { ActivePlaybook } from '../../lib/storage/keys';

const SOURCE: Record<ActivePlaybook['origin'], MessageKey> = {
  policy: 'popup_source_policy',
  configUrl: 'popup_source_configUrl',
  local: 'popup_source_local',
  default: 'popup_source_default',
};

const KIND: Record<ContentToPopup['kind'], MessageKey> = {
  lead: 'popup_kind_lead',
  contact: 'popup_kind_contact',
  company: 'popup_kind_company',
  deal: 'popup_kind_deal',
};

/** The tier in words ("Tier A: ideal customer"); while it is unknown, how many criteria are known, never a score. */
function tierText(record: ContentToPopup): string {
  const { tier, criteria } = record;
  if (!tier) return '—';
  if (tier === 'disqualified') return t('popup_tier_disqualified');
  const label = tier === 'unknown' ? t('popup_tier_unknown') : tierDescription(tier);
  // Unknown, or scored on part of the profile: how much is known goes beside it.
  const partial = criteria && (tier === 'unknown' || criteria.known < criteria.total);
  return partial ? t('popup_criteriaKnown', label, formatNumber(criteria.known), formatNumber(criteria.total)) : label;
}

/** A date and time in the UI language's own format. */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return t('popup_never');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

interface PopupViewProps {
  /** undefined while asking the tab; null when the tab is not a CRM record Playcard runs on. */
  record: ContentToPopup | null | undefined;
  active: ActivePlaybook | null;
  onOpenOptions: () => void;
  /** The sidebar's keyboard shortcut: undefined while unknown, '' when none is assigned. */
  shortcut?: string;
  onEditShortcut?: () => void;
}

/** The toolbar popup: this tab's record, the playbook in force and its sync status. Plain props. */
export function PopupView({ record, active, onOpenOptions, shortcut, onEditShortcut }: PopupViewProps) {
  const sync = active?.sync;
  return (
    <main class="pp-main">
      <h1>{t('extName')}</h1>
      <section class="pp-section" data-testid="popup-record">
        <h2>{t('popup_thisTab')}</h2>
        {record === undefined ? (
          <p class="pp-muted">{t('popup_looking')}</p>
        ) : record === null ? (
          <p class="pp-muted" data-testid="popup-no-record">
            {t('popup_notOnRecord')}
          </p>
        ) : (
          <dl>
            <dt>{t('popup_crm')}</dt>
            <dd data-testid="popup-crm">{record.crm}</dd>
            <dt>{t('popup_record')}</dt>
            <dd data-testid="popup-kind">{t(KIND[record.kind])}</dd>
            {record.name && (
              <>
                <dt>{t('popup_name')}</dt>
                <dd data-testid="popup-record-name">{record.name}</dd>
              </>
            )}
            <dt>{t('popup_tier')}</dt>
            <dd class="pp-tier" data-testid="popup-tier" data-tier={record.tier ?? ''}>
              {tierText(record)}
            </dd>
          </dl>
        )}
      </section>
      <section class="pp-section" data-testid="popup-playbook">
        <h2>{t('popup_playbook')}</h2>
        {active ? (
          <dl>
            <dt>{t('popup_name')}</dt>
            <dd data-testid="popup-playbook-name">{active.playbook.name}</dd>
            <dt>{t('popup_version')}</dt>
            <dd data-testid="popup-playbook-version">{active.playbook.version}</dd>
            <dt>{t('popup_source')}</dt>
            <dd data-testid="popup-playbook-source">
              {active.locked ? t('popup_sourceManaged', t(SOURCE[active.origin])) : t(SOURCE[active.origin])}
            </dd>
            {sync && (
              <>
                <dt>{t('popup_lastSync')}</dt>
                <dd data-testid="popup-sync-success">{formatWhen(sync.lastSuccessAt)}</dd>
                {sync.lastError && (
                  <>
                    <dt>{t('popup_lastError')}</dt>
                    <dd class="pp-error" data-testid="popup-sync-error">
                      {sync.lastError.message}
                    </dd>
                  </>
                )}
              </>
            )}
          </dl>
        ) : (
          <p class="pp-muted">{t('popup_loading')}</p>
        )}
      </section>
      {shortcut !== undefined && (
        // The browser drops a suggested key that clashes with one of its own: say so, and where to set one.
        <p class={shortcut ? 'pp-muted' : undefined} data-testid="popup-shortcut">
          {shortcut ? t('popup_shortcut', shortcut) : t('popup_noShortcut')}{' '}
          {onEditShortcut && (
            <button type="button" class="pp-link" data-testid="popup-shortcut-edit" onClick={onEditShortcut}>
              {shortcut ? t('popup_changeShortcut') : t('popup_setShortcut')}
            </button>
          )}
        </p>
      )}
      <p>
        <button type="button" class="pp-link" data-testid="popup-options" onClick={onOpenOptions}>
          {t('popup_openSettings')}
        </button>
      </p>
    </main>
  );
}
