import { useEffect, useState } from 'preact/hooks';
import type { ActivePlaybook, StoredConfigUrl } from '../../lib/storage/keys';
import { t, tn, type MessageKey } from '../../lib/i18n';
import { checkConfigUrl, configUrlOriginPattern, SYNC_PERIOD_MINUTES } from '../../lib/config/sync';
import type { AccessOutcome } from '../../lib/config/access-request';
import { formatDateTime, richText } from './rich-text';

export const managedText = () => t('options_managedByOrganization');

const SOURCE_KEYS: Record<ActivePlaybook['origin'], MessageKey> = {
  policy: 'options_source_policy',
  configUrl: 'options_source_configUrl',
  local: 'options_source_local',
  default: 'options_source_default',
};
/** The name of a playbook source, in the UI language. */
export const sourceName = (origin: ActivePlaybook['origin']) => t(SOURCE_KEYS[origin]);

const CORS_HEADER = 'Access-Control-Allow-Origin'; // i18n-ignore: an HTTP header name
const EXAMPLE_URL = 'https://example.com/playbook.json';

interface DistributionProps {
  active: ActivePlaybook;
  /** The URL set in this options page (a policy URL lives in active.sync). */
  userUrl: StoredConfigUrl | null;
  /** Saves the URL; asks the browser for its origin first (must start inside the click). Resolves to how that went. */
  onSetUrl: (url: string, pattern: string) => Promise<AccessOutcome>;
  onClearUrl: () => Promise<void>;
  onSyncNow: () => Promise<void>;
}

const when = (iso: string | undefined) => (iso ? formatDateTime(iso) : t('options_dist_never'));

/** The config URL follower: set a URL, sync now, and see how the last sync went. */
export function Distribution({ active, userUrl, onSetUrl, onClearUrl, onSyncNow }: DistributionProps) {
  const locked = active.locked === true;
  const sync = active.sync;
  const policyUrl = sync?.setBy === 'policy';
  const [address, setAddress] = useState(userUrl?.url ?? '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [syncing, setSyncing] = useState(false);
  useEffect(() => setAddress(userUrl?.url ?? ''), [userUrl?.url]);

  const save = (event: Event) => {
    event.preventDefault();
    const checked = checkConfigUrl(address);
    if ('error' in checked) {
      setMessage({ text: checked.error, error: true });
      return;
    }
    // The permission request has to start inside the submit, before anything awaits.
    void onSetUrl(checked.url, configUrlOriginPattern(checked.url)).then(
      (outcome) =>
        setMessage(
          outcome.granted
            ? { text: tn('options_dist_saved', SYNC_PERIOD_MINUTES), error: false }
            : outcome.failure
              ? { text: t('options_dist_savedRequestFailed', outcome.failure), error: true }
              : { text: t('options_dist_savedNoAccess'), error: true },
        ),
      // Saving the address itself failed (storage): say so.
      (error: unknown) => setMessage({ text: error instanceof Error ? error.message : String(error), error: true }),
    );
  };

  return (
    <section class="op-panel" aria-labelledby="op-dist-title" data-testid="distribution">
      <h3 id="op-dist-title">{t('options_dist_title')}</h3>
      {locked && (
        <p class="op-managed" role="note" data-testid="managed-notice">
          <strong>{managedText()}.</strong> {t('options_dist_lockedNotice')}
        </p>
      )}
      <p class="op-muted">{tn('options_dist_intro', SYNC_PERIOD_MINUTES)}</p>
      {policyUrl ? (
        <p data-testid="policy-url">{richText('options_dist_policyUrl', <code>{sync!.url}</code>, <code>{CORS_HEADER}</code>)}</p>
      ) : (
        <form class="op-row" onSubmit={save}>
          <label>
            {t('options_dist_urlLabel')}{' '}
            <input
              type="url"
              size={50}
              value={address}
              placeholder={EXAMPLE_URL}
              disabled={locked}
              data-testid="config-url"
              onInput={(e) => {
                setAddress((e.currentTarget as HTMLInputElement).value);
                // A complaint about the address the manager is now changing no longer holds.
                if (message?.error) setMessage(null);
              }}
            />
          </label>
          <button type="submit" disabled={locked} data-testid="config-url-save">
            {t('options_dist_follow')}
          </button>
          {userUrl && (
            <button
              type="button"
              disabled={locked}
              data-testid="config-url-clear"
              onClick={() =>
                void onClearUrl().then(
                  () => setMessage({ text: t('options_dist_stopped'), error: false }),
                  (error: unknown) => setMessage({ text: error instanceof Error ? error.message : String(error), error: true }),
                )
              }
            >
              {t('options_dist_stop')}
            </button>
          )}
        </form>
      )}
      {message && (
        <p class={message.error ? 'op-error' : 'op-success'} role="status" data-testid="config-url-message">
          {message.text}
        </p>
      )}
      {(active.origin === 'configUrl' || active.origin === 'policy') && !locked && (
        <p class="op-muted" data-testid="shadowed-note">
          {t(active.origin === 'policy' ? 'options_dist_shadowedPolicy' : 'options_dist_shadowed')}
        </p>
      )}
      <dl class="op-sync" data-testid="sync-status">
        <dt>{t('options_dist_sourceInForce')}</dt>
        <dd data-testid="sync-source">{sourceName(active.origin)}</dd>
        <dt>{t('options_dist_version')}</dt>
        <dd data-testid="sync-version">{active.playbook.version}</dd>
        {sync && (
          <>
            <dt>{t('options_dist_lastSuccess')}</dt>
            <dd data-testid="sync-last-success">
              {sync.lastVersion ? t('options_dist_successWithVersion', when(sync.lastSuccessAt), sync.lastVersion) : when(sync.lastSuccessAt)}
            </dd>
            <dt>{t('options_dist_lastError')}</dt>
            <dd data-testid="sync-last-error" class={sync.lastError ? 'op-error' : ''}>
              {sync.lastError ? t('options_dist_errorAt', sync.lastError.message, when(sync.lastError.at)) : t('options_dist_noError')}
            </dd>
          </>
        )}
      </dl>
      {sync && (
        <button
          type="button"
          data-testid="sync-now"
          disabled={syncing}
          onClick={() => {
            setSyncing(true);
            setMessage(null);
            // Not ok when the new version could not be saved: say so here (the sync status keeps what is in force).
            void onSyncNow()
              .catch((error: unknown) => setMessage({ text: error instanceof Error ? error.message : String(error), error: true }))
              .finally(() => setSyncing(false));
          }}
        >
          {syncing ? t('options_dist_syncing') : t('options_dist_syncNow')}
        </button>
      )}
    </section>
  );
}
