/** The options page's panels speak the UI language: German labels, plurals, dates and sync status. */
import type { AccessOutcome } from '../../lib/config/access-request';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CrmSites } from '../../components/options/CrmSites';
import { Distribution } from '../../components/options/Distribution';
import { IssueList } from '../../components/options/IssueList';
import { placeInView, placeOfHash } from '../../components/options/OptionsNav';
import { PolicyStatus } from '../../components/options/PolicyStatus';
import { PlaybookStatus } from '../../components/options/PlaybookStatus';
import { Preview } from '../../components/options/preview/Preview';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import type { ActivePlaybook } from '../../lib/storage/keys';
import { useUiLanguage } from '../setup/i18n';
import { useRenderRoot } from './render-root';

const currentRoot = useRenderRoot();

const text = (testId: string) => currentRoot().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const noop = async () => {};
const granted = async (): Promise<AccessOutcome> => ({ granted: true });

const followed: ActivePlaybook = {
  playbook: { ...DEFAULT_PLAYBOOK, version: '2026.1' },
  origin: 'configUrl',
  savedAt: '2026-11-27T10:00:00Z',
  sync: {
    url: 'https://config.example.com/p.json',
    setBy: 'user',
    lastSuccessAt: '2026-11-27T10:00:00Z',
    lastVersion: '2026.1',
    lastError: { message: 'The server answered HTTP 500.', at: '2026-11-27T10:30:00Z' },
  },
};

async function mount(node: preact.ComponentChild) {
  await act(() => {
    render(node, currentRoot());
  });
}

