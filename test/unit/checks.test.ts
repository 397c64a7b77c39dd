/**
 * The content scripts' hand checks (lib/checks.ts, parseCrmSites in lib/crm/sites.ts) accept exactly what
 * the zod schema of the same shape accepts: the background's own schema where there is one (a recalled
 * record is what `remember` took, with `readAt`), elsewhere the zod schema the hand check replaced.
 * Generated values sit near every limit (lengths, keys, kinds, numbers that are not finite).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkPanelToContent, checkRecallReply, isRecordSummaryRequest, isToggleSidebar } from '../../lib/checks';
import { parseCrmSites } from '../../lib/crm/sites';
import { CANONICAL_FIELDS, RECORD_KINDS } from '../../lib/record';
import { rememberedContentSchema } from '../../lib/remember/memory';

const RUNS = { numRuns: 3000 };

const junk = fc.oneof(fc.anything(), fc.constant(null), fc.constant(undefined));
/** Mostly the valid value, sometimes one that breaks a rule: a difference shows only when the rest is valid. */
const nearly = <T,>(valid: fc.Arbitrary<T>, ...invalid: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ weight: 12, arbitrary: valid as fc.Arbitrary<unknown> }, ...invalid.map((arbitrary) => ({ weight: 1, arbitrary })), { weight: 1, arbitrary: junk });
/** Text up to a limit, sometimes one over it. */
const textNear = (max: number, min = 0) =>
  nearly(fc.oneof(fc.string({ minLength: min, maxLength: 8 }), fc.constant('x'.repeat(max))), fc.constant('x'.repeat(max + 1)), fc.constant(''));
const number = nearly(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(NaN, Infinity, -Infinity));
/** The shape's keys, sometimes one missing or one unknown key more. */
const objectOf = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  nearly(
    fc.record(shape),
    fc.record({ ...shape, extra: fc.constant(1) }),
    fc.record(shape, { requiredKeys: Object.keys(shape).slice(1) }),
  );

/** zod's verdict, as the hand check answers it: the value, or undefined. */
const byZod = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

describe('hand checks agree with zod', () => {
  it('a recall reply: records as the background took them from a tab, with readAt', () => {
    const recalled = z.extend(rememberedContentSchema, { readAt: z.number() });
    const reference = z.strictObject({ records: z.array(recalled).check(z.maxLength(20)) });
    const fieldValue = fc.oneof(textNear(1000), number, objectOf({ min: number, max: number }));
    const field = objectOf({ value: fieldValue, label: textNear(300), raw: textNear(1000), via: nearly(fc.constantFrom('adapter', 'generic', 'mapping'), fc.constant('page')) });
    const fields = nearly(fc.dictionary(fc.oneof({ weight: 12, arbitrary: fc.constantFrom<string>(...CANONICAL_FIELDS) }, fc.constant('notAField')), field, { maxKeys: 3 }));
    const record = objectOf({
      crm: textNear(100),
      kind: nearly(fc.constantFrom('company', 'contact'), fc.constantFrom('deal', 'lead', '')),
      id: textNear(200, 1),
      fields,
      readAt: number,
    });
    const reply = objectOf({ records: nearly(fc.array(record, { maxLength: 3 }), fc.array(record, { minLength: 19, maxLength: 22 })) });
    fc.assert(
      fc.property(reply, (value) => {
        expect(checkRecallReply(value)).toEqual(byZod(reference, value));
      }),
      RUNS,
    );
  });

  it('a recall reply with a valid record is taken whole', () => {
    const record = { crm: 'Salesforce', kind: 'company', id: '001', readAt: 1, fields: { industry: { value: 'Software', label: 'Industry', raw: 'Software', via: 'adapter' } } };
    expect(checkRecallReply({ records: [record] })).toEqual({ records: [record] });
    expect(checkRecallReply({ records: [{ ...record, fields: { industry: { ...record.fields.industry, value: { min: 5 } } } }] })).toBeDefined();
    expect(checkRecallReply({ records: Array.from({ length: 21 }, () => record) })).toBeUndefined();
    // Stricter than zod, which drops it: an own `__proto__` key (structured clone keeps one) refuses the record.
    const fields = JSON.parse('{"__proto__": {"value": "x", "label": "x", "raw": "x", "via": "adapter"}}');
    expect(checkRecallReply({ records: [{ ...record, fields }] })).toBeUndefined();
  });

  it('the CRM sites copy: unknown keys dropped, anything malformed reads as none', () => {
    const reference = z.array(
      z.object({
        origin: z.string().check(z.maxLength(200)),
        crm: z.string().check(z.maxLength(40)),
        kind: z.optional(z.enum(RECORD_KINDS)),
        pathContains: z.optional(z.string().check(z.maxLength(200))),
      }),
    ).check(z.maxLength(100));
    const site = objectOf({ origin: textNear(200), crm: textNear(40), kind: nearly(fc.constantFrom(...RECORD_KINDS), fc.constant('account')), pathContains: textNear(200) });
    const validSite = fc.record({ origin: fc.webUrl(), crm: fc.constantFrom('generic', 'odoo') });
    const sites = nearly(fc.array(site, { maxLength: 3 }), fc.array(validSite, { minLength: 99, maxLength: 102 }));
    fc.assert(
      fc.property(sites, (value) => {
        expect(parseCrmSites(value)).toEqual(byZod(reference, value) ?? []);
      }),
      { numRuns: 1000 },
    );
  });

  it('the side panel\'s requests', () => {
    const text = (max: number) => z.string().check(z.maxLength(max));
    const reference = z.union([
      z.strictObject({ type: z.literal('set-asked'), record: text(300), asked: z.array(text(200)).check(z.maxLength(500)) }),
      z.strictObject({ type: z.literal('set-view'), view: z.enum(['cards', 'prep']) }),
    ]);
    const request = fc.oneof(
      objectOf({ type: nearly(fc.constant('set-asked'), fc.constant('set-view')), record: textNear(300), asked: nearly(fc.array(textNear(200), { maxLength: 3 }), fc.array(fc.constant('q'), { minLength: 499, maxLength: 501 })) }),
      objectOf({ type: nearly(fc.constant('set-view'), fc.constant('set-asked')), view: nearly(fc.constantFrom('cards', 'prep'), fc.constant('settings')) }),
    );
    fc.assert(
      fc.property(request, (value) => {
        expect(checkPanelToContent(value)).toEqual(byZod(reference, value));
      }),
      RUNS,
    );
  });

  it('the bare messages: the shortcut relay and the popup\'s question, nothing else', () => {
    const message = objectOf({ type: fc.constantFrom('toggle-sidebar', 'record-summary', 'sync-now') });
    const toggle = z.strictObject({ type: z.literal('toggle-sidebar') });
    const summary = z.strictObject({ type: z.literal('record-summary') });
    fc.assert(
      fc.property(message, (value) => {
        expect(isToggleSidebar(value)).toBe(toggle.safeParse(value).success);
        expect(isRecordSummaryRequest(value)).toBe(summary.safeParse(value).success);
      }),
      RUNS,
    );
  });
});
