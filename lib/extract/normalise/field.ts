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
    default:
      return normaliseText(raw);
  }
}
