import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../lib/config/policy';
import { rememberedRecords } from '../../lib/content/remembered';
import { detectRecord } from '../../lib/crm/detect';
import { dynamics } from '../../lib/crm/dynamics';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { buildCards } from '../../lib/scoring/select';
import { linkIn } from '../../lib/extract/linked';
import { readRecord } from '../../lib/extract/record';
import type { MemoryRequest } from '../../lib/messages';
import type { CrmRecord, RecordLink } from '../../lib/record';
import { answerMemoryMessage, createMemoryService, memorySite, senderSite, type SessionArea } from '../../lib/remember/background';
import { CONTENT_SCRIPT_ROUTES } from '../../lib/crm/routes';
import {
  MAX_REMEMBERED,
  memoryKey,
  parseMemory,
  recallRecords,
  REMEMBER_FOR_MS,
  rememberRecord,
  REMEMBERED_KEY,
  type Memory,
  type RememberedContent,
} from '../../lib/remember/memory';
import { rememberable, withRemembered } from '../../lib/remember/merge';
import { parseHtmlDocument } from '../../scripts/html-document';

const SITE = 'https://acme.lightning.force.com';
const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 5, 10, 42);

const account = (id: string, industry = 'Software'): RememberedContent => ({
  crm: 'salesforce',
  kind: 'company',
  id,
  fields: { industry: { value: industry, label: 'Industry', raw: industry, via: 'adapter' } },
});

describe('the memory (pure)', () => {
  it('keys records by site, kind and id: the same id on another site or of another kind is another record', () => {
    expect(memoryKey(SITE, 'company', '1')).not.toBe(memoryKey('https://other.my.salesforce.com', 'company', '1'));
    expect(memoryKey(SITE, 'company', '1')).not.toBe(memoryKey(SITE, 'contact', '1'));
    // No separator trick can make two keys collide.
    expect(memoryKey('a|b', 'company', 'c')).not.toBe(memoryKey('a', 'company', 'b|c'));
  });

  it('keeps at most 200 records and drops the oldest read', () => {
    let memory: Memory = [];
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) memory = rememberRecord(memory, SITE, account(`acc${i}`), T0 + i);
    expect(memory).toHaveLength(MAX_REMEMBERED);
    expect(memory.map((record) => record.id)).not.toContain('acc4');
    expect(memory[0]!.id).toBe('acc5');
    expect(memory.at(-1)!.id).toBe(`acc${MAX_REMEMBERED + 4}`);
  });

  it('reading a record again replaces its earlier reading and makes it the newest', () => {
    let memory = rememberRecord([], SITE, account('a', 'Retail'), T0);
    memory = rememberRecord(memory, SITE, account('b'), T0 + 1);
    memory = rememberRecord(memory, SITE, account('a', 'Software'), T0 + 2);
    expect(memory.map((record) => [record.id, record.fields.industry?.value])).toEqual([
      ['b', 'Software'],
      ['a', 'Software'],
    ]);
  });

  it('drops what was read 12 hours ago or more when it is read', () => {
    const memory = rememberRecord([], SITE, account('a'), T0);
    const link = [{ kind: 'company' as const, id: 'a' }];
    expect(recallRecords(memory, SITE, link, T0 + REMEMBER_FOR_MS - 1)).toHaveLength(1);
    expect(recallRecords(memory, SITE, link, T0 + REMEMBER_FOR_MS)).toEqual([]);
    // And when something else is remembered.
    expect(rememberRecord(memory, SITE, account('b'), T0 + 13 * HOUR).map((record) => record.id)).toEqual(['b']);
  });

  it('answers a site with its own records only, by id', () => {
    const memory = rememberRecord([], 'https://other.lightning.force.com', account('a'), T0);
    expect(recallRecords(memory, SITE, [{ kind: 'company', id: 'a' }], T0 + 1)).toEqual([]);
    expect(recallRecords(memory, 'https://other.lightning.force.com', [{ kind: 'contact', id: 'a' }], T0 + 1)).toEqual([]);
  });

  it('forgets what it cannot read, and keeps what it can', () => {
    const good = rememberRecord([], SITE, account('a'), T0);
    expect(parseMemory([...good, { id: 'x' }, 'junk', { ...good[0], kind: 'deal' }])).toEqual(good);
    expect(parseMemory({ not: 'a list' })).toEqual([]);
  });
});

