import type { FitTier } from '../../lib/scoring/fit';

const TIER_LABELS: Record<FitTier, string> = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
  disqualified: 'DQ',
  unknown: '?',
};

export const TIER_DESCRIPTIONS: Record<FitTier, string> = {
  A: 'Tier A: ideal customer',
  B: 'Tier B: good fit',
  C: 'Tier C: partial fit',
  D: 'Tier D: poor fit',
  disqualified: 'Disqualified',
  unknown: 'Not enough data to score',
};

export function TierBadge({ tier }: { tier: FitTier }) {
  return (
    // role="img": an aria-label on a plain span is not announced by every screen reader (axe aria-prohibited-attr).
    <span class={`pc-tier pc-tier--${tier}`} role="img" title={TIER_DESCRIPTIONS[tier]} aria-label={TIER_DESCRIPTIONS[tier]}>
      {TIER_LABELS[tier]}
    </span>
  );
}
