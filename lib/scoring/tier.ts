/** The toolbar badge for a tab: the record's tier letter in its tier colour; nothing off CRM records. */
import type { FitTier } from '../record';

const BADGES: Record<FitTier, { text: string; color: string }> = {
  A: { text: 'A', color: '#1e6b35' },
  B: { text: 'B', color: '#2d6a9f' },
  C: { text: 'C', color: '#8a5a00' },
  D: { text: 'D', color: '#8f2d24' },
  disqualified: { text: 'DQ', color: '#5c2a7a' },
  unknown: { text: '?', color: '#5a6270' },
};

export function badgeFor(tier: FitTier | null): { text: string; color: string } {
  return tier ? BADGES[tier] : { text: '', color: '#5a6270' };
}