const deal = (fields: CrmRecord['fields'], links: RecordLink[] = [{ kind: 'company', id: 'a' }]): CrmRecord => ({
  crm: 'salesforce',
  kind: 'deal',
  id: '006',
  fields,
  warnings: [],
  links,
});

describe('merging remembered records into a page (pure)', () => {
  const remembered = {
    ...account('a'),
    fields: {
      company: { value: 'Brightline Robotics Inc.', label: 'Account Name', raw: 'Brightline Robotics Inc.', via: 'adapter' as const },
      industry: { value: 'Computer Software', label: 'Industry', raw: 'Computer Software', via: 'adapter' as const },
      employees: { value: 1250, label: 'Employees', raw: '1,250', via: 'adapter' as const },
      country: { value: 'United States', label: 'Billing Address', raw: 'United States', via: 'adapter' as const },
      phone: { value: '(415) 555-0198', label: 'Phone', raw: '(415) 555-0198', via: 'adapter' as const },
    },
    readAt: T0,
  };

  it('fills what the page lacks, marked remembered with the time read and the kind of record', () => {
    const merged = withRemembered(deal({ amount: { value: 250000, label: 'Amount', raw: '$250,000.00', via: 'adapter' } }), [remembered]);
    expect(merged.fields.industry).toEqual({ value: 'Computer Software', label: 'Industry', raw: 'Computer Software', via: 'adapter', source: 'remembered', readAt: T0, from: 'company' });
    expect(merged.fields.employees?.value).toBe(1250);
    expect(merged.fields.country?.source).toBe('remembered');
    expect(merged.fields.amount?.source).toBeUndefined();
  });

  it('the page value and a linked value on the page win; a differing remembered one is listed as an alternative', () => {
    const page = deal({
      industry: { value: 'Robotics', label: 'Industry', raw: 'Robotics', via: 'generic' },
      employees: { value: 1250, label: 'Employees', raw: '1,250', via: 'adapter', source: 'linked' },
    });
    const merged = withRemembered(page, [remembered]);
    expect(merged.fields.industry?.value).toBe('Robotics');
    expect(merged.fields.industry?.source).toBeUndefined();
    expect(merged.fields.industry?.alternatives).toEqual([{ value: 'Computer Software', label: 'Industry', raw: 'Computer Software', source: 'remembered', readAt: T0 }]);
    // The same value is not repeated as an alternative.
    expect(merged.fields.employees).toEqual(page.fields.employees);
  });

  it('joins by the link\'s id only: a record the page does not link to gives nothing, whatever its name', () => {
    const page = deal({ company: { value: 'Brightline Robotics Inc.', label: 'Account Name', raw: 'Brightline Robotics Inc.', via: 'adapter' } }, [{ kind: 'company', id: 'other' }]);
    expect(withRemembered(page, [remembered])).toEqual(page);
    const noLinks = { ...page, links: undefined };
    expect(withRemembered(noLinks, [remembered])).toEqual(noLinks);
  });

  it('a person\'s phone wins over the account\'s main line; a person gives no company facts', () => {
    const person = {
      crm: 'salesforce',
      kind: 'contact' as const,
      id: 'c',
      fields: {
        phone: { value: '+1 415 555 0100', label: 'Phone', raw: '+1 415 555 0100', via: 'adapter' as const },
        title: { value: 'CTO', label: 'Title', raw: 'CTO', via: 'adapter' as const },
      },
      readAt: T0 + 1,
    };
    const merged = withRemembered(deal({}, [{ kind: 'company', id: 'a' }, { kind: 'contact', id: 'c' }]), [remembered, person]);
    expect(merged.fields.phone?.value).toBe('+1 415 555 0100');
    expect(merged.fields.phone?.from).toBe('contact');
    expect(merged.fields.phone?.alternatives?.[0]?.value).toBe('(415) 555-0198');
    expect(merged.fields.title?.from).toBe('contact');
  });

  it('remembers an account\'s own fields only, never the linked records shown on its page, and never a deal', () => {
    const accountPage: CrmRecord = {
      crm: 'salesforce',
      kind: 'company',
      id: 'a',
      warnings: [],
      fields: {
        industry: { value: 'Software', label: 'Industry', raw: 'Software', via: 'adapter' },
        fullName: { value: 'Alex Chen', label: 'Contact', raw: 'Alex Chen', via: 'adapter', source: 'linked' },
        leadSource: { value: 'Trade Show', label: 'Lead Source', raw: 'Trade Show', via: 'adapter' },
        'custom.tier': { value: 'Gold', label: 'Tier', raw: 'Gold', via: 'mapping' },
      },
    };
    expect(rememberable(accountPage)).toEqual({ crm: 'salesforce', kind: 'company', id: 'a', fields: { industry: { value: 'Software', label: 'Industry', raw: 'Software', via: 'adapter' } } });
    expect(rememberable({ ...accountPage, kind: 'deal' })).toBeUndefined();
    expect(rememberable({ ...accountPage, fields: {} })).toBeUndefined();
  });
});

