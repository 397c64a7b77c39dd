import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { useUiLanguage } from '../setup/i18n';
import { CONDITION_KEYS, CONDITION_KINDS, conditionKindText, convertCondition } from '../../lib/playbook/form/conditions';
import { FORM_TEXT } from '../../lib/playbook/form/text';
import { IssueIndex } from '../../lib/playbook/form/issues';
import { formProblem, getIn, moveItem, removeItem, renameProductRefs, setIn } from '../../lib/playbook/form/paths';
import { newCoachingQuestion, newCriterion, newDifferentiator, newProduct, newQuestion } from '../../lib/playbook/form/new-items';
import { slugify, uniqueId } from '../../lib/playbook/form/ids';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
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

/** The keys of a zod/mini object (its `.shape`), whatever checks wrap it. */
function shapeKeys(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; _zod: { def: { shape?: Record<string, unknown>; innerType?: unknown } } };
  const shape = s.shape ?? s._zod.def.shape;
  if (shape) return Object.keys(shape);
  if (s._zod.def.innerType) return shapeKeys(s._zod.def.innerType);
  throw new Error('not an object schema');
}

const playbookShape = (playbookSchema as unknown as { shape: Record<string, unknown> }).shape;
const icpSchema = playbookShape.icp;

describe('the form model covers the schema', () => {
  const objects: [string, unknown, object][] = [
    ['playbook', playbookSchema, FORM_TEXT.playbook],
    ['icp', icpSchema, FORM_TEXT.icp],
    ['tiers', tiersSchema, FORM_TEXT.tiers],
    ['criterion', criterionSchema, FORM_TEXT.criterion],
    ['disqualifier', disqualifierSchema, FORM_TEXT.disqualifier],
    ['product', productSchema, FORM_TEXT.product],
    ['differentiator', differentiatorSchema, FORM_TEXT.differentiator],
    ['question', questionSchema, FORM_TEXT.question],
    ['fieldMapping', fieldMappingSchema, FORM_TEXT.fieldMapping],
    ['valueAlias', valueAliasSchema, FORM_TEXT.valueAlias],
    ['coaching', coachingQuestionSchema, FORM_TEXT.coaching],
    ['coachingWhen', (coachingQuestionSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape.when, FORM_TEXT.coachingWhen],
  ];
  it.each(objects)('every key of the %s schema has a form control text', (_name, schema, text) => {
    const keys = shapeKeys(schema);
    expect(keys.length).toBeGreaterThan(0);
    expect(Object.keys(text).sort()).toEqual([...keys].sort());
  });

  it('every condition shape of the zod union has a condition-editor kind with the same keys', () => {
    const options = (conditionSchema as unknown as { _zod: { def: { options: unknown[] } } })._zod.def.options;
    const editorShapes = new Set(Object.values(CONDITION_KEYS).map((keys) => [...keys].sort().join(',')));
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(editorShapes).toContain(shapeKeys(option).sort().join(','));
    // …and every kind the editor offers is one the schema accepts.
    for (const kind of CONDITION_KINDS) {
      const condition = convertCondition({ field: 'employees', is: 'between', min: 1, max: 5 }, kind);
      const filled = kind === 'oneOf' ? { ...condition, values: ['x'] } : kind === 'contains' ? { ...condition, keywords: ['x'] } : condition;
      expect(conditionSchema.safeParse(filled).success, kind).toBe(true);
    }
  });
});

describe('ids from labels', () => {
  it('makes kebab-case ids', () => {
    expect(slugify('50–5,000 employees')).toBe('50-5-000-employees');
    expect(slugify('  Café Déjà Vu!  ')).toBe('cafe-deja-vu');
    expect(slugify('???')).toBe('item');
    expect(slugify('x'.repeat(100)).length).toBeLessThanOrEqual(56);
  });
  it('keeps ids unique', () => {
    expect(uniqueId('New criterion', [])).toBe('new-criterion');
    expect(uniqueId('New criterion', ['new-criterion', 'new-criterion-2'])).toBe('new-criterion-3');
  });
});

describe('immutable edits', () => {
  it('sets and removes values at a path without touching the original', () => {
    const original = { icp: { criteria: [{ id: 'a', weight: 1 }] }, products: [] as unknown[] };
    const changed = setIn(original, 'icp.criteria.0.weight', 5);
    expect(getIn(changed, 'icp.criteria.0.weight')).toBe(5);
    expect(original.icp.criteria[0]!.weight).toBe(1);
    expect(changed.products).toBe(original.products);
    const removed = setIn(changed, 'icp.criteria.0.weight', undefined);
    expect('weight' in (getIn(removed, 'icp.criteria.0') as object)).toBe(false);
  });
  it('moves and removes items', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
  it('renames a product in the differentiators that refer to it', () => {
    const first = DEFAULT_PLAYBOOK.differentiators.find((d) => d.products?.length)!;
    const productId = first.products![0]!;
    const renamed = renameProductRefs(DEFAULT_PLAYBOOK, productId, 'renamed');
    expect(renamed.differentiators.find((d) => d.id === first.id)!.products).toContain('renamed');
  });
});

describe('schema issues map to controls', () => {
  it('finds the issue of a weight at its path and nested issues under a list', () => {
    const draft = structuredClone(DEFAULT_PLAYBOOK) as unknown as Record<string, unknown>;
    let broken = setIn(draft, 'icp.criteria.2.weight', 500);
    broken = setIn(broken, 'icp.criteria.0.when', { field: 'industry', is: 'oneOf', values: ['ok', ''] });
    const result = parsePlaybook(broken);
    expect(result.ok).toBe(false);
    const issues = new IssueIndex(result.ok ? [] : result.issues);
    expect(issues.at('icp.criteria.2.weight')).toHaveLength(1);
    expect(issues.at('icp.criteria.1.weight')).toHaveLength(0);
    expect(issues.within('icp.criteria.0.when.values')[0]).toMatch(/^Line 2: /);
    expect(issues.under('icp.criteria')).toHaveLength(2);
  });
});

describe('the form model in the UI language', () => {
  it('reads labels and help when rendered, so they follow a language switch', () => {
    expect(FORM_TEXT.criterion.weight.label).toBe('Weight (1–100)');
    expect(FORM_TEXT.tiers.B.label).toBe('Tier B from');
    useUiLanguage('de');
    expect(FORM_TEXT.criterion.weight.label).toBe('Gewichtung (1–100)');
    expect(FORM_TEXT.criterion.weight.help).toBe('Wie stark dieses Kriterium in den Fit-Score eingeht.');
    expect(FORM_TEXT.tiers.B.label).toBe('Stufe B ab');
    expect(FORM_TEXT.playbook.$schema.auto).toBe(true);
    expect(FORM_TEXT.playbook.icp.help).toBeUndefined();
    expect(conditionKindText('oneOf')).toBe('ist eines von');
    expect(conditionKindText('not')).toBe('Diese Bedingung trifft NICHT zu');
  });

  it('starts new items empty, so nothing made up can be saved: their required texts fail validation', () => {
    const items = [newCriterion([]), newProduct([]), newDifferentiator([]), newQuestion([]), newCoachingQuestion([])];
    expect(items.map((item) => item.id)).toEqual(['item', 'item', 'item', 'item', 'item']);
    expect(newCriterion([{ ...newCriterion([]) }]).id).toBe('item-2');
    const playbook = structuredClone(DEFAULT_PLAYBOOK);
    playbook.differentiators.push(newDifferentiator(playbook.differentiators));
    playbook.questions.push(newQuestion(playbook.questions));
    const result = parsePlaybook(playbook);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      `differentiators.${playbook.differentiators.length - 1}.title`,
      `differentiators.${playbook.differentiators.length - 1}.detail`,
      `questions.${playbook.questions.length - 1}.text`,
    ]);
  });

  it('explains a broken structure in German', () => {
    useUiLanguage('de');
    expect(formProblem([])).toBe('Das Playbook muss ein JSON-Objekt sein.');
    expect(formProblem({ icp: { criteria: [], disqualifiers: {} } })).toBe('„icp.disqualifiers“ muss eine Liste sein.');
    expect(formProblem({ icp: { criteria: [], disqualifiers: [] } })).toBe('Das Playbook hat kein Objekt „icp.tiers“.');
  });

  it('words schema issues in German from their codes, whatever zod itself would say', () => {
    useUiLanguage('de');
    const broken = setIn(structuredClone(DEFAULT_PLAYBOOK) as unknown as Record<string, unknown>, 'icp.criteria.0.weight', 500);
    const withLabel = setIn(broken, 'icp.criteria.1.label', '');
    const withPitch = setIn(withLabel, 'products.0.pitch', 'x'.repeat(2001));
    // zod's own German locale must make no difference: the words come from the error map.
    z.config(z.locales.de());
    try {
      const result = parsePlaybook(setIn(withPitch, 'icp.criteria.2.weight', 2.5));
      expect(result.ok).toBe(false);
      const issues = new IssueIndex(result.ok ? [] : result.issues);
      expect(issues.at('icp.criteria.0.weight')).toEqual(['Darf höchstens 100 sein']);
      expect(issues.at('icp.criteria.1.label')).toEqual(['Darf nicht leer sein']);
      expect(issues.at('icp.criteria.2.weight')).toEqual(['Muss eine ganze Zahl sein']);
      expect(issues.at('products.0.pitch')).toEqual(['Darf höchstens 2.000 Zeichen lang sein']);
    } finally {
      z.config({ localeError: undefined });
    }
  });

  it('numbers lines of a list control in the UI language', () => {
    useUiLanguage('de');
    const issues = new IssueIndex([{ path: 'questions.0.stages.1', message: 'darf nicht leer sein' }]);
    expect(issues.within('questions.0.stages')).toEqual(['Zeile 2: darf nicht leer sein']);
  });

  it('words the schema\'s own checks in the UI language', () => {
    const duplicate = structuredClone(DEFAULT_PLAYBOOK);
    duplicate.products.push({ ...duplicate.products[0]! });
    const english = parsePlaybook(duplicate);
    expect(english.ok ? [] : english.issues.map((i) => i.message)).toContain(`the ID “${duplicate.products[0]!.id}” is already used by another item`);
    useUiLanguage('de');
    const german = parsePlaybook(duplicate);
    expect(german.ok ? [] : german.issues.map((i) => i.message)).toContain(`die ID „${duplicate.products[0]!.id}“ wird schon von einem anderen Eintrag verwendet`);
    const tiers = parsePlaybook({ ...duplicate, products: DEFAULT_PLAYBOOK.products, icp: { ...duplicate.icp, tiers: { A: 10, B: 20, C: 30 } } });
    expect(tiers.ok ? [] : tiers.issues).toEqual([{ path: 'icp.tiers', message: 'die Schwellen müssen von A über B zu C fallen' }]);
  });
});
