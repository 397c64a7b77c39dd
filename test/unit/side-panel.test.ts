/**
 * The side panel's pure parts: the display choice, the protocol's schemas and sender check, which
 * window the panel follows, the content script's server (lib/content/panel-server.ts) and the panel's
 * follower (lib/panel/follower.ts), with fake ports.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createSidebarState } from '../../components/sidebar/state';
import { servePanel, type PanelPort } from '../../lib/content/panel-server';
import { followActiveTab, RETRY_MS, type FollowedView, type PanelBrowser, type PanelConnection } from '../../lib/panel/follower';
import { checkPanelToContent } from '../../lib/checks';
import { followedWindow, isFromPanel, type PanelToContent } from '../../lib/panel/protocol';
import { contentToPanelSchema, type ContentToPanel } from '../../lib/panel/view';
import type { CrmRecord } from '../../lib/record';
import { parseDisplayMode } from '../../lib/rep/display-mode';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const PANEL = `${BASE}sidepanel.html`;

const record: CrmRecord = {
  crm: 'pipedrive',
  kind: 'deal',
  id: '1842',
  fields: {
    dealName: { value: 'Fleet rollout', label: 'Title', raw: 'Fleet rollout', via: 'adapter' },
    amount: { value: 48500, label: 'Value', raw: '48.500 €', via: 'adapter' },
    employees: { value: { min: 201, max: 500 }, label: 'Employees', raw: '201-500', via: 'adapter', source: 'linked' },
  },
  warnings: [],
};

describe('display choice', () => {
  it('is the side panel only when stored exactly so; anything else is the in-page default', () => {
    expect(parseDisplayMode('side-panel')).toBe('side-panel');
    for (const stored of [undefined, null, 'in-page', 'SIDE-PANEL', { mode: 'side-panel' }, 1]) expect(parseDisplayMode(stored)).toBe('in-page');
  });
});

describe('protocol', () => {
  it('answers only this extension’s own panel page', () => {
    expect(isFromPanel({ id: ID, url: PANEL }, ID, PANEL)).toBe(true);
    expect(isFromPanel({ id: ID, url: `${PANEL}#x` }, ID, PANEL)).toBe(true);
    expect(isFromPanel({ id: ID, url: `${BASE}options.html` }, ID, PANEL)).toBe(false);
    expect(isFromPanel({ id: ID, url: `${BASE}popup.html` }, ID, PANEL)).toBe(false);
    // A content script's sender is its web page.
    expect(isFromPanel({ id: ID, url: 'https://nordwind-sales.pipedrive.com/deal/1842' }, ID, PANEL)).toBe(false);
    expect(isFromPanel({ id: 'another-extension', url: PANEL }, ID, PANEL)).toBe(false);
    expect(isFromPanel({ id: ID }, ID, PANEL)).toBe(false);
    expect(isFromPanel({ id: ID, url: 'not a url' }, ID, PANEL)).toBe(false);
    expect(isFromPanel(undefined, ID, PANEL)).toBe(false);
  });

  it('checks views and requests strictly, both ways', () => {
    const view: ContentToPanel = { type: 'record', crmName: 'Pipedrive', record: record as never, unreadable: null, asked: ['q1'], view: 'cards' };
    expect(contentToPanelSchema.safeParse(view).success).toBe(true);
    expect(contentToPanelSchema.safeParse({ type: 'none' }).success).toBe(true);
    expect(contentToPanelSchema.safeParse({ ...view, extra: 1 }).success).toBe(false);
    expect(contentToPanelSchema.safeParse({ ...view, record: { ...record, fields: { x: { value: 'a' } } } }).success).toBe(false);
    expect(contentToPanelSchema.safeParse({ ...view, crmName: 'x'.repeat(101) }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`custom.f${i}`, record.fields.dealName]));
    expect(contentToPanelSchema.safeParse({ ...view, record: { ...record, fields: many } }).success).toBe(false);
    expect(checkPanelToContent({ type: 'set-asked', record: '1842', asked: ['q1'] })).toEqual({ type: 'set-asked', record: '1842', asked: ['q1'] });
    expect(checkPanelToContent({ type: 'set-view', view: 'prep' })).toEqual({ type: 'set-view', view: 'prep' });
    expect(checkPanelToContent({ type: 'set-view', view: 'settings' })).toBeUndefined();
    expect(checkPanelToContent({ type: 'set-asked', record: '1842', asked: ['q1'], extra: 1 })).toBeUndefined();
    expect(checkPanelToContent({ type: 'set-asked', record: '1842', asked: ['x'.repeat(201)] })).toBeUndefined();
    expect(checkPanelToContent({ type: 'record-summary' })).toBeUndefined();
  });

  it('the side panel follows its own window; a panel page in a popup window of its own follows the last-focused normal window', () => {
    expect(followedWindow({ ownWindow: { id: 1, type: 'normal' } })).toBe('own');
    expect(followedWindow({ ownTab: { id: 9, windowId: 2 }, ownWindow: { id: 2, type: 'popup' } })).toBe('last-focused-normal');
    // Opened as an ordinary tab, it follows its own window, whose active tab is itself.
    expect(followedWindow({ ownTab: { id: 9, windowId: 1 }, ownWindow: { id: 1, type: 'normal' } })).toBe('own');
  });
});

/** A port pair: what the content script's server gets, and what the test sees as the panel. */
function fakePort() {
  const posted: ContentToPanel[] = [];
  let onMessage: ((message: unknown) => void) | undefined;
  let onDisconnect: (() => void) | undefined;
  let disconnected = false;
  const port: PanelPort = {
    post: (message) => {
      if (disconnected) throw new Error('closed');
      posted.push(structuredClone(message));
    },
    onMessage: (handler) => (onMessage = handler),
    onDisconnect: (handler) => (onDisconnect = handler),
    disconnect: () => void (disconnected = true),
  };
  return {
    port,
    posted,
    send: (message: unknown) => onMessage?.(message),
    closeFromPanel: () => {
      disconnected = true;
      onDisconnect?.();
    },
    get disconnected() {
      return disconnected;
    },
  };
}