describe('record ids from links', () => {
  const read = (crm: string, fixture: string) => {
    const expected = JSON.parse(readFileSync(`test/crm/fixtures/${crm}/${fixture}.expected.json`, 'utf8')) as { url: string };
    const detected = detectRecord(expected.url, CRM_ADAPTERS)!;
    return readRecord(detected, parseHtmlDocument(readFileSync(`test/crm/fixtures/${crm}/${fixture}.html`, 'utf8'), expected.url));
  };

  it.each([
    ['salesforce', 'opportunity', [{ kind: 'company', id: '001Hs00003KxQ7bIAF' }], 'salesforce', 'account'],
    ['hubspot', 'deal', [{ kind: 'company', id: '18542630917' }, { kind: 'contact', id: '73851044512' }], 'hubspot', 'company'],
    ['pipedrive', 'deal', [{ kind: 'contact', id: '88' }, { kind: 'company', id: '41' }], 'pipedrive', 'organization'],
    ['zoho', 'potential', [{ kind: 'company', id: '349824000041103317' }, { kind: 'contact', id: '349824000041277001' }], undefined, undefined],
  ] as const)('%s %s links to its account/contact by id', (crm, fixture, links, accountCrm, accountFixture) => {
    const record = read(crm, fixture);
    expect(record.links).toEqual(links);
    // Where the account's own fixture is the linked one, its id is the one the deal links to.
    if (accountCrm && accountFixture) expect(links.map((link) => link.id)).toContain(read(accountCrm, accountFixture).id);
  });

  it('Dynamics: a lookup\'s main.aspx link gives its record, with or without pagetype; a link without a GUID gives none', () => {
    const page = 'https://harrowfinch.crm11.dynamics.com/main.aspx?etn=opportunity&pagetype=entityrecord&id=b5e7a1d3-4c2f-ef11-8409-0022481a7c3e';
    const html = (href: string) => parseHtmlDocument(`<div id="lookup"><a href="${href}">Harrow &amp; Finch</a></div>`, page).getElementById('lookup')!;
    expect(linkIn(html('main.aspx?etn=account&id=%7B3F2A9C1E-5B7D-EF11-A671-000D3A5C8E21%7D'), dynamics, page)).toEqual({ kind: 'company', id: '3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21' });
    expect(linkIn(html('/main.aspx?pagetype=entityrecord&etn=contact&id=2d3e4f5a-6b7c-ef11-8409-0022481a7c3e'), dynamics, page)).toEqual({ kind: 'contact', id: '2d3e4f5a-6b7c-ef11-8409-0022481a7c3e' });
    expect(linkIn(html('main.aspx?etn=account&id=not-a-guid'), dynamics, page)).toBeUndefined();
    expect(linkIn(html('main.aspx?etn=account&pagetype=entitylist&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21'), dynamics, page)).toBeUndefined();
  });

  it('an unparseable link gives no join', () => {
    const page = 'https://acme.lightning.force.com/lightning/r/Opportunity/006Hs00001Mn3RsIAJ/view';
    const salesforce = CRM_ADAPTERS.find((adapter) => adapter.id === 'salesforce')!;
    const html = (href: string) => parseHtmlDocument(`<div id="lookup"><a href="${href}">Brightline</a></div>`, page).getElementById('lookup')!;
    expect(linkIn(html('/lightning/r/Account/001Hs00003KxQ7bIAF/view'), salesforce, page)).toEqual({ kind: 'company', id: '001Hs00003KxQ7bIAF' });
    expect(linkIn(html('/lightning/r/Account/not%20an%20id/view'), salesforce, page)).toBeUndefined();
    expect(linkIn(html('http://[::1'), salesforce, page)).toBeUndefined();
    expect(linkIn(html('javascript:void(0)'), salesforce, page)).toBeUndefined();
  });
});

