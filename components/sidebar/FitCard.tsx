import type { FitResult } from '../../lib/scoring/fit';
import { Card } from '../ui/Card';
import { fieldLabel } from './field-labels';
import { TIER_DESCRIPTIONS, TierBadge } from '../ui/Badge';

const OUTCOME_ICON = { match: '✓', miss: '✗', unknown: '?' } as const;
const OUTCOME_TEXT = { match: 'matches', miss: 'does not match', unknown: 'unknown' } as const;

export function FitCard({ fit }: { fit: FitResult }) {
  const coverage = Math.round(fit.coverage * 100);
  const ordered = [...fit.criteria].sort((a, b) => b.criterion.weight - a.criterion.weight);
  return (
    <Card
      name="fit"
      title="Fit"
      summary={<TierBadge tier={fit.tier} />}
      attributes={{ 'data-score': fit.score === null ? '' : String(fit.score), 'data-tier': fit.tier }}
    >
      <div class="pc-fit__headline">
        {/* Screen readers get words, not "87 /100": an aria-label on a plain span is not reliably announced. */}
        <span class="pc-fit__score">
          <span aria-hidden="true">
            {fit.score === null ? '–' : fit.score}
            <span class="pc-fit__outof">/100</span>
          </span>
          <span class="pc-visually-hidden">{fit.score === null ? 'No score' : `Score ${fit.score} of 100`}</span>
        </span>
        <span class="pc-fit__tier-text">{TIER_DESCRIPTIONS[fit.tier]}</span>
      </div>
      <div class="pc-meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={fit.score ?? 0} aria-label="Fit score">
        <div class={`pc-meter__bar pc-tier-bg--${fit.tier}`} style={{ width: `${fit.score ?? 0}%` }} />
      </div>
      <p class="pc-muted">
        Based on {coverage}% of the profile's weight{fit.tier === 'unknown' && fit.score !== null ? ' (partial score: too little is known)' : ''}.
      </p>
      {fit.disqualifiedBy && (
        <p class="pc-alert" role="alert">
          Disqualified: {fit.disqualifiedBy.label}
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
              <span class="pc-visually-hidden"> {OUTCOME_TEXT[outcome]}</span>
              {outcome === 'unknown' && missingFields.length > 0 && (
                <span class="pc-muted"> — missing {missingFields.map(fieldLabel).join(', ').toLowerCase()}</span>
              )}
            </span>
            <span class="pc-reason__weight" title="Weight">
              {criterion.weight}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
