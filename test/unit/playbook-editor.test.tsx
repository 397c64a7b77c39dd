import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { PlaybookEditor } from '../../components/options/editor/PlaybookEditor';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import {
  criterionSchema,
  differentiatorSchema,
  disqualifierSchema,
  fieldMappingSchema,
  parsePlaybook,
  productSchema,
  questionSchema,
  tiersSchema,
  valueAliasSchema,
  type Playbook,
} from '../../lib/playbook/schema';
import { FORM_TEXT } from '../../lib/playbook/form-model';

/** The default playbook with every optional key filled in on the first item of each list. */
function fullPlaybook(): Playbook {
  const p = structuredClone(DEFAULT_PLAYBOOK);
  p.products[0] = { ...p.products[0]!, fitsWhen: { field: 'employees', is: 'between', min: 10 }, note: 'A note.' };
  p.differentiators[0] = { ...p.differentiators[0]!, products: [p.products[0]!.id], competitors: ['Gong'], when: { field: 'country', is: 'known' } };
  p.questions[0] = { ...p.questions[0]!, fills: ['employees'], when: { field: 'title', is: 'known' }, stages: ['Qualification'], framework: 'BANT' };
  p.fieldMappings = [{ crm: '*', field: 'custom.seats', labels: ['Seats'], selector: '.seats' }];
  p.aliases = [{ field: 'industry', value: 'Software', synonyms: ['Computer Software'] }];
  p.icp.disqualifiers = p.icp.disqualifiers.length ? p.icp.disqualifiers : [{ id: 'dq', label: 'DQ', when: { field: 'country', is: 'unknown' } }];
  const parsed = parsePlaybook(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.playbook;
}

const keysOf = (schema: unknown) => Object.keys((schema as { shape: object }).shape);

// The options page reads zod's English messages (entrypoints/options/main.tsx).
z.config(z.locales.en());

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(saved: Playbook, onSave = vi.fn(async () => {}), sections: string[] | 'all' = []) {
  await act(() => {
    render(<PlaybookEditor saved={saved} onSave={onSave} />, root);
  });
  // Every section open, as a manager would open them.
  await act(() => {
    root.querySelectorAll<HTMLDetailsElement>('details[data-section]').forEach((d) => {
      if (sections !== 'all' && !sections.includes(d.dataset.section!)) return;
      d.open = true;
      d.dispatchEvent(new Event('toggle'));
    });
  });
  return onSave;
}

const control = (path: string) => root.querySelector<HTMLElement>(`[data-path="${path}"]`);

async function type(element: HTMLElement, value: string) {
  await act(() => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('playbook form editor', { timeout: 30_000 }, () => {
  it('renders a control, bound to its schema path, for every key of every playbook object', async () => {
    await mount(fullPlaybook(), undefined, 'all');
    const items: [string, unknown][] = [
      ['icp.criteria.0', criterionSchema],
      ['icp.disqualifiers.0', disqualifierSchema],
      ['products.0', productSchema],
      ['differentiators.0', differentiatorSchema],
      ['questions.0', questionSchema],
      ['fieldMappings.0', fieldMappingSchema],
      ['aliases.0', valueAliasSchema],
      ['icp.tiers', tiersSchema],
    ];
    const missing: string[] = [];
    for (const [itemPath, schema] of items) {
      for (const key of keysOf(schema)) if (!control(`${itemPath}.${key}`)) missing.push(`${itemPath}.${key}`);
    }
    for (const [key, text] of Object.entries(FORM_TEXT.playbook)) {
      if (text.auto || ['icp', 'products', 'differentiators', 'questions', 'fieldMappings', 'aliases'].includes(key)) continue;
      if (!control(key)) missing.push(key);
    }
    if (!control('icp.minCoverage')) missing.push('icp.minCoverage');
    expect(missing).toEqual([]);
  });

  it('shows a schema issue inline at the control at fault and saves only when valid', async () => {
    const onSave = await mount(DEFAULT_PLAYBOOK);
    const save = root.querySelector<HTMLButtonElement>('[data-testid="save"]')!;
    expect(save.disabled).toBe(true);
    const weight = control('icp.criteria.1.weight')!;
    await type(weight, '500');
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    const errorId = weight.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(root.querySelector(`#${errorId}`)!.textContent).toMatch(/100/);
    expect(save.disabled).toBe(true);
    expect(root.querySelector('[data-testid="unsaved"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="preview-stale"]')).not.toBeNull();

    await type(control('icp.criteria.1.weight')!, '35');
    expect(control('icp.criteria.1.weight')!.getAttribute('aria-invalid')).toBeNull();
    expect(save.disabled).toBe(false);
    await act(() => save.click());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect((onSave.mock.calls[0] as unknown as [Playbook])[0].icp.criteria[1]!.weight).toBe(35);
  });

  it('keeps the JSON view and the form in sync', async () => {
    await mount(DEFAULT_PLAYBOOK, undefined, ['products']);
    await type(control('products.0.name')!, 'Renamed product');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="tab-json"]')!.click());
    const json = root.querySelector<HTMLTextAreaElement>('[data-testid="playbook-json"]')!;
    const parsed = JSON.parse(json.value) as Playbook;
    expect(parsed.products[0]!.name).toBe('Renamed product');
    parsed.icp.criteria[0]!.label = 'Edited in JSON';
    await type(json, JSON.stringify(parsed));
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="tab-form"]')!.click());
    expect((control('icp.criteria.0.label') as HTMLInputElement).value).toBe('Edited in JSON');
  });

  it('adds an item with an id made from its label and reorders with buttons', async () => {
    await mount(DEFAULT_PLAYBOOK);
    const count = DEFAULT_PLAYBOOK.icp.criteria.length;
    await act(() => root.querySelector<HTMLButtonElement>('#pe-icp-criteria-add')!.click());
    const label = control(`icp.criteria.${count}.label`)!;
    await type(label, 'Uses Salesforce');
    expect((control(`icp.criteria.${count}.id`) as HTMLInputElement).value).toBe('uses-salesforce');
    await act(() => root.querySelector<HTMLButtonElement>(`#pe-icp-criteria-${count}-up`)!.click());
    expect((control(`icp.criteria.${count - 1}.label`) as HTMLInputElement).value).toBe('Uses Salesforce');
    // Existing items keep their ids when relabelled.
    await type(control('icp.criteria.0.label')!, 'Relabelled');
    expect((control('icp.criteria.0.id') as HTMLInputElement).value).toBe(DEFAULT_PLAYBOOK.icp.criteria[0]!.id);
  });

  it('shows a problem with a whole item inside that item, and a condition\'s problem at the condition', async () => {
    await mount(DEFAULT_PLAYBOOK, undefined, ['fieldMappings']);
    await act(() => root.querySelector<HTMLButtonElement>('#pe-fieldMappings-add')!.click());
    await type(control('fieldMappings.0.labels')!, '');
    expect(root.querySelector('[data-item="fieldMappings.0"] [data-testid="field-error"]')!.textContent).toContain('Give labels, a selector or both');
    await type(control('icp.criteria.1.when.min')!, '');
    await type(control('icp.criteria.1.when.max')!, '');
    expect(root.querySelector('[data-path="icp.criteria.1.when"]')!.textContent).toContain('Give min, max or both');
    expect(control('icp.criteria.1.when.is')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('renders the five sidebar cards in the preview', async () => {
    await mount(DEFAULT_PLAYBOOK);
    const host = root.querySelector('[data-testid="preview-cards"]')!;
    const cards = [...host.shadowRoot!.querySelectorAll('[data-card]')].map((c) => c.getAttribute('data-card'));
    expect(cards).toEqual(['fit', 'questions', 'products', 'differentiators', 'fields']);
  });
});
