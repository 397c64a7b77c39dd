/** Calendar dates in ISO, US, European and month-name forms, to `YYYY-MM-DD`. Strict: no guesses. */
import { clean, fold, MAX_VALUE_LENGTH } from './text';

export interface DateOptions {
  /**
   * How the page writes ambiguous slash/dash dates such as `03/04/2026`: day first (3 April) or month first
   * (4 March). Unknown (undefined): such a date is not read at all, never guessed.
   */
  dayFirst?: boolean;
}


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
 * Dotted dates are day-first; ambiguous slash/dash dates follow `opts.dayFirst` (unknown: not read);
 * an unambiguous one (a part above 12) is read the only way it can be. Impossible dates give undefined.
 */
export function parseDate(text: string, opts: DateOptions = {}): string | undefined {
  const s = fold(clean(text));
  if (s.length === 0 || s.length > MAX_VALUE_LENGTH) return undefined;
  return parseNumericDate(s, opts.dayFirst) ?? parseNamedDate(s);
}

function parseNumericDate(s: string, dayFirst: boolean | undefined): string | undefined {
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
  // Dotted dates are day-first in every locale that writes them; a part above 12 decides on its own.
  const isDayFirst = a > 12 ? true : b > 12 ? false : a === b ? true : separator === '.' ? true : dayFirst;
  if (isDayFirst === undefined) return undefined;
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


/**
 * What the page's own unambiguous numeric dates say about its format (`28-11-2026` is day-first, `11/28/2026`
 * month-first): undefined when none decides, or when they disagree.
 */
export function dayFirstFromDates(texts: Iterable<string>): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const match = NUMERIC_DATE.exec(fold(clean(text)));
    if (!match || match[1]!.length > 2 || match[2] === '.' || !isIgnorableTail(match[5] ?? '')) continue;
    const a = Number(match[1]);
    const b = Number(match[3]);
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}

/**
 * How a page language writes dates (`en-GB`, `de`: day first; `en-US`: month first), from the platform's own
 * locale data. A bare `en` says nothing: apps put it on pages for every English format.
 */
export function dayFirstFromLanguage(language: string | null | undefined): boolean | undefined {
  const tag = (language ?? '').trim();
  if (!tag || /^en$/i.test(tag)) return undefined;
  try {
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2026, 11, 31));
    const order = parts.filter((part) => part.type === 'day' || part.type === 'month').map((part) => part.type);
    return order[0] === 'day' ? true : order[0] === 'month' ? false : undefined;
  } catch {
    return undefined;
  }
}
