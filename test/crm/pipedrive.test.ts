import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../lib/crm/pipedrive';
import type { CrmAdapter } from '../../lib/crm/types';
import { readRecord } from '../../lib/extract/record';
import type { FieldValue } from '../../lib/record';
import { parseHtmlDocument } from '../../scripts/html-document';
import { urlExamples } from './url-examples';

const adapter = pipedrive;
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

describe.each(cases)('pipedrive fixture $name', ({ html, expected }) => {
  it('is detected from its URL', () => {
    expect(adapter.detect(new URL(expected.url))).toEqual({ kind: expected.kind, id: expected.id });
    expect(expected.crm).toBe(adapter.id);
  });

  it('reads exactly the expected fields, and nothing from linked records, hidden views or the history', () => {
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

describe('pipedrive detection', () => {
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

describe('pipedrive reading on odd markup', () => {
  const url = 'https://nordwind-sales.pipedrive.com/deal/1842';
  const route = adapter.detect(new URL(url))!;
  const page = (body: string) => parseHtmlDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

  it('returns nothing, without throwing, on an empty or foreign page', () => {
    expect(adapter.readFields(page(''), route, {})).toEqual([]);
    expect(adapter.readFields(page('<div data-testid="field-name"></div><section><header></header></section>'), route, {})).toEqual(
      expect.any(Array),
    );
  });

  it('tolerates a label without a value and a stage button without a label', () => {
    const document = page(
      '<div><div data-testid="field-name">Value</div></div><button class="cui5-stage-selector__stage" aria-selected="true">3 days · Qualified</button>',
    );
    const pairs = adapter.readFields(document, route, {});
    expect(pairs.find((pair) => pair.field === 'stage')?.raw).toBe('Qualified');
    expect(pairs.find((pair) => pair.label === 'Value')?.raw).toBe('');
  });

  it('reads the whole page when there is no view container, and the older header title', () => {
    const document = page('<div class="dealDetails"><div class="descriptionHead"><span class="title">Old style deal</span></div></div>');
    expect(adapter.readFields(document, route, {})).toEqual([expect.objectContaining({ field: 'dealName', raw: 'Old style deal' })]);
  });

  it('takes the country from the last part of an address, and nothing from a partial one', () => {
    const org = adapter.detect(new URL('https://nordwind-sales.pipedrive.com/organization/41'))!;
    const read = (address: string) =>
      adapter.readFields(page(`<div><div data-testid="field-name">Address</div><div>${address}</div></div>`), org, {})[0]?.raw;
    expect(read('Rua Augusta 24, 1100-053 Lisboa, Portugal')).toBe('Portugal');
    expect(read('Main Street 5, Springfield')).toBe('');
    expect(read('Friedrichstraße 68, 10117 Berlin')).toBe('');
  });
});
