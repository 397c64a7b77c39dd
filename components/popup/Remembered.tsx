import { t, tn } from '../../lib/i18n';
import type { MemoryStatus } from '../../lib/messages';

interface RememberedProps {
  /** undefined while asking the background. */
  status: MemoryStatus | undefined;
  onForget: () => void;
}

/** Accounts and contacts kept in memory for the deals that link to them (lib/remember/), and "Forget". Plain props. */
export function Remembered({ status, onForget }: RememberedProps) {
  if (!status) return null;
  return (
    <section class="pp-section" data-testid="popup-remembered" aria-labelledby="pp-remembered-title">
      <h2 id="pp-remembered-title">{t('reading_rememberedTitle')}</h2>
      {status.enabled ? (
        <p>
          <span data-testid="popup-remembered-count" data-count={status.count}>
            {tn('reading_rememberedCount', status.count)}
          </span>{' '}
          <button type="button" class="pp-link" data-testid="popup-forget" disabled={status.count === 0} onClick={onForget}>
            {t('reading_forget')}
          </button>
        </p>
      ) : (
        <p class="pp-muted" data-testid="popup-remembered-off">
          {t('reading_rememberedOff')}
        </p>
      )}
    </section>
  );
}