describe('content script: serving the panel', () => {
  function serving() {
    const state = createSidebarState();
    const onRecord = signal(true);
    const lifetime = new AbortController();
    let connect: ((port: PanelPort) => void) | undefined;
    servePanel({ listen: (onPort) => (connect = onPort) }, state, onRecord, lifetime.signal);
    const panel = fakePort();
    return { state, onRecord, lifetime, panel, connect: () => connect!(panel.port) };
  }

  it('sends what the sidebar shows at once and on every change, and nothing once the panel is gone', () => {
    const { state, panel, connect, onRecord } = serving();
    state.crmName.value = 'Pipedrive';
    connect();
    expect(panel.posted.at(-1)).toEqual({ type: 'record', crmName: 'Pipedrive', record: null, unreadable: null, asked: [], view: 'cards' });
    state.record.value = record;
    expect(panel.posted.at(-1)).toMatchObject({ type: 'record', record: { id: '1842', fields: { amount: { value: 48500 } } } });
    expect(contentToPanelSchema.safeParse(panel.posted.at(-1)).success).toBe(true);
    onRecord.value = false;
    expect(panel.posted.at(-1)).toEqual({ type: 'none' });
    const sent = panel.posted.length;
    panel.closeFromPanel();
    onRecord.value = true;
    expect(panel.posted).toHaveLength(sent);
  });

  it('takes the panel’s ticks for the record it showed only, and its call-prep view; ignores anything else', () => {
    const { state, panel, connect } = serving();
    state.record.value = record;
    connect();
    panel.send({ type: 'set-asked', record: '1842', asked: ['budget'] });
    expect([...state.askedIds.value]).toEqual(['budget']);
    panel.send({ type: 'set-asked', record: 'another', asked: ['timeline'] });
    expect([...state.askedIds.value]).toEqual(['budget']);
    panel.send({ type: 'set-asked', record: '1842', asked: ['budget'], extra: true });
    panel.send({ type: 'toggle-sidebar' });
    panel.send('set-view');
    expect([...state.askedIds.value]).toEqual(['budget']);
    panel.send({ type: 'set-view', view: 'prep' });
    expect(state.view.value).toBe('prep');
    expect(panel.posted.at(-1)).toMatchObject({ asked: ['budget'], view: 'prep' });
  });

  it('lets go of the port when the content script ends', () => {
    const { lifetime, panel, connect } = serving();
    connect();
    lifetime.abort();
    expect(panel.disconnected).toBe(true);
  });
});

