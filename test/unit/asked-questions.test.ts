import { describe, expect, it } from 'vitest';
import { ASKED_RETENTION_MS, askedFor, parseAskedStore, recordKey, withAsked } from '../../lib/rep/asked-questions';

const now = Date.UTC(2026, 10, 27);
const key = recordKey('salesforce', '001Hs00003KxQ7bIAF');

describe('asked questions', () => {
  it('remembers ticks per record and hands them back', () => {
    const store = withAsked({}, key, new Set(['team-size', 'budget']), now);
    expect(askedFor(store, key, now + 1000)).toEqual(new Set(['team-size', 'budget']));
    expect(askedFor(store, recordKey('salesforce', 'other'), now)).toEqual(new Set());
  });

  it('forgets a record after 30 days and prunes expired records on the next write', () => {
    const old = withAsked({}, recordKey('hubspot', '1'), new Set(['a']), now - ASKED_RETENTION_MS - 1);
    expect(askedFor(old, recordKey('hubspot', '1'), now)).toEqual(new Set());
    expect(Object.keys(withAsked(old, key, new Set(['b']), now))).toEqual([key]);
  });

  it('drops a record whose ticks were all cleared', () => {
    const store = withAsked({}, key, new Set(['a']), now);
    expect(withAsked(store, key, new Set(), now)).toEqual({});
  });

  it('keys a record by a short digest: no id, no address on disk, and distinct records stay apart', () => {
    const address = '/records/company/42?contact=jane.doe%40brandt-soehne.de#note=CEO+angry';
    const onDisk = JSON.stringify(withAsked({}, recordKey('generic', address), new Set(['a']), now));
    expect(onDisk).not.toContain('jane.doe');
    expect(onDisk).not.toContain('42');
    expect(recordKey('generic', address)).toMatch(/^[0-9a-f]{16}$/);
    expect(recordKey('salesforce', '001Hs00003KxQ7bIAF')).toBe(key);
    // Ids that differ by one character, the CRM, or the split between CRM and id, give different keys.
    const keys = new Set<string>();
    for (let i = 0; i < 5000; i++) keys.add(recordKey('hubspot', String(i)));
    keys.add(recordKey('pipedrive', '1'));
    keys.add(recordKey('hubspot:1', ''));
    expect(keys.size).toBe(5002);
  });

  it('keeps the ticks an older version stored under the plain `crm:id`, under its digest', () => {
    const legacy = { 'salesforce:001Hs00003KxQ7bIAF': { ids: ['budget'], at: now } };
    const store = parseAskedStore(legacy);
    expect(Object.keys(store)).toEqual([key]);
    expect(askedFor(store, key, now)).toEqual(new Set(['budget']));
  });

  it('ignores a corrupt store', () => {
    expect(parseAskedStore({ x: { ids: 'nope' } })).toEqual({});
    expect(parseAskedStore(null)).toEqual({});
  });
});
