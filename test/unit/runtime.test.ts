/**
 * The content-script runtime with fake storage, messaging and clock over happy-dom: navigation
 * races (a slow read for the record the rep just left), what is saved and counted, and that
 * nothing outlives the runtime or the page view it belongs to.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidebarState } from '../../components/sidebar/state';
import { inPageDisplay } from '../../lib/content/in-page-display';
import { createRuntime, type ContentStorage, type Display, type RuntimeDeps } from '../../lib/content/runtime';
import type { CrmAdapter } from '../../lib/crm/types';
import { openShadowRootsOnly } from '../../lib/extract/read';
import type { ContentToBackground } from '../../lib/messages';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { recordName, type CrmRecord } from '../../lib/record';
import { ASKED_QUESTIONS_KEY, recordKey } from '../../lib/rep/asked-questions';
import { SIDEBAR_PREFS_KEY } from '../../lib/rep/sidebar-prefs';
import { DISPLAY_MODE_KEY } from '../../lib/rep/display-mode';

/** A CRM whose record pages are `/record/<id>`, fields in `<p data-row="<canonical name>">`. */
const testCrm: CrmAdapter = {
  id: 'testcrm',
  name: 'Test CRM',
  matches: [],
  detect: (url) => {
    const id = /^\/record\/(\w+)$/.exec(url.pathname)?.[1];
    return id ? { kind: 'company', id } : undefined;
  },
  fieldContainers: '[data-row]',
  readFields: (context) =>
    context.all('[data-row]').map((row) => ({
      label: row.getAttribute('data-row')!,
      raw: row.textContent ?? '',
      field: row.getAttribute('data-row') as 'company',
      source: row,
    })),
};

const RECORDS: Record<string, { company: string; industry: string }> = {
  A: { company: 'Alpha Analytics', industry: 'Software' },
  B: { company: 'Bravo Bank', industry: 'Financial Services' },
};

/** What the CRM does on same-document navigation: swap the record's DOM, push the URL. */
function openRecord(id: string): void {
  const { company, industry } = RECORDS[id]!;
  const host = document.querySelector('[data-playcard-sidebar]');
  document.body.innerHTML = `<main><p data-row="company">${company}</p><p data-row="industry">${industry}</p></main>`;
  if (host) document.body.append(host);
  history.pushState({}, '', `/record/${id}`);
}

function leaveForHome(): void {
  document.body.innerHTML = '<main>Home</main>';
  history.pushState({}, '', '/home');
}

/** storage.local in memory; `holdNextRead(key)` keeps the next read of `key` pending until released. */
function fakeStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const holds = new Map<string, Promise<void>>();
  const watchers = new Set<{ key: string; onChange: (value: unknown) => void }>();
  const notify = (key: string, value: unknown) => [...watchers].filter((w) => w.key === key).forEach((w) => w.onChange(structuredClone(value)));
  const storage: ContentStorage & {
    data: Map<string, unknown>;
    holdNextRead(key: string): () => void;
    /** Another context (the popup, the panel, another tab) writes `key`. */
    writeElsewhere(key: string, value: unknown): void;
    writes: string[];
  } = {
    data,
    writes: [],
    writeElsewhere(key, value) {
      data.set(key, structuredClone(value));
      notify(key, value);
    },
    watch(key, onChange, signal) {
      const watcher = { key, onChange };
      watchers.add(watcher);
      signal.addEventListener('abort', () => watchers.delete(watcher));
    },
    holdNextRead(key) {
      let release!: () => void;
      holds.set(key, new Promise<void>((resolve) => (release = resolve)));
      return release;
    },
    async get(key) {
      const hold = holds.get(key);
      holds.delete(key);
      if (hold) await hold;
      return structuredClone(data.get(key));
    },
    async set(key, value) {
      storage.writes.push(key);
      data.set(key, structuredClone(value));
      notify(key, value);
    },
  };
  return storage;
}

/** Lets pending promises, mutation observers and the next animation frame run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
}

interface Harness {
  deps: RuntimeDeps;
  storage: ReturnType<typeof fakeStorage>;
  sent: ContentToBackground[];
  /** Delivers a runtime message as the background or popup would; returns the reply. */
  deliver(message: unknown): Promise<unknown> | undefined;
  listeners: () => number;
  lifetime: AbortController;
  /** What an update or reload does: the extension is gone, noticed at the next check. */
  removeExtension(): void;
  state(): SidebarState;
  start(): void;
}

