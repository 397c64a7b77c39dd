import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../lib/playbook/check';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { COACHING_METRICS, PRODUCT_PRIORITIES, QUESTION_CATEGORIES, QUESTION_FRAMEWORKS } from '../../lib/playbook/rules';
import { playbookSchema } from '../../lib/playbook/schema';
import { CANONICAL_FIELDS } from '../../lib/record';

/** The reference: what the zod schema makes of `input` (its data, text trimmed and defaults filled), or null. */
function schemaVerdict(input: unknown) {
  const result = playbookSchema.safeParse(input);
  return result.success ? result.data : null;
}

function expectSameVerdict(input: unknown) {
  expect(checkPlaybook(input)).toStrictEqual(schemaVerdict(input));
}

// ---- Valid playbooks, generated -------------------------------------------------------------

const padding = fc.constantFrom('', '', ' ', '  ', '\t', '\n', '\u00a0', ' \n\t ');
const words = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.?'&()-]{0,24}$/),
  fc.constantFrom('Software', 'Größe', '日本市場', '50–5,000 employees', 'Why now?', 'A', '7'),
);
/** Text a rep reads, sometimes with white space around it (which the schema trims off). */
const text = fc.tuple(padding, words, padding).map(([before, value, after]) => before + value + after);
const id = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,12}$/);
const fieldName = fc.oneof(fc.constantFrom(...CANONICAL_FIELDS), fc.stringMatching(/^[a-zA-Z0-9_-]{1,12}$/).map((key) => `custom.${key}`));
const anyNumber = fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

const leafCondition = fc.oneof(
  fc.record({ field: fieldName, is: fc.constant('oneOf'), values: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fieldName, is: fc.constant('contains'), keywords: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fieldName, is: fc.constantFrom('known', 'unknown') }),
  fc
    .record({ field: fieldName, is: fc.constant('between'), min: anyNumber, max: anyNumber }, { requiredKeys: ['field', 'is'] })
    .map((condition) => {
      const { min, max } = condition;
      if (min === undefined && max === undefined) return { ...condition, min: 0 };
      return min !== undefined && max !== undefined && min > max ? { ...condition, min: max, max: min } : condition;
    }),
);
const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    leafCondition,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

const byId = { selector: (item: { id: string }) => item.id };
const criterion = fc.record({ id, label: text, weight: fc.integer({ min: 1, max: 100 }), when: condition });
const disqualifier = fc.record({ id, label: text, when: condition });
const tiers = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 3, maxLength: 3 })
  .map((values) => values.sort((a, b) => b - a))
  .map(([A, B, C]) => ({ A, B, C }));
