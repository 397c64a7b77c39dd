import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook, type Condition, type Criterion, type Playbook } from '../../lib/playbook/schema';
import { buildAliasIndex, type FieldValues } from '../../lib/scoring/conditions';
import { criteriaByAttention, fitCounts, headlineScore, scoreFit } from '../../lib/scoring/fit';

function playbookWith(criteria: Criterion[], extra: Partial<Playbook['icp']> = {}): Playbook {
  const parsed = parsePlaybook({
    schemaVersion: 1,
    name: 'Test',
    version: '1',
    icp: { criteria, disqualifiers: [], tiers: { A: 80, B: 60, C: 40 }, ...extra },
    products: [],
    differentiators: [],
    questions: [],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.playbook;
}

const industry: Criterion = { id: 'industry', label: 'Software', weight: 30, when: { field: 'industry', is: 'oneOf', values: ['Software'] } };
const size: Criterion = { id: 'size', label: '50–5000 staff', weight: 50, when: { field: 'employees', is: 'between', min: 50, max: 5000 } };
const country: Criterion = { id: 'country', label: 'US', weight: 20, when: { field: 'country', is: 'oneOf', values: ['United States'] } };
const score = (playbook: Playbook, fields: FieldValues) => scoreFit(playbook, fields, buildAliasIndex(playbook.aliases));

describe('scoreFit', () => {
  it('scores matched weight over known weight, leaving unknown criteria out', () => {
    const result = score(playbookWith([industry, size, country]), { industry: 'Software', country: 'Germany' });
    expect(result.score).toBe(60); // 30 of 50 known
    expect(result.coverage).toBe(0.5);
    expect(result.criteria.map((c) => c.outcome)).toEqual(['match', 'unknown', 'miss']);
    expect(result.unknownFields).toEqual(['employees']);
  });

  it('assigns tiers from the thresholds', () => {
    const playbook = playbookWith([industry, size, country]);
    expect(score(playbook, { industry: 'Software', employees: 100, country: 'United States' }).tier).toBe('A');
    expect(score(playbook, { industry: 'Software', employees: 100, country: 'France' }).tier).toBe('A');
    expect(score(playbook, { industry: 'Retail', employees: 100, country: 'United States' }).tier).toBe('B');
    expect(score(playbook, { industry: 'Retail', employees: 100, country: 'France' }).tier).toBe('C');
    expect(score(playbook, { industry: 'Retail', employees: 10, country: 'United States' }).tier).toBe('D');
  });

  it('says "unknown" with a partial score when too little of the profile is known', () => {
    const result = score(playbookWith([industry, size, country]), { country: 'United States' });
    expect(result.score).toBe(100);
    expect(result.coverage).toBe(0.2);
    expect(result.tier).toBe('unknown');
  });

  it('has no score when nothing is known', () => {
    const result = score(playbookWith([industry, size]), {});
    expect(result.score).toBeNull();
    expect(result.tier).toBe('unknown');
  });

  it('disqualifies whatever the score, naming the disqualifier', () => {
    const playbook = playbookWith([industry, size], {
      disqualifiers: [{ id: 'tiny', label: 'Fewer than 10 employees', when: { field: 'employees', is: 'between', max: 9 } }],
    });
    const result = score(playbook, { industry: 'Software', employees: 5 });
    expect(result.tier).toBe('disqualified');
    expect(result.disqualifiedBy).toEqual({ id: 'tiny', label: 'Fewer than 10 employees' });
  });

  it('does not disqualify on an unknown field', () => {
    const playbook = playbookWith([industry], {
      disqualifiers: [{ id: 'tiny', label: 'Tiny', when: { field: 'employees', is: 'between', max: 9 } }],
    });
    expect(score(playbook, { industry: 'Software' }).tier).toBe('A');
  });
});

// Property tests over random profiles and records.
const fieldNames = ['industry', 'employees', 'country', 'title'] as const;
const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.constant('industry' as const), is: fc.constant('oneOf' as const), values: fc.array(fc.constantFrom('Software', 'Retail', 'Banking'), { minLength: 1, maxLength: 2 }) }),
  fc.record({ field: fc.constant('employees' as const), is: fc.constant('between' as const), min: fc.integer({ min: 0, max: 1000 }), max: fc.integer({ min: 1000, max: 100000 }) }),
  fc.record({ field: fc.constant('country' as const), is: fc.constant('oneOf' as const), values: fc.constant<string[]>(['Germany']) }),
  fc.record({ field: fc.constant('title' as const), is: fc.constant('contains' as const), keywords: fc.constant<string[]>(['VP']) }),
);
const criterionArb = fc.record({ id: fc.uuid(), label: fc.constant('c'), weight: fc.integer({ min: 1, max: 100 }), when: conditionArb });
const fieldsArb: fc.Arbitrary<FieldValues> = fc.record(
  {
    industry: fc.constantFrom('Software', 'Retail', 'Banking'),
    employees: fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.record({ min: fc.integer({ min: 0, max: 500 }), max: fc.integer({ min: 500, max: 5000 }) })),
    country: fc.constantFrom('Germany', 'France'),
    title: fc.constantFrom('VP Sales', 'Engineer'),
  },
  { requiredKeys: [] },
);

