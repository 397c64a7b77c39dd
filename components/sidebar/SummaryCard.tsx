import { formatNumber, t } from '../../lib/i18n';
import { fitCounts, headlineScore, type FitResult } from '../../lib/scoring/fit';
import type { Summary } from '../../lib/scoring/summary';
import { TierBadge, tierDescription } from '../ui/Badge';
import { coverageAttribute, percent } from './FitCard';

/** The tier in words with its score, or, while the tier is unknown, how much is known and no number. */
export function FitLine({ fit }: { fit: FitResult }) {
  const score = headlineScore(fit);
  const counts = fitCounts(fit);
  if (fit.tier === 'unknown') {
    return (
      <>
        <TierBadge tier={fit.tier} /> <span>{t('sidebar_criteriaKnown', formatNumber(counts.known), formatNumber(counts.total))}</span>
        <span class="pc-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fit.coverage * 100)} aria-valuetext={percent(fit.coverage)} aria-label={t('sidebar_coverageLabel')}>
          <span class="pc-meter__bar pc-meter__bar--coverage" style={{ display: 'block', width: `${Math.round(fit.coverage * 100)}%` }} />
        </span>
      </>
    );
  }
  return (
    <>
      <TierBadge tier={fit.tier} /> <span>{tierDescription(fit.tier)}</span>
      {score !== null && (
        <span class="pc-muted">
          <span aria-hidden="true">{formatNumber(score)}/100</span>
          <span class="pc-visually-hidden">{t('sidebar_scoreOutOf100', formatNumber(score))}</span>
        </span>
      )}
      {/* A score resting on part of the profile says so beside it, not only in the fit card below. */}
      {counts.known < counts.total && fit.tier !== 'disqualified' && (
        <span class="pc-muted pc-summary__known">{t('sidebar_criteriaKnown', formatNumber(counts.known), formatNumber(counts.total))}</span>
      )}
    </>
  );
}

/** The first screen: what this call needs, before the cards' details. */
export function SummaryCard({ fit, summary }: { fit: FitResult; summary: Summary }) {
  const { questions, versus, push } = summary;
  return (
    <section class="pc-summary" data-card="summary" aria-label={t('sidebar_summaryLabel')} data-tier={fit.tier} data-coverage={coverageAttribute(fit.coverage)}>
      <p class="pc-summary__fit">
        <FitLine fit={fit} />
      </p>
      {questions.length > 0 && (
        <>
          <h2>{t('sidebar_summaryAsk')}</h2>
          <ol>
            {questions.map(({ question }) => (
              <li key={question.id} data-summary-question={question.id}>
                {question.text}
              </li>
            ))}
          </ol>
        </>
      )}
      {versus && (
        <div data-summary-versus={versus.differentiator.differentiator.id}>
          <h2>{t('sidebar_versus', versus.competitor)}</h2>
          <p>
            <strong>{versus.differentiator.differentiator.title}</strong>
          </p>
          <p class="pc-clamp" title={versus.differentiator.differentiator.detail}>
            {versus.differentiator.differentiator.detail}
          </p>
        </div>
      )}
      {push && (
        <div data-summary-push={push.product.id} data-fit={push.fit}>
          <h2>{t('sidebar_priority_push')}</h2>
          <p>
            <strong>{push.product.name}</strong>
            {push.fit === 'maybe' && (
              <>
                {' '}
                <span class="pc-chip pc-chip--maybe" title={t('sidebar_maybeFitsHint')}>
                  {t('sidebar_maybeFits')}
                </span>
              </>
            )}
          </p>
          <p class="pc-clamp" title={push.product.pitch}>
            {push.product.pitch}
          </p>
        </div>
      )}
    </section>
  );
}
