import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoho } from '../../lib/crm/zoho';
import type { CrmAdapter } from '../../lib/crm/types';
import { readRecord } from '../../lib/extract/record';
import type { FieldValue } from '../../lib/record';
import { parseHtmlDocument } from '../../scripts/html-document';
import { urlExamples } from './url-examples';

const adapter = zoho;
const FIXTURES = path.resolve('test/crm/fixtures', adapter.id);

interface Expectation {
  url: string;
  crm: string;
  kind: string;
  id: string;
  fields: Record<string, FieldValue>;
}

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => {
    const name = file.replace('.expected.json', '');
    const expected: Expectation = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'));
    return { name, html: readFileSync(path.join(FIXTURES, `${name}.html`), 'utf8'), expected };
  });

function read(html: string, url: string) {
  const route = adapter.detect(new URL(url));
  if (!route) throw new Error(`not a ${adapter.id} record URL: ${url}`);
  return readRecord({ adapter, ...route }, parseHtmlDocument(html, url));
}

function values(record: ReturnType<typeof read>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
}

/** Every adapter file in lib/crm, so the table also covers adapters added next to this one. */
const modules = import.meta.glob('../../lib/crm/*.ts', { eager: true });
function isAdapter(value: unknown): value is CrmAdapter {
  const candidate = value as Partial<CrmAdapter> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.detect === 'function' && typeof candidate.readFields === 'function';
}
const others = [...new Set(Object.values(modules).flatMap((module) => Object.values(module as Record<string, unknown>)).filter(isAdapter))].filter(
  (other) => other.id !== adapter.id,
);

function matchPattern(pattern: string): RegExp {
  const [, scheme, host, rest] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host!.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host!.slice(2))}` : escape(host!);
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hostRe}${escape(rest!).replace(/\*/g, '.*')}$`);
}

