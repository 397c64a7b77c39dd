import { t } from '../../lib/i18n';
import type { FitTier } from '../../lib/scoring/fit';

// Letters and short codes, the same as the toolbar badge's (lib/badge.ts); the description says it in words.
const TIER_LABELS: Record<FitTier, string> = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
  disqualified: 'DQ',
  unknown: '?',
};

/** "Tier A: ideal customer", in the UI language. */
export function tierDescription(tier: FitTier): string {
  return t(`sidebar_tier_${tier}`);
}

export function TierBadge({ tier }: { tier: FitTier }) {
  const description = tierDescription(tier);
  return (
    // role="img": an aria-label on a plain span is not announced by every screen reader (axe aria-prohibited-attr).
    <span class={`pc-tier pc-tier--${tier}`} role="img" title={description} aria-label={description}>
      {TIER_LABELS[tier]}
    </span>
  );
}
