import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PlaybookEditor } from '../../components/options/editor/PlaybookEditor';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import {
  coachingQuestionSchema,
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
import { FORM_TEXT } from '../../lib/playbook/form/text';
import { summarize } from '../../components/options/editor/ConditionEditor';
import { useUiLanguage } from '../setup/i18n';
import { useRenderRoot } from './render-root';

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

const currentRoot = useRenderRoot();

async function mount(saved: Playbook, onSave = vi.fn(async () => {}), sections: string[] | 'all' = []) {
  await act(() => {
    render(<PlaybookEditor saved={saved} onSave={onSave} />, currentRoot());
  });
  // Every section open, as a manager would open them.
  await act(() => {
    currentRoot().querySelectorAll<HTMLDetailsElement>('details[data-section]').forEach((d) => {
      if (sections !== 'all' && !sections.includes(d.dataset.section!)) return;
      d.open = true;
      d.dispatchEvent(new Event('toggle'));
    });
  });
  return onSave;
}

const control = (path: string) => currentRoot().querySelector<HTMLElement>(`[data-path="${path}"]`);

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
      ['coaching.0', coachingQuestionSchema],
      ['coaching.0.when', (coachingQuestionSchema as unknown as { shape: { when: unknown } }).shape.when],
    ];
    const missing: string[] = [];
    for (const [itemPath, schema] of items) {
      for (const key of keysOf(schema)) if (!control(`${itemPath}.${key}`)) missing.push(`${itemPath}.${key}`);
    }
    for (const [key, text] of Object.entries(FORM_TEXT.playbook)) {
      if (text.auto || ['icp', 'products', 'differentiators', 'questions', 'coaching', 'fieldMappings', 'aliases'].includes(key)) continue;
      if (!control(key)) missing.push(key);
    }
    if (!control('icp.minCoverage')) missing.push('icp.minCoverage');
    expect(missing).toEqual([]);
  });

  it('shows a schema issue inline at the control at fault and saves only when valid', async () => {
    const onSave = await mount(DEFAULT_PLAYBOOK);
    const save = currentRoot().querySelector<HTMLButtonElement>('[data-testid="save"]')!;
    expect(save.disabled).toBe(true);
    const weight = control('icp.criteria.1.weight')!;
    await type(weight, '500');
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    const errorId = weight.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(currentRoot().querySelector(`#${errorId}`)!.textContent).toMatch(/100/);
    // Save stays pressable, refuses, and says where the problem is.
    await act(() => save.click());
    expect(onSave).not.toHaveBeenCalled();
    expect(currentRoot().querySelector('[data-testid="save-status"]')!.textContent).toBe(
      `Not saved. First fill in or fix: Criterion 2 “${DEFAULT_PLAYBOOK.icp.criteria[1]!.label}” › Weight.`,
    );
    expect(currentRoot().querySelector('[data-testid="unsaved"]')).not.toBeNull();
    expect(currentRoot().querySelector('[data-testid="preview-stale"]')).not.toBeNull();

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
    await act(() => currentRoot().querySelector<HTMLButtonElement>('[data-testid="tab-json"]')!.click());
    const json = currentRoot().querySelector<HTMLTextAreaElement>('[data-testid="playbook-json"]')!;
    const parsed = JSON.parse(json.value) as Playbook;
    expect(parsed.products[0]!.name).toBe('Renamed product');
    parsed.icp.criteria[0]!.label = 'Edited in JSON';
    await type(json, JSON.stringify(parsed));
    await act(() => currentRoot().querySelector<HTMLButtonElement>('[data-testid="tab-form"]')!.click());
    expect((control('icp.criteria.0.label') as HTMLInputElement).value).toBe('Edited in JSON');
  });

  it('adds an empty item with focus on its first field, an id made from its label, and reorders with buttons', async () => {
    await mount(DEFAULT_PLAYBOOK);
    const count = DEFAULT_PLAYBOOK.icp.criteria.length;
    await act(() => currentRoot().querySelector<HTMLButtonElement>('#pe-icp-criteria-add')!.click());
    const label = control(`icp.criteria.${count}.label`)!;
    expect((label as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(label);
    await type(label, 'Uses Salesforce');
    expect((control(`icp.criteria.${count}.id`) as HTMLInputElement).value).toBe('uses-salesforce');
    await act(() => currentRoot().querySelector<HTMLButtonElement>(`#pe-icp-criteria-${count}-up`)!.click());
    expect((control(`icp.criteria.${count - 1}.label`) as HTMLInputElement).value).toBe('Uses Salesforce');
    // Existing items keep their ids when relabelled.
    await type(control('icp.criteria.0.label')!, 'Relabelled');
    expect((control('icp.criteria.0.id') as HTMLInputElement).value).toBe(DEFAULT_PLAYBOOK.icp.criteria[0]!.id);
  });

  it('shows a problem with a whole item inside that item, and a condition\'s problem at the condition', async () => {
    await mount(DEFAULT_PLAYBOOK, undefined, ['fieldMappings']);
    await act(() => currentRoot().querySelector<HTMLButtonElement>('#pe-fieldMappings-add')!.click());
    await type(control('fieldMappings.0.labels')!, '');
    expect(currentRoot().querySelector('[data-item="fieldMappings.0"] [data-testid="field-error"]')!.textContent).toContain('Give labels on the page, a CSS selector or both');
    await type(control('icp.criteria.1.when.min')!, '');
    await type(control('icp.criteria.1.when.max')!, '');
    expect(currentRoot().querySelector('[data-path="icp.criteria.1.when"]')!.textContent).toContain('Give a lower bound, an upper bound or both');
    expect(control('icp.criteria.1.when.is')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('takes a playbook saved elsewhere when the draft is untouched, and asks first when it holds edits', async () => {
    const onSave = vi.fn(async () => {});
    await mount(DEFAULT_PLAYBOOK, onSave);
    const elsewhere = { ...structuredClone(DEFAULT_PLAYBOOK), name: 'Saved in another tab' };
    await act(() => render(<PlaybookEditor saved={elsewhere} onSave={onSave} />, currentRoot()));
    expect((control('name') as HTMLInputElement).value).toBe('Saved in another tab');
    expect(currentRoot().querySelector('.pe-notice')).toBeNull();

    await type(control('name')!, 'My edit');
    const again = { ...elsewhere, name: 'Imported meanwhile' };
    await act(() => render(<PlaybookEditor saved={again} onSave={onSave} />, currentRoot()));
    expect((control('name') as HTMLInputElement).value).toBe('My edit');
    expect(currentRoot().querySelector('.pe-notice')!.textContent).toContain('Imported meanwhile');
  });

  it('renders the summary and the five sidebar cards in the preview', async () => {
    await mount(DEFAULT_PLAYBOOK);
    const host = currentRoot().querySelector('[data-testid="preview-cards"]')!;
    const cards = [...host.shadowRoot!.querySelectorAll('[data-card]')].map((c) => c.getAttribute('data-card'));
    expect(cards).toEqual(['summary', 'questions', 'fit', 'products', 'differentiators', 'fields']);
  });

  it('counts the problems to fix with the right plural form', async () => {
    await mount(DEFAULT_PLAYBOOK);
    await type(control('icp.criteria.1.weight')!, '500');
    expect(currentRoot().querySelector('[data-testid="editor-issues"] strong')!.textContent).toBe('1 problem to fix before saving');
    await type(control('icp.criteria.0.weight')!, '0');
    expect(currentRoot().querySelector('[data-testid="editor-issues"] strong')!.textContent).toBe('2 problems to fix before saving');
  });

  it('speaks German when the browser does: headings, help, buttons, problems and the preview label', async () => {
    useUiLanguage('de');
    {
      await mount(DEFAULT_PLAYBOOK, undefined, ['general', 'criteria', 'tiers', 'products']);
      const titles = [...currentRoot().querySelectorAll('.pe-section__title')].map((el) => el.textContent);
      expect(titles).toEqual([
        'Name und Version',
        'Kriterien des idealen Kundenprofils',
        'Ausschlusskriterien',
        'Stufen und Abdeckung',
        'Produkte',
        'Differenzierungsmerkmale',
        'Fragen',
        'Coaching-Fragen',
        'Feldzuordnungen',
        'Wert-Aliasse',
      ]);
      expect(currentRoot().querySelector('h2')!.textContent).toBe('Playbook bearbeiten');
      expect(currentRoot().querySelector('[data-section="criteria"] .pe-section__help')!.textContent).toBe(
        'Jedes Kriterium erhöht den Fit-Score um seine Gewichtung, wenn der Datensatz es erfüllt.',
      );
      expect(currentRoot().querySelector('label[for="pe-icp-criteria-0-weight"]')!.textContent).toBe('Gewichtung (1–100)');
      expect(currentRoot().querySelector('label[for="pe-icp-tiers-A"]')!.textContent).toBe('Stufe A ab');
      expect(currentRoot().querySelector('#pe-icp-criteria-add')!.textContent).toBe('+ Kriterium hinzufügen');
      expect(currentRoot().querySelector('#pe-icp-criteria-1-up')!.getAttribute('aria-label')).toBe('Kriterium 2 nach oben verschieben');
      expect(currentRoot().querySelector('[data-testid="save"]')!.textContent).toBe('Speichern');
      expect(currentRoot().querySelector('.pe-preview')!.getAttribute('aria-label')).toBe('Vorschau');
      const priorities = [...currentRoot().querySelectorAll<HTMLOptionElement>('#pe-products-0-priority option')].map((o) => o.textContent);
      expect(priorities).toEqual(['Fokusprodukt: zuerst anbieten', 'Standard', 'Türöffner']);
      const operators = [...currentRoot().querySelectorAll<HTMLOptionElement>('#pe-icp-criteria-0-when-kind option')].map((o) => o.textContent);
      expect(operators).toContain('ist eines von');
      const fields = [...currentRoot().querySelectorAll<HTMLOptionElement>('#pe-icp-criteria-0-when-field option')].map((o) => o.textContent);
      expect(fields).toContain('Branche');

      await type(control('icp.criteria.1.weight')!, '500');
      expect(currentRoot().querySelector('[data-testid="editor-issues"] strong')!.textContent).toBe('1 Problem muss vor dem Speichern behoben werden');
      const errorId = control('icp.criteria.1.weight')!.getAttribute('aria-describedby')!.split(' ')[0]!;
      expect(currentRoot().querySelector(`#${errorId}`)!.textContent).toBe('Darf höchstens 100 sein');
      expect(currentRoot().querySelector('[data-testid="editor-issues"] li button')!.textContent).toMatch(/^Kriterium 2 „.+“ › Gewichtung$/);
      expect(currentRoot().querySelector('[data-section="criteria"] .pe-badge-error')!.textContent).toBe('muss korrigiert werden');
      await type(control('icp.criteria.0.weight')!, '0');
      expect(currentRoot().querySelector('[data-testid="editor-issues"] strong')!.textContent).toBe('2 Probleme müssen vor dem Speichern behoben werden');
    }
  });

  it('summarizes conditions with field labels, plurals and numbers in the UI language', () => {
    expect(summarize({ field: 'industry', is: 'oneOf', values: ['Software', 'Insurance'] })).toBe('Industry is one of Software, Insurance');
    expect(summarize({ all: [{ field: 'country', is: 'known' }] })).toBe('all of 1 test');
    expect(summarize({ any: [{ field: 'country', is: 'known' }, { field: 'title', is: 'unknown' }] })).toBe('any of 2 tests');
    useUiLanguage('de');
    expect(summarize({ field: 'employees', is: 'between', min: 50, max: 5000 })).toBe('Mitarbeiter zwischen 50 und 5.000');
    expect(summarize({ not: { field: 'country', is: 'unknown' } })).toBe('nicht (Land ist unbekannt)');
    expect(summarize({ all: [{ field: 'country', is: 'known' }, { field: 'title', is: 'known' }] })).toBe('alle 2 Bedingungen');
  });
});

describe('question categories in the editor', () => {
  const options = () => [...control('questions.0.category')!.querySelectorAll('option')].map((option) => option.textContent);

  it('are named as the sidebar names them, in the UI language', async () => {
    await mount(DEFAULT_PLAYBOOK, vi.fn(async () => {}), ['questions']);
    expect(options()).toEqual(['Cold call', 'Discovery', 'Qualification', 'Closing']);
    useUiLanguage('de');
    render(null, currentRoot());
    await mount(DEFAULT_PLAYBOOK, vi.fn(async () => {}), ['questions']);
    expect(options()).toEqual(['Kaltakquise', 'Bedarfsanalyse', 'Qualifizierung', 'Abschluss']);
  });
});