describe('panel: following the active tab', () => {
  function fakeBrowser(active: { tab: number | undefined }, place = { ownWindow: { id: 1, type: 'normal' } }) {
    const timers: Array<() => void> = [];
    const delays: number[] = [];
    let changed: (() => void) | undefined;
    const connections: Array<{ tabId: number; port: PanelConnection; deliver(message: unknown): void; drop(): void; sent: PanelToContent[]; closed: boolean }> = [];
    const browser: PanelBrowser = {
      place: async () => place,
      activeTab: async () => active.tab,
      connect(tabId) {
        let onMessage: ((message: unknown) => void) | undefined;
        let onDisconnect: (() => void) | undefined;
        const entry = {
          tabId,
          sent: [] as PanelToContent[],
          closed: false,
          port: {
            post: (message: PanelToContent) => void entry.sent.push(message),
            onMessage: (handler: (message: unknown) => void) => (onMessage = handler),
            onDisconnect: (handler: () => void) => (onDisconnect = handler),
            disconnect: () => void (entry.closed = true),
          },
          deliver: (message: unknown) => onMessage?.(message),
          drop: () => onDisconnect?.(),
        };
        connections.push(entry);
        return entry.port;
      },
      onTabsChanged: (callback) => {
        changed = callback;
        return () => (changed = undefined);
      },
      setTimeout: (callback, ms) => {
        delays.push(ms);
        timers.push(callback);
      },
    };
    return { browser, connections, timers, delays, change: () => changed?.() };
  }
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('connects to the active tab, shows valid views only, and moves with the rep to another tab', async () => {
    const active = { tab: 7 as number | undefined };
    const fake = fakeBrowser(active);
    const views: FollowedView[] = [];
    const follower = followActiveTab(fake.browser, (view) => views.push(view));
    await flush();
    expect(fake.connections.map((c) => c.tabId)).toEqual([7]);
    fake.connections[0]!.deliver({ type: 'record', crmName: 'Pipedrive', record, unreadable: null, asked: [], view: 'cards' });
    fake.connections[0]!.deliver({ type: 'record', crmName: 'Pipedrive', record: { ...record, script: 'x' }, unreadable: null, asked: [], view: 'cards' });
    expect(views.map((view) => view.type)).toEqual(['looking', 'record']);
    follower.send({ type: 'set-view', view: 'prep' });
    expect(fake.connections[0]!.sent).toEqual([{ type: 'set-view', view: 'prep' }]);

    active.tab = 8;
    fake.change();
    await flush();
    expect(fake.connections[0]!.closed).toBe(true);
    expect(fake.connections.map((c) => c.tabId)).toEqual([7, 8]);
    // A late message on the old port is not shown.
    fake.connections[0]!.deliver({ type: 'none' });
    expect(views.at(-1)).toEqual({ type: 'looking' });
    follower.stop();
    expect(fake.connections[1]!.closed).toBe(true);
  });

  it('a tab with no Playcard drops the port: says so, and tries again a few times (the app may still be loading)', async () => {
    const fake = fakeBrowser({ tab: 7 });
    const views: FollowedView[] = [];
    followActiveTab(fake.browser, (view) => views.push(view));
    await flush();
    for (let attempt = 0; attempt < RETRY_MS.length; attempt++) {
      fake.connections.at(-1)!.drop();
      fake.timers.shift()!();
    }
    fake.connections.at(-1)!.drop();
    expect(fake.timers).toHaveLength(0);
    expect(fake.delays).toEqual([...RETRY_MS]);
    expect(fake.connections).toHaveLength(RETRY_MS.length + 1);
    expect(views.at(-1)).toEqual({ type: 'no-playcard' });
  });

  it('no tab to follow, or only itself: the panel says to open a record', async () => {
    const views: FollowedView[] = [];
    followActiveTab(fakeBrowser({ tab: undefined }).browser, (view) => views.push(view));
    await flush();
    expect(views).toEqual([{ type: 'no-playcard' }]);
    const itself: FollowedView[] = [];
    const fake = fakeBrowser({ tab: 9 }, { ownTab: { id: 9, windowId: 1 }, ownWindow: { id: 1, type: 'normal' } } as never);
    followActiveTab(fake.browser, (view) => itself.push(view));
    await flush();
    expect(itself).toEqual([{ type: 'no-playcard' }]);
    expect(fake.connections).toHaveLength(0);
  });
});