function fakeSession(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => void Object.entries(values).forEach(([key, value]) => items.set(key, structuredClone(value))),
    remove: async (key) => void items.delete(key),
  };
}

describe('the background\'s memory', () => {
  const extension = { id: 'playcard', baseUrl: 'chrome-extension://playcard/', routes: CONTENT_SCRIPT_ROUTES };
  const tab = (url: string) => ({ id: 'playcard', url, origin: new URL(url).origin, frameId: 0, tab: { id: 7, url } });
  const accountUrl = `${SITE}/lightning/r/Account/a/view`;
  const dealUrl = `${SITE}/lightning/r/Opportunity/006/view`;

  it('remembers what a CRM tab shows, and answers that tab\'s site only, whatever the message says', async () => {
    let now = T0;
    const area = fakeSession();
    const service = createMemoryService({ area, enabled: async () => true, now: () => now });
    expect(answerMemoryMessage({ type: 'remember', record: account('a') }, tab(accountUrl), service, extension)).toBeUndefined();
    await service.status();
    expect(area.items.get(REMEMBERED_KEY)).toHaveLength(1);
    now += HOUR;
    const recall = { type: 'recall', links: [{ kind: 'company', id: 'a' }] };
    expect(await answerMemoryMessage(recall, tab(dealUrl), service, extension)).toEqual({ records: [{ ...account('a'), readAt: T0 }] });
    // Another site asking for the same id learns nothing; nor does a message naming the first site.
    expect(await answerMemoryMessage({ ...recall, origin: SITE }, tab('https://evil.example/lightning/r/Opportunity/006/view'), service, extension)).toBeUndefined();
    expect(await answerMemoryMessage(recall, tab('https://evil.example/lightning/r/Opportunity/006/view'), service, extension)).toEqual({ records: [] });
    // Past 12 hours: dropped on read, from the memory too.
    now = T0 + REMEMBER_FOR_MS;
    expect(await answerMemoryMessage(recall, tab(dealUrl), service, extension)).toEqual({ records: [] });
    expect((await service.status()).count).toBe(0);
    expect(area.items.has(REMEMBERED_KEY)).toBe(false);
  });

  it('keeps each HubSpot portal and Zoho organisation apart: the same id on another tenant of the same host is another record', async () => {
    const area = fakeSession();
    const service = createMemoryService({ area, enabled: async () => true, now: () => T0 });
    const company = (id: string) => ({ ...account(id), crm: 'hubspot' });
    const recall = { type: 'recall', links: [{ kind: 'company', id: '881' }] };
    answerMemoryMessage({ type: 'remember', record: company('881') }, tab('https://app.hubspot.com/contacts/4123456/record/0-2/881'), service, extension);
    expect(await answerMemoryMessage(recall, tab('https://app.hubspot.com/contacts/4123456/record/0-3/9902'), service, extension)).toEqual({
      records: [{ ...company('881'), readAt: T0 }],
    });
    expect(await answerMemoryMessage(recall, tab('https://app.hubspot.com/contacts/7777777/record/0-3/9902'), service, extension)).toEqual({ records: [] });

    const zohoAccount = (id: string) => ({ ...account(id), crm: 'zoho' });
    const zohoRecall = { type: 'recall', links: [{ kind: 'company', id: '95112000000871234' }] };
    answerMemoryMessage({ type: 'remember', record: zohoAccount('95112000000871234') }, tab('https://crm.zoho.eu/crm/org20099341/tab/Accounts/95112000000871234'), service, extension);
    expect(await answerMemoryMessage(zohoRecall, tab('https://crm.zoho.eu/crm/org20099341/tab/Potentials/349824000058395237'), service, extension)).not.toEqual({ records: [] });
    expect(await answerMemoryMessage(zohoRecall, tab('https://crm.zoho.eu/crm/org55500011/tab/Potentials/349824000058395237'), service, extension)).toEqual({ records: [] });
  });

  it('a tenant comes from the tab\'s own address, and only where the origin serves many', () => {
    const routes = CONTENT_SCRIPT_ROUTES;
    expect(memorySite('https://app-eu1.hubspot.com', 'https://app-eu1.hubspot.com/contacts/25999140/record/0-2/18542630917/view/1', routes)).toBe('https://app-eu1.hubspot.com 25999140');
    expect(memorySite('https://crm.zoho.com', 'https://crm.zoho.com/crm/flowmortgageco/tab/Potentials/4266643000037779027', routes)).toBe('https://crm.zoho.com flowmortgageco');
    // Without an organisation in the address, or on a CRM whose origin is the tenant, the origin alone.
    expect(memorySite('https://crm.zoho.com', 'https://crm.zoho.com/crm/tab/Potentials/4266643000037779027', routes)).toBe('https://crm.zoho.com');
    expect(memorySite(SITE, dealUrl, routes)).toBe(SITE);
    // A tab address on another origin than the checked sender names no tenant.
    expect(memorySite('https://app.hubspot.com', 'https://app-eu1.hubspot.com/contacts/1/record/0-2/2', routes)).toBe('https://app.hubspot.com');
    expect(memorySite('https://app.hubspot.com', undefined, routes)).toBe('https://app.hubspot.com');
  });

  it('refuses what is not a CRM tab\'s top frame, and values that are not canonical fields', async () => {
    const area = fakeSession();
    const service = createMemoryService({ area, enabled: async () => true, now: () => T0 });
    const frame = { ...tab(accountUrl), frameId: 3 };
    const elsewhere = { ...tab(accountUrl), tab: { id: 7, url: 'https://other.example/' } };
    const otherExtension = { ...tab(accountUrl), id: 'someone-else' };
    for (const sender of [frame, elsewhere, otherExtension]) answerMemoryMessage({ type: 'remember', record: account('a') }, sender, service, extension);
    answerMemoryMessage({ type: 'remember', record: { ...account('a'), fields: { secret: { value: 'x', label: 'x', raw: 'x', via: 'adapter' } } } }, tab(accountUrl), service, extension);
    answerMemoryMessage({ type: 'remember', record: { ...account('a'), kind: 'deal' } }, tab(accountUrl), service, extension);
    expect(await service.status()).toEqual({ count: 0, enabled: true });
    expect(senderSite(tab('file:///tmp/page.html'), 'playcard', extension.baseUrl)).toBeUndefined();
  });

  it('"Forget" from an extension page empties it; a content script cannot ask to forget', async () => {
    const area = fakeSession();
    const service = createMemoryService({ area, enabled: async () => true, now: () => T0 });
    answerMemoryMessage({ type: 'remember', record: account('a') }, tab(accountUrl), service, extension);
    expect(await answerMemoryMessage({ type: 'forget-remembered' }, tab(accountUrl), service, extension)).toBeUndefined();
    const popup = { id: 'playcard', url: 'chrome-extension://playcard/popup.html' };
    expect(await answerMemoryMessage({ type: 'memory-status' }, popup, service, extension)).toEqual({ count: 1, enabled: true });
    expect(await answerMemoryMessage({ type: 'forget-remembered' }, popup, service, extension)).toEqual({ count: 0, enabled: true });
    expect(area.items.has(REMEMBERED_KEY)).toBe(false);
  });

  it('policy rememberLinkedRecords: false remembers nothing and answers nothing', async () => {
    expect(parseManagedPolicy({ rememberLinkedRecords: false }).rememberLinkedRecords).toBe(false);
    expect(parseManagedPolicy({ rememberLinkedRecords: 'no' }).rememberLinkedRecords).toBeUndefined();
    const area = fakeSession();
    let enabled = true;
    const service = createMemoryService({ area, enabled: async () => enabled, now: () => T0 });
    answerMemoryMessage({ type: 'remember', record: account('a') }, tab(accountUrl), service, extension);
    await service.status();
    enabled = false;
    expect(await answerMemoryMessage({ type: 'recall', links: [{ kind: 'company', id: 'a' }] }, tab(dealUrl), service, extension)).toEqual({ records: [] });
    expect(area.items.has(REMEMBERED_KEY)).toBe(false);
    answerMemoryMessage({ type: 'remember', record: account('b') }, tab(accountUrl), service, extension);
    expect(await service.status()).toEqual({ count: 0, enabled: false });
    expect(area.items.has(REMEMBERED_KEY)).toBe(false);
  });
});

