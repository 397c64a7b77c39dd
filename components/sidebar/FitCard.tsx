import { formatNumber, t } from '../../lib/i18n';
import type { FitResult } from '../../lib/scoring/fit';
import { Card } from '../ui/Card';
import { fieldList } from './field-labels';
import { TierBadge, tierDescription } from '../ui/Badge';

const OUTCOME_ICON = { match: '✓', miss: '✗', unknown: '?' } as const;

export function FitCard({ fit }: { fit: FitResult }) {
  const coverage = formatNumber(Math.round(fit.coverage * 100) / 100, { style: 'percent' });
  const ordered = [...fit.criteria].sort((a, b) => b.criterion.weight - a.criterion.weight);
  const partial = fit.tier === 'unknown' && fit.score !== null;
  return (
    <Card
      name="fit"
      title={t('sidebar_fitTitle')}
      summary={<TierBadge tier={fit.tier} />}
      attributes={{ 'data-score': fit.score === null ? '' : String(fit.score), 'data-tier': fit.tier, 'data-coverage': String(Math.round(fit.coverage * 1000) / 1000) }}
    >
      <div class="pc-fit__headline">
        {/* Screen readers get words, not "87 /100": an aria-label on a plain span is not reliably announced. */}
        <span class="pc-fit__score">
          <span aria-hidden="true">
            {fit.score === null ? '–' : formatNumber(fit.score)}
            <span class="pc-fit__outof">/100</span>
          </span>
          <span class="pc-visually-hidden">{fit.score === null ? t('sidebar_noScore') : t('sidebar_scoreOutOf100', formatNumber(fit.score))}</span>
        </span>
        <span class="pc-fit__tier-text">{tierDescription(fit.tier)}</span>
      </div>
      <div class="pc-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={fit.score ?? 0} aria-label={t('sidebar_fitScoreLabel')}>
        <div class={`pc-meter__bar pc-tier-bg--${fit.tier}`} style={{ width: `${fit.score ?? 0}%` }} />
      </div>
      <p class="pc-muted">{partial ? t('sidebar_fitBasisPartial', coverage) : t('sidebar_fitBasis', coverage)}</p>
      {fit.disqualifiedBy && (
        <p class="pc-alert" role="alert">
          {t('sidebar_disqualifiedBy', fit.disqualifiedBy.label)}
        </p>
      )}
      <ul class="pc-reasons">
        {ordered.map(({ criterion, outcome, missingFields }) => (
          <li key={criterion.id} class={`pc-reason pc-reason--${outcome}`} data-criterion={criterion.id} data-outcome={outcome}>
            <span class="pc-reason__icon" aria-hidden="true">
              {OUTCOME_ICON[outcome]}
            </span>
            <span class="pc-reason__label">
              {criterion.label}
              <span class="pc-visually-hidden"> {t(`sidebar_outcome_${outcome}`)}</span>
              {outcome === 'unknown' && missingFields.length > 0 && <span class="pc-muted"> {t('sidebar_missingFields', fieldList(missingFields))}</span>}
            </span>
            <span class="pc-reason__weight" title={t('sidebar_weight')}>
              {criterion.weight}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
