import { describe, expect, it } from 'vitest';
import { buildCallPrep, formatCallNotes } from '../../lib/call-prep';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';

function record(values: Partial<Record<FieldName, FieldValue>>): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  for (const [name, value] of Object.entries(values) as [FieldName, FieldValue][]) fields[name] = { value, label: name, raw: String(value), via: 'adapter' };
  return { crm: 'salesforce', kind: 'company', id: '001', fields, warnings: [] };
}

const cards = buildCards(
  DEFAULT_PLAYBOOK,
  record({ company: 'Globex', industry: 'Retail', employees: 800, country: 'Germany', annualRevenue: 90_000_000, phone: '+49 30 1234', email: 'a@globex.example' }),
  new Set(['dq-coaching-payoff']),
);

describe('buildCallPrep', () => {
  const prep = buildCallPrep(cards);

  it('gives the strongest reasons for and against, heaviest first, at most three each', () => {
    expect(prep.reasonsFor.length).toBeGreaterThan(0);
    expect(prep.reasonsFor.length).toBeLessThanOrEqual(3);
    expect(prep.reasonsAgainst[0]).toMatch(/vertical/i);
  });

  it('asks unasked questions, unknown profile fields first', () => {
    expect(cards.questions.some((q) => q.question.id === 'dq-coaching-payoff' && q.asked)).toBe(true);
    expect(prep.questions.map((q) => q.question.id)).not.toContain('dq-coaching-payoff');
    expect(prep.questions[0]?.reason).toBe('fills-unknown');
  });

  it('separates products to lead with from loss leaders never to discount', () => {
    expect(prep.doNotDiscount.every((p) => p.product.priority === 'loss-leader')).toBe(true);
    expect(prep.leadWith.some((p) => p.product.priority === 'loss-leader')).toBe(false);
    expect(prep.doNotDiscount.length).toBeGreaterThan(0);
  });
});

describe('formatCallNotes', () => {
  const prep = buildCallPrep(cards);

  it('writes Markdown with headings and a checklist of questions', () => {
    const notes = formatCallNotes(prep, 'markdown');
    expect(notes).toMatch(/^## Call prep: Globex\n/);
    expect(notes).toContain('### Ask\n- [ ] ');
    expect(notes).toContain('### Never discount');
  });

  it('writes plain text with bullets and no Markdown', () => {
    const notes = formatCallNotes(prep, 'text');
    expect(notes).toContain('ASK\n• ');
    expect(notes).not.toMatch(/#|\[ \]/);
  });

  it('never copies field values other than the record name', () => {
    const notes = formatCallNotes(prep, 'text') + formatCallNotes(prep, 'markdown');
    expect(notes).not.toContain('+49 30 1234');
    expect(notes).not.toContain('a@globex.example');
    expect(notes).not.toContain('90000000');
  });
});