describe('the content script\'s enrich step', () => {
  it('hands an account over once per page view, asks about a deal\'s links once, and fills the deal', async () => {
    const sent: MemoryRequest[] = [];
    const enrich = rememberedRecords({
      request: async (message) => {
        sent.push(message);
        return message.type === 'recall' ? { records: [{ ...account('a', 'Computer Software'), readAt: T0 }] } : undefined;
      },
    });
    const view = new AbortController();
    const accountRecord: CrmRecord = { crm: 'salesforce', kind: 'company', id: 'a', warnings: [], fields: { industry: { value: 'Software', label: 'Industry', raw: 'Software', via: 'adapter' } } };
    await enrich(accountRecord, { detected: undefined!, signal: view.signal });
    await enrich(accountRecord, { detected: undefined!, signal: view.signal });
    expect(sent.map((message) => message.type)).toEqual(['remember']);

    const next = new AbortController();
    const page = deal({});
    const first = await enrich(page, { detected: undefined!, signal: next.signal });
    await enrich(page, { detected: undefined!, signal: next.signal });
    expect(sent.map((message) => message.type)).toEqual(['remember', 'recall']);
    expect(first.fields.industry).toMatchObject({ value: 'Computer Software', source: 'remembered', readAt: T0 });
  });

  it('a reply that is not a valid answer, or comes after the rep moved on, changes nothing', async () => {
    const bad = rememberedRecords({ request: async () => ({ records: [{ kind: 'company', id: 'a', fields: { industry: 'x' } }] }) });
    const page = deal({});
    expect(await bad(page, { detected: undefined!, signal: new AbortController().signal })).toBe(page);
    const left = new AbortController();
    const late = rememberedRecords({
      request: async () => {
        left.abort();
        return { records: [{ ...account('a'), readAt: T0 }] };
      },
    });
    expect(await late(page, { detected: undefined!, signal: left.signal })).toBe(page);
  });
});

