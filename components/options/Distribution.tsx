import { useEffect, useState } from 'preact/hooks';
import type { ActivePlaybook, StoredConfigUrl } from '../../lib/storage-schema';
import { checkConfigUrl, configUrlOriginPattern, SYNC_PERIOD_MINUTES } from '../../lib/sync';

export const MANAGED_TEXT = 'Managed by your organization';

export const SOURCE_NAMES: Record<ActivePlaybook['origin'], string> = {
  policy: 'Set by your organization (policy)',
  configUrl: 'Config URL',
  local: 'Your own playbook',
  default: 'Built-in default',
};

interface DistributionProps {
  active: ActivePlaybook;
  /** The URL set in this options page (a policy URL lives in active.sync). */
  userUrl: StoredConfigUrl | null;
  /** Saves the URL; asks the browser for its origin first (must start inside the click). Resolves to whether access was granted. */
  onSetUrl: (url: string, pattern: string) => Promise<boolean>;
  onClearUrl: () => Promise<void>;
  onSyncNow: () => Promise<void>;
}

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : 'never');

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
    void onSetUrl(checked.url, configUrlOriginPattern(checked.url)).then((granted) =>
      setMessage(
        granted
          ? { text: 'Saved. Playcard fetches it now and every ' + SYNC_PERIOD_MINUTES + ' minutes.', error: false }
          : { text: 'Saved, but the browser did not grant access to that site: the server must send CORS headers for Playcard to read it.', error: true },
      ),
    );
  };

  return (
    <section class="op-panel" aria-labelledby="op-dist-title" data-testid="distribution">
      <h2 id="op-dist-title">Config URL</h2>
      {locked && (
        <p class="op-managed" role="note" data-testid="managed-notice">
          <strong>{MANAGED_TEXT}.</strong> The playbook and config URL are set by policy and cannot be changed here.
        </p>
      )}
      <p class="op-muted">
        Host the playbook file on a web server (https) and every rep's Playcard follows it: fetched now and every {SYNC_PERIOD_MINUTES} minutes,
        only when it changed (ETag). A broken or unreachable file never replaces the last good playbook. Precedence: policy, then config URL, then
        your own playbook.
      </p>
      {policyUrl ? (
        <p data-testid="policy-url">
          Your organization set the config URL <code>{sync!.url}</code>. Playcard reads it without asking for access to that site, so the server must
          allow it with CORS headers (<code>Access-Control-Allow-Origin</code>).
        </p>
      ) : (
        <form class="op-row" onSubmit={save}>
          <label>
            URL{' '}
            <input
              type="url"
              size={50}
              value={address}
              placeholder="https://example.com/playbook.json"
              disabled={locked}
              data-testid="config-url"
              onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" disabled={locked} data-testid="config-url-save">
            Follow this URL
          </button>
          {userUrl && (
            <button
              type="button"
              disabled={locked}
              data-testid="config-url-clear"
              onClick={() => void onClearUrl().then(() => setMessage({ text: 'Stopped following the config URL.', error: false }))}
            >
              Stop following
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
          While this source is in force, a playbook you save or import below is kept but not used: it applies again when you stop following the URL
          {active.origin === 'policy' ? ' and your organization removes its playbook' : ''}.
        </p>
      )}
      <dl class="op-sync" data-testid="sync-status">
        <dt>Source in force</dt>
        <dd data-testid="sync-source">{SOURCE_NAMES[active.origin]}</dd>
        <dt>Version</dt>
        <dd data-testid="sync-version">{active.playbook.version}</dd>
        {sync && (
          <>
            <dt>Last successful sync</dt>
            <dd data-testid="sync-last-success">
              {when(sync.lastSuccessAt)}
              {sync.lastVersion ? ` (version ${sync.lastVersion})` : ''}
            </dd>
            <dt>Last error</dt>
            <dd data-testid="sync-last-error" class={sync.lastError ? 'op-error' : ''}>
              {sync.lastError ? `${sync.lastError.message} (${when(sync.lastError.at)})` : 'none'}
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
            void onSyncNow().finally(() => setSyncing(false));
          }}
        >
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
      )}
    </section>
  );
}
