import { badgeFor } from '../../lib/scoring/tier';
import { t } from '../../lib/i18n';
import type { FitTier } from '../../lib/scoring/fit';

/** "Tier A: ideal customer", in the UI language. */
export function tierDescription(tier: FitTier): string {
  return t(`sidebar_tier_${tier}`);
}

// The same letters as the toolbar badge (lib/scoring/tier.ts); the description says it in words.
// `decorative`: inside a control whose own label already says the tier (the folded tab).
export function TierBadge({ tier, decorative = false }: { tier: FitTier; decorative?: boolean }) {
  if (decorative) {
    return (
      <span class={`pc-tier pc-tier--${tier}`} aria-hidden="true">
        {badgeFor(tier).text}
      </span>
    );
  }
  const description = tierDescription(tier);
  return (
    // role="img": an aria-label on a plain span is not announced by every screen reader (axe aria-prohibited-attr).
    <span class={`pc-tier pc-tier--${tier}`} role="img" title={description} aria-label={description}>
      {badgeFor(tier).text}
    </span>
  );
}
