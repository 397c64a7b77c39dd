import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../lib/extract/normalise/amount';
import { dayFirstFromDates, dayFirstFromLanguage, parseDate } from '../../lib/extract/normalise/date';
import { normaliseFieldValue } from '../../lib/extract/normalise/field';
import { collapseWhitespace, isPlaceholder, normaliseText } from '../../lib/extract/normalise/text';
import type { FieldName, FieldValue, NumberRange } from '../../lib/record';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';

describe('collapseWhitespace', () => {
  it.each([
    { input: '  Acme   Corp  ', expected: 'Acme Corp' },
    { input: `Acme${NBSP}Corp`, expected: 'Acme Corp' },
    { input: `1${NNBSP}250${THIN}000`, expected: '1 250 000' },
    { input: '\tAcme\n\r\n Corp\f', expected: 'Acme Corp' },
    { input: `${NBSP}${NNBSP} ${THIN}`, expected: '' },
    { input: '\uFEFFAcme', expected: 'Acme' },
    { input: '', expected: '' },
  ])('turns $input into $expected', ({ input, expected }) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('isPlaceholder', () => {
  it.each([
    '',
    '   ',
    NBSP,
    '-',
    '—',
    '–',
    '--',
    '---',
    'N/A',
    'n/a',
    'NA',
    'n.a.',
    'None',
    'none',
    'null',
    'undefined',
    'Not set',
    '(none)',
    '--None--',
    '-- None --',
    'Select',
    'Select...',
    '--Select--',
    '—Keine—',
    '--Keine--',
    'Keine',
    'k. A.',
    'Keine Angabe',
    'Aucun',
    '--Aucun--',
    'Non renseigné',
    'Ninguno',
    '--Ninguno--',
    'Nenhum',
    'Não informado',
    'Geen',
    'n.v.t.',
    '…',
    `${NBSP}--None--${NBSP}`,
  ])('treats %j as a placeholder', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  it.each([
    'Nonexistent Corp',
    'Nancy',
    'Nadia',
    'Non-profit',
    'Keiner & Söhne GmbH',
    'Select Comfort',
    'Geenius BV',
    'N/A Logistics',
    'Nullstellen AG',
    '-5',
    '0',
    '(500)',
    '—5—',
    'Acme',
  ])('treats %j as a real value', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it('never treats text containing a digit as a placeholder', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 9 }), fc.string(), (before, digit, after) => {
        expect(isPlaceholder(`${before}${digit}${after}`)).toBe(false);
      }),
    );
  });
});

