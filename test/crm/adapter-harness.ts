/**
 * Shared checks run over every adapter of the explicit list (test/crm/adapters.test.ts): its fixtures read exactly
 * as expected, from where expected (page or linked record), with real provenance, and its detection accepts its own
 * examples and rejects every other adapter's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesAny } from '../../lib/crm/match-pattern';
import type { CrmAdapter } from '../../lib/crm/types';
import { collectRoots } from '../../lib/extract/read';
import { readRecord } from '../../lib/extract/record';
import type { FieldValue } from '../../lib/record';
import { parseHtmlDocument } from '../../scripts/html-document';
import { provenanceProblems } from './provenance';
import { UNSEEN_SELECTORS } from './unseen-selectors';
import { urlExamples } from './url-examples';
import { createReadContext } from '../../lib/extract/read-context';

interface Expectation {
  url: string;
  crm: string;
  kind: string;
  id: string;
  fields: Record<string, FieldValue>;
  /** Fields read from a linked record on the page (default: the page's own). */
  sources?: Record<string, string>;
}

/** Every adapter file in lib/crm (registered or not), found by what it exports. */
const modules = import.meta.glob<Record<string, unknown>>('../../lib/crm/*.ts', { eager: true });

function isAdapter(value: unknown): value is CrmAdapter {
  const candidate = value as Partial<CrmAdapter> | null;
  return !!candidate && typeof candidate === 'object' && typeof candidate.id === 'string' && typeof candidate.detect === 'function' && typeof candidate.readFields === 'function';
}

export function allAdapterFiles(): CrmAdapter[] {
  const found = new Map<string, CrmAdapter>();
  for (const exports of Object.values(modules)) for (const value of Object.values(exports)) if (isAdapter(value)) found.set(value.id, value);
  return [...found.values()];
}

export function loadFixtures(id: string): { name: string; html: string; expected: Expectation }[] {
  const dir = path.resolve('test/crm/fixtures', id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace('.expected.json', '');
      return {
        name,
        html: readFileSync(path.join(dir, `${name}.html`), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Expectation,
      };
    });
}

/** A selector list's alternatives: split at top-level commas (not inside `[...]` or `(...)`). */
function selectorAlternatives(selector: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      alternatives.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) alternatives.push(current.trim());
  return alternatives;
}

export function describeAdapter(adapter: CrmAdapter): void {
  const fixtures = loadFixtures(adapter.id);

  describe(`${adapter.id} fixtures`, () => {
    it('has at least two fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(2));

    it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s reads exactly the expected fields, all from the adapter', (_name, { html, expected }) => {
      expect(expected.crm).toBe(adapter.id);
      const route = adapter.detect(new URL(expected.url));
      expect(route).toBeDefined();
      const record = readRecord({ adapter, ...route! }, parseHtmlDocument(html, expected.url));
      const values = Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
      expect({ kind: record.kind, id: record.id, fields: values }).toEqual({ kind: expected.kind, id: expected.id, fields: expected.fields });
      const sources = Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.source ?? 'page']));
      expect(sources).toEqual(Object.fromEntries(Object.keys(expected.fields).map((name) => [name, expected.sources?.[name] ?? 'page'])));
      expect(record.warnings).toEqual([]);
      for (const [name, reading] of Object.entries(record.fields)) {
        expect(reading!.via, name).toBe('adapter');
        expect(reading!.label.length, name).toBeGreaterThan(0);
        expect(reading!.raw.length, name).toBeGreaterThan(0);
      }
    });

    it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s returns the page element each pair was read from', (_name, { html, expected }) => {
      const document = parseHtmlDocument(html, expected.url);
      const route = adapter.detect(new URL(expected.url))!;
      const pairs = adapter.readFields(createReadContext(document), route);
      expect(pairs.length).toBeGreaterThan(0);
      for (const pair of pairs) expect(pair.source?.isConnected, pair.label).toBe(true);
      const sources = new Set<Element>();
      readRecord({ adapter, ...route }, document, { sources });
      expect(sources.size).toBeGreaterThan(0);
    });

    it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s names its provenance and stays small', (name, { html }) => {
      expect(provenanceProblems(path.resolve('test/crm/fixtures', adapter.id, `${name}.html`))).toEqual([]);
      expect(html.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<script|<link\b|src="http/i);
      // Lightning pages nest many custom elements: the largest fixtures are about 90 KB.
      expect(Buffer.byteLength(html)).toBeLessThan(96_000);
    });

    it('has valid container and ignored-region selectors', () => {
      const document = parseHtmlDocument('<html><body><div></div></body></html>', urlExamples(adapter.id).records[0]!.url);
      expect(() => document.querySelectorAll(adapter.fieldContainers)).not.toThrow();
      if (adapter.ignoredRegions) expect(() => document.querySelectorAll(adapter.ignoredRegions!)).not.toThrow();
    });

    it('has no selector alternative that matches nothing in any fixture, except those listed as unseen with why', () => {
      const roots = fixtures.flatMap(({ html, expected }) => collectRoots(parseHtmlDocument(html, expected.url)));
      const unseen = [adapter.fieldContainers, adapter.ignoredRegions ?? '']
        .flatMap(selectorAlternatives)
        .filter((alternative) => !roots.some((root) => root.querySelector(alternative)));
      expect(unseen.sort()).toEqual(Object.keys(UNSEEN_SELECTORS[adapter.id] ?? {}).sort());
    });

    it('never throws on odd markup', () => {
      const odd = [
        '<!DOCTYPE html><html><body></body></html>',
        '<html><body><div class="detail-view"><div class="detail-view-row-item"></div></div><table class="detailList"><tr><td class="labelCol"></td></tr></table>'
          + '<div class="o_form_view"><div class="o_field_widget" name=""><div class="o_statusbar_status"></div></div></div>'
          + '<div class="detail" data-scope="Account"><div class="cell" data-name=""><div class="field"></div></div></div></body></html>',
      ];
      for (const example of urlExamples(adapter.id).records) {
        for (const markup of odd) {
          const document = parseHtmlDocument(markup, example.url);
          expect(() => adapter.readFields(createReadContext(document), { kind: example.kind, id: example.id })).not.toThrow();
        }
      }
    });
  });

  describe(`${adapter.id} detection`, () => {
    it.each(urlExamples(adapter.id).records.map((example) => [example.url, example] as const))('accepts %s', (url, example) => {
      expect(adapter.detect(new URL(url))).toEqual({ kind: example.kind, id: example.id });
    });

    it.each(urlExamples(adapter.id).nonRecords)('rejects its non-record page %s', (url) => {
      expect(adapter.detect(new URL(url))).toBeUndefined();
    });

    // Another adapter's pages, except this adapter's own records listed there as that adapter's non-records.
    const own = new Set(urlExamples(adapter.id).records.map((record) => record.url));
    const others = allAdapterFiles()
      .filter((other) => other.id !== adapter.id)
      .flatMap((other) => [...urlExamples(other.id).records.map((record) => record.url), ...urlExamples(other.id).nonRecords])
      .filter((url) => !own.has(url));
    it('knows the other adapters', () => expect(others.length).toBeGreaterThan(0));
    it.each(others)('rejects another CRM page %s', (url) => {
      expect(adapter.detect(new URL(url))).toBeUndefined();
    });

    it('covers its examples with its match patterns, or is self-hosted', () => {
      if (adapter.selfHosted) return;
      for (const { url } of urlExamples(adapter.id).records) expect(matchesAny(url, adapter.matches), url).toBe(true);
    });
  });
}