describe.each(cases)('zoho fixture $name', ({ html, expected }) => {
  it('is detected from its URL', () => {
    expect(adapter.detect(new URL(expected.url))).toEqual({ kind: expected.kind, id: expected.id });
    expect(expected.crm).toBe(adapter.id);
  });

  it('reads exactly the expected fields, and nothing from related lists, hovercards or notes', () => {
    const record = read(html, expected.url);
    expect({ kind: record.kind, id: record.id, fields: values(record) }).toEqual({ kind: expected.kind, id: expected.id, fields: expected.fields });
    expect(record.warnings).toEqual([]);
  });

  it('reads every field through the adapter, with a label, the raw text and its source element', () => {
    const sources = new Set<Element>();
    const document = parseHtmlDocument(html, expected.url);
    const route = adapter.detect(new URL(expected.url))!;
    const record = readRecord({ adapter, ...route }, document, { sources });
    for (const reading of Object.values(record.fields)) {
      expect(reading!.via).toBe('adapter');
      expect(reading!.label.length).toBeGreaterThan(0);
      expect(reading!.raw.length).toBeGreaterThan(0);
    }
    const pairs = adapter.readFields(document, route, {});
    expect(pairs.every((pair) => pair.source instanceof document.defaultView!.Element)).toBe(true);
    expect(sources.size).toBeGreaterThan(0);
  });

  it('names the source of its markup and stays small', () => {
    expect(html.slice(0, 4000)).toMatch(/provenance/i);
    expect(html.length).toBeLessThan(70_000);
    expect(html).not.toMatch(/<script|<link\b|src="http/i);
  });
});

describe('zoho detection', () => {
  it.each(urlExamples(adapter.id).records.map((example) => [example.url, example] as const))('accepts %s', (url, example) => {
    expect(adapter.detect(new URL(url))).toEqual({ kind: example.kind, id: example.id });
    expect(adapter.matches.some((pattern) => matchPattern(pattern).test(url))).toBe(true);
  });

  it.each(urlExamples(adapter.id).nonRecords)('rejects its non-record page %s', (url) => {
    expect(adapter.detect(new URL(url))).toBeUndefined();
  });

  const foreign = others.flatMap((other) => urlExamples(other.id).records.map((record) => [other.id, record.url] as const));
  it('knows the other adapters', () => {
    expect(others.map((other) => other.id)).toContain('salesforce');
  });
  it.each(foreign)('rejects %s record %s', (_id, url) => {
    expect(adapter.detect(new URL(url))).toBeUndefined();
  });
});

describe('zoho reading on odd markup', () => {
  const url = 'https://crm.zoho.com/crm/org749302118/tab/Leads/5725767000004518203';
  const route = adapter.detect(new URL(url))!;
  const page = (body: string) => parseHtmlDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
  const byField = (body: string) =>
    Object.fromEntries(adapter.readFields(page(body), route, {}).filter((pair) => pair.field).map((pair) => [pair.field, pair.raw.trim()]));

  it('returns nothing, without throwing, on an empty or foreign page', () => {
    expect(adapter.readFields(page(''), route, {})).toEqual([]);
    expect(adapter.readFields(page('<div id="mouseArea__"></div><div id="mouseArea__COMPANY"></div><span id="subvalue_"></span>'), route, {})).toEqual(
      expect.any(Array),
    );
  });

  it('reads older pages: value ids without a row, the header name under LASTNAME', () => {
    const fields = byField(
      '<span id="headervalue_LASTNAME"><span id="subvalue_LASTNAME">Ms. Carla Ruiz</span></span>' +
        '<table><tr><td class="label">Company</td><td id="value_COMPANY"><span id="subvalue_COMPANY">Ruiz Foods SL</span></td></tr>' +
        '<tr><td class="label">No. of Employees</td><td id="value_EMPCT">85</td></tr></table>',
    );
    expect(fields).toEqual({ fullName: 'Ms. Carla Ruiz', company: 'Ruiz Foods SL', employees: '85' });
  });

  it('reads the title card keyed by LASTNAME (before 2026-08) or FULLNAME', () => {
    expect(byField('<div id="tc_mouseArea__LASTNAME"><crux-text-component><span class="cxElemCompViewWrap">Ms. Carla Ruiz</span></crux-text-component></div>')).toEqual({
      fullName: 'Ms. Carla Ruiz',
    });
    expect(byField('<div id="tc_mouseArea__FULLNAME"><crux-text-component id="titlecard_FULLNAME" cx-prop-value="Dr. Ana Gil"><span class="cxElemCompViewWrap">Dr. Ana Gil</span></crux-text-component></div>')).toEqual({
      fullName: 'Dr. Ana Gil',
    });
  });

  it('does not take a body LASTNAME row for the full name, and falls back to the mobile for the phone', () => {
    const row = (column: string, label: string, value: string) =>
      `<div id="mouseArea__${column}"><div class="dv_info_label">${label}</div><div class="dv_info_value"><span id="subvalue_${column}">${value}</span></div></div>`;
    const pairs = adapter.readFields(page(row('MOBILE', 'Mobile', '+34 600 111 222') + row('LASTNAME', 'Last Name', 'Ruiz') + row('PHONE', 'Phone', '-')), route, {});
    expect(pairs.filter((pair) => pair.field === 'fullName')).toEqual([]);
    // PHONE is empty ("-"), so the mobile that comes after it is what readRecord keeps.
    expect(pairs.filter((pair) => pair.field === 'phone').map((pair) => pair.raw)).toEqual(['-', '+34 600 111 222']);
  });

  it('reads custom fields and label-keyed rows by label, and drops other standard columns', () => {
    const pairs = adapter.readFields(
      page(
        '<div id="mouseArea__LEADCF7"><div class="dv_info_label">Main Competitor:</div><div class="dv_info_value">Locus</div></div>' +
          '<div id="mouseArea__Lead Source"><div>Lead Source</div><div>Chat</div></div>' +
          '<div id="mouseArea__SHIPPINGCOUNTRY"><div class="dv_info_label">Country</div><div class="dv_info_value">Spain</div></div>',
      ),
      route,
      {},
    );
    expect(pairs.map((pair) => [pair.label, pair.raw.trim(), pair.field])).toEqual([
      ['Main Competitor', 'Locus', undefined],
      ['Lead Source', 'Chat', undefined],
    ]);
  });

  it('ignores rows inside related lists and hovercards', () => {
    const fields = byField(
      '<crm-relatedlist><div id="mouseArea__COMPANY"><div class="dv_info_label">Company</div><div class="dv_info_value">Other Ltd</div></div></crm-relatedlist>' +
        '<lyte-hovercard><span id="subvalue_WEBSITE">www.other.example</span></lyte-hovercard>',
    );
    expect(fields).toEqual({});
  });
});