function harness(overrides: Partial<RuntimeDeps> = {}, initialStorage: Record<string, unknown> = {}): Harness {
  const storage = fakeStorage(initialStorage);
  const sent: ContentToBackground[] = [];
  const handlers = new Set<(message: unknown) => Promise<unknown> | undefined>();
  let mounted: SidebarState | undefined;
  const recordingDisplay: Display = {
    mount(state) {
      mounted = state;
    },
  };
  const lifetime = new AbortController();
  let extensionGone = false;
  const check = () => {
    if (extensionGone) lifetime.abort();
    return !lifetime.signal.aborted;
  };
  const deps: RuntimeDeps = {
    window,
    adapters: [testCrm],
    storage,
    messaging: {
      send: (message) => void sent.push(message),
      listen(handler, signal) {
        handlers.add(handler);
        signal.addEventListener('abort', () => handlers.delete(handler));
      },
    },
    now: () => Date.parse('2026-12-01T10:00:00Z'),
    watchPlaybook(onChange) {
      onChange({ playbook: DEFAULT_PLAYBOOK, origin: 'default' });
      return () => undefined;
    },
    display: recordingDisplay,
    openShadowRoot: openShadowRootsOnly,
    warn: () => undefined,
    ...overrides,
  };
  return {
    deps,
    storage,
    sent,
    deliver: (message) => [...handlers].map((handler) => handler(message)).find((reply) => reply !== undefined),
    listeners: () => handlers.size,
    lifetime,
    removeExtension: () => void (extensionGone = true),
    state: () => {
      if (!mounted) throw new Error('the display was never mounted');
      return mounted;
    },
    start: () => createRuntime(deps).start({ signal: lifetime.signal, check }),
  };
}

const shownCompany = (state: SidebarState) => state.record.value?.fields.company?.value;

