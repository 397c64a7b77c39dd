import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../lib/crm/hubspot';
import type { CrmAdapter } from '../../lib/crm/types';
import { readRecord } from '../../lib/extract/record';
import type { FieldValue } from '../../lib/record';
import { parseHtmlDocument } from '../../scripts/html-document';
import { urlExamples } from './url-examples';

const FIXTURES = path.resolve('test/crm/fixtures/hubspot');
const CRM_DIR = path.resolve('lib/crm');

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
  const route = hubspot.detect(new URL(url));
  if (!route) throw new Error(`not detected: ${url}`);
  return readRecord({ adapter: hubspot, ...route }, parseHtmlDocument(html, url));
}

describe.each(cases)('hubspot/$name', ({ html, expected }) => {
  it('reads exactly the expected fields', () => {
    const record = read(html, expected.url);
    const values = Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
    expect({ crm: record.crm, kind: record.kind, id: record.id, fields: values }).toEqual({
      crm: expected.crm,
      kind: expected.kind,
      id: expected.id,
      fields: expected.fields,
    });
    expect(record.warnings).toEqual([]);
  });

  it('reads every expected field through the adapter, with a label and raw text', () => {
    const record = read(html, expected.url);
    for (const [name, reading] of Object.entries(record.fields)) {
      expect(reading!.via, name).toBe('adapter');
      expect(reading!.label.length, name).toBeGreaterThan(0);
      expect(reading!.raw.length, name).toBeGreaterThan(0);
    }
  });

  it('names the source of its markup', () => {
    expect(html.slice(0, 4000)).toMatch(/provenance/i);
    expect(html.length).toBeLessThan(70_000);
  });

  it('returns a source element for every pair', () => {
    const route = hubspot.detect(new URL(expected.url))!;
    const pairs = hubspot.readFields(parseHtmlDocument(html, expected.url), route, {});
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) expect(pair.source, pair.label).toBeDefined();
  });
});

describe('hubspot reader robustness', () => {
  const route = { kind: 'contact' as const, id: '1' };
  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['a list with odd rows', '<ul data-selenium-test="profile-properties-list"><span></span><span data-test-id="a b"><div data-deferred-property-input-root></div></span><li>text</li></ul>'],
    ['a bare prefix', '<div data-test-id="left-sidebar"><input data-selenium-test="property-input-" value="x"></div>'],
    ['a highlight without content', '<div data-test-id="record-highlight-content"><span data-test-id="highlight-property-display-"></span></div>'],
  ])('does not throw on %s', (_name, markup) => {
    const document = parseHtmlDocument(markup, 'https://app.hubspot.com/contacts/1/record/0-1/1');
    expect(() => hubspot.readFields(document, route, {})).not.toThrow();
  });

  it('takes the property name from the prefixed value, not the bare row id', () => {
    const document = parseHtmlDocument(
      `<ul data-selenium-test="profile-properties-list"><span data-test-id="swapped"><div data-deferred-property-input-root="true"><label>Job title</label><span data-selenium-test="property-input-jobtitle">CTO</span></div></span></ul>`,
      'https://app.hubspot.com/contacts/1/record/0-1/1',
    );
    expect(hubspot.readFields(document, route, {})).toMatchObject([{ field: 'title', raw: 'CTO', label: 'Job title' }]);
  });

  it('reads a row being edited, whose value is a button one layer deeper', () => {
    const document = parseHtmlDocument(
      `<ul data-selenium-test="profile-properties-list"><span data-test-id="dealstage"><div data-deferred-property-input-root="true" data-deferred-property-input-mode="input"><label>Deal stage</label><div><button data-selenium-test="property-input-dealstage"><span>Closed Won</span><span data-test-id="dropdown-caret"></span></button></div></div></span></ul>`,
      'https://app.hubspot.com/contacts/1/record/0-3/1',
    );
    expect(hubspot.readFields(document, { kind: 'deal', id: '1' }, {})).toMatchObject([{ field: 'stage', raw: 'Closed Won' }]);
  });
});

// Every adapter file in lib/crm: this one's examples are accepted, everybody else's rejected.
const others: CrmAdapter[] = [];
for (const file of readdirSync(CRM_DIR).filter((f) => f.endsWith('.ts') && !['types.ts', 'index.ts', 'detect.ts', 'hubspot.ts'].includes(f))) {
  const module: Record<string, unknown> = await import(path.join(CRM_DIR, file));
  for (const value of Object.values(module)) {
    const candidate = value as Partial<CrmAdapter> | null;
    if (candidate && typeof candidate === 'object' && typeof candidate.detect === 'function' && typeof candidate.readFields === 'function') others.push(candidate as CrmAdapter);
  }
}

describe('hubspot detection', () => {
  it.each(urlExamples(hubspot.id).records.map((example) => [example.url, example] as const))('accepts %s', (url, example) => {
    expect(hubspot.detect(new URL(url))).toEqual({ kind: example.kind, id: example.id });
  });

  it.each(urlExamples(hubspot.id).nonRecords)('rejects its non-record page %s', (url) => {
    expect(hubspot.detect(new URL(url))).toBeUndefined();
  });

  it('knows at least the Salesforce adapter among the others', () => {
    expect(others.map((adapter) => adapter.id)).toContain('salesforce');
  });

  const foreign = others.flatMap((adapter) => urlExamples(adapter.id).records.map((record) => record.url));
  it.each(foreign)('rejects another CRM record %s', (url) => {
    expect(hubspot.detect(new URL(url))).toBeUndefined();
  });

  it.each(others.map((adapter) => [adapter.id, adapter] as const))('%s rejects every HubSpot record example', (_id, adapter) => {
    for (const { url } of urlExamples(hubspot.id).records) expect(adapter.detect(new URL(url)), url).toBeUndefined();
  });

  it('every fixture URL is detected with the fixture kind and id', () => {
    for (const { expected } of cases) expect(hubspot.detect(new URL(expected.url))).toEqual({ kind: expected.kind, id: expected.id });
  });

  it('covers every example record with its match patterns', () => {
    const patterns = hubspot.matches.map((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
    for (const { url } of urlExamples(hubspot.id).records) expect(patterns.some((p) => p.test(url)), url).toBe(true);
  });

  it('has valid selectors', () => {
    expect(() => document.querySelector(hubspot.fieldContainers)).not.toThrow();
    expect(() => document.querySelector(hubspot.ignoredRegions!)).not.toThrow();
  });
});
