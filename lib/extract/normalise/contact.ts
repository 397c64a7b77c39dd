/**
 * Composite contact values, split instead of swallowed: `Jana Berger <jana@example.de>`, a list of phones with
 * their types, an e-mail followed by "(Work)", a web address among other text.
 */
import { clean } from './text';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** `Name <address>` or `"Name" <address>`, as mail programs and many CRMs write a contact. */
const NAME_AND_EMAIL = /^\s*"?([^"<>@]*?)"?\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/u;
/** A phone number: digits with the separators people write, optionally a leading `+`; at least six digits. */
const PHONE = /\+?\(?\d[\d\s().\-\u2010-\u2012/]*\d/g;
/** Lists of phones are written one per line, or after `,` `;` `|` ` / `. */
const PHONE_LIST_SEPARATOR = /\n|[,;|]|\s\/\s/;

/** The name and address of `Jana Berger <jana@example.de>`; undefined for anything else. */
export function splitNameAndEmail(text: string): { name: string; email: string } | undefined {
  const match = NAME_AND_EMAIL.exec(text.replace(/\s+/g, ' '));
  if (!match || !EMAIL.test(match[2] ?? '')) return undefined;
  return { name: clean(match[1] ?? ''), email: match[2]! };
}

/** The first e-mail address in a text (`a@b.de (Work)`, `Jana <a@b.de>`, two addresses). */
export function firstEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

/** A person's name: the name part of `Name <address>`; a bare address is not a name. */
export function personName(text: string): string | undefined {
  const composite = splitNameAndEmail(text);
  if (composite) return composite.name || undefined;
  const cleaned = clean(text);
  return EMAIL.test(cleaned) && cleaned.replace(EMAIL, '').trim() === '' ? undefined : cleaned;
}

/**
 * The first phone number of a list (`+44 20 7946 0321 (Work) +44 7700 900614 (Mobile)`), without its type:
 * the first one listed is the one CRMs show first, the work number by default.
 */
export function firstPhone(text: string): string | undefined {
  for (const part of text.split(PHONE_LIST_SEPARATOR)) {
    for (const match of part.matchAll(PHONE)) {
      const number = clean(match[0]);
      if ((number.match(/\d/g) ?? []).length >= 6) return balanceBrackets(number);
    }
  }
  return undefined;
}

/** `(0)30 1234` keeps its brackets; a bracket the match cut in half goes, with its partner. */
function balanceBrackets(number: string): string {
  const open = (number.match(/\(/g) ?? []).length;
  const close = (number.match(/\)/g) ?? []).length;
  return open === close ? number : clean(number.replace(/[()]/g, ''));
}

/** A web address: the first URL or domain in the text (`https://acme.io`, `www.acme.io`, `acme.co.uk`), as written. */
export function webAddress(text: string): string | undefined {
  const cleaned = clean(text);
  const url = /\bhttps?:\/\/[^\s<>"]+/i.exec(cleaned)?.[0];
  if (url) return url.replace(/[.,;)]+$/, '');
  if (EMAIL.test(cleaned)) return undefined;
  const domain = /(?:^|\s)((?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/[^\s]*)?)(?=\s|$)/u.exec(cleaned)?.[1];
  return domain?.replace(/[.,;)]+$/, '');
}
