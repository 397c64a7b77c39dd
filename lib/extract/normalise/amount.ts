/**
 * Amounts: numbers, money, counts and bands in any common locale.
 *
 * Strict on purpose: a value that does not clearly look like a number or band yields `undefined`
 * rather than a guess, because a wrong value feeds the scorer while a missing one only shows as "unknown".
 */
import type { NumberRange } from '../../record';
import { CURRENCY_MARKS } from '../../currency';
import { clean, fold, isDigit, longestFirst, matchToken, MAX_VALUE_LENGTH, skipSpaces } from './text';


/** Currency symbols and ISO codes, folded (lib/currency.ts, which also says what each stands for). Allowed once before and once after the number. */
const CURRENCIES = CURRENCY_MARKS;

/** Scale words as powers of ten, so scaling stays exact (`2.1e6`, not `2.1 * 1e6`). */
const SCALE_EXPONENTS: ReadonlyMap<string, number> = new Map([
  // Thousands. `mil` is Spanish/Portuguese, `teur`/`t€` German accounting.
  ['k', 3], ['thousand', 3], ['thousands', 3], ['tsd', 3], ['tsd.', 3], ['tausend', 3], ['mille', 3],
  ['mil', 3], ['duizend', 3], ['teur', 3], ['t€', 3],
  // Millions. `mm` is US finance, `mi` Brazilian, `mln` Dutch.
  ['m', 6], ['mm', 6], ['mn', 6], ['mio', 6], ['mio.', 6], ['million', 6], ['millions', 6],
  ['millionen', 6], ['millon', 6], ['millones', 6], ['mi', 6], ['milhao', 6], ['milhoes', 6],
  ['mln', 6], ['mln.', 6], ['miljoen', 6], ['miljoenen', 6],
  // Billions (short scale). `md` is French, `mld` Dutch, `bi` Brazilian; Spanish `billón` (10^12) is left out.
  ['b', 9], ['bn', 9], ['billion', 9], ['billions', 9], ['mrd', 9], ['mrd.', 9], ['mrds', 9],
  ['milliarde', 9], ['milliarden', 9], ['milliard', 9], ['milliards', 9], ['md', 9], ['mds', 9],
  ['bi', 9], ['bilhao', 9], ['bilhoes', 9], ['mld', 9], ['mld.', 9], ['miljard', 9], ['miljarden', 9],
  ['mil millones', 9], ['mil m', 9],
  // Indian lakh (10^5) and crore (10^7); `L`/`Cr` are what Intl's en-IN compact notation prints.
  ['l', 5], ['lakh', 5], ['lakhs', 5], ['lac', 5], ['lacs', 5],
  ['cr', 7], ['cr.', 7], ['crore', 7], ['crores', 7], ['kcr', 10],
]);
const SCALES = longestFirst([...SCALE_EXPONENTS.keys()]);

/** Count nouns that may follow a head-count or seat count, folded. */
const UNITS = longestFirst([
  'employees', 'employee', 'staff', 'people', 'persons', 'fte', 'ftes', 'users', 'seats', 'licenses',
  'licences', 'mitarbeiter', 'mitarbeitende', 'beschaftigte', 'angestellte', 'salaries', 'employes',
  'personnes', 'collaborateurs', 'empleados', 'trabajadores', 'funcionarios', 'colaboradores',
  'empregados', 'medewerkers', 'werknemers',
]);

/** Hedges that do not change the value: `ca. 500 Mitarbeiter`, `~5M`. */
const APPROXIMATIONS = longestFirst([
  '~', '≈', 'ca.', 'ca', 'circa', 'approx.', 'approx', 'approximately', 'about', 'around', 'env.',
  'environ', 'aprox.', 'aprox', 'aproximadamente', 'etwa', 'rund', 'ongeveer',
]);

/** Prefixes that turn an amount into a band open at the top: `more than 500` → `{ min: 500 }`. */
const AT_LEAST = longestFirst([
  '>', '>=', '≥', 'more than', 'over', 'above', 'at least', 'mehr als', 'uber', 'ab', 'plus de',
  'au moins', 'mas de', 'mais de', 'meer dan',
]);

/** Prefixes that turn an amount into a band `{ min: 0, max }`: `< 50`, `up to 50`. */
const AT_MOST = longestFirst([
  '<', '<=', '≤', 'less than', 'fewer than', 'under', 'below', 'up to', 'weniger als', 'unter', 'bis',
  'bis zu', 'moins de', "jusqu'a", 'jusqu’a', 'menos de', 'hasta', 'ate', 'minder dan', 'tot',
]);

/** Words between the two ends of a band: `51 to 200`, `51 bis 200`, `51 a 200`. */
const RANGE_WORDS = [' to ', ' bis ', ' a ', ' tot '];
const RANGE_DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015';
const MINUS_SIGNS = '-\u2212\u2012\u2013';

