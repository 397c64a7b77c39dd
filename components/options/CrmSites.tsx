import { useState } from 'preact/hooks';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { GENERIC_CRM, normaliseSiteOrigin, originPattern, siteCrmChoices, type CrmSite } from '../../lib/crm/sites';
import { t, type MessageKey } from '../../lib/i18n';
import { RECORD_KINDS, type RecordKind } from '../../lib/record';
import type { AccessOutcome } from '../../lib/config/access-request';

interface CrmSitesProps {
  sites: CrmSite[];
  /** Asks the browser for the origin (must run inside the click) and saves the site when granted. */
  onAdd: (site: CrmSite, pattern: string) => Promise<AccessOutcome>;
  onRemove: (site: CrmSite) => Promise<void>;
}

const KIND_KEYS: Record<RecordKind, MessageKey> = {
  lead: 'options_sites_kind_lead',
  contact: 'options_sites_kind_contact',
  company: 'options_sites_kind_company',
  deal: 'options_sites_kind_deal',
};
const kindText = (kind: RecordKind) => t(KIND_KEYS[kind]);
const ADDRESS_EXAMPLE = 'crm.example.com';
const PATH_EXAMPLE = '/record/';

/** How a generic site is read: its kind of record, and the text its record addresses contain. */
function genericSiteText(site: CrmSite): string {
  const kind = kindText(site.kind ?? 'company');
  return site.pathContains ? t('options_sites_kindWhere', kind, site.pathContains) : kind;
}

/** Self-hosted and other CRMs: one origin at a time, each granted by the browser's own prompt. */
export function CrmSites({ sites, onAdd, onRemove }: CrmSitesProps) {
  const choices = siteCrmChoices(CRM_ADAPTERS);
  const [address, setAddress] = useState('');
  const [crm, setCrm] = useState(choices[0]?.id ?? GENERIC_CRM);
  const [kind, setKind] = useState<RecordKind>('company');
  const [pathContains, setPathContains] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const result = normaliseSiteOrigin(address);
    if ('error' in result) {
      setMessage({ text: result.error, error: true });
      return;
    }
    const site: CrmSite = crm === GENERIC_CRM ? { origin: result.origin, crm, kind, ...(pathContains.trim() ? { pathContains: pathContains.trim() } : {}) } : { origin: result.origin, crm };
    // The permission request has to start inside the click, before anything awaits.
    void onAdd(site, originPattern(result.origin)).then((outcome) => {
      setMessage(
        outcome.granted
          ? { text: t('options_sites_added', result.origin), error: false }
          : outcome.failure
            ? { text: t('options_sites_requestFailed', result.origin, outcome.failure), error: true }
            : { text: t('options_sites_denied', result.origin), error: true },
      );
      if (outcome.granted) setAddress('');
    });
  };

  return (
    <section class="op-panel" aria-labelledby="op-sites-title">
      <h2 id="op-sites-title">{t('options_sites_title')}</h2>
      <p class="op-muted">{t('options_sites_intro')}</p>
      {sites.length > 0 && (
        <ul class="op-sites" data-testid="crm-sites">
          {sites.map((site) => (
            <li key={site.origin + site.crm}>
              <code>{site.origin}</code> · {choices.find((choice) => choice.id === site.crm)?.name ?? site.crm}
              {site.crm === GENERIC_CRM && ` · ${genericSiteText(site)}`}{' '}
              <button type="button" onClick={() => void onRemove(site)}>
                {t('options_sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="op-row" onSubmit={add}>
        <label>
          {t('options_sites_address')} <input value={address} placeholder={ADDRESS_EXAMPLE} data-testid="site-address" onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('options_sites_crm')}{' '}
          <select value={crm} data-testid="site-crm" onChange={(e) => setCrm((e.currentTarget as HTMLSelectElement).value)}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
        {crm === GENERIC_CRM && (
          <>
            <label>
              {t('options_sites_recordsAre')}{' '}
              <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as RecordKind)}>
                {RECORD_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindText(k)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('options_sites_pathContains')} <input value={pathContains} placeholder={PATH_EXAMPLE} onInput={(e) => setPathContains((e.currentTarget as HTMLInputElement).value)} />
            </label>
          </>
        )}
        <button type="submit" data-testid="site-add">
          {t('options_sites_add')}
        </button>
      </form>
      {message && (
        <p class={message.error ? 'op-error' : 'op-success'} role="status" data-testid="site-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