const product = fc.record(
  { id, name: text, priority: fc.constantFrom(...PRODUCT_PRIORITIES), fitsWhen: condition, pitch: text, note: text },
  { requiredKeys: ['id', 'name', 'priority', 'pitch'] },
);
/** `products` holds indexes into the playbook's products until `linkProducts` names them. */
const differentiator = fc.record(
  { id, title: text, detail: text, products: fc.array(fc.nat(), { maxLength: 3 }), competitors: fc.array(text, { maxLength: 3 }), when: condition },
  { requiredKeys: ['id', 'title', 'detail'] },
);
const question = fc.record(
  {
    id,
    text,
    fills: fc.array(fieldName, { maxLength: 3 }),
    when: condition,
    stages: fc.array(text, { maxLength: 3 }),
    category: fc.constantFrom(...QUESTION_CATEGORIES),
    framework: fc.constantFrom(...QUESTION_FRAMEWORKS),
  },
  { requiredKeys: ['id', 'text', 'category'] },
);
const coachingQuestion = fc.record({
  id,
  when: fc.record({ metric: fc.constantFrom(...COACHING_METRICS), fallsBelow: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }),
  question: text,
});
const fieldMapping = fc
  .record(
    {
      crm: fc.oneof(fc.constantFrom('*', 'salesforce', 'hubspot'), text),
      field: fieldName,
      labels: fc.array(text, { maxLength: 3 }),
      selector: fc.stringMatching(/^[a-z.#[\]="' -]{1,20}$/),
    },
    { requiredKeys: ['crm', 'field'] },
  )
  .map((mapping) => (mapping.labels?.length || mapping.selector ? mapping : { ...mapping, labels: ['Rival'] }));
const valueAlias = fc.record({ field: fieldName, value: text, synonyms: fc.array(text, { minLength: 1, maxLength: 3 }) });

type Generated = { products: { id: string }[]; differentiators: { products?: number[] }[] };
/** Differentiators name products of the same playbook (the schema refuses unknown ones). */
function linkProducts<T extends Generated>(playbook: T) {
  const ids = playbook.products.map((p) => p.id);
  const differentiators = playbook.differentiators.map(({ products, ...rest }) =>
    products && ids.length ? { ...rest, products: [...new Set(products.map((index) => ids[index % ids.length]!))] } : rest,
  );
  return { ...playbook, differentiators };
}

const validPlaybook = fc
  .record(
    {
      $schema: fc.constant('./playbook.schema.json'),
      schemaVersion: fc.constant(1),
      name: text,
      version: fc.stringMatching(/^[0-9][0-9.]{0,12}$/),
      updatedAt: fc.constant('2026-11-27'),
      icp: fc.record(
        {
          criteria: fc.uniqueArray(criterion, { ...byId, minLength: 1, maxLength: 4 }),
          disqualifiers: fc.uniqueArray(disqualifier, { ...byId, maxLength: 3 }),
          tiers,
          minCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
        },
        { requiredKeys: ['criteria', 'disqualifiers', 'tiers'] },
      ),
      products: fc.uniqueArray(product, { ...byId, maxLength: 4 }),
      differentiators: fc.uniqueArray(differentiator, { ...byId, maxLength: 4 }),
      questions: fc.uniqueArray(question, { ...byId, maxLength: 4 }),
      questionLimit: fc.integer({ min: 1, max: 50 }),
      coaching: fc.uniqueArray(coachingQuestion, { ...byId, maxLength: 3 }),
      fieldMappings: fc.array(fieldMapping, { maxLength: 3 }),
      aliases: fc.array(valueAlias, { maxLength: 3 }),
    },
    { requiredKeys: ['schemaVersion', 'name', 'version', 'icp', 'products', 'differentiators', 'questions'] },
  )
  .map(linkProducts);

// ---- Changes: every way of breaking (or keeping) a value, at any place in a playbook -------------

type Path = (string | number)[];
const REMOVE = Symbol('remove');

/** Every place in a value: the value itself, then each key and index, depth first. */
function places(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  found.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => places(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) places((value as Record<string, unknown>)[key], [...path, key], found);
  return found;
}

/** `root` with the value at `path` replaced by `change(old)`, copying only along the path (holes and odd keys survive). */
function changeAt(root: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (!path.length) return change(root);
  const [step, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    const next = changeAt(root[step as number], rest, change);
    if (next === REMOVE) copy.splice(step as number, 1);
    else copy[step as number] = next;
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  const next = changeAt(copy[step as string], rest, change);
  if (next === REMOVE) delete copy[step as string];
  else copy[step as string] = next;
  return copy;
}

/** Sets a key as an own, enumerable property, even `__proto__` (as JSON.parse would). */
function withKey(object: object, key: string, value: unknown) {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Lengths either side of the schema's limits. */
const LENGTHS = [0, 1, 19, 20, 21, 40, 41, 49, 50, 51, 63, 64, 65, 99, 100, 101, 199, 200, 201, 499, 500, 501, 1999, 2000, 2001];
const JUNK = [undefined, null, true, false, 0, 1, -0, NaN, Infinity, -Infinity, '', ' ', 'x', [], {}, [1], { x: 1 }];
const NUMBERS = [NaN, Infinity, -Infinity, 0, -0, -1, 0.04, 0.05, 0.5, 0.95, 0.96, 1, 1.5, 49, 50, 51, 99.5, 100, 100.5, 101, 1e21, 2 ** 53, Number.MAX_VALUE];
const STRINGS = [
  '',
  ' ',
  '\n\t',
  '…',
  '?',
  '-',
  '—',
  'ok',
  'Ja',
  '7',
  'bad id',
  '-lead',
  '_x',
  'a.b',
  'ünï',
  'Industry',
  'custom.',
  'custom.ok',
  'custom.a-b_c',
  'custom.a.b',
  `custom.${'k'.repeat(64)}`,
  `custom.${'k'.repeat(65)}`,
  ...CANONICAL_FIELDS.slice(0, 4),
  'oneOf',
  'between',
  'contains',
  'known',
  'unknown',
  'all',
  ...PRODUCT_PRIORITIES,
  ...QUESTION_CATEGORIES,
  ...QUESTION_FRAMEWORKS,
  'spin',
  ...COACHING_METRICS,
  '*',
];
const KEYS = ['extra', '__proto__', 'constructor', 'toString', 'field', 'is', 'min', 'max', 'values', 'all', 'any', 'not', 'id', 'when', 'labels', 'selector', 'minCoverage'];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;
const valueAt = (root: unknown, path: Path) => path.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], root);
/** Every id in the playbook: put elsewhere, a duplicate, or a product a differentiator names. */
const ids = (root: unknown) => places(root).flatMap((path) => (path.at(-1) === 'id' ? [valueAt(root, path)] : []));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lengthens (or shortens) a list to `length` entries by repeating its own entries. */
const resized = (items: unknown[], length: number) => (items.length ? Array.from({ length }, (_, index) => items[index % items.length]) : []);
/** The same, with the repeats' ids made unique, so a list's own length limit is what decides. */
const resizedWithIds = (items: unknown[], length: number) =>
  resized(items, length).map((item, index) => (isRecord(item) && index >= items.length ? { ...item, id: `${String(item.id)}-${index}` } : item));

/** Every way this test changes one value (`parent` holds it, in `root`): removed, junk, or what its type invites. */
function variantsOf(old: unknown, parent: unknown, root: unknown): unknown[] {
  const always = [REMOVE, ...JUNK];
  if (typeof old === 'string') {
    return [
      ...always,
      ...['', ' ', '\n\t', '\u00a0', ` ${old} `, `\n${old}\u00a0`, Number(old), ...STRINGS, ...ids(root)],
      ...LENGTHS.flatMap((length) => ['x'.repeat(length), ` ${'x'.repeat(length)} `, `${old}${'-'.repeat(length)}`]),
    ];
  }
  if (typeof old === 'number') {
    // A sibling's value too: tiers A = B, min = max.
    const siblings = isRecord(parent) ? Object.values(parent).filter((value) => typeof value === 'number') : [];
    return [...always, ...NUMBERS, old + 1, old - 1, -old, old / 3, String(old), ...siblings];
  }
  if (Array.isArray(old)) {
    const withHole = old.slice();
    withHole.length += 1;
    return [
      ...always,
      [...old, ...old],
      old.slice(1),
      withHole,
      [...old, ...old.slice(0, 1)],
      old.slice().reverse(),
      ...LENGTHS.map((length) => resized(old, length)),
      ...(old.some((item) => isRecord(item) && 'id' in item) ? LENGTHS.map((length) => resizedWithIds(old, length)) : []),
      ...JUNK.map((junk) => [...old, junk]),
    ];
  }
  if (isRecord(old)) {
    const values = Object.values(old);
    return [
      ...always,
      ...KEYS.flatMap((key) => [1, undefined, ...values.slice(0, 1)].map((value) => withKey(old, key, value))),
      ...Object.keys(old).map((key) => withKey(old, key, undefined)),
      { not: old },
      { all: [old] },
      ...[2, 49, 50, 51].map((length) => ({ any: resized([old], length) })),
      { all: [] },
      // Two conditions' keys in one object, or an object beside its own child's keys.
      ...values.filter(isRecord).map((child) => ({ ...old, ...child })),
    ];
  }
  return always;
}

const mutations = fc.array(fc.record({ place: fc.nat(), variant: fc.nat() }), { minLength: 1, maxLength: 3 });
function applyMutations(playbook: unknown, plan: { place: number; variant: number }[]): unknown {
  return plan.reduce((root, { place, variant }) => {
    const path = pick(places(root), place);
    return changeAt(root, path, (old) => pick(variantsOf(old, valueAt(root, path.slice(0, -1)), root), variant));
  }, playbook);
}

/** Small, and uses every part of the format: the sweep below changes each of its places in every way. */
const EVERY_PART = {
  $schema: './playbook.schema.json',
  schemaVersion: 1,
  name: 'Every part',
  version: '1.0',
  updatedAt: '2026-11-27',
  icp: {
    criteria: [
      { id: 'size', label: 'Size', weight: 40, when: { field: 'employees', is: 'between', min: 50, max: 5000 } },
      {
        id: 'fit',
        label: 'Fit',
        weight: 60,
        when: { all: [{ field: 'industry', is: 'oneOf', values: ['Software'] }, { not: { field: 'custom.region', is: 'unknown' } }] },
      },
    ],
    disqualifiers: [
      { id: 'student', label: 'Student', when: { any: [{ field: 'title', is: 'contains', keywords: ['student'] }, { field: 'amount', is: 'between', max: 0 }] } },
    ],
    tiers: { A: 80, B: 60, C: 40 },
    minCoverage: 0.5,
  },
  products: [
    { id: 'core', name: 'Core', priority: 'standard', pitch: 'The platform.', fitsWhen: { field: 'email', is: 'known' } },
    { id: 'starter', name: 'Starter', priority: 'loss-leader', pitch: 'A way in.', note: 'Never discount it.' },
  ],
  differentiators: [
    { id: 'vs-gong', title: 'No platform fee', detail: 'Pay per seat.', products: ['core'], competitors: ['Gong'], when: { field: 'competitor', is: 'known' } },
  ],
  questions: [
    {
      id: 'team',
      text: 'How big is the team?',
      fills: ['employees'],
      when: { field: 'employees', is: 'unknown' },
      stages: ['Prospecting'],
      category: 'discovery',
      framework: 'SPIN',
    },
  ],
  questionLimit: 8,
  coaching: [{ id: 'calls', when: { metric: 'callsPrepared', fallsBelow: 0.5 }, question: 'What is your cold calling process?' }],
  fieldMappings: [
    { crm: 'salesforce', field: 'custom.region', labels: ['Region'], selector: '#region' },
    { crm: '*', field: 'competitor', selector: '[data-field="rival"]' },
  ],
  aliases: [{ field: 'industry', value: 'Software', synonyms: ['SaaS'] }],
};

// ---- The tests -------------------------------------------------------------------------------

/** How many inputs each side accepted: a generator that only ever breaks (or never breaks) playbooks would prove little. */
function tally() {
  const counts = { accepted: 0, refused: 0 };
  return {
    counts,
    check(input: unknown) {
      const expected = schemaVerdict(input);
      expect(checkPlaybook(input)).toStrictEqual(expected);
      counts[expected ? 'accepted' : 'refused'] += 1;
    },
  };
}

const readmeExample = (): unknown => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const block = /## The playbook[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme);
  return JSON.parse(block![1]!);
};

describe('checkPlaybook gives what the zod schema gives', () => {
  it('for the default playbook, as it is and as JSON (what storage holds)', () => {
    expectSameVerdict(DEFAULT_PLAYBOOK);
    expect(checkPlaybook(JSON.parse(JSON.stringify(DEFAULT_PLAYBOOK)))).toStrictEqual(DEFAULT_PLAYBOOK);
  });

  it("for the README's example: refused with its “…” placeholders, accepted once they say something", () => {
    const example = readmeExample();
    expectSameVerdict(example);
    expect(checkPlaybook(example)).toBeNull();
    const filledIn = JSON.parse(JSON.stringify(example).replaceAll('"…"', '"Worth a call"'));
    expectSameVerdict(filledIn);
    expect(checkPlaybook(filledIn)).not.toBeNull();
  });

  it('for a playbook using every part, changed at each place in every way', () => {
    expect(checkPlaybook(EVERY_PART)).not.toBeNull();
    const seen = tally();
    for (const path of places(EVERY_PART)) {
      const variants = variantsOf(valueAt(EVERY_PART, path), valueAt(EVERY_PART, path.slice(0, -1)), EVERY_PART);
      for (const variant of variants) seen.check(changeAt(EVERY_PART, path, () => variant));
    }
    expect(seen.counts.accepted).toBeGreaterThan(1000);
    expect(seen.counts.refused).toBeGreaterThan(1000);
  });

  it('for values that are not playbooks at all', () => {
    for (const value of [...JUNK, 'playbook', [DEFAULT_PLAYBOOK], { playbook: DEFAULT_PLAYBOOK }]) expectSameVerdict(value);
    fc.assert(fc.property(fc.anything(), (value) => expectSameVerdict(value)));
  });

  it('for generated playbooks, trimming padded text and filling defaults as zod does', () => {
    fc.assert(
      fc.property(validPlaybook, (playbook) => {
        expect(schemaVerdict(playbook)).not.toBeNull();
        expectSameVerdict(playbook);
        expectSameVerdict(JSON.parse(JSON.stringify(playbook)));
      }),
      { numRuns: 500 },
    );
  });

  it('for generated playbooks after one to three changes anywhere', () => {
    const seen = tally();
    fc.assert(
      fc.property(validPlaybook, mutations, (playbook, plan) => seen.check(applyMutations(playbook, plan))),
      { numRuns: 1500 },
    );
    expect(seen.counts.accepted).toBeGreaterThan(150);
    expect(seen.counts.refused).toBeGreaterThan(500);
  });

  it('for the default playbook after one to three changes anywhere', () => {
    const seen = tally();
    fc.assert(
      fc.property(mutations, (plan) => seen.check(applyMutations(DEFAULT_PLAYBOOK, plan))),
      { numRuns: 600 },
    );
    expect(seen.counts.accepted).toBeGreaterThan(60);
    expect(seen.counts.refused).toBeGreaterThan(200);
  });

  it('for conditions nested deeper than the generator goes', () => {
    const nested = (depth: number) => {
      let when: unknown = { field: 'industry', is: 'known' };
      for (let level = 0; level < depth; level++) when = level % 3 === 0 ? { not: when } : level % 3 === 1 ? { all: [when] } : { any: [when] };
      const playbook = structuredClone(DEFAULT_PLAYBOOK) as { icp: { criteria: { when: unknown }[] } };
      playbook.icp.criteria[0]!.when = when;
      return playbook;
    };
    for (const depth of [10, 100, 300]) {
      expectSameVerdict(nested(depth));
      expect(checkPlaybook(nested(depth))).not.toBeNull();
    }
    // Past the stack: zod throws a RangeError from ~2,000 levels (Node's stack); the check walks about
    // twice as deep, then answers null instead of throwing.
    expect(checkPlaybook(nested(200_000))).toBeNull();
  });
});
