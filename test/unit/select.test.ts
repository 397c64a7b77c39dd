import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { parsePlaybook, type Playbook } from '../../lib/playbook/schema';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';

function record(kind: CrmRecord['kind'], values: Partial<Record<FieldName, FieldValue>>): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  for (const [name, value] of Object.entries(values) as [FieldName, FieldValue][]) {
    fields[name] = { value, label: name, raw: String(value), via: 'adapter' };
  }
  return { crm: 'test', kind, id: '1', fields, warnings: [] };
}

const playbook: Playbook = (() => {
  const parsed = parsePlaybook({
    schemaVersion: 1,
    name: 'Select test',
    version: '1',
    icp: {
      criteria: [
        { id: 'size', label: 'Size', weight: 40, when: { field: 'employees', is: 'between', min: 50, max: 5000 } },
        { id: 'industry', label: 'Industry', weight: 30, when: { field: 'industry', is: 'oneOf', values: ['Software'] } },
        { id: 'country', label: 'Country', weight: 10, when: { field: 'country', is: 'oneOf', values: ['Germany'] } },
      ],
      disqualifiers: [],
      tiers: { A: 80, B: 60, C: 40 },
    },
    products: [
      { id: 'starter', name: 'Starter', priority: 'loss-leader', pitch: 'Cheap way in.' },
      { id: 'core', name: 'Core', priority: 'standard', pitch: 'The platform.' },
      { id: 'analytics', name: 'Analytics', priority: 'push', pitch: 'Insights.', fitsWhen: { field: 'employees', is: 'between', min: 200 } },
      { id: 'enterprise', name: 'Enterprise', priority: 'push', pitch: 'Big.', fitsWhen: { field: 'employees', is: 'between', min: 10000 } },
    ],
    differentiators: [
      { id: 'general', title: 'General', detail: 'd' },
      { id: 'vs-gong', title: 'Versus Gong', detail: 'd', competitors: ['Gong'] },
      { id: 'finance', title: 'Compliance', detail: 'd', when: { field: 'industry', is: 'oneOf', values: ['Financial Services'] } },
      { id: 'analytics-depth', title: 'Deep analytics', detail: 'd', products: ['analytics'] },
      { id: 'enterprise-admin', title: 'Admin', detail: 'd', products: ['enterprise'] },
    ],
    questions: [
      { id: 'general', text: 'What does a great quarter look like?', category: 'discovery' },
      { id: 'headcount', text: 'How many people are on your team?', category: 'discovery', fills: ['employees'] },
      { id: 'industry', text: 'What market do you serve?', category: 'discovery', fills: ['industry'] },
      { id: 'country', text: 'Where are you based?', category: 'discovery', fills: ['country'] },
      { id: 'proposal', text: 'Who signs off?', category: 'closing', stages: ['Proposal/Price Quote'] },
      { id: 'opening', text: 'What made you take this call?', category: 'discovery', stages: ['Prospecting'] },
      { id: 'go-live', text: 'When do you need this live?', category: 'qualification', fills: ['closeDate'] },
      { id: 'cfo', text: 'How do you measure payback?', category: 'qualification', when: { field: 'title', is: 'contains', keywords: ['CFO'] } },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.playbook;
})();

describe('selectQuestions', () => {
  it('asks for unknown ICP fields first, heaviest criterion first', () => {
    const cards = buildCards(playbook, record('lead', { country: 'Germany' }));
    expect(cards.questions.map((q) => q.question.id)).toEqual(['headcount', 'industry', 'general', 'opening', 'go-live']);
    expect(cards.questions[0]).toMatchObject({ reason: 'fills-unknown', fills: ['employees'] });
  });

  it('drops questions whose fields the page already shows', () => {
    const cards = buildCards(playbook, record('lead', { employees: 100, industry: 'Software', country: 'Germany', closeDate: '2027-01-31' }));
    expect(cards.questions.map((q) => q.question.id)).toEqual(['general', 'opening']);
  });

  it('adds stage questions for the deal stage and persona questions for the contact role', () => {
    const cards = buildCards(playbook, record('deal', { employees: 100, industry: 'Software', country: 'Germany', stage: 'proposal/price quote', title: 'CFO' }));
    expect(cards.questions.map((q) => [q.question.id, q.reason])).toEqual([
      ['proposal', 'stage'],
      ['cfo', 'persona'],
      ['general', 'general'],
      ['go-live', 'general'],
    ]);
  });

  it('matches a stage through the playbook’s aliases, in either direction', () => {
    const aliased: typeof playbook = { ...playbook, aliases: [{ field: 'stage', value: 'Proposal/Price Quote', synonyms: ['Proposal Made', 'Angebot'] }] };
    const stageQuestions = (stage: string, book = aliased) =>
      buildCards(book, record('deal', { employees: 100, industry: 'Software', country: 'Germany', stage })).questions.filter((q) => q.reason === 'stage').map((q) => q.question.id);
    expect(stageQuestions('Proposal Made')).toEqual(['proposal']);
    expect(stageQuestions('angebot')).toEqual(['proposal']);
    // Without the alias, another CRM's name for the stage is just another stage.
    expect(stageQuestions('Proposal Made', playbook)).toEqual([]);
    // A question written with a synonym still meets the canonical stage.
    const writtenWithSynonym = { ...aliased, questions: aliased.questions.map((q) => (q.id === 'proposal' ? { ...q, stages: ['Proposal Made'] } : q)) };
    expect(stageQuestions('Proposal/Price Quote', writtenWithSynonym)).toEqual(['proposal']);
  });

  it('offers opening questions of any stage to records without a stage, and no closing ones', () => {
    const ids = buildCards(playbook, record('contact', { employees: 100 })).questions.map((q) => q.question.id);
    expect(ids).toContain('opening');
    expect(ids).not.toContain('proposal');
  });

  it('asks for non-profile fields the page lacks after the profile gaps', () => {
    const cards = buildCards(playbook, record('deal', { country: 'Germany', stage: 'Prospecting' }));
    expect(cards.questions.find((q) => q.question.id === 'go-live')).toMatchObject({ reason: 'general', fills: ['closeDate'] });
  });

  it('keeps an asked question where it was, marked asked, so it can be unticked', () => {
    const before = buildCards(playbook, record('lead', { country: 'Germany' }));
    const after = buildCards(playbook, record('lead', { country: 'Germany' }), new Set(['headcount']));
    expect(after.questions.map((q) => q.question.id)).toEqual(before.questions.map((q) => q.question.id));
    expect(after.questions.filter((q) => q.asked).map((q) => q.question.id)).toEqual(['headcount']);
  });

  it('carries the playbook question limit, 8 when it sets none', () => {
    expect(buildCards(playbook, record('lead', {})).questionLimit).toBe(8);
    expect(buildCards({ ...playbook, questionLimit: 3 }, record('lead', {})).questionLimit).toBe(3);
  });
});

describe('selectProducts', () => {
  it('leads with push products that fit, then standard, then loss leaders; hides those that do not fit', () => {
    const cards = buildCards(playbook, record('company', { employees: 800 }));
    expect(cards.products.map((p) => [p.product.id, p.fit])).toEqual([
      ['analytics', 'fits'],
      ['core', 'fits'],
      ['starter', 'fits'],
    ]);
  });

  it('lists products that depend on unknown fields after the sure ones', () => {
    const cards = buildCards(playbook, record('company', {}));
    expect(cards.products.map((p) => [p.product.id, p.fit])).toEqual([
      ['core', 'fits'],
      ['starter', 'fits'],
      ['analytics', 'maybe'],
      ['enterprise', 'maybe'],
    ]);
  });
});

describe('selectDifferentiators', () => {
  it('puts the record competitor first, matching free text either way round', () => {
    const cards = buildCards(playbook, record('deal', { competitor: 'Gong.io', employees: 800 }));
    expect(cards.differentiators.map((d) => d.differentiator.id)).toEqual(['vs-gong', 'analytics-depth', 'general']);
  });

  it('leaves out competitor points when another competitor is on the record, and product points for products not led with', () => {
    const cards = buildCards(playbook, record('deal', { competitor: 'Clari', employees: 20 }));
    expect(cards.differentiators.map((d) => d.differentiator.id)).toEqual(['general']);
  });

  it('picks points for the prospect industry', () => {
    const cards = buildCards(playbook, record('company', { industry: 'Financial Services', employees: 20 }));
    expect(cards.differentiators.map((d) => d.differentiator.id)).toEqual(['finance', 'general']);
  });
});

describe('default playbook on a typical record', () => {
  it('produces all four card lists', () => {
    const cards = buildCards(DEFAULT_PLAYBOOK, record('lead', { company: 'Globex', industry: 'Computer Software', title: 'VP Sales', country: 'United States' }));
    expect(cards.fit.score).not.toBeNull();
    expect(cards.questions.length).toBeGreaterThan(3);
    expect(cards.questions[0]?.reason).toBe('fills-unknown');
    expect(cards.products.length).toBeGreaterThan(0);
    expect(cards.differentiators.length).toBeGreaterThan(0);
  });
});
