/**
 * Normalises text read from CRM pages into canonical field values (see lib/record.ts).
 *
 * Pure functions: no DOM, no dependencies. Every parser is strict on purpose — a value that
 * does not clearly look like a number, band or date yields `undefined` rather than a guess,
 * because a wrong value feeds the scorer while a missing one only shows as "unknown".
 */
import { DATE_FIELDS, NUMERIC_FIELDS, type FieldName, type FieldValue, type NumberRange } from '../record';

export interface DateOptions {
  /** Read ambiguous slash/dash dates such as `03/04/2026` as day-first (4 March). Default false (US). */
  dayFirst?: boolean;
}

/** Longer inputs are prose, not values; the cap also bounds the work done per field change. */
const MAX_VALUE_LENGTH = 80;

// ---------------------------------------------------------------------------
// Shared text helpers
// ---------------------------------------------------------------------------

/** Trims and collapses every run of Unicode whitespace (NBSP, narrow NBSP, thin space, ...) to one space. */
export function collapseWhitespace(text: string): string {
  // JS `\s` covers the Unicode Space_Separator category plus U+FEFF, which is what CRM markup uses.
  return text.replace(/\s+/g, ' ').trim();
}

/** Zero-width and direction marks: invisible, yet injected by CRM markup and by Intl output. */
const INVISIBLE_MARKS = /[\u200B\u200E\u200F\u061C\u2060]/g;

function clean(text: string): string {
  return collapseWhitespace(text.replace(INVISIBLE_MARKS, ''));
}

/** Lower-cases and drops accents so `Déc.` matches `dec.` and `Über` matches `uber`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Sorts tokens longest first so `mio.` wins over `mio` and `mil millones` over `mil`. */
function longestFirst(tokens: readonly string[]): readonly string[] {
  return [...tokens].sort((a, b) => b.length - a.length);
}

/**
 * The token of `tokens` (longest first) that starts at `s[i]`, or undefined.
 * A token ending in a letter must not run into another letter: `k` must not match `kg`.
 */
function matchToken(s: string, i: number, tokens: readonly string[]): string | undefined {
  for (const token of tokens) {
    if (!s.startsWith(token, i)) continue;
    const end = i + token.length;
    if (isLetter(token[token.length - 1]) && isLetter(s[end])) continue;
    return token;
  }
  return undefined;
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ') i++;
  return i;
}

// ---------------------------------------------------------------------------
// Placeholders
// ---------------------------------------------------------------------------

/**
 * What CRMs show for "no value", folded (lower-case, no accents). Surrounding dashes, brackets
 * and trailing dots are stripped before the lookup, so `--None--`, `—Keine—`, `(none)` and
 * `Select...` need no entries of their own. Only whole-value matches count: `Nonexistent Corp`
 * or `Nancy` are real values.
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  // English
  'none', 'null', 'undefined', 'n/a', 'na', 'n.a', 'n/d', 'not set', 'not specified', 'not provided',
  'not available', 'select', 'select one', 'please select', 'choose',
  // German
  'keine', 'keiner', 'keines', 'k.a', 'k. a', 'keine angabe', 'keine angaben', 'nicht gesetzt',
  'nicht festgelegt', 'nicht angegeben', 'auswahlen', 'bitte auswahlen',
  // French
  'aucun', 'aucune', 'non defini', 'non definie', 'non renseigne', 'non renseignee', 'non specifie',
  'non specifiee', 'selectionner', 'choisir',
  // Spanish
  'ninguno', 'ninguna', 'no definido', 'sin definir', 'sin especificar', 'no especificado',
  'seleccionar', 'seleccione',
  // Portuguese
  'nenhum', 'nenhuma', 'nao definido', 'nao especificado', 'nao informado', 'selecionar', 'selecione',
  // Dutch
  'geen', 'niet ingesteld', 'niet opgegeven', 'niet ingevuld', 'n.v.t', 'nvt', 'selecteer', 'selecteren',
  // Italian (Salesforce's `--Nessuno--`)
  'nessuno', 'nessuna',
]);

const LEADING_WRAPPER = /^[\s\-\u2010-\u2015\u2212([]+/;
const TRAILING_WRAPPER = /[\s\-\u2010-\u2015\u2212)\].\u2026]+$/;

/** True for the CRM's way of saying "empty": blank, dashes, `N/A`, `--None--`, `Keine`, ... */
export function isPlaceholder(text: string): boolean {
  const core = fold(clean(text)).replace(LEADING_WRAPPER, '').replace(TRAILING_WRAPPER, '');
  return core === '' || PLACEHOLDER_WORDS.has(core);
}

