import { formatNumber, t, tn, uiLanguage } from '../../lib/i18n';
import { CANONICAL_FIELDS, formatFieldValue, type CrmRecord, type FieldName, type FieldReading } from '../../lib/record';
import type { OtherCurrency } from '../../lib/scoring/currency';
import { Card } from '../ui/Card';
import { fieldLabel } from './field-labels';

export function FieldsCard({ record, crmName, otherCurrency }: { record: CrmRecord; crmName: string; otherCurrency?: OtherCurrency }) {
  const read = Object.entries(record.fields) as [FieldName, FieldReading][];
  read.sort(([a], [b]) => order(a) - order(b));
  return (
    <Card
      name="fields"
      title={t('sidebar_fieldsTitle')}
      summary={formatNumber(read.length)}
      summaryLabel={tn('sidebar_fieldCount', read.length)}
      defaultOpen={false}
    >
      {read.length === 0 ? (
        <p class="pc-muted">{t('sidebar_noFields')}</p>
      ) : (
        <dl class="pc-fields">
          {read.map(([field, reading]) => (
            <div key={field} class="pc-field" data-field={field} data-value={formatFieldValue(reading.value)} data-source={reading.source ?? 'page'}>
              <dt>{fieldLabel(field)}</dt>
              <dd>
                <span class="pc-field__value">{reading.raw}</span>
                <span class="pc-field__source">{t('sidebar_fieldSource', reading.label, t(`sidebar_via_${reading.via}`))}</span>
                {otherCurrency?.fields[field] !== undefined && (
                  <span class="pc-field__source pc-field__note" data-other-currency={otherCurrency.fields[field]}>
                    {t('sidebar_fieldOtherCurrency', otherCurrency.playbook)}
                  </span>
                )}
                {reading.source === 'linked' && <span class="pc-field__source">{t('reading_sourceLinked')}</span>}
                {reading.source === 'remembered' && reading.readAt !== undefined && (
                  <span class="pc-field__source" data-remembered-at={reading.readAt}>
                    {t(reading.from === 'contact' ? 'reading_sourceRemembered_contact' : 'reading_sourceRemembered_company', new Date(reading.readAt).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' }))}
                  </span>
                )}
                {reading.alternatives?.map((other) => (
                  <span key={formatFieldValue(other.value)} class="pc-field__source" data-alternative={formatFieldValue(other.value)}>
                    {t('reading_alternative', other.raw, other.label)}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {record.warnings.map((warning) => (
        <p key={warning} class="pc-alert">
          {warning}
        </p>
      ))}
      <p class="pc-muted">{t(`sidebar_readFrom_${record.kind}`, crmName)}</p>
    </Card>
  );
}

function order(field: FieldName): number {
  const index = (CANONICAL_FIELDS as readonly string[]).indexOf(field);
  return index === -1 ? CANONICAL_FIELDS.length : index;
}
