/** Live preview: the five sidebar cards for a sample record under the draft playbook, with the score worked out. */
import { useMemo, useState } from 'preact/hooks';
import { DEMO_RECORDS, recordFromValues } from './demo-records';
import { formatNumber, t } from '../../../lib/i18n';
import type { Playbook } from '../../../lib/playbook/schema';
import { CANONICAL_FIELDS, type FieldName } from '../../../lib/record';
import { conditionFields } from '../../../lib/scoring/conditions';
import type { FitResult } from '../../../lib/scoring/fit';
import { buildCards } from '../../../lib/scoring/select';
import { fieldLabel } from '../../sidebar/field-labels';
import { tierDescription } from '../../ui/Badge';
import { richText } from '../rich-text';
import { SidebarCards } from './SidebarCards';

const CUSTOM = 'custom';
/** The CRM name the fields card shows for the sample record. */
const crmName = (crm: string) => (crm === 'salesforce' ? 'Salesforce' /* i18n-ignore: a product name */ : crm === 'preview' ? t('options_preview_sampleCrm') : crm);

/** Custom fields the playbook looks at, so the table offers them. */
function customFieldsOf(playbook: Playbook): FieldName[] {
  const found = new Set<FieldName>();
  const add = (condition: Parameters<typeof conditionFields>[0] | undefined) => condition && conditionFields(condition).forEach((f) => f.startsWith('custom.') && found.add(f));
  playbook.icp.criteria.forEach((c) => add(c.when));
  playbook.icp.disqualifiers.forEach((d) => add(d.when));
  playbook.products.forEach((p) => add(p.fitsWhen));
  playbook.differentiators.forEach((d) => add(d.when));
  playbook.questions.forEach((q) => add(q.when));
  playbook.fieldMappings.forEach((m) => m.field.startsWith('custom.') && found.add(m.field));
  return [...found];
}

/** "Industry: Software" / "industry<TAB>Software" lines → field values (labels or field names). */
export function parsePastedValues(text: string, known: readonly FieldName[]): Partial<Record<FieldName, string>> {
  const byName = new Map<string, FieldName>();
  for (const field of known) {
    byName.set(field.toLowerCase(), field);
    byName.set(fieldLabel(field).toLowerCase(), field);
  }
  const values: Partial<Record<FieldName, string>> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = line.match(/^\s*([^:\t]+?)\s*(?:\t|:)\s*(.*)$/);
    if (!match) continue;
    const field = byName.get(match[1]!.toLowerCase());
    if (field && match[2]!.trim()) values[field] = match[2]!.trim();
  }
  return values;
}

