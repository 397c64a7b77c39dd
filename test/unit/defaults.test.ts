import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { PRODUCT_PRIORITIES, QUESTION_CATEGORIES, QUESTION_FRAMEWORKS, SCHEMA_VERSION } from '../../lib/playbook/rules';
import { parsePlaybook, type Condition } from '../../lib/playbook/schema';
import type { FieldName } from '../../lib/record';

type Leaf = Extract<Condition, { field: FieldName }>;

/** Every field test in a condition tree, however deeply nested in all / any / not. */
function leaves(condition: Condition | undefined): Leaf[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  if ('not' in condition) return leaves(condition.not);
  return [condition];
}

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const playbook = DEFAULT_PLAYBOOK;
const criterionFields = new Set(playbook.icp.criteria.flatMap((c) => leaves(c.when).map((leaf) => leaf.field)));
/** Deal-logistics fields a question may fill without feeding the fit score: they feed other cards. */
const NON_ICP_FILLS = new Set<FieldName>(['competitor', 'closeDate']);

describe('DEFAULT_PLAYBOOK', () => {
  it('parses, and parsing changes nothing (no defaults filled in, no text trimmed)', () => {
    const before = structuredClone(playbook);
    const result = parsePlaybook(playbook);
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    expect(result.playbook).toStrictEqual(playbook);
    expect(playbook).toStrictEqual(before);
  });

  it('survives a JSON round trip (what export / import and storage do)', () => {
    const result = parsePlaybook(JSON.parse(JSON.stringify(playbook)));
    expect(result.ok && result.playbook).toStrictEqual(playbook);
  });

  it('carries its identity', () => {
    expect(playbook.schemaVersion).toBe(SCHEMA_VERSION);
    expect(playbook).not.toHaveProperty('$schema');
    expect(playbook.name.length).toBeGreaterThan(0);
    expect(playbook.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(playbook.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(playbook.updatedAt!))).toBe(false);
  });

  it('uses kebab-case ids everywhere', () => {
    const ids = [
      ...playbook.icp.criteria,
      ...playbook.icp.disqualifiers,
      ...playbook.products,
      ...playbook.differentiators,
      ...playbook.questions,
    ].map((item) => item.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('is text only: no HTML anywhere', () => {
    for (const text of strings(playbook)) expect(text).not.toMatch(/<\/?[a-z!]/i);
  });

  describe('ICP', () => {
    const { criteria, disqualifiers, tiers, minCoverage } = playbook.icp;

    it('has at least six criteria whose weights add up to 100', () => {
      expect(criteria.length).toBeGreaterThanOrEqual(6);
      expect(criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    });

    it('uses every kind of field test, and a combinator', () => {
      const kinds = new Set(criteria.flatMap((c) => leaves(c.when).map((leaf) => leaf.is)));
      for (const kind of ['oneOf', 'between', 'contains']) expect(kinds).toContain(kind);
      expect(criteria.some((c) => 'all' in c.when || 'any' in c.when)).toBe(true);
    });

    it('scores the firmographics and the persona', () => {
      for (const field of ['industry', 'employees', 'annualRevenue', 'country', 'title', 'leadSource'] as const) {
        expect(criterionFields, field).toContain(field);
      }
    });

    it('uses the standard tiers and coverage', () => {
      expect(tiers).toEqual({ A: 80, B: 60, C: 40 });
      expect(minCoverage).toBe(0.5);
    });

    it('has two disqualifiers that cannot fire on a record the criteria call a fit', () => {
      expect(disqualifiers).toHaveLength(2);
      for (const disqualifier of disqualifiers) {
        expect(disqualifier.label.length).toBeGreaterThan(0);
        for (const leaf of leaves(disqualifier.when)) {
          const positives = criteria.flatMap((c) => leaves(c.when)).filter((c) => c.field === leaf.field);
          for (const positive of positives) {
            if (leaf.is === 'oneOf' && positive.is === 'oneOf') {
              const wanted = new Set(positive.values.map((v) => v.toLowerCase()));
              for (const value of leaf.values) expect(wanted.has(value.toLowerCase()), value).toBe(false);
            }
            if (leaf.is === 'between' && positive.is === 'between') {
              const disjoint =
                (leaf.max !== undefined && positive.min !== undefined && leaf.max < positive.min) ||
                (leaf.min !== undefined && positive.max !== undefined && leaf.min > positive.max);
              expect(disjoint, `${disqualifier.id} overlaps the ${leaf.field} criterion`).toBe(true);
            }
          }
        }
      }
    });

    it('does not disqualify a headcount of 0 (an empty field some CRMs show as 0)', () => {
      const small = disqualifiers.flatMap((d) => leaves(d.when)).find((leaf) => leaf.field === 'employees');
      expect(small).toMatchObject({ is: 'between' });
      expect(small?.is === 'between' && (small.min ?? 0) > 0).toBe(true);
    });
  });

  describe('aliases', () => {
    it('map each CRM variant to exactly one canonical value per field', () => {
      const owner = new Map<string, string>();
      for (const alias of playbook.aliases) {
        for (const synonym of [alias.value, ...alias.synonyms]) {
          const key = `${alias.field}:${synonym.toLowerCase()}`;
          const canonical = `${alias.field}:${alias.value}`;
          if (owner.has(key)) expect(owner.get(key), key).toBe(canonical);
          owner.set(key, canonical);
        }
      }
    });

    it('cover the CRM spellings of industry, country and lead source', () => {
      const canonicalOf = (field: FieldName, variant: string) =>
        playbook.aliases.find(
          (a) => a.field === field && a.synonyms.some((s) => s.toLowerCase() === variant.toLowerCase()),
        )?.value;
      expect(canonicalOf('industry', 'Computer Software')).toBe('Software');
      expect(canonicalOf('industry', 'Information Technology & Services')).toBe('Software');
      expect(canonicalOf('industry', 'Internet Software & Services')).toBe('Software');
      expect(canonicalOf('country', 'USA')).toBe('United States');
      expect(canonicalOf('country', 'US')).toBe('United States');
      expect(canonicalOf('country', 'United States of America')).toBe('United States');
      expect(canonicalOf('country', 'UK')).toBe('United Kingdom');
      expect(canonicalOf('leadSource', 'Partner Referral')).toBe('Partner');
    });

    it('are never used in place of a canonical value in a condition', () => {
      const synonyms = new Set(playbook.aliases.flatMap((a) => a.synonyms.map((s) => `${a.field}:${s.toLowerCase()}`)));
      const conditions = [
        ...playbook.icp.criteria.map((c) => c.when),
        ...playbook.icp.disqualifiers.map((d) => d.when),
        ...playbook.products.map((p) => p.fitsWhen),
        ...playbook.differentiators.map((d) => d.when),
        ...playbook.questions.map((q) => q.when),
      ];
      for (const leaf of conditions.flatMap(leaves)) {
        if (leaf.is !== 'oneOf') continue;
        for (const value of leaf.values) expect(synonyms.has(`${leaf.field}:${value.toLowerCase()}`), value).toBe(false);
      }
    });

    it('are the only custom configuration: no field mappings by default', () => {
      expect(playbook.fieldMappings).toEqual([]);
    });
  });

  describe('products', () => {
    it('has at least three, with every priority', () => {
      expect(playbook.products.length).toBeGreaterThanOrEqual(3);
      const priorities = new Set(playbook.products.map((p) => p.priority));
      for (const priority of PRODUCT_PRIORITIES) expect(priorities).toContain(priority);
    });

    it('ties some to the customers they fit', () => {
      expect(playbook.products.some((p) => p.fitsWhen)).toBe(true);
    });

    it('tells reps never to discount a loss leader further', () => {
      for (const product of playbook.products.filter((p) => p.priority === 'loss-leader')) {
        expect(product.note).toMatch(/never discount/i);
      }
    });
  });

  describe('differentiators', () => {
    const { differentiators } = playbook;

    it('has at least eight, three or more aimed at a competitor', () => {
      expect(differentiators.length).toBeGreaterThanOrEqual(8);
      expect(differentiators.filter((d) => d.competitors?.length).length).toBeGreaterThanOrEqual(3);
    });

    it('covers the usual competitors', () => {
      const named = new Set(differentiators.flatMap((d) => d.competitors ?? []));
      for (const competitor of ['Gong', 'Chorus', 'Clari', 'Salesloft', 'Outreach']) expect(named).toContain(competitor);
    });

    it('ties some to products and some to the prospect', () => {
      const productIds = new Set(playbook.products.map((p) => p.id));
      expect(differentiators.some((d) => d.products?.length)).toBe(true);
      expect(differentiators.some((d) => d.when)).toBe(true);
      for (const d of differentiators) for (const id of d.products ?? []) expect(productIds).toContain(id);
    });

    it('gives every product at least one differentiator (the guide: at least one per product)', () => {
      const covered = new Set(differentiators.flatMap((d) => d.products ?? []));
      for (const product of playbook.products) expect(covered, product.id).toContain(product.id);
    });
  });

  describe('questions', () => {
    const { questions } = playbook;

    it('has at least fifteen, across every category and framework', () => {
      expect(questions.length).toBeGreaterThanOrEqual(15);
      const categories = new Set(questions.map((q) => q.category));
      const frameworks = new Set(questions.map((q) => q.framework));
      for (const category of QUESTION_CATEGORIES) expect(categories).toContain(category);
      for (const framework of QUESTION_FRAMEWORKS) expect(frameworks).toContain(framework);
    });

    it('has at least four that fill a field, some for a stage and some for a persona', () => {
      expect(questions.filter((q) => q.fills?.length).length).toBeGreaterThanOrEqual(4);
      expect(questions.some((q) => q.stages?.length)).toBe(true);
      expect(questions.some((q) => leaves(q.when).some((leaf) => leaf.field === 'title'))).toBe(true);
    });

    it('can ask for every ICP field the record may not show', () => {
      const filled = new Set(questions.flatMap((q) => q.fills ?? []));
      for (const field of ['employees', 'industry', 'annualRevenue', 'country'] as const) {
        expect(filled, field).toContain(field);
        expect(criterionFields, field).toContain(field);
      }
      for (const field of criterionFields) expect(filled, `no question fills ${field}`).toContain(field);
    });

    it('fills only fields the fit score uses, apart from deal logistics that feed other cards', () => {
      for (const field of questions.flatMap((q) => q.fills ?? [])) {
        if (NON_ICP_FILLS.has(field)) continue;
        expect(criterionFields, `${field} is filled but no criterion uses it`).toContain(field);
      }
      // The competitor a question fills picks the "Why us" points.
      expect(playbook.differentiators.some((d) => d.competitors?.length)).toBe(true);
    });

    it('are questions', () => {
      for (const question of questions) expect(question.text.trim().endsWith('?'), question.id).toBe(true);
    });
  });
});
