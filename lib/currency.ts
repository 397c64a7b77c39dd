/**
 * Currency marks in amounts, and which ISO 4217 currencies each may stand for. A `$` is any dollar or peso,
 * a `¥` yen or yuan, `kr` any Nordic crown: a mark rules a currency out only when it cannot stand for it.
 * lib/extract/normalise/amount.ts scans past these marks; the scorer asks here which currency an amount was written in
 * (lib/scoring/currency.ts), so a ₹ or ¥ deal is never compared with a playbook's dollar figures.
 */
import { fold, longestFirst, matchToken } from './extract/normalise/text';

const DOLLARS_AND_PESOS = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP'];
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'INR', 'AUD', 'CAD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF',
  'RON', 'BGN', 'TRY', 'RUB', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'ZAR', 'AED', 'SAR', 'QAR', 'ILS', 'SGD',
  'HKD', 'KRW', 'TWD', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'EGP', 'NGN', 'KES', 'UAH', 'ISK',
];

/** Folded mark → the currencies it may stand for. */
const MARKS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['$', DOLLARS_AND_PESOS],
  ['€', ['EUR']], ['£', ['GBP']], ['¥', ['JPY', 'CNY']], ['￥', ['JPY', 'CNY']], ['₹', ['INR']], ['₩', ['KRW']],
  ['₽', ['RUB']], ['₺', ['TRY']], ['₪', ['ILS']], ['₫', ['VND']], ['₱', ['PHP']], ['฿', ['THB']], ['₦', ['NGN']],
  ['₴', ['UAH']], ['₸', ['KZT']], ['₡', ['CRC']],
  ['us$', ['USD']], ['a$', ['AUD']], ['au$', ['AUD']], ['c$', ['CAD']], ['ca$', ['CAD']], ['nz$', ['NZD']],
  ['hk$', ['HKD']], ['s$', ['SGD']], ['mx$', ['MXN']], ['r$', ['BRL']],
  ['rs.', ['INR', 'PKR', 'LKR', 'NPR']], ['rs', ['INR', 'PKR', 'LKR', 'NPR']], ['fr.', ['CHF']], ['sfr.', ['CHF']],
  ['kr', ['SEK', 'NOK', 'DKK', 'ISK']], ['kr.', ['SEK', 'NOK', 'DKK', 'ISK']], ['kc', ['CZK']], ['zł', ['PLN']],
  ['rp', ['IDR']], ['rm', ['MYR']], ['rmb', ['CNY']],
  // German accounting's thousands of euros: `250 TEUR`, `250 T€`.
  ['teur', ['EUR']], ['t€', ['EUR']],
  ...ISO_CODES.map((code): [string, readonly string[]] => [code.toLowerCase(), [code]]),
]);

/** Every mark lib/extract/normalise/amount.ts accepts before or after a number, folded, longest first. */
export const CURRENCY_MARKS: readonly string[] = longestFirst([...MARKS.keys()].filter((mark) => mark !== 'teur' && mark !== 't€'));

const ALL_MARKS = longestFirst([...MARKS.keys()]);

export interface CurrencyMark {
  /** The mark as the page wrote it (`₹`, `INR`, `kr`). */
  text: string;
  /** The ISO 4217 codes it may stand for. */
  codes: readonly string[];
}

/**
 * The currency mark an amount's text is written with, or undefined when it has none (or more than one kind,
 * as in `EUR 250,000 (USD 270,000)`, which says nothing for sure). A mark made of letters counts only as a word
 * of its own: the `rs` in `Partners` is not rupees.
 */
export function currencyMarkIn(raw: string): CurrencyMark | undefined {
  const folded = fold(raw);
  if (folded.length !== raw.length) return undefined;
  let found: CurrencyMark | undefined;
  for (let i = 0; i < folded.length; i++) {
    const mark = matchToken(folded, i, ALL_MARKS);
    if (!mark) continue;
    const wordLike = /\p{L}/u.test(mark[0]!) && /\p{L}/u.test(mark[mark.length - 1]!);
    const before = folded[i - 1];
    const after = folded[i + mark.length];
    if (wordLike && ((before !== undefined && /\p{L}/u.test(before)) || (after !== undefined && /\p{L}/u.test(after)))) continue;
    const codes = MARKS.get(mark)!;
    if (found && found.codes.join() !== codes.join()) return undefined;
    found ??= { text: raw.slice(i, i + mark.length), codes };
    i += mark.length - 1;
  }
  return found;
}