export function Preview({ playbook, stale }: { playbook: Playbook; stale: boolean }) {
  const [source, setSource] = useState<string>(DEMO_RECORDS[1]!.id);
  const [values, setValues] = useState<Partial<Record<FieldName, string>>>({ ...DEMO_RECORDS[1]!.values });
  const [paste, setPaste] = useState('');
  const demo = DEMO_RECORDS.find((r) => r.id === source);
  const fields = useMemo(() => [...CANONICAL_FIELDS, ...customFieldsOf(playbook)] as FieldName[], [playbook]);
  const record = useMemo(
    () => recordFromValues(values, { crm: demo?.crm ?? 'preview', kind: demo?.kind ?? 'company', id: demo?.id ?? 'preview', labelFor: fieldLabel, linked: demo?.linked }),
    [values, demo],
  );
  const cards = useMemo(() => buildCards(playbook, record), [playbook, record]);

  const pick = (id: string) => {
    setSource(id);
    const chosen = DEMO_RECORDS.find((r) => r.id === id);
    setValues(chosen ? { ...chosen.values } : {});
  };
  const setValue = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (source !== CUSTOM) setSource(CUSTOM);
  };

  return (
    <section class="pv" aria-labelledby="pv-title" data-testid="preview">
      <h2 id="pv-title">{t('options_preview_title')}</h2>
      {stale ? (
        <p class="pv-stale" role="status" data-testid="preview-stale">
          {t('options_preview_stale')}
        </p>
      ) : (
        <p class="pe-help">{t('options_preview_live')}</p>
      )}
      <label class="pe-label" for="pv-record">
        {t('options_preview_sampleRecord')}
      </label>
      <select id="pv-record" data-testid="preview-record" value={source} onChange={(e) => pick((e.currentTarget as HTMLSelectElement).value)}>
        {DEMO_RECORDS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
        <option value={CUSTOM}>{t('options_preview_ownValues')}</option>
      </select>
      <SidebarCards cards={cards} playbookName={playbook.name} crmName={crmName(record.crm)} stale={stale} />
      <Breakdown fit={cards.fit} minCoverage={playbook.icp.minCoverage} />
      <details class="pv-values">
        <summary>{t('options_preview_fieldValues')}</summary>
        <p class="pe-help">{t('options_preview_valuesHelp')}</p>
        <table class="pv-table" data-testid="preview-values">
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">
                  <label for={`pv-${field}`}>{fieldLabel(field)}</label>
                </th>
                <td>
                  <input id={`pv-${field}`} data-field={field} value={values[field] ?? ''} onInput={(e) => setValue(field, (e.currentTarget as HTMLInputElement).value)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label class="pe-label" for="pv-paste">
          {t('options_preview_pasteLabel')}
        </label>
        <textarea id="pv-paste" rows={3} value={paste} placeholder={`${fieldLabel('industry')}: Software\n${fieldLabel('employees')}: ${formatNumber(250)}`} onInput={(e) => setPaste((e.currentTarget as HTMLTextAreaElement).value)} />
        <button
          type="button"
          disabled={!paste.trim()}
          onClick={() => {
            const pasted = parsePastedValues(paste, fields);
            setValues(pasted);
            setSource(CUSTOM);
          }}
        >
          {t('options_preview_usePasted')}
        </button>
      </details>
    </section>
  );
}

const OUTCOME_KEYS = { match: 'options_preview_outcome_match', miss: 'options_preview_outcome_miss', unknown: 'options_preview_outcome_unknown' } as const;

/** A whole percentage (`60` → “60%”, German “60 %”). */
const percent = (value: number) => formatNumber(value / 100, { style: 'percent' });

function Breakdown({ fit, minCoverage }: { fit: FitResult; minCoverage: number }) {
  const total = fit.criteria.reduce((sum, c) => sum + c.criterion.weight, 0);
  const known = fit.criteria.filter((c) => c.outcome !== 'unknown').reduce((sum, c) => sum + c.criterion.weight, 0);
  const matched = fit.criteria.filter((c) => c.outcome === 'match').reduce((sum, c) => sum + c.criterion.weight, 0);
  const coverage = Math.round(fit.coverage * 100);
  return (
    <details class="pv-breakdown" open data-testid="preview-breakdown" data-score={fit.score ?? ''} data-tier={fit.tier}>
      <summary>{t('options_preview_howScored')}</summary>
      <p>
        {richText(
          'options_preview_formula',
          <strong data-testid="breakdown-matched">{formatNumber(matched)}</strong>,
          <strong data-testid="breakdown-known">{formatNumber(known)}</strong>,
          <strong data-testid="breakdown-score">{fit.score === null ? '–' : formatNumber(fit.score)}</strong>,
        )}{' '}
        {richText(
          'options_preview_coverage',
          formatNumber(known),
          <span data-testid="breakdown-total">{formatNumber(total)}</span>,
          <strong data-testid="breakdown-coverage">{percent(coverage)}</strong>,
          percent(Math.round(minCoverage * 100)),
        )}{' '}
        {tierDescription(fit.tier)}
        {fit.disqualifiedBy ? ` (${fit.disqualifiedBy.label})` : ''}.
      </p>
      <table class="pv-table pv-table--criteria">
        <thead>
          <tr>
            <th scope="col">{t('options_preview_criterion')}</th>
            <th scope="col">{t('options_preview_outcome')}</th>
            <th scope="col" class="pv-num">
              {t('options_preview_weight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {fit.criteria.map(({ criterion, outcome }) => (
            <tr key={criterion.id} class={`pv-outcome--${outcome}`} data-criterion={criterion.id} data-outcome={outcome}>
              <td>{criterion.label}</td>
              <td>{t(OUTCOME_KEYS[outcome])}</td>
              <td class="pv-num">{criterion.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
