import { useState } from 'preact/hooks';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { GENERIC_CRM, normaliseSiteOrigin, originPattern, siteCrmChoices, type CrmSite } from '../../lib/crm-sites';
import { RECORD_KINDS, type RecordKind } from '../../lib/record';

interface CrmSitesProps {
  sites: CrmSite[];
  /** Asks the browser for the origin (must run inside the click) and saves the site when granted. */
  onAdd: (site: CrmSite, pattern: string) => Promise<boolean>;
  onRemove: (site: CrmSite) => Promise<void>;
}

const KIND_TEXT: Record<RecordKind, string> = { lead: 'Leads', contact: 'Contacts', company: 'Companies', deal: 'Deals' };

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
    void onAdd(site, originPattern(result.origin)).then((granted) => {
      setMessage(
        granted
          ? { text: `Added ${result.origin}. Reload its open tabs to see Playcard there.`, error: false }
          : { text: `The browser did not grant access to ${result.origin}; nothing was added.`, error: true },
      );
      if (granted) setAddress('');
    });
  };

  return (
    <section class="op-panel" aria-labelledby="op-sites-title">
      <h2 id="op-sites-title">Other CRM sites</h2>
      <p class="op-muted">
        Salesforce and the other SaaS CRMs work out of the box. For a self-hosted CRM (SuiteCRM, EspoCRM, Odoo) or one Playcard has no reader for,
        add its address: the browser asks you to allow Playcard on that site only.
      </p>
      {sites.length > 0 && (
        <ul class="op-sites" data-testid="crm-sites">
          {sites.map((site) => (
            <li key={site.origin + site.crm}>
              <code>{site.origin}</code> · {choices.find((choice) => choice.id === site.crm)?.name ?? site.crm}
              {site.crm === GENERIC_CRM && ` · ${KIND_TEXT[site.kind ?? 'company']}${site.pathContains ? ` where the address contains “${site.pathContains}”` : ''}`}{' '}
              <button type="button" onClick={() => void onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="op-row" onSubmit={add}>
        <label>
          Address <input value={address} placeholder="crm.example.com" data-testid="site-address" onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          CRM{' '}
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
              Records are{' '}
              <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as RecordKind)}>
                {RECORD_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_TEXT[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Record addresses contain <input value={pathContains} placeholder="/record/" onInput={(e) => setPathContains((e.currentTarget as HTMLInputElement).value)} />
            </label>
          </>
        )}
        <button type="submit" data-testid="site-add">
          Add site
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
