import { formatNumber, t, tn } from '../../lib/i18n';
import { criteriaByAttention, fitCounts, headlineScore, type CriterionResult, type FitResult } from '../../lib/scoring/fit';
import { Card } from '../ui/Card';
import type { OtherCurrency } from '../../lib/scoring/currency';
import { fieldLabel, fieldList } from './field-labels';
import { TierBadge, tierDescription } from '../ui/Badge';

const OUTCOME_ICON = { match: '✓', miss: '✗', unknown: '?' } as const;

/** Known weight share for the contract's `data-coverage`: 0–1, three decimals. */
export function coverageAttribute(coverage: number): string {
  return String(Math.round(coverage * 1000) / 1000);
}

export function percent(coverage: number): string {
  return formatNumber(Math.round(coverage * 100) / 100, { style: 'percent' });
}

/**
 * The fit: a score and tier once enough is known; until then no number, only how much is known,
 * the bar of it, and what to find out. Misses and unknowns first, matches folded.
 */
export function FitCard({ fit, otherCurrency }: { fit: FitResult; otherCurrency?: OtherCurrency }) {
  const score = headlineScore(fit);
  const counts = fitCounts(fit);
  const ordered = criteriaByAttention(fit);
  const open = ordered.filter((c) => c.outcome !== 'match');
  const matches = ordered.filter((c) => c.outcome === 'match');
  return (
    <Card
      name="fit"
      title={t('sidebar_fitTitle')}
      summary={<TierBadge tier={fit.tier} />}
      attributes={{ 'data-score': score === null ? '' : String(score), 'data-tier': fit.tier, 'data-coverage': coverageAttribute(fit.coverage) }}
    >
      {fit.tier === 'unknown' ? (
        <>
          <div class="pc-fit__headline">
            <span class="pc-fit__known">{t('sidebar_criteriaKnown', formatNumber(counts.known), formatNumber(counts.total))}</span>
          </div>
          <Meter value={fit.coverage} label={t('sidebar_coverageLabel')} tierClass="pc-meter__bar--coverage" />
          <p class="pc-muted">{t('sidebar_coverageBasis', percent(fit.coverage))}</p>
          {counts.known > 0 && <p class="pc-muted pc-fit__partial">{t('sidebar_knownSoFar', formatNumber(counts.matched), formatNumber(counts.missed))}</p>}
          {fit.unknownFields.length > 0 && <p class="pc-fit__find-out">{t('sidebar_findOut', fieldList(fit.unknownFields))}</p>}
        </>
      ) : (
        <>
          <div class="pc-fit__headline">
            {/* Screen readers get words, not "87 /100": an aria-label on a plain span is not reliably announced. */}
            <span class="pc-fit__score">
              <span aria-hidden="true">
                {score === null ? '–' : formatNumber(score)}
                <span class="pc-fit__outof">/100</span>
              </span>
              <span class="pc-visually-hidden">{score === null ? t('sidebar_noScore') : t('sidebar_scoreOutOf100', formatNumber(score))}</span>
            </span>
            <span class="pc-fit__tier-text">{tierDescription(fit.tier)}</span>
          </div>
          <Meter value={(score ?? 0) / 100} label={t('sidebar_fitScoreLabel')} tierClass={`pc-tier-bg--${fit.tier}`} />
          <p class="pc-muted">{t('sidebar_fitBasis', percent(fit.coverage))}</p>
        </>
      )}
      {fit.disqualifiedBy && (
        <p class="pc-alert" role="alert">
          {t('sidebar_disqualifiedBy', fit.disqualifiedBy.label)}
        </p>
      )}
      {open.length > 0 && (
        <ul class="pc-reasons">
          {open.map((result) => (
            <Reason key={result.criterion.id} result={result} otherCurrency={otherCurrency} />
          ))}
        </ul>
      )}
      {matches.length > 0 && (
        <details class="pc-matches" open={open.length === 0}>
          <summary>{tn('sidebar_matchCount', matches.length)}</summary>
          <ul class="pc-reasons">
            {matches.map((result) => (
              <Reason key={result.criterion.id} result={result} otherCurrency={otherCurrency} />
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

function Meter({ value, label, tierClass }: { value: number; label: string; tierClass: string }) {
  const now = Math.round(value * 100);
  return (
    <div class="pc-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={now} aria-valuetext={percent(value)} aria-label={label}>
      <div class={`pc-meter__bar ${tierClass}`} style={{ width: `${now}%` }} />
    </div>
  );
}

function Reason({ result: { criterion, outcome, missingFields }, otherCurrency }: { result: CriterionResult; otherCurrency?: OtherCurrency }) {
  // A field left out for its currency is not missing: say which currency it is in.
  const inOtherCurrency = missingFields.filter((field) => otherCurrency?.fields[field] !== undefined);
  const missing = missingFields.filter((field) => !inOtherCurrency.includes(field));
  return (
    <li class={`pc-reason pc-reason--${outcome}`} data-criterion={criterion.id} data-outcome={outcome}>
      <span class="pc-reason__icon" aria-hidden="true">
        {OUTCOME_ICON[outcome]}
      </span>
      <span class="pc-reason__label">
        {criterion.label}
        <span class="pc-visually-hidden"> {t(`sidebar_outcome_${outcome}`)}</span>
        {outcome === 'unknown' && missing.length > 0 && <span class="pc-muted"> {t('sidebar_missingFields', fieldList(missing))}</span>}
        {outcome === 'unknown' &&
          inOtherCurrency.map((field) => (
            <span key={field} class="pc-muted" data-other-currency={field}>
              {' '}
              {t('sidebar_otherCurrency', fieldLabel(field), otherCurrency!.fields[field]!, otherCurrency!.playbook)}
            </span>
          ))}
      </span>
      <span class="pc-reason__weight" title={t('sidebar_weight')}>
        {criterion.weight}
      </span>
    </li>
  );
}
