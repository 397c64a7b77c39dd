import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRecord } from '../../lib/crm/detect';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { adaptersForSite, type CrmSite } from '../../lib/crm/sites';
import { readRecord } from '../../lib/extract/record';
import type { FieldValue } from '../../lib/record';
import { parseHtmlDocument } from '../../scripts/html-document';
import { provenanceProblems } from './provenance';

const FIXTURES = path.resolve('test/crm/fixtures');

interface Expectation {
  url: string;
  /** For CRMs a manager adds as a site: the site settings the content script would find in storage. */
  site?: CrmSite;
  crm: string;
  kind: string;
  id: string;
  fields: Record<string, FieldValue>;
  sources?: Record<string, string>;
}

const cases = readdirSync(FIXTURES).flatMap((crm) =>
  readdirSync(path.join(FIXTURES, crm))
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace('.expected.json', '');
      const expected: Expectation = JSON.parse(readFileSync(path.join(FIXTURES, crm, file), 'utf8'));
      return { label: `${crm}/${name}`, html: path.join(FIXTURES, crm, `${name}.html`), expected };
    }),
);

describe.each(cases)('$label', ({ html, expected }) => {
  it('reads exactly the expected fields, and nothing from related lists or descriptions', () => {
    const detected = detectRecord(expected.url, [...CRM_ADAPTERS, ...adaptersForSite(expected.site, CRM_ADAPTERS)]);
    expect(detected?.adapter.id).toBe(expected.crm);
    const record = readRecord(detected!, parseHtmlDocument(readFileSync(html, 'utf8'), expected.url));
    const values = Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
    expect({ kind: record.kind, id: record.id, fields: values }).toEqual({ kind: expected.kind, id: expected.id, fields: expected.fields });
    expect(record.warnings).toEqual([]);
  });

  it('records where each value came from: its label, its text, the page or a linked record', () => {
    const detected = detectRecord(expected.url, [...CRM_ADAPTERS, ...adaptersForSite(expected.site, CRM_ADAPTERS)])!;
    const record = readRecord(detected, parseHtmlDocument(readFileSync(html, 'utf8'), expected.url));
    for (const [name, reading] of Object.entries(record.fields)) {
      expect(reading!.label.length).toBeGreaterThan(0);
      expect(reading!.raw.length).toBeGreaterThan(0);
      expect(reading!.source ?? 'page', name).toBe(expected.sources?.[name] ?? 'page');
    }
  });

  it('names the source of its markup, with every source it cites defined', () => {
    expect(provenanceProblems(html)).toEqual([]);
  });
});

describe('extract command', () => {
  const run = (args: string[]) => {
    try {
      return { code: 0, stdout: execFileSync('npx', ['tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('prints the contract JSON for a fixture', () => {
    const first = cases.find((c) => !c.expected.site);
    const result = run(['--url', first!.expected.url, first!.html]);
    expect(result.code).toBe(0);
    const { url: _url, site: _site, sources: _sources, ...contract } = first!.expected;
    expect(JSON.parse(result.stdout)).toEqual(contract);
  }, 30_000);

  it('exits 1 with one line on stderr for an unknown URL', () => {
    const result = run(['--url', 'https://example.com/', cases[0]!.html]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);

  it('exits 1 with one line on stderr for a file it cannot read', () => {
    const result = run(['--url', cases[0]!.expected.url, 'no/such/page.html']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
