import { ACTIVITY_TIERS, emptyWeek, isoWeek, previousWeek, totalReviewed, type ActivityStore } from '../../lib/rep/activity';
import { badgeFor } from '../../lib/scoring/tier';
import { formatNumber, t } from '../../lib/i18n';
import { tierDescription } from '../ui/Badge';

interface ThisWeekProps {
  store: ActivityStore;
  now: Date;
  onReset: () => void;
  onExportCsv: () => void;
}

/** Records reviewed by tier, calls prepared and questions asked, this week against last, from local counters. */
export function ThisWeek({ store, now, onReset, onExportCsv }: ThisWeekProps) {
  const thisWeek = store[isoWeek(now)] ?? emptyWeek();
  const lastWeek = store[previousWeek(now)] ?? emptyWeek();
  const max = Math.max(1, ...ACTIVITY_TIERS.flatMap((tier) => [thisWeek.reviewed[tier], lastWeek.reviewed[tier]]));
  const rows: [string, number, number, string][] = [
    [t('popup_recordsReviewed'), totalReviewed(thisWeek), totalReviewed(lastWeek), 'reviewed'],
    [t('popup_callsPrepared'), thisWeek.callsPrepared, lastWeek.callsPrepared, 'calls'],
    [t('popup_questionsAsked'), thisWeek.questionsAsked, lastWeek.questionsAsked, 'questions'],
  ];
  return (
    <section class="pp-section" data-testid="popup-week" aria-labelledby="pp-week-title">
      <h2 id="pp-week-title">{t('popup_weekTitle')}</h2>
      <table class="pp-week">
        <thead>
          <tr>
            <th scope="col">
              <span class="pp-visually-hidden">{t('popup_measure')}</span>
            </th>
            <th scope="col">{t('popup_thisWeek')}</th>
            <th scope="col">{t('popup_lastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, now, before, id]) => (
            <tr key={id}>
              <th scope="row">{label}</th>
              <td data-testid={`week-${id}`}>{formatNumber(now)}</td>
              <td data-testid={`week-${id}-last`}>{formatNumber(before)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Records reviewed by tier: the tier in words, a bar and its number, last week's number beside it. */}
      <table class="pp-week pp-tiers" data-testid="week-tiers">
        <caption class="pp-visually-hidden">{t('popup_byTier')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('popup_byTier')}</th>
            <th scope="col">{t('popup_thisWeek')}</th>
            <th scope="col">{t('popup_lastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIVITY_TIERS.map((tier) => (
            <tr key={tier} data-tier={tier}>
              <th scope="row">{tierDescription(tier)}</th>
              <td class="pp-bar-cell">
                {thisWeek.reviewed[tier] > 0 && (
                  <span class="pp-bar" aria-hidden="true" style={{ width: `${(thisWeek.reviewed[tier] / max) * 70}%`, background: badgeFor(tier).color }} />
                )}
                <span data-testid={`week-tier-${tier}`}>{formatNumber(thisWeek.reviewed[tier])}</span>
              </td>
              <td data-testid={`week-tier-${tier}-last`}>{formatNumber(lastWeek.reviewed[tier])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="pp-muted">{t('popup_localOnly')}</p>
      <div class="pp-row">
        <button type="button" data-testid="week-csv" onClick={onExportCsv}>
          {t('popup_exportCsv')}
        </button>
        <button type="button" data-testid="week-reset" onClick={onReset}>
          {t('popup_reset')}
        </button>
      </div>
    </section>
  );
}
