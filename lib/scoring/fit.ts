/** Fit score, coverage and tier of a record against the playbook's ideal customer profile. */
import type { Criterion, Playbook } from '../playbook/schema';
import type { FieldName, FitTier } from '../record';
import { conditionFields, evaluateCondition, type AliasIndex, type FieldValues } from './conditions';

/** The tier a record gets: the one list is lib/record.ts FIT_TIERS. */
export type { FitTier };
export type CriterionOutcome = 'match' | 'miss' | 'unknown';

export interface CriterionResult {
  criterion: Criterion;
  outcome: CriterionOutcome;
  /** The fields the criterion looks at that the page did not show. */
  missingFields: FieldName[];
}

export interface FitResult {
  /** 0–100, or null when no criterion could be judged. */
  score: number | null;
  tier: FitTier;
  /** Known weight ÷ total weight, 0–1. */
  coverage: number;
  criteria: CriterionResult[];
  disqualifiedBy?: { id: string; label: string };
  /** Unknown fields that would let unknown criteria be judged, heaviest first. */
  unknownFields: FieldName[];
}

export function scoreFit(playbook: Playbook, fields: FieldValues, aliases: AliasIndex): FitResult {
  let knownWeight = 0;
  let matchedWeight = 0;
  let totalWeight = 0;
  const unknownFieldWeight = new Map<FieldName, number>();

  const criteria = playbook.icp.criteria.map((criterion): CriterionResult => {
    const truth = evaluateCondition(criterion.when, fields, aliases);
    const missingFields = conditionFields(criterion.when).filter((field) => fields[field] === undefined);
    totalWeight += criterion.weight;
    if (truth === 'unknown') {
      for (const field of missingFields) {
        unknownFieldWeight.set(field, (unknownFieldWeight.get(field) ?? 0) + criterion.weight);
      }
      return { criterion, outcome: 'unknown', missingFields };
    }
    knownWeight += criterion.weight;
    if (truth) matchedWeight += criterion.weight;
    return { criterion, outcome: truth ? 'match' : 'miss', missingFields };
  });

  const score = knownWeight === 0 ? null : Math.round((100 * matchedWeight) / knownWeight);
  const coverage = totalWeight === 0 ? 0 : knownWeight / totalWeight;
  const disqualifier = playbook.icp.disqualifiers.find((d) => evaluateCondition(d.when, fields, aliases) === true);
  const unknownFields = [...unknownFieldWeight.entries()].sort((a, b) => b[1] - a[1]).map(([field]) => field);

  return {
    score,
    tier: tierFor(playbook, score, coverage, disqualifier !== undefined),
    coverage,
    criteria,
    ...(disqualifier ? { disqualifiedBy: { id: disqualifier.id, label: disqualifier.label } } : {}),
    unknownFields,
  };
}

function tierFor(playbook: Playbook, score: number | null, coverage: number, disqualified: boolean): FitTier {
  if (disqualified) return 'disqualified';
  if (score === null || coverage < playbook.icp.minCoverage) return 'unknown';
  const { A, B, C } = playbook.icp.tiers;
  if (score >= A) return 'A';
  if (score >= B) return 'B';
  if (score >= C) return 'C';
  return 'D';
}

/**
 * The number a rep may be shown as the fit: the score once the tier is known (disqualified included),
 * null while too little is known. A partial score is no headline; say how much is known instead.
 */
export function headlineScore(fit: FitResult): number | null {
  return fit.tier === 'unknown' ? null : fit.score;
}

export interface FitCounts {
  /** Criteria the page lets us judge. */
  known: number;
  total: number;
  matched: number;
  missed: number;
}

/** "3 of 7 criteria known", and how the known ones came out. */
export function fitCounts(fit: FitResult): FitCounts {
  const count = (outcome: CriterionOutcome) => fit.criteria.filter((c) => c.outcome === outcome).length;
  const matched = count('match');
  const missed = count('miss');
  return { known: matched + missed, total: fit.criteria.length, matched, missed };
}

const OUTCOME_ORDER: Record<CriterionOutcome, number> = { miss: 0, unknown: 1, match: 2 };

/** What needs attention first: misses, then unknowns, then matches; heaviest first within each. */
export function criteriaByAttention(fit: FitResult): CriterionResult[] {
  return [...fit.criteria].sort(
    (a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || b.criterion.weight - a.criterion.weight,
  );
}