/** Cleaned text, or undefined when it is a placeholder. */
export function normaliseText(text: string): string | undefined {
  const cleaned = clean(text);
  return isPlaceholder(cleaned) ? undefined : cleaned;
}

// ---------------------------------------------------------------------------
// Amounts: numbers, money, counts and bands
// ---------------------------------------------------------------------------

/** Currency symbols and ISO codes, folded. Allowed once before and once after the number. */
const CURRENCIES = longestFirst([
  '$', '€', '£', '¥', '￥', '₹', '₩', '₽', '₺', '₪', '₫', '₱', '฿', '₦', '₴', '₸', '₡',
  'us$', 'a$', 'au$', 'c$', 'ca$', 'nz$', 'hk$', 's$', 'mx$', 'r$', 'rs.', 'rs', 'fr.', 'sfr.',
  'kr', 'kr.', 'kc', 'zł', 'rp', 'rm',
  'usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'rmb', 'inr', 'aud', 'cad', 'nzd', 'sek', 'nok', 'dkk',
  'pln', 'czk', 'huf', 'ron', 'bgn', 'try', 'rub', 'brl', 'mxn', 'ars', 'clp', 'cop', 'pen', 'zar',
  'aed', 'sar', 'qar', 'ils', 'sgd', 'hkd', 'krw', 'twd', 'thb', 'idr', 'myr', 'php', 'vnd', 'egp',
  'ngn', 'kes', 'uah', 'isk',
]);

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

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** Month names and abbreviations in en/de/fr/es/pt/nl, folded (no accents, so `mär` is `mar`). */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'jan january januar jänner jan janvier janv enero ene janeiro januari'],
      [2, 'feb february februar feber fevrier fevr fev febrero fevereiro februari'],
      [3, 'mar march marz mars marzo marco maart mrt'],
      [4, 'apr april avril avr abril abr'],
      [5, 'may mai mayo maio mei'],
      [6, 'jun june juni juin junio junho'],
      [7, 'jul july juli juillet juil julio julho'],
      [8, 'aug august aout agosto ago augustus'],
      [9, 'sep sept september septembre septiembre setiembre set setembro'],
      [10, 'oct october okt oktober octobre octubre outubro out'],
      [11, 'nov november novembre noviembre novembro'],
      [12, 'dec december dez dezember decembre diciembre dic dezembro'],
    ] as const
  ).flatMap(([month, names]) => fold(names).split(' ').map((name) => [name, month] as const)),
);

/** `15.12.2026`, `12/15/26`, `15-12-2026`, `2026-12-15` (+ optional time). */
const NUMERIC_DATE = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)(.*)$/;
/** `15 December 2026`, `15. Dez. 2026`, `15 de diciembre de 2026`, `1st Dec 2026`, `15-Dec-26`. */
const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th|er|º)?\.?[\s/-]*(?:(?:de|of)\s)?([a-z]+)\.?,?[\s/-]*(?:(?:de|del)\s)?(\d{4}|\d{2})(?!\d)(.*)$/;
/** `Dec 15, 2026`, `December 15th 2026`, `Mär 3, 2026`. */
const MONTH_DAY_YEAR = /^([a-z]+)\.?[\s/-]*(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|[\s/-]+)(\d{4}|\d{2})(?!\d)(.*)$/;
/**
 * A trailing time we may ignore: `10:30 AM`, `T10:00:00Z`, `, 10:30`, `um 14:00 Uhr`, `10h30`,
 * `10:00:00.000+01:00`, `10:30 AM GMT+1`, `14:00 (CET)`.
 */
