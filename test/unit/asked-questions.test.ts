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

  it('ignores a corrupt store', () => {
    expect(parseAskedStore({ x: { ids: 'nope' } })).toEqual({});
    expect(parseAskedStore(null)).toEqual({});
  });
});
