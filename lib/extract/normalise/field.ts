/** A raw field text normalised for its canonical field: numbers, bands, dates or cleaned text. */
import { DATE_FIELDS, NUMERIC_FIELDS, type FieldName, type FieldValue } from '../../record';
import { parseAmount } from './amount';
import { parseDate, type DateOptions } from './date';
import { isPlaceholder, normaliseText } from './text';


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

