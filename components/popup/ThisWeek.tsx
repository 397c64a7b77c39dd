import { ACTIVITY_TIERS, emptyWeek, isoWeek, previousWeek, totalReviewed, type ActivityStore } from '../../lib/rep/activity';
import { badgeFor } from '../../lib/scoring/tier';
import { formatNumber, t } from '../../lib/i18n';

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
  const chartCounts = ACTIVITY_TIERS.map((tier) => `${badgeFor(tier).text} ${formatNumber(thisWeek.reviewed[tier])}`).join(', ');
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
      <svg class="pp-chart" viewBox="0 0 240 74" role="img" aria-label={t('popup_weekChart', chartCounts)}>
        {ACTIVITY_TIERS.map((tier, index) => {
          const x = 8 + index * 38;
          const hNow = (thisWeek.reviewed[tier] / max) * 50;
          const hLast = (lastWeek.reviewed[tier] / max) * 50;
          return (
            <g key={tier}>
              <rect x={x} y={56 - hLast} width="12" height={hLast} fill={badgeFor(tier).color} opacity="0.35" />
              <rect x={x + 13} y={56 - hNow} width="12" height={hNow} fill={badgeFor(tier).color} />
              <text x={x + 12.5} y="70" text-anchor="middle" font-size="10" fill="currentColor">
                {badgeFor(tier).text}
              </text>
            </g>
          );
        })}
      </svg>
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
