/** The sidebar, call prep and popup speak the UI language; the manager's playbook text stays as written. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { CallPrep } from '../../components/sidebar/CallPrep';
import { Cards } from '../../components/sidebar/Cards';
import { SummaryCard } from '../../components/sidebar/SummaryCard';
import { summarise } from '../../lib/scoring/summary';
import { fieldList } from '../../components/sidebar/field-labels';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { createSidebarState } from '../../components/sidebar/state';
import { formatWhen, PopupView } from '../../components/popup/PopupView';
import { ThisWeek } from '../../components/popup/ThisWeek';
import { tierDescription } from '../../components/ui/Badge';
import { emptyWeek, isoWeek, recordActivity, type ActivityStore } from '../../lib/rep/activity';
import { buildCallPrep } from '../../lib/scoring/call-prep';
import { criteriaByAttention } from '../../lib/scoring/fit';
import type { CrmAdapter } from '../../lib/crm/types';
import { readRecord } from '../../lib/extract/record';
import { tn } from '../../lib/i18n';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import type { CrmRecord, FieldName, FieldValue } from '../../lib/record';
import { buildCards } from '../../lib/scoring/select';
import { useUiLanguage } from '../setup/i18n';
import { useRenderRoot } from './render-root';

function record(kind: CrmRecord['kind'], values: Partial<Record<FieldName, FieldValue>>): CrmRecord {
  const fields: CrmRecord['fields'] = {};
  for (const [name, value] of Object.entries(values) as [FieldName, FieldValue][]) fields[name] = { value, label: `${name} label`, raw: String(value), via: 'adapter' };
  return { crm: 'salesforce', kind, id: '001', fields, warnings: [] };
}

// Industry, employees and country known; revenue, lead source and deal size are not, so some criteria are unknown.
const globex = record('company', { company: 'Globex', industry: 'Software', employees: 800, country: 'Germany', competitor: 'Gong' });

const currentRoot = useRenderRoot();

const show = (node: preact.ComponentChild) => act(() => render(node, currentRoot()));
const text = (selector: string) => currentRoot().querySelector(selector)?.textContent ?? '';
const texts = (selector: string) => [...currentRoot().querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('cards', () => {
  it('keep their English headings and sentences', () => {
    show(<Cards cards={buildCards(DEFAULT_PLAYBOOK, globex, new Set())} crmName="Salesforce" />);
    expect(texts('.pc-card__title')).toEqual(['Ask next', 'Fit', 'Lead with', 'Why us', 'Fields read']);
    expect(text('[data-card="fields"] .pc-muted')).toBe('Read from this Salesforce company. Nothing is stored or sent.');
    expect(text('[data-card="fields"] .pc-field__source')).toBe('“company label” · CRM reader');
    expect(text('[data-card="fit"] .pc-reason--unknown .pc-muted')).toMatch(/^ — missing [a-z ,]+$/);
    expect(text('[data-card="fit"] .pc-muted')).toMatch(/^Based on \d+% of the profile's weight/);
    expect(currentRoot().querySelector('[data-card="fit"] .pc-tier')?.getAttribute('aria-label')).toMatch(/^Tier [A-D]: /);
  });

  it('a score resting on part of the profile says how much is known beside it; a full one does not', () => {
    const partial = buildCards(DEFAULT_PLAYBOOK, globex, new Set());
    expect(partial.fit.tier).not.toBe('unknown');
    show(<SummaryCard fit={partial.fit} summary={summarise(partial)} />);
    expect(text('.pc-summary__known')).toMatch(/^\d of 7 criteria known$/);
    const everything = record('deal', {
      company: 'Globex', industry: 'Software', employees: 800, country: 'Germany', annualRevenue: 90_000_000,
      leadSource: 'Referral', amount: 120_000, title: 'CRO', competitor: 'Gong', stage: 'Discovery',
    });
    const full = buildCards(DEFAULT_PLAYBOOK, everything, new Set());
    expect(full.fit.coverage).toBe(1);
    show(<SummaryCard fit={full.fit} summary={summarise(full)} />);
    expect(currentRoot().querySelector('.pc-summary__known')).toBeNull();
  });

  it('speak German, around the playbook content as the manager wrote it', () => {
    useUiLanguage('de');
    const cards = buildCards(DEFAULT_PLAYBOOK, globex, new Set());
    show(<Cards cards={cards} crmName="Salesforce" />);
    expect(texts('.pc-card__title')).toEqual(['Als Nächstes fragen', 'Fit', 'Zuerst anbieten', 'Warum wir', 'Gelesene Felder']);
    expect(currentRoot().querySelector('[data-card="fit"] .pc-tier')?.getAttribute('aria-label')).toMatch(/^Stufe [A-D]: /);
    expect(text('.pc-fit__tier-text')).toMatch(/^Stufe [A-D]: /);
    // Intl's German percent has a (narrow) no-break space before the sign.
    expect(text('[data-card="fit"] .pc-muted')).toMatch(/^Basiert auf \d+\s%\s?der Gewichtung des Profils/);
    expect(currentRoot().querySelector('.pc-meter')?.getAttribute('aria-label')).toBe('Fit-Score');
    // German writes nouns with a capital letter: field names are not lower-cased.
    expect(text('[data-card="fit"] .pc-reason--unknown .pc-muted')).toMatch(/^ — fehlt: [A-ZÄÖÜ]/);
    expect(texts('[data-card="fit"] .pc-reason__label > .pc-visually-hidden')).toContain(' unbekannt');
    expect(text('[data-card="fields"] .pc-muted')).toBe('Aus diesem Unternehmen in Salesforce gelesen. Es wird nichts gespeichert oder gesendet.');
    expect(text('[data-card="fields"] .pc-field__source')).toBe('„company label“ · CRM-Adapter');
    expect(text('[data-card="products"] .pc-chip--loss-leader')).toBe('Türöffner');
    expect(text('[data-card="differentiators"] .pc-chip--competitor')).toBe('vs. Gong');
    // The summary count in words, with German plural forms.
    const questionsSummary = currentRoot().querySelector('[data-card="questions"] .pc-card__toggle .pc-visually-hidden')?.textContent;
    expect(questionsSummary).toBe(` ${cards.questions.length} Fragen`);
    // Playbook content is data: the criterion labels and product names stay English.
    expect(texts('.pc-reason__label')[0]).toContain(criteriaByAttention(cards.fit)[0]!.criterion.label);
    expect(text('[data-card="products"]')).toContain(cards.products[0]!.product.name);
    expect(texts('[data-card="products"] .pc-chip')).not.toContain('Door opener');
  });

  it('say which fields are missing in the language\'s own case', () => {
    expect(fieldList(['annualRevenue', 'leadSource'])).toBe('annual revenue, lead source');
    useUiLanguage('de-DE');
    expect(fieldList(['annualRevenue', 'employees'])).toBe('Jahresumsatz, Mitarbeiter');
  });
});

describe('plural counts', () => {
  it('picks one or other by the language, with the number formatted', () => {
    expect([tn('sidebar_questionCount', 1), tn('sidebar_questionCount', 2)]).toEqual(['1 question', '2 questions']);
    expect(tn('sidebar_fieldCount', 1)).toBe('1 field read');
    useUiLanguage('de');
    expect([tn('sidebar_questionCount', 1), tn('sidebar_questionCount', 2)]).toEqual(['1 Frage', '2 Fragen']);
    expect([tn('sidebar_productCount', 1), tn('sidebar_productCount', 3)]).toEqual(['1 Produkt', '3 Produkte']);
    expect(tn('sidebar_fieldCount', 1200)).toBe('1.200 Felder gelesen');
  });
});

describe('call prep view', () => {
  const playbook = structuredClone(DEFAULT_PLAYBOOK);
  for (const product of playbook.products) if (product.priority === 'loss-leader') delete product.note;

  it('keeps the English headings the e2e tests read', () => {
    show(<CallPrep prep={buildCallPrep(buildCards(playbook, globex, new Set()))} onCopy={() => undefined} onClose={() => undefined} />);
    expect(text('h2')).toBe('Call prep: Globex');
    expect(texts('h3')).toEqual(expect.arrayContaining(['Why they fit', 'Watch out', 'Ask', 'Lead with', 'Never discount', 'Why us']));
    expect(texts('button')).toEqual(['Back to cards', 'Copy as notes', 'Copy as Markdown']);
  });

  it('renders German headings and buttons', () => {
    useUiLanguage('de');
    const prep = buildCallPrep(buildCards(playbook, globex, new Set()));
    show(<CallPrep prep={prep} onCopy={() => undefined} onClose={() => undefined} />);
    expect(text('h2')).toBe('Gesprächsvorbereitung: Globex');
    expect(texts('h3')).toEqual(expect.arrayContaining(['Warum sie passen', 'Worauf achten', 'Fragen', 'Zuerst anbieten', 'Nie rabattieren', 'Warum wir']));
    expect(texts('button')).toEqual(['Zurück zu den Karten', 'Als Notiz kopieren', 'Als Markdown kopieren']);
    expect(text('.pc-note')).toContain('als Türöffner nutzen, nie weiter rabattieren');
    expect(texts('.pc-question__text')).toEqual(prep.questions.map((q) => q.question.text));
  });

  it('shows a disqualifier in German', () => {
    useUiLanguage('de');
    const tiny = record('company', { company: 'Tiny', employees: 5 });
    show(<CallPrep prep={buildCallPrep(buildCards(playbook, tiny, new Set()))} onCopy={() => undefined} onClose={() => undefined} />);
    expect(text('.pc-prep__fit')).toContain('Ausgeschlossen · Ausgeschlossen: Too small: under 10 employees');
  });
});

describe('sidebar frame', () => {
  it('labels its controls in German and says which language it speaks', () => {
    useUiLanguage('de');
    const state = createSidebarState();
    state.playbook.value = DEFAULT_PLAYBOOK;
    state.record.value = globex;
    state.crmName.value = 'Salesforce';
    show(<Sidebar state={state} />);
    const aside = currentRoot().querySelector('aside')!;
    expect(aside.getAttribute('lang')).toBe('de');
    expect(aside.getAttribute('aria-label')).toBe('Playcard');
    expect(text('[data-action="call-prep"]')).toBe('Vorbereiten');
    expect(currentRoot().querySelector('[data-action="dock"]')?.getAttribute('title')).toBe('Links andocken');
    expect(currentRoot().querySelector('[data-action="hide"]')?.getAttribute('title')).toBe('Playcard ausblenden');
    expect(currentRoot().querySelector('.pc-playbook')?.getAttribute('title')).toBe(`Playbook ${DEFAULT_PLAYBOOK.name} ${DEFAULT_PLAYBOOK.version}`);
  });

  it('copies the call plan from the cards view for the record shown, without opening call prep', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    const state = createSidebarState();
    state.playbook.value = DEFAULT_PLAYBOOK;
    state.record.value = globex;
    show(<Sidebar state={state} />);
    const copyButton = currentRoot().querySelector<HTMLButtonElement>('[data-card="questions"] .pc-actions button')!;
    await act(async () => copyButton.click());
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^Call prep: Globex\n/);
    expect(state.view.value).toBe('cards');
    expect(text('[data-card="questions"] [role="status"]')).toBe('Copied');
  });

  it('keeps the English titles the e2e tests click', () => {
    const state = createSidebarState();
    state.playbook.value = DEFAULT_PLAYBOOK;
    state.record.value = globex;
    show(<Sidebar state={state} />);
    expect(currentRoot().querySelector('[data-action="hide"]')?.getAttribute('title')).toBe('Hide Playcard');
    act(() => void (state.collapsed.value = true));
    const tier = state.cards.value!.fit.tier;
    expect(['A', 'B', 'C', 'D']).toContain(tier);
    expect(currentRoot().querySelector('.pc-tab')?.getAttribute('aria-label')).toBe(`Playcard: tier ${tier} — open`);
    expect(currentRoot().querySelector('.pc-tab')?.getAttribute('title')).toBe(`Playcard: tier ${tier} — open`);
  });
});

describe('folded tab', () => {
  const folded = (values: Parameters<typeof record>[1], narrow = false) => {
    const state = createSidebarState();
    state.playbook.value = DEFAULT_PLAYBOOK;
    state.record.value = record('company', values);
    if (narrow) state.layout.setViewportWidth(1280);
    else state.collapsed.value = true;
    show(<Sidebar state={state} />);
    return currentRoot().querySelector<HTMLButtonElement>('.pc-tab')!;
  };

  it('carries the Playcard mark and the tier, and says both in words; an unknown tier is never a bare "?"', () => {
    const tab = folded({ company: 'Nobody' });
    expect(tab.querySelector('svg.pc-mark')).not.toBeNull();
    expect(tab.querySelector('.pc-tier')?.textContent).toBe('?');
    expect(tab.getAttribute('aria-label')).toBe('Playcard: not enough data to score yet — open');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
  });

  it('says in its tooltip why it folded itself in a narrow window, and how to keep it open', () => {
    const tab = folded({ company: 'Nobody' }, true);
    expect(tab.getAttribute('title')).toBe('Playcard: not enough data to score yet — open\nFolded to leave the CRM room in this window. Pin it open from its header to keep it open.');
  });

  it('speaks German', () => {
    useUiLanguage('de');
    const tab = folded({ company: 'Globex', industry: 'Software', employees: 800, country: 'Germany' });
    expect(tab.getAttribute('aria-label')).toMatch(/^Playcard: Stufe [A-D] — öffnen$/);
  });
});

describe('question categories', () => {
  const meta = () => texts('[data-card="questions"] .pc-question__meta');
  const coldCallCards = () => buildCards(DEFAULT_PLAYBOOK, record('lead', { company: 'Nobody' }), new Set());

  it('show by name, as the editor names them, never as the playbook\'s id', () => {
    const cards = coldCallCards();
    expect(cards.questions.some(({ question }) => question.category === 'cold-call')).toBe(true);
    show(<Cards cards={cards} crmName="Salesforce" />);
    const lines = meta().join('\n');
    expect(lines).toContain('Cold call');
    expect(lines).not.toMatch(/cold-call|\bdiscovery\b|\bqualification\b|\bclosing\b/);
  });

  it('in German too', () => {
    useUiLanguage('de');
    show(<Cards cards={coldCallCards()} crmName="Salesforce" />);
    const lines = meta().join('\n');
    expect(lines).toContain('Kaltakquise');
    expect(lines).not.toMatch(/cold-call|discovery|qualification|closing|Cold call/);
  });
});

describe('tier descriptions', () => {
  it('follow the UI language', () => {
    expect(tierDescription('A')).toBe('Tier A: ideal customer');
    expect(tierDescription('unknown')).toBe('Not enough data to score');
    useUiLanguage('de');
    expect(tierDescription('A')).toBe('Stufe A: idealer Kunde');
    expect(tierDescription('disqualified')).toBe('Ausgeschlossen');
  });
});

describe('record warnings', () => {
  const adapter: CrmAdapter = {
    id: 'fake',
    name: 'Fake CRM',
    matches: ['https://fake.example/*'],
    detect: () => ({ kind: 'company', id: '1' }),
    fieldContainers: 'dl',
    readFields: () => {
      throw new Error('markup changed');
    },
  };
  const detected = { adapter, kind: 'company' as const, id: '1' };

  it('reach the fields card in the UI language, with the technical detail as it is', () => {
    document.body.innerHTML = '<dl><dt>Account Name</dt><dd>Acme</dd></dl>';
    expect(readRecord(detected, document).warnings).toEqual(['Fake CRM reader failed: markup changed']);
    useUiLanguage('de');
    const record = readRecord(detected, document, { mappings: [{ crm: '*', field: 'industry', selector: 'div[[' }] });
    expect(record.warnings).toEqual(['Auslesen über Fake CRM fehlgeschlagen: markup changed', 'Feldzuordnung für industry: „div[[“ ist kein gültiger CSS-Selektor']);
  });
});

describe('popup', () => {
  const active = {
    playbook: DEFAULT_PLAYBOOK,
    origin: 'configUrl' as const,
    locked: true,
    sync: { url: 'https://example.com/p.json', setBy: 'policy' as const, lastSuccessAt: '2026-11-27T09:05:00Z' },
  };

  it('keeps its English labels', () => {
    show(<PopupView record={{ crm: 'Salesforce', kind: 'deal', tier: 'unknown' }} active={{ ...active, locked: false }} onOpenOptions={() => undefined} />);
    expect(text('[data-testid="popup-kind"]')).toBe('Deal');
    expect(text('[data-testid="popup-tier"]')).toBe('Not enough data');
    expect(text('[data-testid="popup-playbook-source"]')).toBe('Config URL');
    expect(formatWhen(undefined)).toBe('never');
  });

  it("names this tab's record and says how much is known instead of a score; known tiers in words", () => {
    show(<PopupView record={{ crm: 'Salesforce', kind: 'deal', tier: 'unknown', name: 'Fleet Analytics', criteria: { known: 2, total: 7 } }} active={active} onOpenOptions={() => undefined} />);
    expect(text('[data-testid="popup-record-name"]')).toBe('Fleet Analytics');
    expect(text('[data-testid="popup-tier"]')).toBe('Not enough data · 2 of 7 criteria known');
    show(<PopupView record={{ crm: 'HubSpot', kind: 'company', tier: 'B' }} active={active} onOpenOptions={() => undefined} />);
    expect(text('[data-testid="popup-tier"]')).toBe('Tier B: good fit');
    expect(currentRoot().querySelector('[data-testid="popup-record-name"]')).toBeNull();
  });

  it('names the shortcut in force, or says none is set and offers to set one', () => {
    let edits = 0;
    show(<PopupView record={null} active={active} onOpenOptions={() => undefined} shortcut="Alt+Shift+Y" onEditShortcut={() => edits++} />);
    expect(text('[data-testid="popup-shortcut"]')).toBe('Show or hide the sidebar: Alt+Shift+Y Change');
    act(() => (currentRoot().querySelector('[data-testid="popup-shortcut-edit"]') as HTMLButtonElement).click());
    expect(edits).toBe(1);
    useUiLanguage('de');
    show(<PopupView record={null} active={active} onOpenOptions={() => undefined} shortcut="" onEditShortcut={() => edits++} />);
    expect(text('[data-testid="popup-shortcut"]')).toBe(
      'Für das Ein- und Ausblenden der Seitenleiste ist kein Tastenkürzel festgelegt. Tastenkürzel festlegen',
    );
    show(<PopupView record={null} active={active} onOpenOptions={() => undefined} />);
    expect(currentRoot().querySelector('[data-testid="popup-shortcut"]')).toBeNull();
  });

  it('speaks German, with German dates', () => {
    useUiLanguage('de');
    show(<PopupView record={{ crm: 'Salesforce', kind: 'deal', tier: 'disqualified' }} active={active} onOpenOptions={() => undefined} />);
    expect(texts('h2')).toEqual(['Dieser Tab', 'Playbook']);
    expect(texts('dt')).toEqual(['CRM', 'Datensatz', 'Stufe', 'Name', 'Version', 'Quelle', 'Letzte Synchronisierung']);
    expect(text('[data-testid="popup-kind"]')).toBe('Verkaufschance');
    expect(text('[data-testid="popup-tier"]')).toBe('Ausgeschlossen');
    expect(text('[data-testid="popup-playbook-source"]')).toBe('Konfigurations-URL (von Ihrer Organisation verwaltet)');
    expect(text('[data-testid="popup-sync-success"]')).toMatch(/^27\.11\.2026, \d{2}:\d{2}$/);
    expect(text('[data-testid="popup-options"]')).toBe('Playbook-Einstellungen öffnen');
    expect(formatWhen(undefined)).toBe('nie');
  });

  it('counts this week in German', () => {
    useUiLanguage('de');
    const friday = new Date(2026, 10, 27);
    let store = recordActivity({}, { event: 'reviewed', tier: 'A' }, friday);
    store = recordActivity(store, { event: 'call-prepared' }, friday);
    show(<ThisWeek store={store} now={friday} onReset={() => undefined} onExportCsv={() => undefined} />);
    expect(texts('.pp-week:not(.pp-tiers) th')).toEqual([
      'Kennzahl',
      'Diese Woche',
      'Letzte Woche',
      'Ø 4 Wochen',
      'Geprüfte Datensätze',
      'Geprüfte gute Treffer (A oder B)',
      'Vorbereitete Gespräche',
      'Gestellte Fragen',
    ]);
    expect(text('[data-testid="week-reviewed"]')).toBe('1');
    // Tiers in words, each with its number this week and last.
    expect(texts('.pp-tiers tbody th')).toEqual(['Stufe A: idealer Kunde', 'Stufe B: passt gut', 'Stufe C: passt teilweise', 'Stufe D: passt kaum', 'Ausgeschlossen', 'Zu wenige Daten für einen Score']);
    expect(text('[data-testid="week-tier-A"]')).toBe('1');
    expect(text('[data-testid="week-tier-B-last"]')).toBe('0');
    expect(texts('button')).toEqual(['Meine Woche kopieren', 'CSV exportieren', 'Zurücksetzen']);
    expect(text('[data-testid="week-average-note"]')).toContain('zwei Wochen');
  });

  it('shows the coaching questions with their reason in German', () => {
    useUiLanguage('de');
    const friday = new Date(2026, 10, 27, 12, 0);
    const store: ActivityStore = {};
    for (const back of [1, 2, 3, 4]) store[isoWeek(new Date(2026, 10, 27 - 7 * back))] = { ...emptyWeek(), callsPrepared: 10 };
    store[isoWeek(friday)] = { ...emptyWeek(), callsPrepared: 2 };
    const coaching = [{ id: 'c', when: { metric: 'callsPrepared' as const, fallsBelow: 0.5 }, question: 'Wie sieht Ihr Kaltakquise-Prozess aus?' }];
    show(<ThisWeek store={store} now={friday} coaching={coaching} onReset={() => undefined} onExportCsv={() => undefined} />);
    expect(text('.pp-coaching h3')).toBe('Fragen Ihrer Führungskraft');
    expect(text('.pp-coaching li')).toContain('Wie sieht Ihr Kaltakquise-Prozess aus?');
    // Friday noon: 4.4 of 5 working days gone, so 8.8 calls usual by now; 2 is 23 %.
    expect(text('.pp-coaching li')).toMatch(/Vorbereitete Gespräche: 2 diese Woche, 23\s%\sIhres üblichen Tempos bis jetzt$/);
    expect(text('[data-testid="week-calls-average"]')).toBe('10');
  });
});