describe('Distribution', () => {
  it('keeps the English texts the e2e tests and docs name', async () => {
    await mount(<Distribution active={followed} userUrl={null} onSetUrl={granted} onClearUrl={noop} onSyncNow={noop} />);
    expect(text('sync-source')).toBe('Config URL');
    expect(text('sync-last-success')).toMatch(/^.*2026.* \(version 2026\.1\)$/);
    expect(text('sync-last-error')).toMatch(/^The server answered HTTP 500\. \(.*2026.*\)$/);
    expect(text('sync-now')).toBe('Sync now');
    expect(currentRoot().textContent).toContain('fetched now and every 30 minutes');
    expect(text('shadowed-note')).toBe(
      'While this source is in force, a playbook you save or import below is kept but not used: it applies again when you stop following the URL.',
    );
  });

  it('speaks German, with German dates, and an unsynced URL reads "nie" / "keiner"', async () => {
    useUiLanguage('de');
    await mount(<Distribution active={followed} userUrl={null} onSetUrl={granted} onClearUrl={noop} onSyncNow={noop} />);
    expect(currentRoot().querySelector('h3')?.textContent).toBe('Konfigurations-URL');
    expect(text('sync-source')).toBe('Konfigurations-URL');
    expect(currentRoot().querySelector('[data-testid="sync-status"]')?.textContent).toContain('Letzte erfolgreiche Synchronisierung');
    expect(currentRoot().querySelector('[data-testid="sync-status"]')?.textContent).toContain('Letzter Fehler');
    expect(text('sync-last-success')).toBe(`${new Date('2026-11-27T10:00:00Z').toLocaleString('de')} (Version 2026.1)`);
    expect(text('sync-last-success')).toMatch(/^27\.11\.2026/);
    expect(text('sync-now')).toBe('Jetzt synchronisieren');
    expect(currentRoot().textContent).toContain('alle 30 Minuten');

    const fresh: ActivePlaybook = { playbook: DEFAULT_PLAYBOOK, origin: 'default', sync: { url: 'https://config.example.com/p.json', setBy: 'user' } };
    await mount(<Distribution active={fresh} userUrl={null} onSetUrl={granted} onClearUrl={noop} onSyncNow={noop} />);
    expect(text('sync-source')).toBe('Integriertes Standard-Playbook');
    expect(text('sync-last-success')).toBe('nie');
    expect(text('sync-last-error')).toBe('keiner');
  });

  it('shows the policy URL inside its sentence, and the managed notice, in German', async () => {
    useUiLanguage('de');
    const locked: ActivePlaybook = { playbook: DEFAULT_PLAYBOOK, origin: 'policy', locked: true, sync: { url: 'https://it.example.com/p.json', setBy: 'policy' } };
    await mount(<Distribution active={locked} userUrl={null} onSetUrl={granted} onClearUrl={noop} onSyncNow={noop} />);
    expect(text('managed-notice')).toBe(
      'Von Ihrer Organisation verwaltet. Das Playbook und die Konfigurations-URL sind per Richtlinie festgelegt und können hier nicht geändert werden.',
    );
    expect(text('sync-source')).toBe('Von Ihrer Organisation festgelegt (Richtlinie)');
    const policyUrl = currentRoot().querySelector('[data-testid="policy-url"]')!;
    expect([...policyUrl.querySelectorAll('code')].map((code) => code.textContent)).toEqual(['https://it.example.com/p.json', 'Access-Control-Allow-Origin']);
    expect(policyUrl.textContent).toBe(
      'Ihre Organisation hat die Konfigurations-URL https://it.example.com/p.json festgelegt. Playcard liest sie, ohne Zugriff auf diese Website anzufordern; der Server muss den Abruf daher mit CORS-Headern (Access-Control-Allow-Origin) erlauben.',
    );
  });

  it('reports a refused address in German', async () => {
    useUiLanguage('de');
    const onSetUrl = vi.fn(granted);
    await mount(<Distribution active={{ playbook: DEFAULT_PLAYBOOK, origin: 'default' }} userUrl={null} onSetUrl={onSetUrl} onClearUrl={noop} onSyncNow={noop} />);
    const input = currentRoot().querySelector<HTMLInputElement>('[data-testid="config-url"]')!;
    await act(() => {
      input.value = 'ftp://example.com/p.json';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      currentRoot().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(text('config-url-message')).toBe('Playcard kann nur https://-Adressen folgen.');
    expect(onSetUrl).not.toHaveBeenCalled();
  });
});

describe('PlaybookStatus', () => {
  it('names the source and the time it was saved, in English and German', async () => {
    const local: ActivePlaybook = { playbook: DEFAULT_PLAYBOOK, origin: 'local', savedFrom: 'file', savedAt: '2026-11-27T10:00:00Z' };
    await mount(<PlaybookStatus active={local} onReset={() => {}} />);
    expect(text('playbook-source')).toBe(`Imported from a file on ${new Date('2026-11-27T10:00:00Z').toLocaleString('en')}`);
    expect(currentRoot().querySelector('button')?.textContent).toBe('Reset to default');

    useUiLanguage('de');
    await mount(<PlaybookStatus active={{ ...local }} onReset={() => {}} />);
    expect(currentRoot().querySelector('h3')?.textContent).toBe('Aktives Playbook');
    expect(text('playbook-source')).toBe(`Aus einer Datei importiert am ${new Date('2026-11-27T10:00:00Z').toLocaleString('de')}`);
    expect(currentRoot().querySelector('button')?.textContent).toBe('Auf Standard zurücksetzen');

    await mount(<PlaybookStatus active={{ playbook: DEFAULT_PLAYBOOK, origin: 'policy', locked: true }} onReset={() => {}} />);
    expect(text('playbook-source')).toBe('Von Ihrer Organisation festgelegt');
    expect(text('playbook-managed')).toBe('Von Ihrer Organisation verwaltet: Dieses Playbook kann hier nicht geändert werden.');
  });
});

describe('the three places', () => {
  it('reads the place from the address, the playbook by default', () => {
    expect(placeOfHash('')).toBe('playbook');
    expect(placeOfHash('#distribution')).toBe('distribution');
    expect(placeOfHash('#crm-sites')).toBe('crm-sites');
    expect(placeOfHash('#nowhere')).toBe('playbook');
  });

  it('follows the scroll: the place near the top, or the last one showing at the end of the page', () => {
    const view = { navBottom: 41, height: 800, atEnd: false };
    expect(placeInView([60, 4000, 5200], view)).toBe('playbook');
    expect(placeInView([-3000, 49, 1200], view)).toBe('distribution');
    expect(placeInView([-3000, -400, 500], view)).toBe('distribution');
    expect(placeInView([-3000, -400, 500], { ...view, atEnd: true })).toBe('crm-sites');
  });

  it('at the end of the page, the place the reader went to stays lit while it shows, not the short last one', () => {
    const end = { navBottom: 41, height: 800, atEnd: true };
    // Distribution chosen, the page cannot scroll it to the top: crm-sites shows below it.
    expect(placeInView([-3000, 200, 500], end, 'distribution')).toBe('distribution');
    // Scrolled past it (its top and the next place's above the nav): the last place.
    expect(placeInView([-3000, -900, 20], end, 'distribution')).toBe('crm-sites');
    // Chosen the last place, or nothing: the last place showing.
    expect(placeInView([-3000, 200, 500], end, 'crm-sites')).toBe('crm-sites');
    expect(placeInView([-3000, 200, 500], end)).toBe('crm-sites');
  });
});

describe('PolicyStatus', () => {
  it('says when no policy applies, and lists what one sets, in German', async () => {
    await mount(<PolicyStatus policy={{ locked: false, problems: [] }} active={{ playbook: DEFAULT_PLAYBOOK, origin: 'default' }} />);
    expect(text('policy-status')).toContain('No enterprise policy applies');
    useUiLanguage('de');
    const policy = { locked: true, problems: [], playbook: {}, configUrl: 'https://it.example.com/p.json' };
    await mount(<PolicyStatus policy={policy} active={{ playbook: DEFAULT_PLAYBOOK, origin: 'configUrl', locked: true }} />);
    expect([...currentRoot().querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'ein Playbook, das ungültig ist und daher nicht verwendet wird (siehe das Problem unter „Aktives Playbook“)',
      'die Konfigurations-URL https://it.example.com/p.json',
      'Nur-Lese-Modus: Das Playbook kann auf dieser Seite nicht geändert werden',
    ]);
  });
});

describe('IssueList', () => {
  it('counts problems with the right plural and lists each line as given', async () => {
    const line = 'Criterion 1 “Core vertical” › Weight: must be at most 100';
    await mount(<IssueList lines={[line]} testId="issues" />);
    expect(currentRoot().querySelector('p')?.textContent).toBe('1 problem; nothing was changed:');
    expect(currentRoot().querySelector('li')?.textContent).toBe(line);
    await mount(<IssueList lines={[line, 'Not valid JSON']} testId="issues" />);
    expect(currentRoot().querySelector('p')?.textContent).toBe('2 problems; nothing was changed:');
    useUiLanguage('de');
    await mount(<IssueList lines={[line]} testId="issues" />);
    expect(currentRoot().querySelector('p')?.textContent).toBe('1 Problem; es wurde nichts geändert:');
    await mount(<IssueList lines={[line, 'x']} testId="issues" />);
    expect(currentRoot().querySelector('p')?.textContent).toBe('2 Probleme; es wurde nichts geändert:');
  });
});

describe('CrmSites', () => {
  it('lists a generic site and its record rule in German', async () => {
    useUiLanguage('de');
    await mount(<CrmSites sites={[{ origin: 'https://crm.acme.example', crm: 'generic', kind: 'deal', pathContains: '/deals/' }]} onAdd={granted} onRemove={noop} />);
    expect(text('crm-sites')).toBe('https://crm.acme.example · Anderes CRM (Feldbeschriftungen lesen) · Verkaufschancen, deren Adresse „/deals/“ enthält Entfernen');
    expect(text('site-add')).toBe('Website hinzufügen');
  });

  it('says in English which site it added (the e2e tests look for it)', async () => {
    const onAdd = vi.fn(granted);
    await mount(<CrmSites sites={[]} onAdd={onAdd} onRemove={noop} />);
    const input = currentRoot().querySelector<HTMLInputElement>('[data-testid="site-address"]')!;
    await act(() => {
      input.value = 'crm.acme.example';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      currentRoot().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await Promise.resolve();
    });
    expect(onAdd).toHaveBeenCalled();
    expect(text('site-message')).toBe('Added https://crm.acme.example. Reload its open tabs to see Playcard there.');
  });

  it('says why when the browser could not even ask (Firefox and an undeclared origin)', async () => {
    const failure = 'Cannot request origin permission for https://crm.acme.example/* since it was not declared in the manifest';
    await mount(<CrmSites sites={[]} onAdd={async () => ({ granted: false, failure })} onRemove={noop} />);
    const input = currentRoot().querySelector<HTMLInputElement>('[data-testid="site-address"]')!;
    await act(() => {
      input.value = 'crm.acme.example';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      currentRoot().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await Promise.resolve();
    });
    expect(text('site-message')).toBe(`The browser could not ask for access to https://crm.acme.example (${failure}); nothing was added.`);
  });
});

describe('Preview', () => {
  it('labels the sample record and the score breakdown in German, with German percentages', async () => {
    useUiLanguage('de');
    await mount(<Preview playbook={DEFAULT_PLAYBOOK} stale={false} />);
    expect(currentRoot().querySelector('#pv-title')?.textContent).toBe('Vorschau: Was Ihre Vertriebsmitarbeiter sehen');
    expect(currentRoot().querySelector('label[for="pv-record"]')?.textContent).toBe('Beispieldatensatz');
    const breakdown = currentRoot().querySelector('[data-testid="preview-breakdown"]')!;
    expect(breakdown.querySelector('summary')?.textContent).toBe('So wird der Fit-Score berechnet');
    expect(breakdown.querySelector('[data-testid="breakdown-coverage"]')?.textContent).toMatch(/^\d+\s%$/);
    expect(breakdown.textContent).toMatch(/^So wird der Fit-Score berechnetFit-Score = erfüllte ÷ bekannte Gewichtung = \d+ ÷ \d+ = \d+\. Bekannt sind \d+ von \d+ der Gesamtgewichtung/);
    expect(breakdown.querySelector('p')?.textContent).toMatch(/\(erforderlich: \d+\s%\)\. (Stufe [A-D]|Ausgeschlossen|Zu wenige Daten)/);
    expect([...breakdown.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual(['Kriterium', 'Ergebnis', 'Gewichtung']);
    expect([...breakdown.querySelectorAll('td:nth-child(2)')].every((td) => ['trifft zu', 'trifft nicht zu', 'unbekannt'].includes(td.textContent!))).toBe(true);
  });

  it('keeps the English breakdown as it was', async () => {
    await mount(<Preview playbook={DEFAULT_PLAYBOOK} stale={false} />);
    const breakdown = currentRoot().querySelector('[data-testid="preview-breakdown"]')!;
    expect(breakdown.querySelector('[data-testid="breakdown-coverage"]')?.textContent).toMatch(/^\d+%$/);
    expect(breakdown.querySelector('p')?.textContent).toMatch(/^Score = matched ÷ known weight = \d+ ÷ \d+ = \d+\. Known \d+ of \d+ total weight: coverage \d+% \(needs \d+%\)\. \S/);
  });
});