/** Digit runs joined by single grouping/decimal characters: `1.250.000,00`, `12'400'000`, `1 250`. */
const NUMBER_LITERAL = /\d+(?:[.,'’ ]\d+)*/y;

/** A scanned amount kept as decimal digits plus a power of ten, so it can be re-scaled exactly. */
interface Amount {
  integer: string;
  fraction: string;
  exponent: number;
  negative: boolean;
  /** Followed by `+`: an open band. */
  open: boolean;
}

function amountValue(a: Amount, exponent = a.exponent): number {
  const fraction = a.fraction ? `.${a.fraction}` : '';
  const magnitude = Number(`${a.integer}${fraction}e${exponent}`);
  // `|| 0` turns -0 into 0.
  return (a.negative ? -magnitude : magnitude) || 0;
}

/**
 * Parses a number, money amount, count or band in any common locale.
 * Returns a number, a `{ min, max? }` band, or undefined when the text is not clearly numeric.
 */
export function parseAmount(text: string): number | NumberRange | undefined {
  const s = fold(clean(text));
  if (s.length > MAX_VALUE_LENGTH || !/\d/.test(s)) return undefined;

  const single = scanAmount(s);
  if (single) return single.open ? { min: amountValue(single) } : amountValue(single);
  return parseBoundedBand(s) ?? parseRange(s);
}

/** `more than 500`, `> 500`, `< 50`, `up to 50`. */
function parseBoundedBand(s: string): NumberRange | undefined {
  const atLeast = matchToken(s, 0, AT_LEAST);
  if (atLeast) {
    const a = scanAmount(s.slice(atLeast.length));
    return a && !a.open ? { min: amountValue(a) } : undefined;
  }
  const atMost = matchToken(s, 0, AT_MOST);
  if (atMost) {
    const a = scanAmount(s.slice(atMost.length));
    if (!a || a.open) return undefined;
    const max = amountValue(a);
    return max >= 0 ? { min: 0, max } : undefined;
  }
  return undefined;
}

/** `51-200`, `51 – 200`, `1,001-5,000`, `$1M - $5M`, `1-5M`, `51 to 200`. */
function parseRange(s: string): NumberRange | undefined {
  // Try each dash after the first character; a leading dash is a minus sign, not a separator.
  for (let i = 1; i < s.length; i++) {
    if (!RANGE_DASHES.includes(s[i] ?? '')) continue;
    const range = rangeOf(s.slice(0, i), s.slice(i + 1));
    if (range) return range;
  }
  for (const word of RANGE_WORDS) {
    const i = s.indexOf(word);
    if (i > 0) return rangeOf(s.slice(0, i), s.slice(i + word.length));
  }
  return undefined;
}

function rangeOf(left: string, right: string): NumberRange | undefined {
  const low = scanAmount(left);
  const high = scanAmount(right);
  if (!low || !high || low.open || high.open) return undefined;
  const max = amountValue(high);
  let min = amountValue(low);
  // `1-5M` means 1M to 5M: an unscaled lower end borrows the upper end's scale when that stays ordered.
  if (low.exponent === 0 && high.exponent !== 0) {
    const scaled = amountValue(low, high.exponent);
    if (scaled <= max) min = scaled;
  }
  return min <= max ? { min, max } : undefined;
}

/**
 * Scans one amount: `[(] [sign|currency|approx]* number [scale|currency|unit|%|+]* [)]`.
 * Anything else in the text (letters, a second number, `/`, `:`) makes it undefined.
 */
function scanAmount(input: string): Amount | undefined {
  let s = input.trim();
  let negative = false;
  // Accounting style: `(500)`, `($1,250.00)`.
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }

  // Prefixes. A leading `+` is refused on purpose: it is how phone numbers start.
  let i = 0;
  let sawSign = false;
  let sawCurrency = false;
  let sawApprox = false;
  for (;;) {
    i = skipSpaces(s, i);
    const ch = s[i];
    if (ch === undefined) return undefined;
    if (isDigit(ch)) break;
    if (!sawSign && !negative && MINUS_SIGNS.includes(ch)) {
      negative = sawSign = true;
      i++;
      continue;
    }
    const currency = sawCurrency ? undefined : matchToken(s, i, CURRENCIES);
    if (currency) {
      sawCurrency = true;
      i += currency.length;
      continue;
    }
    const approx = sawApprox || sawSign ? undefined : matchToken(s, i, APPROXIMATIONS);
    if (approx) {
      sawApprox = true;
      i += approx.length;
      continue;
    }
    return undefined;
  }

  NUMBER_LITERAL.lastIndex = i;
  const literal = NUMBER_LITERAL.exec(s)?.[0];
  if (!literal) return undefined;
  const digits = readNumberLiteral(literal);
  if (!digits) return undefined;
  i += literal.length;

  // Suffixes, each at most once, in any order: `2,5 Mio. €`, `5k€`, `500+ employees`, `12.5 %`.
  let exponent = 0;
  let open = false;
  let sawScale = false;
  let sawSuffixCurrency = false;
  let sawUnit = false;
  let sawPercent = false;
  for (;;) {
    i = skipSpaces(s, i);
    if (i >= s.length) break;
    if (!open && s[i] === '+') {
      open = true;
      i++;
      continue;
    }
    if (!sawPercent && s[i] === '%') {
      sawPercent = true;
      i++;
      continue;
    }
    const scale = sawScale ? undefined : matchToken(s, i, SCALES);
    if (scale) {
      sawScale = true;
      exponent = SCALE_EXPONENTS.get(scale) ?? 0;
      i += scale.length;
      continue;
    }
    const currency = sawSuffixCurrency ? undefined : matchToken(s, i, CURRENCIES);
    if (currency) {
      sawSuffixCurrency = true;
      i += currency.length;
      continue;
    }
    const unit = sawUnit ? undefined : matchToken(s, i, UNITS);
    if (unit) {
      sawUnit = true;
      i += unit.length;
      continue;
    }
    return undefined;
  }
  // A percentage is a bare ratio: `8€%`, `5%M` or `12% employees` are not values.
  if (sawPercent && (sawScale || sawCurrency || sawSuffixCurrency || sawUnit)) return undefined;

  return { ...digits, exponent, negative, open };
}

/**
 * Splits a numeric literal into integer and fraction digits, deciding which separator (if any)
 * is the decimal one:
 * - spaces and apostrophes only ever group;
 * - with both `,` and `.`, the last one is the decimal (`1.234,56`, `1,234.56`);
 * - one kind repeated is grouping (`1.250.000`, `1,25,00,000`);
 * - after space/apostrophe grouping, a final `,`/`.` is the decimal (`1 250,50`, `12'400.50`);
 * - a lone `,`/`.` followed by exactly three digits is grouping (`1,250`), else decimal (`1,25`).
 * Grouping must be well formed (western 3-digit or Indian 2-digit groups), else undefined.
 */
function readNumberLiteral(literal: string): { integer: string; fraction: string } | undefined {
  const runs = literal.split(/[.,'’ ]/);
  const separators = literal.replace(/\d+/g, '');
  if (separators.length === 0) return hasNoLeadingZero(literal) ? { integer: literal, fraction: '' } : undefined;

  const decimal = decimalSeparator(separators, runs);
  const integerRuns = decimal ? runs.slice(0, -1) : runs;
  const grouping = decimal ? separators.slice(0, -1) : separators;
  if (grouping.length === 0) {
    if (!hasNoLeadingZero(integerRuns[0] ?? '')) return undefined;
  } else if (!isOneGroupingKind(grouping) || !isWellGrouped(integerRuns)) {
    return undefined;
  }
  return { integer: integerRuns.join(''), fraction: decimal ? (runs[runs.length - 1] ?? '') : '' };
}

function decimalSeparator(separators: string, runs: readonly string[]): string | undefined {
  const last = separators[separators.length - 1];
  if (last !== '.' && last !== ',') return undefined;
  if (separators.includes(last === '.' ? ',' : '.')) return last;
  if (separators.indexOf(last) !== separators.length - 1) return undefined;
  if (separators.length > 1) return last;
  // A lone separator: `1,250` is grouping, but `0,250` and `1234,567` cannot be, so they are decimals.
  const [head = '', tail = ''] = runs;
  return tail.length === 3 && /^[1-9]\d{0,2}$/.test(head) ? undefined : last;
}

/** `'` and `’` are the same (Swiss) grouping mark; any other mix (`1 234.567,000.1`) is not a number. */
function isOneGroupingKind(grouping: string): boolean {
  const kinds = new Set(grouping.replace(/’/g, "'"));
  return kinds.size === 1;
}

/** Western `1,234,567` (first group 1–3 digits, then threes) or Indian `12,34,567` (twos, then a three). */
function isWellGrouped(runs: readonly string[]): boolean {
  const [first = '', ...rest] = runs;
  const last = rest[rest.length - 1] ?? '';
  const western = /^[1-9]\d{0,2}$/.test(first) && rest.every((r) => r.length === 3);
  const indian =
    rest.length >= 2 &&
    /^[1-9]\d?$/.test(first) &&
    last.length === 3 &&
    rest.slice(0, -1).every((r) => r.length === 2);
  return western || indian;
}

/** `0` and `12` are numbers; `007` and `0100` are codes or phone fragments. */
function hasNoLeadingZero(run: string): boolean {
  return run === '0' || (run.length > 0 && run[0] !== '0');
}

