/**
 * Text as read from CRM pages: white space, invisible marks, folding, placeholders.
 *
 * Pure functions: no DOM, no dependencies.
 */

/** Longer inputs are prose, not values; the cap also bounds the work done per field change. */
export const MAX_VALUE_LENGTH = 80;

/** Trims and collapses every run of Unicode whitespace (NBSP, narrow NBSP, thin space, ...) to one space. */
export function collapseWhitespace(text: string): string {
  // JS `\s` covers the Unicode Space_Separator category plus U+FEFF, which is what CRM markup uses.
  return text.replace(/\s+/g, ' ').trim();
}

/** A label as shown beside its value, without the colon or required-field asterisk after it (`Industry: *` → `Industry`). */
export function cleanLabel(text: string): string {
  return collapseWhitespace(text).replace(/\s*[:：*]+$/, '');
}

/**
 * Zero-width and direction marks (invisible, yet injected by CRM markup and by Intl output), and the bidi
 * embedding, override and isolate controls (U+202A–202E, U+2066–2069): page text could use them to reorder what
 * the rep reads (`Acme\u202Egnp.exe\u202C`).
 */
const INVISIBLE_MARKS = /[\u200B\u200E\u200F\u061C\u2060\u202A-\u202E\u2066-\u2069]/g;

/** Text as a value: invisible marks and bidi controls gone, white space collapsed. */
export function clean(text: string): string {
  return collapseWhitespace(text.replace(INVISIBLE_MARKS, ''));
}

/** Lower-cases and drops accents so `Déc.` matches `dec.` and `Über` matches `uber`: the one way text is compared. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A label or name as a lookup key: folded, every run of punctuation and space one space (`No. of Employees:` → `no of employees`). */
export function foldKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Sorts tokens longest first so `mio.` wins over `mio` and `mil millones` over `mil`. */
export function longestFirst(tokens: readonly string[]): readonly string[] {
  return [...tokens].sort((a, b) => b.length - a.length);
}

/**
 * The token of `tokens` (longest first) that starts at `s[i]`, or undefined.
 * A token ending in a letter must not run into another letter: `k` must not match `kg`.
 */
export function matchToken(s: string, i: number, tokens: readonly string[]): string | undefined {
  for (const token of tokens) {
    if (!s.startsWith(token, i)) continue;
    const end = i + token.length;
    if (isLetter(token[token.length - 1]) && isLetter(s[end])) continue;
    return token;
  }
  return undefined;
}

export function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ') i++;
  return i;
}


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


/** The non-empty lines of a multi-line value, white space collapsed. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => collapseWhitespace(line))
    .filter(Boolean);
}