describe('scoreFit properties', () => {
  it('always scores between 0 and 100 (or null when nothing is known)', () => {
    fc.assert(
      fc.property(fc.array(criterionArb, { minLength: 1, maxLength: 8 }), fieldsArb, (criteria, fields) => {
        const result = score(playbookWith(uniqueIds(criteria)), fields);
        if (result.score === null) return result.criteria.every((c) => c.outcome === 'unknown');
        return result.score >= 0 && result.score <= 100 && Number.isInteger(result.score);
      }),
    );
  });

  it('never lowers the score when a criterion the record matches is added', () => {
    fc.assert(
      fc.property(fc.array(criterionArb, { minLength: 1, maxLength: 8 }), fieldsArb, criterionArb, (criteria, fields, extra) => {
        const base = uniqueIds(criteria);
        const before = score(playbookWith(base), fields);
        const added = { ...extra, id: 'extra-criterion' };
        const after = score(playbookWith([...base, added]), fields);
        if (after.criteria.at(-1)!.outcome !== 'match') return true;
        return (after.score ?? 0) >= (before.score ?? 0);
      }),
    );
  });

  it('never counts an unknown field as a miss: removing a field never adds misses', () => {
    fc.assert(
      fc.property(fc.array(criterionArb, { minLength: 1, maxLength: 8 }), fieldsArb, fc.constantFrom(...fieldNames), (criteria, fields, dropped) => {
        const playbook = playbookWith(uniqueIds(criteria));
        const without = { ...fields };
        delete without[dropped];
        const misses = (f: FieldValues) => score(playbook, f).criteria.filter((c) => c.outcome === 'miss').length;
        const result = score(playbook, without);
        const touching = result.criteria.filter((c) => c.missingFields.includes(dropped));
        return misses(without) <= misses(fields) && touching.every((c) => c.outcome === 'unknown');
      }),
    );
  });
});

function uniqueIds(criteria: Criterion[]): Criterion[] {
  return criteria.map((c, index) => ({ ...c, id: `c${index}` }));
}

describe('what the rep is shown', () => {
  const playbook = playbookWith([industry, size, country]);

  it('has no headline number while the tier is unknown, even with a partial score', () => {
    const result = score(playbook, { country: 'United States' });
    expect(result.score).toBe(100);
    expect(headlineScore(result)).toBeNull();
  });

  it('headlines the score once the tier is known', () => {
    const result = score(playbook, { industry: 'Retail', employees: 100, country: 'France' });
    expect(result.tier).toBe('C');
    expect(headlineScore(result)).toBe(50);
  });

  it('counts known, matched and missed criteria', () => {
    expect(fitCounts(score(playbook, { industry: 'Software', country: 'Germany' }))).toEqual({ known: 2, total: 3, matched: 1, missed: 1 });
    expect(fitCounts(score(playbook, {}))).toEqual({ known: 0, total: 3, matched: 0, missed: 0 });
  });

  it('lists misses first, then unknowns, then matches, heaviest first within each', () => {
    const light: Criterion = { id: 'light', label: 'Light', weight: 5, when: { field: 'title', is: 'oneOf', values: ['CEO'] } };
    const result = score(playbookWith([industry, size, country, light]), { industry: 'Software', country: 'Germany' });
    expect(criteriaByAttention(result).map((c) => c.criterion.id)).toEqual(['country', 'size', 'light', 'industry']);
  });
});