describe('an account or person opened, then a deal that links to it (fixtures, default playbook)', () => {
  const read = (crm: string, fixture: string) => {
    const expected = JSON.parse(readFileSync(`test/crm/fixtures/${crm}/${fixture}.expected.json`, 'utf8')) as { url: string };
    const detected = detectRecord(expected.url, CRM_ADAPTERS)!;
    return readRecord(detected, parseHtmlDocument(readFileSync(`test/crm/fixtures/${crm}/${fixture}.html`, 'utf8'), expected.url));
  };

  it.each([
    ['salesforce', ['account'], 'opportunity'],
    ['salesforce-classic', ['account'], 'opportunity'],
    ['hubspot', ['company', 'contact'], 'deal'],
    ['pipedrive', ['organization', 'person'], 'deal'],
    ['suitecrm', ['account'], 'opportunity'],
  ] as const)('%s: %s then %s', (crm, opened, dealFixture) => {
    const deal = read(crm, dealFixture);
    let memory: Memory = [];
    const origin = new URL(JSON.parse(readFileSync(`test/crm/fixtures/${crm}/${dealFixture}.expected.json`, 'utf8')).url).origin;
    for (const fixture of opened) memory = rememberRecord(memory, origin, rememberable(read(crm, fixture))!, T0);
    const merged = withRemembered(deal, recallRecords(memory, origin, deal.links ?? [], T0 + HOUR));
    const added = Object.entries(merged.fields).filter(([, reading]) => reading!.source === 'remembered');
    // The deal's own and linked values are untouched; what is added comes from the opened records, as they read it.
    for (const [field, reading] of Object.entries(deal.fields)) expect(merged.fields[field as keyof typeof merged.fields]!.value, field).toEqual(reading!.value);
    for (const [field, reading] of added) {
      const from = opened.map((fixture) => read(crm, fixture)).find((record) => record.kind === reading!.from)!;
      expect(reading!.value, field).toEqual(from.fields[field as keyof typeof from.fields]!.value);
    }
    const coverage = (record: CrmRecord) => buildCards(DEFAULT_PLAYBOOK, record).fit;
    const [before, after] = [coverage(deal), coverage(merged)];
    console.log(`${crm} ${dealFixture} after ${opened.join(' + ')}: +${added.map(([field]) => field).join(', ') || 'nothing'}; coverage ${before.coverage.toFixed(2)} (${before.tier}) → ${after.coverage.toFixed(2)} (${after.tier})`);
    expect(after.coverage).toBeGreaterThanOrEqual(before.coverage);
  });
});
