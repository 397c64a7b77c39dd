import { describe, expect, it } from 'vitest';
import { isRecordSummaryRequest } from '../../lib/checks';
import { contentToPopupSchema, isFromExtensionPage, optionsToBackgroundSchema } from '../../lib/messages';

describe('messages', () => {
  it('accept exactly their own shape', () => {
    expect(optionsToBackgroundSchema.safeParse({ type: 'sync-now' }).success).toBe(true);
    expect(optionsToBackgroundSchema.safeParse({ type: 'sync-now', url: 'https://evil.example' }).success).toBe(false);
    expect(optionsToBackgroundSchema.safeParse({ type: 'sites-changed' }).success).toBe(true);
    // The message only says "look again": the sites themselves are never sent, only read from the trusted store.
    expect(optionsToBackgroundSchema.safeParse({ type: 'sites-changed', sites: [{ origin: 'https://evil.example' }] }).success).toBe(false);
    expect(isRecordSummaryRequest({ type: 'sync-now' })).toBe(false);
    expect(isRecordSummaryRequest({ type: 'record-summary' })).toBe(true);
    expect(contentToPopupSchema.safeParse({ crm: 'Salesforce', kind: 'lead', tier: 'A' }).success).toBe(true);
    expect(contentToPopupSchema.safeParse({ crm: 'Salesforce', kind: 'lead', tier: null }).success).toBe(true);
    // Field values never travel: extra keys are refused.
    expect(contentToPopupSchema.safeParse({ crm: 'Salesforce', kind: 'lead', tier: 'A', company: 'Acme' }).success).toBe(false);
  });

  it('trust only extension pages as senders', () => {
    const base = 'chrome-extension://abc/';
    expect(isFromExtensionPage({ id: 'abc', url: `${base}options.html` }, 'abc', base)).toBe(true);
    expect(isFromExtensionPage({ id: 'abc', url: 'https://acme.lightning.force.com/x' }, 'abc', base)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: `${base}options.html` }, 'abc', base)).toBe(false);
    expect(isFromExtensionPage({ id: 'abc' }, 'abc', base)).toBe(false);
  });
});
