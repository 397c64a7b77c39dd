/** A raw field text normalised for its canonical field: numbers, bands, dates, countries, contact parts, or cleaned text. */
import { DATE_FIELDS, NUMERIC_FIELDS, type FieldName, type FieldValue } from '../../record';
import { parseAmount } from './amount';
import { firstEmail, firstPhone, personName, webAddress } from './contact';
import { normaliseCountry } from './country';
import { parseDate, type DateOptions } from './date';
import { isPlaceholder, normaliseText } from './text';

/**
 * Normalises a raw field text for `field`: numbers/bands for NUMERIC_FIELDS, `YYYY-MM-DD` for DATE_FIELDS, an
 * English country name, the first phone or e-mail of a list, a person's name without its `<address>`, a web
 * address; cleaned text otherwise. Placeholders and values that are not what the field holds give undefined.
 */
export function normaliseFieldValue(field: FieldName, raw: string, opts?: DateOptions): FieldValue | undefined {
  if (isPlaceholder(raw)) return undefined;
  if (NUMERIC_FIELDS.has(field)) return parseAmount(raw);
  if (DATE_FIELDS.has(field)) return parseDate(raw, opts);
  switch (field) {
    case 'country':
      return normaliseCountry(raw);
    case 'phone':
      return firstPhone(raw);
    case 'email':
      return firstEmail(raw);
    case 'fullName': {
      const name = personName(raw);
      return name && !isPlaceholder(name) ? name : undefined;
    }
    case 'website':
      return webAddress(raw);
    default: {
      const text = normaliseText(raw);
      return text !== undefined && SHORT_TEXT_FIELDS.has(field) && isProse(text) ? undefined : text;
    }
  }
}

/** Fields holding a name or a short label: a deal's "Description" paragraph is not its name, not even as "also read". */
const SHORT_TEXT_FIELDS: ReadonlySet<FieldName> = new Set(['company', 'industry', 'title', 'dealName', 'stage', 'competitor', 'leadSource']);

/**
 * Prose, not a name: two sentence breaks or more (a stop after a word of four letters or more, then a capital, so
 * `Smith & Co. Inc.` stays a name), or more words than any name has.
 */
function isProse(text: string): boolean {
  const breaks = text.match(/\p{L}{4,}[.;!?]\s+\p{Lu}/gu)?.length ?? 0;
  return breaks >= 2 || text.split(/\s+/).length > 20;
}