/** happy-dom's window is 1024 px wide, where the sidebar folds itself (lib/rep/sidebar-prefs.ts): a desktop window. */
function setWindowWidth(width: number): void {
  (window as unknown as { happyDOM: { setViewport(viewport: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height: 900 });
}

beforeEach(() => {
  document.body.innerHTML = '';
  history.replaceState({}, '', '/home');
  setWindowWidth(1920);
});

let running: Harness | undefined;
afterEach(() => {
  running?.lifetime.abort();
  running = undefined;
});

function run(overrides: Partial<RuntimeDeps> = {}, initialStorage: Record<string, unknown> = {}): Harness {
  running = harness(overrides, initialStorage);
  return running;
}

describe('navigation races', () => {
  it('a slow storage read while the rep moves to the next record shows the next record, never the previous one', async () => {
    const asked = { 'testcrm:A': { ids: ['budget'], at: Date.parse('2026-11-30T00:00:00Z') }, 'testcrm:B': { ids: ['timeline'], at: Date.parse('2026-11-30T00:00:00Z') } };
    const app = run({ display: inPageDisplay(document, 'open') }, { [ASKED_QUESTIONS_KEY]: asked });
    openRecord('A');
    const releaseA = app.storage.holdNextRead(ASKED_QUESTIONS_KEY);
    app.start();
    await settle();
    openRecord('B');
    await settle();
    releaseA();
    await settle();

    const shadow = document.querySelector('[data-playcard-sidebar]')!.shadowRoot!;
    const shownFields = () => Object.fromEntries([...shadow.querySelectorAll('[data-card="fields"] [data-field]')].map((el) => [el.getAttribute('data-field'), el.getAttribute('data-value')]));
    expect(shownFields()).toMatchObject({ company: 'Bravo Bank', industry: 'Financial Services' });
    expect(app.deliver({ type: 'record-summary' })).toBeDefined();
    await expect(app.deliver({ type: 'record-summary' })).resolves.toMatchObject({ crm: 'Test CRM', kind: 'company' });

    // B's page view is the live one: an inline edit on B still reaches the card.
    document.querySelector('[data-row="company"]')!.textContent = 'Bravo Bank Group';
    await settle();
    expect(shownFields().company).toBe('Bravo Bank Group');
    // Only B was reviewed.
    expect(app.sent.filter((message) => message.type === 'activity')).toHaveLength(1);
  });

  it("restores the next record's ticks, not the previous record's, when the previous read answers last", async () => {
    const at = Date.parse('2026-11-30T00:00:00Z');
    const app = run({}, { [ASKED_QUESTIONS_KEY]: { 'testcrm:A': { ids: ['from-A'], at }, 'testcrm:B': { ids: ['from-B'], at } } });
    openRecord('B');
    app.start();
    await settle();
    const releaseA = app.storage.holdNextRead(ASKED_QUESTIONS_KEY);
    openRecord('A');
    // The URL watch runs (a mutation observer here), and A's page view asks storage for its ticks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    openRecord('B');
    await settle();
    releaseA();
    await settle();
    expect(app.state().record.value).toMatchObject({ id: 'B', fields: { company: { value: 'Bravo Bank' } } });
    expect([...app.state().askedIds.value]).toEqual(['from-B']);
  });

  it('a slow layout read on the first record page, then the next record: one sidebar, showing the next record', async () => {
    const mounts: SidebarState[] = [];
    const app = run({ display: { mount: (state) => void mounts.push(state) } }, { [SIDEBAR_PREFS_KEY]: { dock: 'left', collapsed: false } });
    openRecord('A');
    const releasePrefs = app.storage.holdNextRead(SIDEBAR_PREFS_KEY);
    app.start();
    await settle();
    openRecord('B');
    await settle();
    expect(mounts).toHaveLength(0);
    releasePrefs();
    await settle();
    expect(mounts).toHaveLength(1);
    expect(mounts[0]!.record.value).toMatchObject({ id: 'B', fields: { company: { value: 'Bravo Bank' } } });
    expect(mounts[0]!.dock.value).toBe('left');
  });

  it('an enrichment of the record left behind that answers late never shows', async () => {
    const pending: { record: CrmRecord; resolve: (record: CrmRecord) => void }[] = [];
    const enrich = (record: CrmRecord) => new Promise<CrmRecord>((resolve) => pending.push({ record, resolve }));
    const app = run({ enrich });
    openRecord('A');
    app.start();
    await settle();
    expect(shownCompany(app.state())).toBe('Alpha Analytics');
    openRecord('B');
    await settle();
    const late = pending.find((call) => call.record.id === 'A')!;
    late.resolve({ ...late.record, fields: { ...late.record.fields, country: { value: 'Germany', label: 'Country', raw: 'Germany', via: 'generic' } } });
    await settle();
    expect(shownCompany(app.state())).toBe('Bravo Bank');
    expect(app.state().record.value?.fields.country).toBeUndefined();

    // The live record's enrichment does land.
    const current = pending.filter((call) => call.record.id === 'B').at(-1)!;
    current.resolve({ ...current.record, fields: { ...current.record.fields, country: { value: 'France', label: 'Country', raw: 'France', via: 'generic' } } });
    await settle();
    expect(app.state().record.value?.fields.country?.value).toBe('France');
  });

  it('leaving for a page that is not a record empties the sidebar and clears the badge at once', async () => {
    const app = run();
    openRecord('A');
    app.start();
    await settle();
    expect(app.state().cards.value).not.toBeNull();
    leaveForHome();
    await Promise.resolve();
    await Promise.resolve();
    expect(app.state().record.value).toBeNull();
    expect(app.sent.at(-1)).toEqual({ type: 'tier', tier: null });
    await expect(app.deliver({ type: 'record-summary' }) ?? Promise.resolve(undefined)).resolves.toBeUndefined();
  });

  it('the same record under another address keeps its page view (no reload of ticks, no second review)', async () => {
    const app = run();
    openRecord('A');
    app.start();
    await settle();
    const reads = vi.spyOn(app.storage, 'get');
    history.pushState({}, '', '/record/A?tab=details');
    history.pushState({}, '', '/record/A');
    document.body.append(document.createElement('span'));
    await settle();
    expect(reads).not.toHaveBeenCalled();
    expect(app.sent.filter((message) => message.type === 'activity')).toHaveLength(1);
  });
});

describe('ticks, counters and messages', () => {
  it('saves ticks for their record, counts each new tick once, and does not count restored ticks', async () => {
    const at = Date.parse('2026-11-30T00:00:00Z');
    const app = run({}, { [ASKED_QUESTIONS_KEY]: { 'testcrm:A': { ids: ['earlier'], at } } });
    openRecord('A');
    app.start();
    await settle();
    expect(app.sent.filter((message) => message.type === 'activity')).toEqual([{ type: 'activity', event: 'reviewed', tier: expect.any(String), record: expect.any(String) }]);
    app.state().askedIds.value = new Set(['earlier', 'budget']);
    await settle();
    expect(app.sent.filter((message) => 'event' in message && message.event === 'question-asked')).toHaveLength(1);
    // Stored under the record's digest; the plain key an older version wrote is gone.
    expect(app.storage.data.get(ASKED_QUESTIONS_KEY)).toEqual({ [recordKey('testcrm', 'A')]: { ids: ['earlier', 'budget'], at: Date.parse('2026-12-01T10:00:00Z') } });

    openRecord('B');
    await settle();
    expect([...app.state().askedIds.value]).toEqual([]);
    expect(app.sent.filter((message) => 'event' in message && message.event === 'question-asked')).toHaveLength(1);
    app.state().view.value = 'prep';
    await settle();
    expect(app.sent.filter((message) => 'event' in message && message.event === 'call-prepared')).toHaveLength(1);
  });

  it('answers only well-formed messages: the popup gets CRM, kind, tier, name and criteria known; the shortcut folds the sidebar', async () => {
    const app = run();
    openRecord('A');
    app.start();
    await settle();
    const reply = await app.deliver({ type: 'record-summary' });
    const cards = app.state().cards.value!;
    const name = recordName(cards.record);
    expect(reply).toEqual({
      crm: 'Test CRM',
      kind: 'company',
      tier: cards.fit.tier,
      ...(name ? { name } : {}),
      criteria: { known: cards.fit.criteria.filter((c) => c.outcome !== 'unknown').length, total: cards.fit.criteria.length },
    });
    expect(app.deliver({ type: 'record-summary', fields: true })).toBeUndefined();

    expect(app.deliver({ type: 'toggle-sidebar', collapsed: false })).toBeUndefined();
    expect(app.deliver('toggle-sidebar')).toBeUndefined();
    expect(app.state().collapsed.value).toBe(false);
    app.deliver({ type: 'toggle-sidebar' });
    expect(app.state().collapsed.value).toBe(true);
    await settle();
    expect(app.storage.data.get(SIDEBAR_PREFS_KEY)).toEqual({ dock: 'right', collapsed: true, width: 340, pinned: false });
  });
});

describe('lifetime', () => {
  it('when the lifetime ends, the sidebar goes, every listener stops and nothing more is read or sent', async () => {
    const app = run({ display: inPageDisplay(document, 'open') });
    openRecord('A');
    app.start();
    await settle();
    expect(document.querySelector('[data-playcard-sidebar]')).not.toBeNull();
    expect(app.listeners()).toBe(1);
    const reads = vi.spyOn(app.storage, 'get');
    const sentBefore = app.sent.length;

    app.lifetime.abort();
    expect(document.querySelector('[data-playcard-sidebar]')).toBeNull();
    expect(app.listeners()).toBe(0);
    openRecord('B');
    document.querySelector('[data-row="company"]')!.textContent = 'Changed';
    await settle();
    expect(reads).not.toHaveBeenCalled();
    expect(app.sent).toHaveLength(sentBefore);
  });

  it('a page view does not pile listeners on the runtime signal', async () => {
    const app = run();
    const added = vi.spyOn(app.lifetime.signal, 'addEventListener');
    const removed = vi.spyOn(app.lifetime.signal, 'removeEventListener');
    openRecord('A');
    app.start();
    await settle();
    const settledAfterFirst = added.mock.calls.length - removed.mock.calls.length;
    for (let i = 0; i < 10; i++) {
      openRecord(i % 2 ? 'A' : 'B');
      await settle();
    }
    expect(added.mock.calls.length - removed.mock.calls.length).toBe(settledAfterFirst);
  });
});

describe('pages that cannot be read or shown', () => {
  const shadowOf = () => document.querySelector('[data-playcard-sidebar]')!.shadowRoot!;

  it('says the page could not be read, with the reader’s reason, instead of a blank sidebar; cards return once it reads', async () => {
    let broken = true;
    const flaky: CrmAdapter = {
      ...testCrm,
      readFields: (context, route) => {
        if (broken) throw new RangeError('Maximum call stack size exceeded');
        return testCrm.readFields(context, route);
      },
    };
    const app = run({ adapters: [flaky], display: inPageDisplay(document, 'open') });
    openRecord('A');
    app.start();
    await settle();
    const notice = shadowOf().querySelector('[data-card="unreadable"]');
    expect(notice?.textContent).toContain('Could not read this page');
    expect(notice?.textContent).toContain('Test CRM');
    expect(notice?.textContent).toContain('Maximum call stack size exceeded');
    expect(shadowOf().querySelector('[data-card="fit"]')).toBeNull();

    broken = false;
    document.querySelector('[data-row="company"]')!.textContent = 'Alpha Analytics AG';
    await settle();
    expect(shadowOf().querySelector('[data-card="unreadable"]')).toBeNull();
    expect(shadowOf().querySelector('[data-card="fit"]')).not.toBeNull();
  });

  it('a read that throws outright also shows the notice, and keeps the last good cards when there were some', async () => {
    let throwing = true;
    const app = run({
      display: inPageDisplay(document, 'open'),
      openShadowRoot: (element) => {
        if (throwing) throw new Error('walk failed');
        return element.shadowRoot;
      },
    });
    openRecord('A');
    app.start();
    await settle();
    expect(shadowOf().querySelector('[data-card="unreadable"]')).not.toBeNull();

    throwing = false;
    document.querySelector('[data-row="company"]')!.textContent = 'Alpha Analytics AG';
    await settle();
    expect(shadowOf().querySelector('[data-card="fit"]')).not.toBeNull();
    throwing = true;
    document.querySelector('[data-row="company"]')!.textContent = 'Alpha Analytics SE';
    await settle();
    expect(shadowOf().querySelector('[data-card="fit"]')).not.toBeNull();
    expect(shadowOf().querySelector('[data-card="unreadable"]')).toBeNull();
  });

  it('a display that fails is tried once more; failing again, the badge says so instead of a tier', async () => {
    let failures = 2;
    const mounted: SidebarState[] = [];
    const app = run({
      display: {
        mount(state) {
          if (failures-- > 0) throw new DOMException('page interfered', 'NotSupportedError');
          mounted.push(state);
        },
      },
    });
    openRecord('A');
    app.start();
    await settle();
    expect(mounted).toHaveLength(0);
    expect(app.sent).toContainEqual({ type: 'display-failed' });
    const afterFailure = app.sent.slice(app.sent.findIndex((message) => message.type === 'display-failed'));
    expect(afterFailure.filter((message) => message.type === 'tier')).toEqual([]);
  });

  it('a display that fails once is shown on the retry, with no failure reported', async () => {
    let failures = 1;
    const mounted: SidebarState[] = [];
    const app = run({
      display: {
        mount(state) {
          if (failures-- > 0) throw new Error('not yet');
          mounted.push(state);
        },
      },
    });
    openRecord('A');
    app.start();
    await settle();
    expect(mounted).toHaveLength(1);
    expect(app.sent).not.toContainEqual({ type: 'display-failed' });
    expect(shownCompany(mounted[0]!)).toBe('Alpha Analytics');
  });

  it('once the extension is gone, the next change in the page removes the sidebar and calls nothing', async () => {
    const app = run({ display: inPageDisplay(document, 'open') });
    openRecord('A');
    app.start();
    await settle();
    const reads = vi.spyOn(app.storage, 'get');
    const sentBefore = app.sent.length;
    app.removeExtension();
    document.querySelector('[data-row="company"]')!.textContent = 'Alpha Analytics AG';
    await settle();
    expect(document.querySelector('[data-playcard-sidebar]')).toBeNull();
    openRecord('B');
    await settle();
    expect(reads).not.toHaveBeenCalled();
    expect(app.sent).toHaveLength(sentBefore);
  });
});

describe('following the record while only its part of the page is watched', () => {
  const shownIndustry = (state: SidebarState) => state.record.value?.fields.industry?.value;

  it('shows a field rendered late beside those read, a section added elsewhere in the page, and the record re-rendered whole', async () => {
    const app = run();
    history.pushState({}, '', '/record/A');
    document.body.innerHTML = '<div id="app"><main><p data-row="company">Alpha Analytics</p></main></div><div id="clock">10:00</div>';
    app.start();
    await settle();
    expect(shownCompany(app.state())).toBe('Alpha Analytics');

    // Churn outside the record is not watched; the late row beside the one read is.
    document.getElementById('clock')!.textContent = '10:01';
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p data-row="industry">Software</p>');
    await settle();
    expect(shownIndustry(app.state())).toBe('Software');

    // A section added beside the record's pane (a child of an ancestor), bringing a field.
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<section><p data-row="website">alpha.example</p></section>');
    await settle();
    expect(app.state().record.value?.fields.website?.value).toBe('alpha.example');

    // The CRM re-renders the record's pane wholesale: new elements, new values.
    document.querySelector('main')!.replaceWith(
      Object.assign(document.createElement('main'), { innerHTML: '<p data-row="company">Alpha Analytics AG</p><p data-row="industry">Retail</p>' }),
    );
    await settle();
    expect(shownCompany(app.state())).toBe('Alpha Analytics AG');
    expect(shownIndustry(app.state())).toBe('Retail');

    // And the new elements are watched in turn: an inline edit inside them shows.
    document.querySelector('[data-row="industry"]')!.textContent = 'Wholesale';
    await settle();
    expect(shownIndustry(app.state())).toBe('Wholesale');
  });
});

describe('layout: width, pin and folding for the CRM’s room (in-page display)', () => {
  const sidebarRoot = () => document.querySelector('[data-playcard-sidebar]')?.shadowRoot?.querySelector('.pc-root') ?? null;
  const isFoldedOnPage = () => sidebarRoot()?.classList.contains('pc-root--collapsed');
  const shownUp = async (app: Harness) => {
    openRecord('A');
    app.start();
    await settle();
    expect(sidebarRoot()).not.toBeNull();
  };

  it('starts folded at 1280 px and open at 1920 px, at the remembered width', async () => {
    setWindowWidth(1280);
    await shownUp(run({ display: inPageDisplay(document, 'open') }, { [SIDEBAR_PREFS_KEY]: { dock: 'right', collapsed: false, width: 420 } }));
    expect(isFoldedOnPage()).toBe(true);
    running?.lifetime.abort();
    document.body.innerHTML = '';

    setWindowWidth(1920);
    await shownUp(run({ display: inPageDisplay(document, 'open') }, { [SIDEBAR_PREFS_KEY]: { dock: 'right', collapsed: false, width: 420 } }));
    expect(isFoldedOnPage()).toBe(false);
    expect((sidebarRoot() as HTMLElement).style.getPropertyValue('--pc-width')).toBe('420px');
    expect(sidebarRoot()!.querySelector('[role="separator"]')!.getAttribute('aria-valuenow')).toBe('420');
  });

  it('folds when the window narrows, opens when it widens; a pinned sidebar stays open', async () => {
    const app = run({ display: inPageDisplay(document, 'open') });
    await shownUp(app);
    expect(isFoldedOnPage()).toBe(false);
    setWindowWidth(1280);
    await settle();
    expect(isFoldedOnPage()).toBe(true);
    setWindowWidth(1920);
    await settle();
    expect(isFoldedOnPage()).toBe(false);

    sidebarRoot()!.querySelector<HTMLButtonElement>('[data-action="pin"]')!.click();
    await settle();
    expect(sidebarRoot()!.querySelector('[data-action="pin"]')!.getAttribute('aria-pressed')).toBe('true');
    setWindowWidth(1280);
    await settle();
    expect(isFoldedOnPage()).toBe(false);
    expect(app.storage.data.get(SIDEBAR_PREFS_KEY)).toMatchObject({ pinned: true, collapsed: false });
  });

  it('a pin remembered from before keeps it open at 1280 px', async () => {
    setWindowWidth(1280);
    await shownUp(run({ display: inPageDisplay(document, 'open') }, { [SIDEBAR_PREFS_KEY]: { pinned: true } }));
    expect(isFoldedOnPage()).toBe(false);
  });

  it('the tab or the shortcut opens it in a narrow window until the window narrows again; the rep’s own fold is remembered', async () => {
    setWindowWidth(1280);
    const app = run({ display: inPageDisplay(document, 'open') });
    await shownUp(app);
    expect(isFoldedOnPage()).toBe(true);
    app.deliver({ type: 'toggle-sidebar' });
    await settle();
    expect(isFoldedOnPage()).toBe(false);
    // Folding for room is not the rep's choice: nothing was saved as folded.
    expect(app.storage.data.get(SIDEBAR_PREFS_KEY)).toBeUndefined();
    setWindowWidth(1200);
    await settle();
    expect(isFoldedOnPage()).toBe(false);
    setWindowWidth(1920);
    await settle();
    setWindowWidth(1280);
    await settle();
    expect(isFoldedOnPage()).toBe(true);

    sidebarRoot()!.querySelector<HTMLButtonElement>('.pc-tab')!.click();
    await settle();
    sidebarRoot()!.querySelector<HTMLButtonElement>('[data-action="hide"]')!.click();
    await settle();
    expect(isFoldedOnPage()).toBe(true);
    expect(app.storage.data.get(SIDEBAR_PREFS_KEY)).toMatchObject({ collapsed: true });
    setWindowWidth(1920);
    await settle();
    expect(isFoldedOnPage()).toBe(true);
  });

  it('arrow keys on the edge resize it and the width is saved; the resized sidebar does not fold under the rep', async () => {
    setWindowWidth(1440);
    const app = run({ display: inPageDisplay(document, 'open') });
    await shownUp(app);
    const handle = () => sidebarRoot()!.querySelector<HTMLElement>('[role="separator"]')!;
    expect(handle().getAttribute('aria-valuemin')).toBe('280');
    expect(handle().getAttribute('aria-valuemax')).toBe('560');
    expect(handle().tabIndex).toBe(0);
    handle().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await settle();
    expect(handle().getAttribute('aria-valuenow')).toBe('356');
    expect(app.storage.data.get(SIDEBAR_PREFS_KEY)).toMatchObject({ width: 356 });
    // 1440 − 356 leaves the CRM less than it needs, but the rep just made it wider: it stays open.
    expect(isFoldedOnPage()).toBe(false);
    handle().dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settle();
    expect(app.storage.data.get(SIDEBAR_PREFS_KEY)).toMatchObject({ width: 560 });
    expect(isFoldedOnPage()).toBe(false);
  });
});

describe('display mode: in the page or in the browser side panel', () => {
  const hosts = () => document.querySelectorAll('[data-playcard-sidebar]').length;

  it('in side-panel mode nothing is drawn in the page, the record is still read, and the badge gets the tier', async () => {
    const app = run({ display: inPageDisplay(document, 'open') }, { [DISPLAY_MODE_KEY]: 'side-panel' });
    openRecord('A');
    app.start();
    await settle();
    expect(hosts()).toBe(0);
    expect(app.sent).toContainEqual(expect.objectContaining({ type: 'tier', tier: expect.any(String) }));
    expect(app.sent).not.toContainEqual({ type: 'display-failed' });
  });

  it('follows a change made elsewhere both ways without a reload, and does not write it back', async () => {
    const app = run({ display: inPageDisplay(document, 'open') });
    openRecord('A');
    app.start();
    await settle();
    expect(hosts()).toBe(1);
    app.storage.writeElsewhere(DISPLAY_MODE_KEY, 'side-panel');
    await settle();
    expect(hosts()).toBe(0);
    app.storage.writeElsewhere(DISPLAY_MODE_KEY, 'in-page');
    await settle();
    expect(hosts()).toBe(1);
    // Same-document navigation in side-panel mode: still nothing drawn, and the next record read.
    app.storage.writeElsewhere(DISPLAY_MODE_KEY, 'side-panel');
    openRecord('B');
    await settle();
    expect(hosts()).toBe(0);
    expect(app.storage.writes).not.toContain(DISPLAY_MODE_KEY);
  });

  it('the sidebar header’s side-panel button asks for the panel, takes the sidebar away and saves the choice', async () => {
    const opened: string[] = [];
    const app = run({ display: inPageDisplay(document, 'open', { openSidePanel: () => opened.push('panel') }) });
    openRecord('A');
    app.start();
    await settle();
    const root = document.querySelector('[data-playcard-sidebar]')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-action="side-panel"]')!.click();
    await settle();
    expect(opened).toEqual(['panel']);
    expect(hosts()).toBe(0);
    expect(app.storage.data.get(DISPLAY_MODE_KEY)).toBe('side-panel');
  });

  it('a damaged stored choice is the in-page default', async () => {
    const app = run({ display: inPageDisplay(document, 'open') }, { [DISPLAY_MODE_KEY]: { mode: 'side-panel' } });
    openRecord('A');
    app.start();
    await settle();
    expect(hosts()).toBe(1);
  });
});