const TIME_SUFFIX =
  /^(?:t|,|@|at|um|a las|as|a|om)?\s*\d{1,2}(?:(?:[:h]\d{2}){1,2}(?:[.,]\d{1,9})?\s*(?:uhr|h|[ap]\.?m\.?)?|\s*(?:uhr|h|[ap]\.?m\.?))\s*(?:z|(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?|\(?[a-z]{2,5}\)?)?$/;

/**
 * Parses a calendar date in ISO, US, European or month-name (en/de/fr/es/pt/nl) form to `YYYY-MM-DD`.
 * Dotted dates are day-first; ambiguous slash/dash dates follow `opts.dayFirst` (default US month-first);
 * an unambiguous one (a part above 12) is read the only way it can be. Impossible dates give undefined.
 */
export function parseDate(text: string, opts: DateOptions = {}): string | undefined {
  const s = fold(clean(text));
  if (s.length === 0 || s.length > MAX_VALUE_LENGTH) return undefined;
  return parseNumericDate(s, opts.dayFirst ?? false) ?? parseNamedDate(s);
}

function parseNumericDate(s: string, dayFirst: boolean): string | undefined {
  const match = NUMERIC_DATE.exec(s);
  if (!match) return undefined;
  const [, first = '', separator, second = '', third = '', rest = ''] = match;
  if (!isIgnorableTail(rest)) return undefined;

  // Year first: ISO `2026-12-15`, also `2026/12/15` and `2026.12.15`.
  if (first.length === 4) return third.length <= 2 ? isoDate(Number(first), Number(second), Number(third)) : undefined;
  if (first.length > 2) return undefined;

  const year = expandYear(third);
  if (year === undefined) return undefined;
  const a = Number(first);
  const b = Number(second);
  const preferDayFirst = separator === '.' || dayFirst;
  const isDayFirst = a > 12 ? true : b > 12 ? false : preferDayFirst;
  return isDayFirst ? isoDate(year, b, a) : isoDate(year, a, b);
}

function parseNamedDate(s: string): string | undefined {
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const [, day = '', name = '', year = '', rest = ''] = dmy;
    return namedDate(year, name, day, rest);
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) {
    const [, name = '', day = '', year = '', rest = ''] = mdy;
    return namedDate(year, name, day, rest);
  }
  return undefined;
}

function namedDate(yearText: string, monthName: string, dayText: string, rest: string): string | undefined {
  const month = MONTHS.get(monthName);
  const year = expandYear(yearText);
  if (month === undefined || year === undefined || !isIgnorableTail(rest)) return undefined;
  return isoDate(year, month, Number(dayText));
}

function isIgnorableTail(rest: string): boolean {
  const tail = rest.trim();
  return tail === '' || TIME_SUFFIX.test(tail);
}

/** Two-digit years are this century: `26` → 2026. */
function expandYear(text: string): number | undefined {
  if (text.length === 2) return 2000 + Number(text);
  if (text.length === 4 && text[0] !== '0') return Number(text);
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---------------------------------------------------------------------------
// Field values
// ---------------------------------------------------------------------------

/**
 * Normalises a raw field text for `field`: numbers/bands for NUMERIC_FIELDS, `YYYY-MM-DD` for
 * DATE_FIELDS, cleaned text otherwise. Placeholders and unparseable numbers/dates give undefined.
 */
export function normaliseFieldValue(field: FieldName, raw: string, opts?: DateOptions): FieldValue | undefined {
  if (isPlaceholder(raw)) return undefined;
  if (NUMERIC_FIELDS.has(field)) return parseAmount(raw);
  if (DATE_FIELDS.has(field)) return parseDate(raw, opts);
  return normaliseText(raw);
}
