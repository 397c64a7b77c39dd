/**
 * Problems in a manager's words: messages from zod's issue codes (never from zod's own text),
 * places numbered from 1 and named by each item's label, in English and German.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { describePath, NAMED_KEYS } from '../../lib/playbook/form/places';
import { getIn, setIn } from '../../lib/playbook/form/paths';
import { parsePlaybookText, readPlaybook } from '../../lib/playbook/io';
import {
  coachingQuestionSchema,
  conditionSchema,
  criterionSchema,
  differentiatorSchema,
  disqualifierSchema,
  fieldMappingSchema,
  parsePlaybook,
  playbookSchema,
  productSchema,
  questionSchema,
  tiersSchema,
  valueAliasSchema,
} from '../../lib/playbook/schema';
import { useUiLanguage } from '../setup/i18n';

const playbook = (): unknown => structuredClone(DEFAULT_PLAYBOOK);
/** The default playbook with `changes` (path → value; undefined removes the key). */
const changed = (changes: Record<string, unknown>, from: unknown = playbook()): unknown => Object.entries(changes).reduce((p, [path, value]) => setIn(p, path, value), from);
const messagesOf = (input: unknown) => {
  const result = parsePlaybook(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.message}`);
};

/** The keys of a zod/mini object, whatever checks wrap it. */
function shapeKeys(schema: unknown): string[] {
  const s = schema as { _zod: { def: { shape?: Record<string, unknown>; innerType?: unknown } } };
  if (s._zod.def.shape) return Object.keys(s._zod.def.shape);
  return shapeKeys(s._zod.def.innerType);
}

describe('messages come from issue codes', () => {
  it('words every kind of problem a playbook file can have', () => {
    const broken = changed({
      'icp.criteria.0.weight': 500,
      'icp.criteria.1.weight': 0,
      'icp.criteria.2.weight': 2.5,
      'icp.criteria.3.label': '',
      'icp.criteria.4.label': undefined,
      'questions.0.category': 'cold_call',
      'products.0.pitch': 5,
      'products.1.name': 'x'.repeat(201),
      differentiators: {},
      colour: 'blue',
      'icp.minCoverage': null,
      'icp.disqualifiers': [{ id: 'x', label: 'X', when: { field: 'employees', is: 'between' } }],
      'icp.criteria.5.when': { everything: true },
    });
    expect(messagesOf(broken)).toEqual([
      'icp.criteria.0.weight must be at most 100',
      'icp.criteria.1.weight must be at least 1',
      'icp.criteria.2.weight must be a whole number',
      'icp.criteria.3.label cannot be empty',
      'icp.criteria.4.label is missing',
      'icp.criteria.5.when is not a condition: give a field with a test (“is”), or “all”, “any” or “not”',
      'icp.disqualifiers.0.when give a lower bound, an upper bound or both',
      'icp.minCoverage needs a number',
      'products.0.pitch must be text (in quotes in a file)',
      'products.1.name must be at most 200 characters long',
      'differentiators must be a list (in [ ] in a file)',
      'questions.0.category must be one of “cold-call”, “discovery”, “qualification”, or “closing”',
      ' has a setting Playcard does not know: “colour” (check the spelling)',
    ]);
  });

  it('says the same in German, whatever zod itself is set to say', () => {
    useUiLanguage('de');
    z.config(z.locales.en());
    try {
      const broken = changed({ 'icp.criteria.0.weight': 500, 'questions.0.category': 'cold_call', colour: 'blue', size: 1 });
      expect(messagesOf(broken)).toEqual([
        'icp.criteria.0.weight darf höchstens 100 sein',
        'questions.0.category muss eines von „cold-call“, „discovery“, „qualification“ oder „closing“ sein',
        ' enthält Einstellungen, die Playcard nicht kennt: „colour“ und „size“ (Schreibweise prüfen)',
      ]);
    } finally {
      z.config({ localeError: undefined });
    }
  });

  it('tells a file from a newer Playcard apart from a wrong format number', () => {
    expect(messagesOf(changed({ schemaVersion: 9 }))).toEqual(['schemaVersion this file is for a newer Playcard (format 9): update the extension to read it']);
    expect(messagesOf(changed({ schemaVersion: 0.5 }))).toEqual(['schemaVersion must be “1”']);
  });

  it('chooses singular or plural by the bound', () => {
    const one = changed({ 'icp.criteria': [] });
    expect(messagesOf(one)).toEqual(['icp.criteria needs at least one entry']);
    useUiLanguage('de');
    expect(messagesOf(one)).toEqual(['icp.criteria braucht mindestens einen Eintrag']);
  });
});

describe('places are numbered from 1 and named by their label', () => {
  const input = playbook();

  it('names items, their keys and what lies inside conditions', () => {
    const label = getIn(input, 'icp.criteria.1.label') as string;
    expect(describePath('icp.criteria.1.weight', input)).toBe(`Criterion 2 “${label}” › Weight`);
    expect(describePath('icp.tiers.A', input)).toBe('Tiers › Tier A');
    expect(describePath('icp.minCoverage', input)).toBe('Minimum coverage');
    expect(describePath('name', input)).toBe('Playbook name');
    expect(describePath('', input)).toBe('Playbook');
    const withAny = changed({ 'icp.criteria.0.when': { any: [{ field: 'industry', is: 'oneOf', values: ['a', ''] }] } });
    expect(describePath('icp.criteria.0.when.any.0.values.1', withAny)).toMatch(/^Criterion 1 “.{1,47}…” › Matches when › Any of › Test 1 › Values › Entry 2$/);
    expect(describePath('questions.0.text', input)).toMatch(/^Question 1 “.{1,48}” › Text$/);
  });

  it('falls back to the number alone when an item has no label yet, and to the key as written when unknown', () => {
    const unnamed = changed({ 'products.0.name': '' });
    expect(describePath('products.0.name', unnamed)).toBe('Product 1 › Name');
    expect(describePath('products.0.colour', unnamed)).toBe('Product 1 › colour');
  });

  it('names places in German with German quotation marks', () => {
    useUiLanguage('de');
    expect(describePath('icp.criteria.1.weight', input)).toBe(`Kriterium 2 „${getIn(input, 'icp.criteria.1.label') as string}“ › Gewichtung`);
  });

  it('has a name for every key the schema knows', () => {
    const objects: [string, unknown][] = [
      ['playbook', playbookSchema],
      ['icp', (playbookSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape.icp],
      ['tiers', tiersSchema],
      ['criterion', criterionSchema],
      ['disqualifier', disqualifierSchema],
      ['product', productSchema],
      ['differentiator', differentiatorSchema],
      ['question', questionSchema],
      ['fieldMapping', fieldMappingSchema],
      ['valueAlias', valueAliasSchema],
      ['coaching', coachingQuestionSchema],
      ['coachingWhen', (coachingQuestionSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape.when],
    ];
    for (const [kind, schema] of objects) expect(NAMED_KEYS[kind], kind).toEqual(expect.arrayContaining(shapeKeys(schema)));
    const conditionKeys = (conditionSchema as unknown as { _zod: { def: { options: unknown[] } } })._zod.def.options.flatMap(shapeKeys);
    expect(NAMED_KEYS.condition).toEqual(expect.arrayContaining([...new Set(conditionKeys)]));
  });
});

describe('an imported file or a hosted one: lines a manager reads', () => {
  it('lists 1-based, named places with the messages, in English and German', () => {
    const broken = changed({ 'icp.criteria.1.weight': 500, 'questions.2.category': 'call' });
    const label = getIn(broken, 'icp.criteria.1.label') as string;
    const text = JSON.stringify(broken);
    const english = parsePlaybookText(text);
    expect(english.ok).toBe(false);
    expect(english.ok ? [] : english.lines).toEqual([
      `Criterion 2 “${label}” › Weight: must be at most 100`,
      expect.stringMatching(/^Question 3 “.+” › Category: must be one of “cold-call”, /),
    ]);
    useUiLanguage('de');
    const german = parsePlaybookText(text);
    expect(german.ok ? [] : german.lines[0]).toBe(`Kriterium 2 „${label}“ › Gewichtung: darf höchstens 100 sein`);
  });

  it('says a coaching share out of range as a share of the rep\'s usual, in English and German', () => {
    const text = JSON.stringify(changed({ 'coaching.0.when.fallsBelow': 1.5 }));
    const english = parsePlaybookText(text);
    expect(english.ok ? [] : english.lines).toEqual([expect.stringMatching(/ › Falls below: must be a share of the rep's usual between 0\.05 and 0\.95 \(0\.5 = half\)$/i)]);
    useUiLanguage('de');
    const german = parsePlaybookText(text);
    expect(german.ok ? [] : german.lines[0]).toMatch(/muss ein Anteil des Üblichen zwischen 0,05 und 0,95 sein \(0,5 = die Hälfte\)$/);
  });

  it('names places in the file as migrated (an old file is read in today\'s shape)', () => {
    const old = changed({ schemaVersion: undefined, 'icp.tiers': [{ tier: 'A', min: 80 }, { tier: 'B', min: 90 }, { tier: 'C', min: 40 }] });
    const result = readPlaybook(old);
    expect(result.ok ? [] : result.lines).toEqual(['Tiers: thresholds must fall from A to B to C']);
  });

  it('keeps a whole-file problem as its own sentence', () => {
    const result = parsePlaybookText('{ "name": ');
    expect(result.ok ? [] : result.lines).toEqual([expect.stringMatching(/^Not valid JSON/)]);
  });
});
