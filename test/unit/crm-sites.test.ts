import { describe, expect, it } from 'vitest';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { adaptersForSite, genericSiteAdapter, normaliseSiteOrigin, originPattern, parseCrmSites, siteCrmChoices } from '../../lib/crm/sites';
import { useUiLanguage } from '../setup/i18n';

describe('normaliseSiteOrigin', () => {
  it.each([
    ['crm.acme.com', 'https://crm.acme.com'],
    ['https://crm.acme.com/index.php?module=Accounts', 'https://crm.acme.com'],
    ['http://localhost:8080/espo/', 'http://localhost:8080'],
    ['http://crm.intranet.local', 'http://crm.intranet.local'],
    ['http://odoo/', 'http://odoo'],
  ])('turns %s into the origin %s', (input, origin) => {
    expect(normaliseSiteOrigin(input)).toEqual({ origin });
  });

  it.each(['', 'http://crm.acme.com', 'ftp://crm.acme.com', 'not a url at all'])('refuses %j with a message', (input) => {
    expect(normaliseSiteOrigin(input)).toHaveProperty('error');
  });

  it('explains a refusal in the UI language', () => {
    expect(normaliseSiteOrigin('http://crm.acme.com')).toEqual({ error: 'Use an https:// address (plain http is allowed only for local hosts).' });
    expect(normaliseSiteOrigin('  ')).toEqual({ error: 'Enter the address of the CRM.' });
    useUiLanguage('de');
    expect(normaliseSiteOrigin('http://crm.acme.com')).toEqual({ error: 'Verwenden Sie eine https://-Adresse (einfaches http ist nur für lokale Hosts erlaubt).' });
    expect(normaliseSiteOrigin('')).toEqual({ error: 'Geben Sie die Adresse des CRM ein.' });
    expect(normaliseSiteOrigin('https://crm acme')).toEqual({ error: '„https://crm acme“ ist keine Webadresse.' });
  });
});

describe('generic sites', () => {
  const site = { origin: 'https://crm.acme.com', crm: 'generic', kind: 'deal' as const, pathContains: '/deals/' };

  it('treats only URLs on its origin containing the text as records', () => {
    const adapter = genericSiteAdapter(site);
    expect(adapter.detect(new URL('https://crm.acme.com/app/deals/17?tab=info'))).toEqual({ kind: 'deal', id: '/app/deals/17?tab=info' });
    expect(adapter.detect(new URL('https://crm.acme.com/app/dashboard'))).toBeUndefined();
    expect(adapter.detect(new URL('https://evil.example/app/deals/17'))).toBeUndefined();
  });

  it('match patterns drop the port, as match patterns require', () => {
    expect(originPattern('http://localhost:8080')).toBe('http://localhost/*');
  });

  it('offers the generic reader alongside the self-hosted adapters', () => {
    expect(siteCrmChoices(CRM_ADAPTERS).at(-1)).toEqual({ id: 'generic', name: 'Other CRM (read labels)' });
    useUiLanguage('de');
    expect(siteCrmChoices(CRM_ADAPTERS).at(-1)).toEqual({ id: 'generic', name: 'Anderes CRM (Feldbeschriftungen lesen)' });
    expect(adaptersForSite(site, CRM_ADAPTERS)[0]?.id).toBe('generic');
    expect(adaptersForSite(undefined, CRM_ADAPTERS)).toEqual([]);
    expect(adaptersForSite({ origin: 'https://x.example', crm: 'no-such-crm' }, CRM_ADAPTERS)).toEqual([]);
  });

  it('ignores a corrupt site list rather than failing', () => {
    expect(parseCrmSites('oops')).toEqual([]);
    expect(parseCrmSites([site])).toEqual([site]);
  });
});
