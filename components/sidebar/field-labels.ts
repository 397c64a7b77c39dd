import { t, type MessageKey } from '../../lib/i18n';
import { CANONICAL_FIELDS, type FieldName } from '../../lib/record';

const CANONICAL: ReadonlySet<string> = new Set(CANONICAL_FIELDS);

/** The name a rep reads for a field, in the UI language; custom fields show their key. */
export function fieldLabel(field: FieldName): string {
  return CANONICAL.has(field) ? t(`field_${field}` as MessageKey) : field.replace(/^custom\./, '');
}