describe('normaliseText', () => {
  it.each([
    { input: `  Acme${NBSP} Corp `, expected: 'Acme Corp' },
    { input: 'Acme\u200B Corp', expected: 'Acme Corp' },
    { input: 'Nancy', expected: 'Nancy' },
    { input: '--None--', expected: undefined },
    { input: ' n/a ', expected: undefined },
    { input: '', expected: undefined },
  ])('turns $input into $expected', ({ input, expected }) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('parseAmount', () => {
  describe('plain numbers and money', () => {
    it.each([
      { input: '$1,250,000.00', expected: 1250000, why: 'US money' },
      { input: '1.250.000,00 €', expected: 1250000, why: 'German money' },
      { input: '1 250 000,00 €', expected: 1250000, why: 'French money with plain spaces' },
      { input: `1${NBSP}250${NBSP}000,00${NBSP}€`, expected: 1250000, why: 'French money with NBSP' },
      { input: `1${NNBSP}250${NNBSP}000,00${NBSP}€`, expected: 1250000, why: 'French money with narrow NBSP' },
      { input: `1${THIN}250${THIN}000`, expected: 1250000, why: 'thin-space grouping' },
      { input: "CHF 12'400'000", expected: 12400000, why: 'Swiss apostrophes' },
      { input: 'CHF 12’400’000.50', expected: 12400000.5, why: 'Swiss typographic apostrophes' },
      { input: '₹ 1,25,00,000.00', expected: 12500000, why: 'Indian grouping' },
      { input: 'Rs. 12,34,567', expected: 1234567, why: 'Indian grouping with Rs.' },
      { input: '1,250', expected: 1250, why: 'a lone comma before three digits groups' },
      { input: '1.250', expected: 1250, why: 'a lone dot before three digits groups' },
      { input: '1,25', expected: 1.25, why: 'a lone comma before two digits is decimal' },
      { input: '1.5', expected: 1.5, why: 'a lone dot before one digit is decimal' },
      { input: '0,250', expected: 0.25, why: 'a leading zero cannot start a group' },
      { input: '1234,567', expected: 1234.567, why: 'four digits cannot start a group' },
      { input: '1 234.56', expected: 1234.56, why: 'space grouping with a dot decimal' },
      { input: '1.234,5', expected: 1234.5, why: 'both separators: the last is decimal' },
      { input: '1,234.5', expected: 1234.5, why: 'both separators: the last is decimal' },
      { input: '1234567', expected: 1234567, why: 'no separators' },
      { input: '0', expected: 0, why: 'zero' },
      { input: '0.5', expected: 0.5, why: 'a decimal below one' },
      { input: 'EUR 1.234,56', expected: 1234.56, why: 'an ISO code before' },
      { input: '1.234,56 EUR', expected: 1234.56, why: 'an ISO code after' },
      { input: 'usd 500', expected: 500, why: 'a lower-case ISO code' },
      { input: '$1.2M USD', expected: 1200000, why: 'a symbol and a code' },
      { input: '£ 950', expected: 950, why: 'pounds' },
      { input: '500 kr', expected: 500, why: 'Scandinavian kronor' },
      { input: '12.5%', expected: 12.5, why: 'a percentage' },
      { input: '12,5 %', expected: 12.5, why: 'a French percentage' },
      { input: '  42  ', expected: 42, why: 'surrounding space' },
      { input: '\u200F1,234\u200E', expected: 1234, why: 'direction marks' },
    ])('reads $input as $expected ($why)', ({ input, expected }) => {
      expect(parseAmount(input)).toBe(expected);
    });
  });

  describe('scale suffixes', () => {
    it.each([
      { input: 'USD 48.5M', expected: 48500000 },
      { input: '1.2M', expected: 1200000 },
      { input: '5k', expected: 5000 },
      { input: '15K', expected: 15000 },
      { input: '3.4B', expected: 3400000000 },
      { input: '2,5 Mio. €', expected: 2500000 },
      { input: '2,5 Mio €', expected: 2500000 },
      { input: '1,2 Mrd', expected: 1200000000 },
      { input: '1,2 Mrd.', expected: 1200000000 },
      { input: '€2.1m', expected: 2100000 },
      { input: '$3.5MM', expected: 3500000 },
      { input: '$2bn', expected: 2000000000 },
      { input: '1.5 million', expected: 1500000 },
      { input: '2 billion', expected: 2000000000 },
      { input: '500 thousand', expected: 500000 },
      { input: '500 Tsd. €', expected: 500000 },
      { input: '750 T€', expected: 750000 },
      { input: '5k€', expected: 5000 },
      { input: '1,2 Md€', expected: 1200000000 },
      { input: '2,5 millones', expected: 2500000 },
      { input: '3 lakh', expected: 300000 },
      { input: '₹2.5 crore', expected: 25000000 },
      { input: '0.1M', expected: 100000 },
      { input: '10 mil M', expected: 10000000000 },
      { input: '1KCr', expected: 10000000000 },
      { input: '250 mln.', expected: 250000000 },
      { input: '1,2 mld.', expected: 1200000000 },
      { input: 'R$ 250 mi', expected: 250000000 },
    ])('reads $input as $expected', ({ input, expected }) => {
      expect(parseAmount(input)).toBe(expected);
    });
  });

  describe('negative numbers', () => {
    it.each([
      { input: '-500', expected: -500 },
      { input: '(500)', expected: -500 },
      { input: '−500', expected: -500 },
      { input: '-$500', expected: -500 },
      { input: '$-500', expected: -500 },
      { input: '($1,250.00)', expected: -1250 },
      { input: '(1.250,00 €)', expected: -1250 },
      { input: '€ -1.234,50', expected: -1234.5 },
      { input: "CHF-1'234.50", expected: -1234.5 },
      { input: '-0', expected: 0 },
    ])('reads $input as $expected', ({ input, expected }) => {
      expect(parseAmount(input)).toBe(expected);
    });
  });

  describe('bands', () => {
    it.each<{ input: string; expected: NumberRange }>([
      { input: '51-200', expected: { min: 51, max: 200 } },
      { input: '51 – 200', expected: { min: 51, max: 200 } },
      { input: '51—200', expected: { min: 51, max: 200 } },
      { input: '1,001-5,000', expected: { min: 1001, max: 5000 } },
      { input: '1.001 - 5.000', expected: { min: 1001, max: 5000 } },
      { input: '51-200 employees', expected: { min: 51, max: 200 } },
      { input: '51 to 200', expected: { min: 51, max: 200 } },
      { input: '51 bis 200 Mitarbeiter', expected: { min: 51, max: 200 } },
      { input: '$1M - $5M', expected: { min: 1000000, max: 5000000 } },
      { input: '1-5M', expected: { min: 1000000, max: 5000000 } },
      { input: '500K-1M', expected: { min: 500000, max: 1000000 } },
      { input: '-500 - -100', expected: { min: -500, max: -100 } },
      { input: '10,000+', expected: { min: 10000 } },
      { input: '10000+', expected: { min: 10000 } },
      { input: '500+ employees', expected: { min: 500 } },
      { input: '$1B+', expected: { min: 1000000000 } },
      { input: 'more than 500', expected: { min: 500 } },
      { input: 'over 1,000', expected: { min: 1000 } },
      { input: '> 500', expected: { min: 500 } },
      { input: 'mehr als 500', expected: { min: 500 } },
      { input: '< 50', expected: { min: 0, max: 50 } },
      { input: 'less than 50', expected: { min: 0, max: 50 } },
      { input: 'up to 10M', expected: { min: 0, max: 10000000 } },
    ])('reads $input as the band $expected', ({ input, expected }) => {
      expect(parseAmount(input)).toStrictEqual(expected);
    });
  });

  describe('optional words', () => {
    it.each([
      { input: '250 employees', expected: 250 },
      { input: '250 Mitarbeiter', expected: 250 },
      { input: 'ca. 500 Mitarbeiter', expected: 500 },
      { input: '~5M', expected: 5000000 },
      { input: 'approx. 1,200 staff', expected: 1200 },
    ])('reads $input as $expected', ({ input, expected }) => {
      expect(parseAmount(input)).toBe(expected);
    });
  });

  describe('text that is not an amount', () => {
    it.each([
      { input: '', why: 'empty text' },
      { input: '-', why: 'a placeholder dash' },
      { input: 'N/A', why: 'a placeholder' },
      { input: 'five hundred', why: 'no digits' },
      { input: '$', why: 'a bare currency' },
      { input: 'USD', why: 'a bare currency code' },
      { input: 'Call 555-1234 today', why: 'a phone number in a sentence' },
      { input: '+1 (415) 555-0100', why: 'an international phone number' },
      { input: '(415) 555-0100', why: 'a US phone number' },
      { input: '555-0100', why: 'a phone fragment with a leading zero' },
      { input: '+500', why: 'a leading plus, as phone numbers have' },
      { input: 'Q3 2026', why: 'a quarter' },
      { input: '2026-12-15', why: 'an ISO date' },
      { input: '12/15/2026', why: 'a US date' },
      { input: '15.12.2026', why: 'a German date' },
      { input: '10:30', why: 'a time' },
      { input: 'v1.2.3', why: 'a version' },
      { input: '1.2.3', why: 'malformed grouping' },
      { input: '1,234,56', why: 'malformed grouping' },
      { input: '12 34', why: 'two numbers' },
      { input: '1,,000', why: 'a doubled separator' },
      { input: '1e6', why: 'exponent notation' },
      { input: '007', why: 'a code with leading zeros' },
      { input: '02139', why: 'a postcode with a leading zero' },
      { input: '500 kg', why: 'an unknown unit' },
      { input: 'ABC 500', why: 'an unknown prefix' },
      { input: '#123', why: 'a record number' },
      { input: '200-51', why: 'a band whose ends are reversed' },
      { input: '500 USD EUR GBP', why: 'too many currencies' },
      { input: '5 - ', why: 'a dangling band' },
      { input: '((500))', why: 'doubled accounting brackets' },
      { input: '--500', why: 'a doubled minus' },
      { input: '5MM%k', why: 'a pile of suffixes' },
      { input: '8€%', why: 'a percentage with a currency' },
      { input: '5%M', why: 'a percentage with a scale' },
      { input: '1,5 tn', why: 'an unsupported (Swedish) scale word' },
    ])('rejects $input ($why)', ({ input }) => {
      expect(parseAmount(input)).toBeUndefined();
    });
  });

  it('gives up quickly on very long input', () => {
    const start = performance.now();
    expect(parseAmount(`${'1,'.repeat(50_000)}x`)).toBeUndefined();
    expect(parseAmount('1'.repeat(100_000))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(200);
  });

  describe('round trips through Intl.NumberFormat', () => {
    const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'nl-NL', 'pt-BR', 'sv-SE', 'en-GB'];
    const locale = fc.constantFrom(...LOCALES);

    it('reads back any integer formatted in a common locale', () => {
      fc.assert(
        fc.property(locale, fc.oneof(fc.integer(), fc.maxSafeInteger()), (loc, n) => {
          expect(parseAmount(new Intl.NumberFormat(loc).format(n))).toBe(n);
        }),
      );
    });

    it('reads back any amount with cents formatted in a common locale', () => {
      fc.assert(
        fc.property(locale, fc.integer({ min: -1e12, max: 1e12 }), (loc, cents) => {
          const format = new Intl.NumberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
          expect(parseAmount(format.format(cents / 100))).toBe(cents / 100);
        }),
      );
    });

    it('reads back any money amount in standard and accounting currency formats', () => {
      const pairs = [
        ['en-US', 'USD'],
        ['de-DE', 'EUR'],
        ['fr-FR', 'EUR'],
        ['de-CH', 'CHF'],
        ['en-IN', 'INR'],
        ['en-GB', 'GBP'],
        ['nl-NL', 'EUR'],
        ['pt-BR', 'BRL'],
        ['sv-SE', 'SEK'],
        ['es-ES', 'EUR'],
      ] as const;
      fc.assert(
        fc.property(
          fc.constantFrom(...pairs),
          fc.constantFrom('standard', 'accounting'),
          fc.constantFrom('symbol', 'code', 'narrowSymbol'),
          fc.integer({ min: -1e12, max: 1e12 }),
          ([loc, currency], currencySign, currencyDisplay, cents) => {
            const format = new Intl.NumberFormat(loc, { style: 'currency', currency, currencySign, currencyDisplay });
            expect(parseAmount(format.format(cents / 100))).toBe(cents / 100);
          },
        ),
      );
    });

    it('reads back yen, which has no minor unit', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
          const format = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
          expect(parseAmount(format.format(n))).toBe(n);
        }),
      );
    });

    it('reads back compact notation such as 1.2M, 250 Mio., 1,2 mld. and 25Cr', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'nl-NL', 'pt-BR', 'en-GB'),
          fc.constantFrom('short', 'long'),
          fc.integer({ min: 1, max: 999 }),
          fc.constantFrom(1e3, 1e6, 1e9),
          (loc, compactDisplay, k, scale) => {
            const format = new Intl.NumberFormat(loc, {
              notation: 'compact',
              compactDisplay,
              maximumSignificantDigits: 3,
            });
            const text = format.format(k * scale);
            fc.pre(/\d/.test(text)); // French long compact writes 1000 as the bare word "mille"
            expect(parseAmount(text)).toBe(k * scale);
          },
        ),
      );
    });

    it('reads back percentages', () => {
      fc.assert(
        fc.property(locale, fc.integer({ min: -100_000, max: 100_000 }), (loc, tenths) => {
          const format = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 1 });
          expect(parseAmount(format.format(tenths / 1000))).toBe(tenths / 10);
        }),
      );
    });

    it('reads back ranges formatted with formatRange', () => {
      fc.assert(
        fc.property(locale, fc.nat(1e9), fc.nat(1e9), (loc, a, b) => {
          fc.pre(a < b);
          // formatRange is ES2023; the cast keeps the test compiling against older `lib` settings.
          const format = new Intl.NumberFormat(loc) as Intl.NumberFormat & { formatRange(x: number, y: number): string };
          const text = format.formatRange(a, b);
          expect(parseAmount(text)).toStrictEqual({ min: a, max: b });
        }),
      );
    });
  });

  it('never throws and returns only numbers, bands or undefined', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const value = parseAmount(text);
        if (value === undefined) return;
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        else expect(Number.isFinite(value.min)).toBe(true);
      }),
    );
  });
});

