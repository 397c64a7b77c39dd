import { describe, expect, it } from 'vitest';
import { buildCallPrep, formatCallNotes } from '../../lib/scoring/call-prep';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';
import { useUiLanguage } from '../setup/i18n';

function record(values: Partial<Record<FieldName, FieldValue>>, kind: CrmRecord['kind'] = 'company'): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  for (const [name, value] of Object.entries(values) as [FieldName, FieldValue][]) fields[name] = { value, label: name, raw: String(value), via: 'adapter' };
  return { crm: 'salesforce', kind, id: '001', fields, warnings: [] };
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

  it('asks in the sidebar order, unknown profile fields first, ticked questions kept where they were', () => {
    expect(cards.questions.some((q) => q.question.id === 'dq-coaching-payoff' && q.asked)).toBe(true);
    expect(prep.questions.map((q) => q.question.id)).toEqual(cards.questions.slice(0, 6).map((q) => q.question.id));
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
    // Scored on part of the profile: the line says how much was known.
    expect(prep.counts.known).toBeLessThan(prep.counts.total);
    expect(notes.split('\n')[1]).toBe(`Fit ${prep.score}/100, tier ${prep.tier} · ${prep.counts.known} of ${prep.counts.total} criteria known`);
    expect(notes).toContain('WHY THEY FIT\n• ');
    expect(notes).toContain(': use it to open the door, never discount it further');
    expect(notes).toContain('\nWHY US\n• ');
  });

  it('writes German headings around the playbook content, which stays as the manager wrote it', () => {
    useUiLanguage('de');
    const prep = buildCallPrep(buildCards(playbook, germanRecord, new Set()));
    const markdown = formatCallNotes(prep, 'markdown');
    expect(markdown).toMatch(/^## Gesprächsvorbereitung: Globex\nFit-Score \d+\/100, Stufe [A-D] · \d von 7 Kriterien bekannt\n/);
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
    const total = playbook.icp.criteria.length;
    expect(formatCallNotes(nameless, 'text').split('\n').slice(0, 2)).toEqual([
      'Call prep: this record',
      `Fit not scored yet: 0 of ${total} criteria known (0% of the profile's weight)`,
    ]);

    useUiLanguage('de');
    const kleine = buildCallPrep(buildCards(playbook, record({ company: 'Tiny', employees: 5, industry: 'Software' }), new Set()));
    expect(formatCallNotes(kleine, 'text').split('\n')[1]).toMatch(/^Fit-Score \d+\/100, ausgeschlossen \(Too small: under 10 employees/);
    const namenlos = buildCallPrep(buildCards(playbook, record({ phone: '+49 30 1234' }), new Set()));
    const [title, fit] = formatCallNotes(namenlos, 'text').split('\n');
    expect(title).toBe('Gesprächsvorbereitung: dieser Datensatz');
    // German writes a (no-break) space before the percent sign.
    expect(fit).toMatch(new RegExp(`^Noch kein Fit-Score: 0 von ${total} Kriterien bekannt \\(0\\s%\\sder Gewichtung des Profils\\)$`));
  });
});

describe('call prep while the tier is unknown', () => {
  // A deal like the Salesforce demo opportunity: its own facts, little of the profile.
  const deal = record(
    {
      dealName: 'Fleet Analytics Expansion 2027',
      company: 'Brightline Robotics Inc.',
      stage: 'Needs Analysis',
      amount: 250_000,
      closeDate: '2026-12-15',
      competitor: 'Gong',
      leadSource: 'Partner Referral',
    },
    'deal',
  );
  const dealCards = buildCards(DEFAULT_PLAYBOOK, deal, new Set());
  const prep = buildCallPrep(dealCards);

  it('has no headline score though a partial one exists, and counts what is known', () => {
    expect(dealCards.fit.tier).toBe('unknown');
    expect(dealCards.fit.score).not.toBeNull();
    expect(prep.score).toBeNull();
    expect(prep.counts.total).toBe(DEFAULT_PLAYBOOK.icp.criteria.length);
    expect(prep.counts.known).toBe(dealCards.fit.criteria.filter((c) => c.outcome !== 'unknown').length);
  });

  it('lists every unknown criterion as an unknown, heaviest first, apart from misses', () => {
    const unknown = [...dealCards.fit.criteria].filter((c) => c.outcome === 'unknown').sort((a, b) => b.criterion.weight - a.criterion.weight);
    expect(unknown.length, 'the case has more than three unknowns').toBeGreaterThan(3);
    expect(prep.unknowns).toEqual(unknown.map((c) => c.criterion.label));
    expect(prep.reasonsAgainst.some((label) => prep.unknowns.includes(label))).toBe(false);
  });

  it('copies no score out of 100, says how much is known, and marks unknowns under Watch out', () => {
    for (const format of ['text', 'markdown'] as const) {
      const notes = formatCallNotes(prep, format);
      expect(notes).not.toContain('/100');
      expect(notes).toContain(`Fit not scored yet: ${prep.counts.known} of ${prep.counts.total} criteria known`);
      expect(notes).toContain(`${prep.unknowns[0]} (not known yet)`);
    }
  });

  it('tops a deal with its name, account, stage, amount, close date and competitor, as the CRM shows them', () => {
    expect(prep.title).toBe('Fleet Analytics Expansion 2027');
    expect(prep.facts.map((f) => f.field)).toEqual(['company', 'stage', 'amount', 'closeDate', 'competitor']);
    expect(prep.facts.find((f) => f.field === 'amount')?.raw).toBe('250000');
  });

  it('marks ticked questions in the notes instead of dropping them', () => {
    const first = dealCards.questions[0]!.question;
    const ticked = buildCallPrep(buildCards(DEFAULT_PLAYBOOK, deal, new Set([first.id])));
    expect(ticked.questions[0]?.question.id).toBe(first.id);
    expect(formatCallNotes(ticked, 'markdown')).toContain(`- [x] ${first.text}`);
    expect(formatCallNotes(ticked, 'text')).toContain(`• ${first.text} (asked)`);
  });
});
