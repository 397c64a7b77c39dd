import { describe, expect, it } from 'vitest';
import { buildCallPrep, formatCallNotes } from '../../lib/scoring/call-prep';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';
import { useUiLanguage } from '../setup/i18n';

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

describe('formatCallNotes in the UI language', () => {
  // A loss leader without a note, so the notes fall back to our own wording.
  const playbook = structuredClone(DEFAULT_PLAYBOOK);
  for (const product of playbook.products) if (product.priority === 'loss-leader') delete product.note;
  const germanRecord = record({ company: 'Globex', industry: 'Retail', employees: 800, country: 'Germany', annualRevenue: 90_000_000 });

  it('keeps the English wording, line by line', () => {
    const prep = buildCallPrep(buildCards(playbook, germanRecord, new Set()));
    const notes = formatCallNotes(prep, 'text');
    expect(notes.split('\n')[1]).toBe(`Fit ${prep.score}/100, tier ${prep.tier}`);
    expect(notes).toContain('WHY THEY FIT\n• ');
    expect(notes).toContain(': use it to open the door, never discount it further');
    expect(notes).toContain('\nWHY US\n• ');
  });

  it('writes German headings around the playbook content, which stays as the manager wrote it', () => {
    useUiLanguage('de');
    const prep = buildCallPrep(buildCards(playbook, germanRecord, new Set()));
    const markdown = formatCallNotes(prep, 'markdown');
    expect(markdown).toMatch(/^## Gesprächsvorbereitung: Globex\nFit-Score \d+\/100, Stufe [A-D]\n/);
    for (const heading of ['### Warum sie passen', '### Worauf achten', '### Fragen\n- [ ] ', '### Zuerst anbieten', '### Nie rabattieren', '### Warum wir']) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).not.toMatch(/Why they fit|Watch out|Never discount|Why us|Call prep/);
    // The manager's English text is copied as it is.
    expect(markdown).toContain(`- [ ] ${prep.questions[0]!.question.text}`);
    expect(markdown).toContain(`- ${prep.leadWith[0]!.product.name}: ${prep.leadWith[0]!.product.pitch}`);
    expect(markdown).toContain(`- ${prep.reasonsFor[0]}`);
    expect(markdown).toContain(`${prep.doNotDiscount[0]!.product.name}: als Türöffner nutzen, nie weiter rabattieren`);

    const text = formatCallNotes(prep, 'text');
    expect(text).toContain('\nWARUM SIE PASSEN\n• ');
    expect(text).toContain('\nNIE RABATTIEREN\n• ');
    expect(text).not.toMatch(/#|\[ \]/);
  });

  it('names a disqualified record and an unknown tier in the notes language', () => {
    const tooSmall = buildCallPrep(buildCards(playbook, record({ company: 'Tiny', employees: 5, industry: 'Software' }), new Set()));
    expect(formatCallNotes(tooSmall, 'text').split('\n')[1]).toMatch(/^Fit \d+\/100, tier disqualified \(disqualified: Too small: under 10 employees/);
    const nameless = buildCallPrep(buildCards(playbook, record({ phone: '+49 30 1234' }), new Set()));
    expect(formatCallNotes(nameless, 'text').split('\n').slice(0, 2)).toEqual(['Call prep: this record', 'Fit –/100, tier unknown']);

    useUiLanguage('de');
    const kleine = buildCallPrep(buildCards(playbook, record({ company: 'Tiny', employees: 5, industry: 'Software' }), new Set()));
    expect(formatCallNotes(kleine, 'text').split('\n')[1]).toMatch(/^Fit-Score \d+\/100, ausgeschlossen \(Too small: under 10 employees/);
    const namenlos = buildCallPrep(buildCards(playbook, record({ phone: '+49 30 1234' }), new Set()));
    expect(formatCallNotes(namenlos, 'text').split('\n').slice(0, 2)).toEqual(['Gesprächsvorbereitung: dieser Datensatz', 'Fit-Score –/100, Stufe unbekannt']);
  });
});