describe('parseDate', () => {
  describe('numeric dates', () => {
    it.each([
      { input: '2026-12-15', expected: '2026-12-15', why: 'ISO' },
      { input: '2026-12-15T10:00:00Z', expected: '2026-12-15', why: 'an ISO datetime' },
      { input: '2026-12-15T23:30:00.000-05:00', expected: '2026-12-15', why: 'an ISO datetime with offset (date as written)' },
      { input: '2026-12-15 10:00:00', expected: '2026-12-15', why: 'an SQL-style datetime' },
      { input: '2026/12/15', expected: '2026-12-15', why: 'year-first with slashes' },
      { input: '2026-1-5', expected: '2026-01-05', why: 'ISO-like without padding' },
      { input: '12/15/2026', expected: '2026-12-15', why: 'US' },
      { input: '12/15/26', expected: '2026-12-15', why: 'US with a two-digit year' },
      { input: '1/5/2026', expected: undefined, why: 'US without padding, yet ambiguous without the page locale' },
      { input: '1/15/2026', expected: '2026-01-15', why: 'US without padding' },
      { input: '15.12.2026', expected: '2026-12-15', why: 'German' },
      { input: '15.12.26', expected: '2026-12-15', why: 'German with a two-digit year' },
      { input: '03.04.2026', expected: '2026-04-03', why: 'German, which is always day-first' },
      { input: '15/12/2026', expected: '2026-12-15', why: 'a day above 12 forces day-first' },
      { input: '03/04/2026', expected: undefined, why: 'ambiguous slashes with no evidence are unknown, never guessed' },
      { input: '04/04/2026', expected: '2026-04-04', why: 'the same day and month read either way' },
      { input: '15-12-2026', expected: '2026-12-15', why: 'Dutch dashes' },
      { input: '12/15/2026 10:30 AM', expected: '2026-12-15', why: 'a trailing US time' },
      { input: `12/15/26, 10:30${NNBSP}AM`, expected: '2026-12-15', why: 'Intl en-US short date and time' },
      { input: '15.12.2026, 10:30', expected: '2026-12-15', why: 'a trailing German time' },
      { input: '15.12.2026 um 14:00 Uhr', expected: '2026-12-15', why: 'a German "um ... Uhr" time' },
      { input: '15/12/2026 10h30', expected: '2026-12-15', why: 'a French time' },
      { input: '2024-02-29', expected: '2024-02-29', why: 'a leap day' },
      { input: '2000-02-29', expected: '2000-02-29', why: 'a leap day in a 400-year' },
    ])('reads $input as $expected ($why)', ({ input, expected }) => {
      expect(parseDate(input)).toBe(expected);
    });

    it.each([
      { input: '03/04/2026', dayFirst: true, expected: '2026-04-03' },
      { input: '03/04/2026', dayFirst: false, expected: '2026-03-04' },
      { input: '03-04-2026', dayFirst: true, expected: '2026-04-03' },
      { input: '12/15/2026', dayFirst: true, expected: '2026-12-15' },
      { input: '15/12/2026', dayFirst: false, expected: '2026-12-15' },
      { input: '03.04.2026', dayFirst: false, expected: '2026-04-03' },
    ])('reads $input with dayFirst $dayFirst as $expected', ({ input, dayFirst, expected }) => {
      expect(parseDate(input, { dayFirst })).toBe(expected);
    });
  });

  describe('month names', () => {
    it.each([
      { input: 'Dec 15, 2026', expected: '2026-12-15' },
      { input: 'December 15, 2026', expected: '2026-12-15' },
      { input: 'December 15th, 2026', expected: '2026-12-15' },
      { input: 'Dec. 15 2026', expected: '2026-12-15' },
      { input: '15 December 2026', expected: '2026-12-15' },
      { input: '1st December 2026', expected: '2026-12-01' },
      { input: '15-Dec-2026', expected: '2026-12-15' },
      { input: '15 Dec 26', expected: '2026-12-15' },
      { input: '15. Dezember 2026', expected: '2026-12-15' },
      { input: '15. Dez. 2026', expected: '2026-12-15' },
      { input: '3. März 2026', expected: '2026-03-03' },
      { input: 'Mär 3, 2026', expected: '2026-03-03' },
      { input: '15 déc. 2026', expected: '2026-12-15' },
      { input: '15 décembre 2026', expected: '2026-12-15' },
      { input: '1er février 2026', expected: '2026-02-01' },
      { input: '15 août 2026', expected: '2026-08-15' },
      { input: '15 de diciembre de 2026', expected: '2026-12-15' },
      { input: '15 dic 2026', expected: '2026-12-15' },
      { input: '15 de dezembro de 2026', expected: '2026-12-15' },
      { input: '15 de dez. de 2026', expected: '2026-12-15' },
      { input: '5 de março de 2026', expected: '2026-03-05' },
      { input: '15 december 2026', expected: '2026-12-15' },
      { input: '15 mrt 2026', expected: '2026-03-15' },
      { input: '15 mei 2026', expected: '2026-05-15' },
      { input: '5 Sept 2026', expected: '2026-09-05' },
      { input: 'DEC 15, 2026', expected: '2026-12-15' },
      { input: 'Dec 15, 2026, 10:30 AM', expected: '2026-12-15' },
      { input: 'December 15, 2026 at 10:30 AM', expected: '2026-12-15' },
      { input: 'Dec 15, 2026 10:30 AM GMT+1', expected: '2026-12-15' },
      { input: '15 décembre 2026 à 10:30', expected: '2026-12-15' },
      { input: '15 de diciembre de 2026 a las 10:30', expected: '2026-12-15' },
      { input: '15 december 2026 om 10:30', expected: '2026-12-15' },
    ])('reads $input as $expected', ({ input, expected }) => {
      expect(parseDate(input)).toBe(expected);
    });
  });

  describe('text that is not a date', () => {
    it.each([
      { input: '', why: 'empty text' },
      { input: '--None--', why: 'a placeholder' },
      { input: 'tomorrow', why: 'a relative word' },
      { input: '02/30/2026', why: 'February 30th' },
      { input: '2026-02-29', why: 'a leap day in a common year' },
      { input: '1900-02-29', why: 'a leap day in a century year' },
      { input: '2026-13-01', why: 'month 13' },
      { input: '13/13/2026', why: 'month 13 either way' },
      { input: '00/10/2026', why: 'month zero' },
      { input: '2026-04-31', why: 'April 31st' },
      { input: 'Dec 32, 2026', why: 'day 32' },
      { input: '15 Smarch 2026', why: 'an unknown month' },
      { input: 'December 2026', why: 'a missing day' },
      { input: '12/15', why: 'a missing year' },
      { input: '2026', why: 'a bare year' },
      { input: 'Q3 2026', why: 'a quarter' },
      { input: '12/15/2026 tomorrow', why: 'trailing words' },
      { input: 'Due 12/15/2026', why: 'leading words' },
      { input: '12/15/20261', why: 'a five-digit year' },
      { input: '12/15/202', why: 'a three-digit year' },
      { input: '15/12-2026', why: 'mixed separators' },
      { input: '1.250.000', why: 'a number' },
      { input: 'Dec 15 10:30', why: 'a time where the year should be' },
    ])('rejects $input ($why)', ({ input }) => {
      expect(parseDate(input)).toBeUndefined();
    });
  });

  describe('round trips through Intl.DateTimeFormat', () => {
    const date = fc.date({
      min: new Date(Date.UTC(2000, 0, 1)),
      max: new Date(Date.UTC(2099, 11, 31)),
      noInvalidDate: true,
    });
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const formats: ReadonlyArray<[string, Intl.DateTimeFormatOptions, boolean?]> = [
      ['en-US', { day: 'numeric', month: 'numeric', year: 'numeric' }],
      ['en-US', { day: '2-digit', month: '2-digit', year: '2-digit' }],
      ['en-GB', { day: 'numeric', month: 'numeric', year: 'numeric' }, true],
      ['de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }],
      ['de-DE', { day: 'numeric', month: 'numeric', year: '2-digit' }],
      ['nl-NL', { day: 'numeric', month: 'numeric', year: 'numeric' }, true],
      ...['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL'].flatMap((loc) =>
        (['long', 'short'] as const).map(
          (month): [string, Intl.DateTimeFormatOptions] => [loc, { day: 'numeric', month, year: 'numeric' }],
        ),
      ),
      ...['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL'].flatMap((loc) =>
        (['medium', 'long'] as const).map(
          (dateStyle): [string, Intl.DateTimeFormatOptions] => [loc, { dateStyle, timeStyle: 'short' }],
        ),
      ),
    ];

    it('reads back ISO dates and datetimes', () => {
      fc.assert(
        fc.property(date, (d) => {
          expect(parseDate(iso(d))).toBe(iso(d));
          expect(parseDate(d.toISOString())).toBe(iso(d));
        }),
      );
    });

    it('reads back dates formatted in en-US, en-GB, de-DE, fr-FR, es-ES, pt-BR and nl-NL', () => {
      fc.assert(
        fc.property(date, fc.constantFrom(...formats), (d, [loc, options, dayFirst]) => {
          const text = new Intl.DateTimeFormat(loc, { ...options, timeZone: 'UTC' }).format(d);
          expect(parseDate(text, { dayFirst: dayFirst ?? dayFirstFromLanguage(loc) })).toBe(iso(d));
        }),
      );
    });
  });

  it('never throws and returns only YYYY-MM-DD or undefined', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const value = parseDate(text);
        if (value !== undefined) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('normaliseFieldValue', () => {
  it.each<{ field: FieldName; raw: string; expected: FieldValue | undefined }>([
    { field: 'amount', raw: '$1.2M', expected: 1200000 },
    { field: 'annualRevenue', raw: '2,5 Mio. €', expected: 2500000 },
    { field: 'employees', raw: '51-200', expected: { min: 51, max: 200 } },
    { field: 'employees', raw: '10,000+', expected: { min: 10000 } },
    { field: 'employees', raw: '-5', expected: -5 },
    { field: 'closeDate', raw: '15.12.2026', expected: '2026-12-15' },
    { field: 'closeDate', raw: 'Dec 15, 2026', expected: '2026-12-15' },
    { field: 'company', raw: `  Acme${NBSP} Corp `, expected: 'Acme Corp' },
    { field: 'company', raw: 'Nonexistent Corp', expected: 'Nonexistent Corp' },
    { field: 'fullName', raw: 'Nancy', expected: 'Nancy' },
    { field: 'stage', raw: '--None--', expected: undefined },
    { field: 'industry', raw: '—Keine—', expected: undefined },
    { field: 'amount', raw: 'N/A', expected: undefined },
    { field: 'amount', raw: 'call me', expected: undefined },
    { field: 'employees', raw: '-', expected: undefined },
    { field: 'closeDate', raw: 'soon', expected: undefined },
    { field: 'closeDate', raw: '02/30/2026', expected: undefined },
    { field: 'custom.tier', raw: ' Gold ', expected: 'Gold' },
    { field: 'custom.size', raw: '51-200', expected: '51-200' },
    { field: 'phone', raw: '+1 (415) 555-0100', expected: '+1 (415) 555-0100' },
  ])('normalises $field $raw to $expected', ({ field, raw, expected }) => {
    expect(normaliseFieldValue(field, raw)).toStrictEqual(expected);
  });

  it('passes dayFirst through to date fields', () => {
    expect(normaliseFieldValue('closeDate', '03/04/2026', { dayFirst: true })).toBe('2026-04-03');
    expect(normaliseFieldValue('closeDate', '03/04/2026', { dayFirst: false })).toBe('2026-03-04');
    expect(normaliseFieldValue('closeDate', '03/04/2026')).toBeUndefined();
  });
});

describe('the page locale for ambiguous dates', () => {
  it.each([
    ['en-US', false],
    ['en-GB', true],
    ['de', true],
    ['fr-FR', true],
    ['nl', true],
    ['en', undefined],
    ['', undefined],
    [null, undefined],
    ['not a language!', undefined],
  ])('reads <html lang="%s"> as day-first %s', (language, expected) => {
    expect(dayFirstFromLanguage(language)).toBe(expected);
  });

  it('takes the order from unambiguous dates on the page, and nothing when they disagree or none decides', () => {
    expect(dayFirstFromDates(['28-11-2026', '04-05-2027'])).toBe(true);
    expect(dayFirstFromDates(['11/28/2026 10:30 AM', '04/05/2027'])).toBe(false);
    expect(dayFirstFromDates(['28/11/2026', '11/28/2026'])).toBeUndefined();
    expect(dayFirstFromDates(['04/05/2027', '15.12.2026', '2026-12-15', 'Acme'])).toBeUndefined();
  });
});

describe('names are not prose', () => {
  // From the fixtures' Description fields, which a deal's weak "Description" label offered as its name.
  const paragraphs = [
    'Fleet analytics for 7 sites. Amount may rise to $320,000.00 if Canada is included; Close Date could slip to 1/31/2027.',
    'Budget 2027 freigegeben: 60.000 EUR. Abschluss vor 31.03.2027 geplant; Wettbewerber: Clari (Betrag 55.000 EUR). Phase laut Kunde: Verhandlung. Leadquelle ursprünglich Messe.',
    'Expansion of the 2025 pilot. Est. Revenue should reach £400,000 if Phase 2 is approved; close date may slip to 31/01/2027. Stage: Propose once legal signs off.',
  ];
  it.each(paragraphs)('a paragraph is no deal name, company or stage: %s', (text) => {
    for (const field of ['dealName', 'company', 'stage'] as FieldName[]) expect(normaliseFieldValue(field, text)).toBeUndefined();
  });

  it.each(['Smith & Co. Inc. Holdings', 'Fleet Analytics Expansion 2027', 'Acme: Phase 2. Rollout', 'Northwind Analytics – Enterprise Platform Renewal FY27', 'Dr. Oetker KG'])(
    'a name with stops in it stays a name: %s',
    (text) => expect(normaliseFieldValue('dealName', text)).toBe(text),
  );
});
