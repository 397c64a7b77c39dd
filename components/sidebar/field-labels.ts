import { t, uiLanguage, type MessageKey } from '../../lib/i18n';
import { CANONICAL_FIELDS, type FieldName } from '../../lib/record';

const CANONICAL: ReadonlySet<string> = new Set(CANONICAL_FIELDS);
/** Languages that capitalise every noun: field names stay as they are inside a sentence. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);

/** The name a rep reads for a field, in the UI language; custom fields show their key. */
export function fieldLabel(field: FieldName): string {
  return CANONICAL.has(field) ? t(`field_${field}` as MessageKey) : field.replace(/^custom\./, '');
}

/** Field names inside running text ("missing industry, employees"): lower case where the language writes nouns so. */
export function fieldList(fields: readonly FieldName[]): string {
  const language = uiLanguage();
  const text = fields.map(fieldLabel).join(', ');
  return NOUNS_CAPITALISED.has(language.split('-')[0]!.toLowerCase()) ? text : text.toLowerCase();
}
