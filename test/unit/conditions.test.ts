import { describe, expect, it } from 'vitest';
import type { Condition } from '../../lib/playbook/schema';
import { buildAliasIndex, conditionFields, evaluateCondition, words, type FieldValues } from '../../lib/scoring/conditions';

const aliases = buildAliasIndex([
  { field: 'industry', value: 'Software', synonyms: ['Computer Software', 'SaaS'] },
  { field: 'country', value: 'United States', synonyms: ['US', 'USA'] },
]);
const evaluate = (condition: Condition, fields: FieldValues) => evaluateCondition(condition, fields, aliases);

describe('evaluateCondition', () => {
  it.each([
    ['matches a listed value case-insensitively', { industry: 'software' }, true],
    ['matches a synonym through the playbook aliases', { industry: 'Computer Software' }, true],
    ['does not match another value', { industry: 'Retail' }, false],
    ['is unknown when the field was not read', {}, 'unknown'],
  ] as const)('oneOf %s', (_name, fields, expected) => {
    expect(evaluate({ field: 'industry', is: 'oneOf', values: ['Software', 'Financial Services'] }, fields)).toBe(expected);
  });

  it('oneOf applies aliases to the condition values as well as the record', () => {
    expect(evaluate({ field: 'country', is: 'oneOf', values: ['USA'] }, { country: 'United States' })).toBe(true);
  });

  it.each([
    ['a number inside the bounds', 500, true],
    ['a number on the lower bound', 50, true],
    ['a number below the bounds', 49, false],
    ['a band that overlaps the bounds', { min: 11, max: 50 }, true],
    ['a band entirely above', { min: 5001, max: 10000 }, false],
    ['an open band that starts inside', { min: 1000 }, true],
    ['an open band that starts above', { min: 10000 }, false],
  ] as const)('between matches %s', (_name, value, expected) => {
    expect(evaluate({ field: 'employees', is: 'between', min: 50, max: 5000 }, { employees: value })).toBe(expected);
  });

  it('between with only a minimum is open above', () => {
    expect(evaluate({ field: 'amount', is: 'between', min: 10000 }, { amount: 1e9 })).toBe(true);
  });

  it.each(['lots', '1,200'])('between treats text the reader left unparsed (%s) as unknown, not as a miss', (text) => {
    expect(evaluate({ field: 'employees', is: 'between', min: 1 }, { employees: text })).toBe('unknown');
  });

  it.each([
    ['VP of Sales', true],
    ['Chief Revenue Officer', true],
    ['Microsoft Liaison', false],
    ['vp-sales', true],
    ['Head of Revenue Operations', true],
    ['Account Executive', false],
  ] as const)('contains matches whole words: %s → %s', (title, expected) => {
    expect(evaluate({ field: 'title', is: 'contains', keywords: ['VP', 'Chief Revenue', 'Head', 'cro'] }, { title })).toBe(expected);
  });

  it('known and unknown are never themselves unknown', () => {
    expect(evaluate({ field: 'email', is: 'known' }, {})).toBe(false);
    expect(evaluate({ field: 'email', is: 'unknown' }, {})).toBe(true);
    expect(evaluate({ field: 'email', is: 'known' }, { email: 'a@b.c' })).toBe(true);
  });

  it('all is false when any part is false, even if others are unknown', () => {
    const c: Condition = { all: [{ field: 'industry', is: 'oneOf', values: ['Software'] }, { field: 'employees', is: 'between', min: 10 }] };
    expect(evaluate(c, { industry: 'Retail' })).toBe(false);
    expect(evaluate(c, { industry: 'Software' })).toBe('unknown');
    expect(evaluate(c, { industry: 'Software', employees: 20 })).toBe(true);
  });

  it('any is true when one part is true, even if others are unknown', () => {
    const c: Condition = { any: [{ field: 'industry', is: 'oneOf', values: ['Software'] }, { field: 'employees', is: 'between', min: 10 }] };
    expect(evaluate(c, { industry: 'Software' })).toBe(true);
    expect(evaluate(c, { industry: 'Retail' })).toBe('unknown');
    expect(evaluate(c, { industry: 'Retail', employees: 2 })).toBe(false);
  });

  it('not inverts, and keeps unknown unknown', () => {
    const c: Condition = { not: { field: 'country', is: 'oneOf', values: ['United States'] } };
    expect(evaluate(c, { country: 'Germany' })).toBe(true);
    expect(evaluate(c, { country: 'USA' })).toBe(false);
    expect(evaluate(c, {})).toBe('unknown');
  });
});

describe('conditionFields', () => {
  it('lists every field a nested condition looks at once', () => {
    const c: Condition = {
      all: [
        { field: 'industry', is: 'oneOf', values: ['x'] },
        { any: [{ field: 'employees', is: 'known' }, { not: { field: 'industry', is: 'unknown' } }] },
      ],
    };
    expect(conditionFields(c)).toEqual(['industry', 'employees']);
  });
});

describe('words', () => {
  it('splits on punctuation in any script and lower-cases', () => {
    expect(words('Geschäftsführer/CEO — Zürich')).toEqual(['geschäftsführer', 'ceo', 'zürich']);
  });
});
