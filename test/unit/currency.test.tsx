import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Cards } from '../../components/sidebar/Cards';
import { currencyMarkIn } from '../../lib/currency';
import { detectRecord } from '../../lib/crm/detect';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { readRecord } from '../../lib/extract/record';
import { checkPlaybook } from '../../lib/playbook/check';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { parsePlaybook, type Playbook } from '../../lib/playbook/schema';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';
import { parseHtmlDocument } from '../../scripts/html-document';
import { useRenderRoot } from './render-root';

describe('currencyMarkIn', () => {
  it.each([
    ['$250,000.00', '$', 'USD'],
    ['₹ 45,00,00,000.00', '₹', 'INR'],
    ['EUR 48.500,00', 'EUR', 'EUR'],
    ['48.500 €', '€', 'EUR'],
    ['A$ 310,500,000.00', 'A$', 'AUD'],
    ['250 TEUR', 'TEUR', 'EUR'],
    ['kr 1 250 000', 'kr', 'SEK'],
    ['¥12,000,000', '¥', 'JPY'],
  ])('%s is written in %s, which may be %s', (raw, text, code) => {
    const mark = currencyMarkIn(raw);
    expect(mark?.text).toBe(text);
    expect(mark?.codes).toContain(code);
  });

  it('a dollar may be any dollar; a euro only the euro', () => {
    expect(currencyMarkIn('$5M')?.codes).toEqual(expect.arrayContaining(['USD', 'CAD', 'AUD']));
    expect(currencyMarkIn('€5M')?.codes).toEqual(['EUR']);
  });

  it('finds no mark in a plain number, inside a word, or where two currencies disagree', () => {
    expect(currencyMarkIn('48.500,00')).toBeUndefined();
    expect(currencyMarkIn('Partners 500')).toBeUndefined();
    expect(currencyMarkIn('EUR 250,000 (USD 270,000)')).toBeUndefined();
    // The same currency twice says the same thing once.
    expect(currencyMarkIn('€ 250.000 EUR')?.codes).toEqual(['EUR']);
  });
});

function record(values: Partial<Record<FieldName, [FieldValue, string]>>): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  for (const [name, [value, raw]] of Object.entries(values) as [FieldName, [FieldValue, string]][]) fields[name] = { value, label: name, raw, via: 'adapter' };
  return { crm: 'zoho', kind: 'deal', id: '1', fields, warnings: [] };
}

function withCurrency(currency: string | undefined): Playbook {
  const { currency: _default, ...rest } = DEFAULT_PLAYBOOK;
  const parsed = parsePlaybook(currency ? { ...rest, currency } : rest);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.playbook;
}

const outcomeOf = (cards: ReturnType<typeof buildCards>, id: string) => cards.fit.criteria.find((c) => c.criterion.id === id)?.outcome;

describe('money in another currency than the playbook\'s', () => {
  // ₹45 crore is about five million dollars: as a plain number, 450,000,000 "meets" a $5M–$1B revenue band by luck,
  // and a ₹10 lakh deal (about $12k) "meets" a $15k–$250k deal size it does not.
  const rupees = record({ annualRevenue: [450_000_000, '₹ 45,00,00,000.00'], amount: [1_000_000, '₹ 10,00,000'], industry: ['Software', 'Software'] });

  it('is left out of the comparison (unknown, never met or missed) when the playbook names its currency', () => {
    const cards = buildCards(withCurrency('USD'), rupees);
    expect(outcomeOf(cards, 'revenue-band')).toBe('unknown');
    expect(outcomeOf(cards, 'deal-size-sweet-spot')).toBe('unknown');
    expect(cards.otherCurrency).toEqual({ playbook: 'USD', fields: { annualRevenue: '₹', amount: '₹' } });
  });

  it('is compared when the playbook is in that currency, or names none (a plain number, as before)', () => {
    expect(outcomeOf(buildCards(withCurrency('INR'), rupees), 'deal-size-sweet-spot')).toBe('miss');
    const none = buildCards(withCurrency(undefined), rupees);
    expect(outcomeOf(none, 'revenue-band')).toBe('match');
    expect(none.otherCurrency).toBeUndefined();
  });

  it('a dollar amount, or one with no mark, is compared with a USD playbook', () => {
    const dollars = buildCards(withCurrency('USD'), record({ amount: [48_500, '$48,500.00'], annualRevenue: [48_500_000, '48,500,000'] }));
    expect(outcomeOf(dollars, 'deal-size-sweet-spot')).toBe('match');
    expect(outcomeOf(dollars, 'revenue-band')).toBe('match');
    expect(dollars.otherCurrency).toBeUndefined();
  });

  it('reads so on a real page: the Zoho lead in rupees, with the default playbook', () => {
    const expected = JSON.parse(readFileSync('test/crm/fixtures/zoho/lead.expected.json', 'utf8')) as { url: string };
    const lead = readRecord(detectRecord(expected.url, CRM_ADAPTERS)!, parseHtmlDocument(readFileSync('test/crm/fixtures/zoho/lead.html', 'utf8'), expected.url));
    const cards = buildCards(DEFAULT_PLAYBOOK, lead);
    expect(cards.otherCurrency?.fields.annualRevenue).toBe('₹');
    expect(outcomeOf(cards, 'revenue-band')).toBe('unknown');
  });

  const currentRoot = useRenderRoot();
  it('the fit card says which currency, and the fields card says it was not compared', () => {
    act(() => render(<Cards cards={buildCards(withCurrency('USD'), rupees)} crmName="Zoho CRM" />, currentRoot()));
    const reason = currentRoot().querySelector('[data-criterion="revenue-band"] [data-other-currency="annualRevenue"]');
    expect(reason?.textContent).toMatch(/is in ₹, the playbook's figures in USD: not compared/);
    expect(currentRoot().querySelector('[data-criterion="revenue-band"]')?.textContent).not.toContain('missing');
    expect(currentRoot().querySelector('[data-field="annualRevenue"] [data-other-currency]')?.textContent).toBe("Not compared: the playbook's figures are in USD");
  });
});

describe('the playbook\'s currency', () => {
  it('is a three-letter ISO code in capitals, in the schema and in the content script\'s check alike', () => {
    for (const currency of ['usd', 'US$', 'EURO', '']) {
      const parsed = parsePlaybook({ ...DEFAULT_PLAYBOOK, currency });
      expect(parsed.ok, currency).toBe(false);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain('currency');
      expect(checkPlaybook({ ...DEFAULT_PLAYBOOK, currency }), currency).toBeNull();
    }
    expect(checkPlaybook({ ...DEFAULT_PLAYBOOK, currency: 'EUR' })?.currency).toBe('EUR');
  });
});
