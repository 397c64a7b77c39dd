import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRM_ADAPTERS, contentScriptMatches } from '../../lib/crm/index';
import { detectRecord } from '../../lib/crm/detect';
import { matchPatternToRegExp } from '../../lib/crm/match-pattern';
import { SELF_HOSTED_ADAPTERS } from '../../lib/crm/self-hosted';
import { urlExamples } from './url-examples';

// Every adapter accepts its own record URLs and rejects every other adapter's, and its non-record pages.
describe.each(CRM_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s detection', (_id, adapter) => {
  it.each(urlExamples(adapter.id).records.map((example) => [example.url, example] as const))('accepts %s', (url, example) => {
    expect(adapter.detect(new URL(url))).toEqual({ kind: example.kind, id: example.id });
    expect(detectRecord(url, CRM_ADAPTERS)?.adapter.id).toBe(adapter.id);
  });

  it.each(urlExamples(adapter.id).nonRecords)('rejects its non-record page %s', (url) => {
    expect(adapter.detect(new URL(url))).toBeUndefined();
  });

  const others = CRM_ADAPTERS.filter((other) => other !== adapter).flatMap((other) => urlExamples(other.id).records.map((r) => r.url));
  if (others.length) {
    it.each(others)('rejects another CRM record %s', (url) => {
      expect(adapter.detect(new URL(url))).toBeUndefined();
    });
  }
});

describe('adapter conventions', () => {
  it.each(CRM_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s has examples, match patterns and fixtures', (id, adapter) => {
    expect(urlExamples(adapter.id).records.length).toBeGreaterThan(0);
    expect(urlExamples(adapter.id).nonRecords.length).toBeGreaterThan(0);
    if (!adapter.selfHosted) expect(adapter.matches.length).toBeGreaterThan(0);
    const dir = path.resolve('test/crm/fixtures', id);
    expect(existsSync(dir)).toBe(true);
    const expectations = readdirSync(dir).filter((file) => file.endsWith('.expected.json'));
    expect(expectations.length).toBeGreaterThanOrEqual(2);
  });

  it.each(CRM_ADAPTERS.filter((adapter) => !adapter.selfHosted || adapter.matches.length).map((adapter) => [adapter.id]))(
    '%s has its own loader and app, so a tab bundles only its CRM route, and on record pages its reader',
    (id) => {
      const loader = readFileSync(path.resolve('entrypoints', `${id}.content.ts`), 'utf8');
      expect(loader).toMatch(/import \{ \w+Route \} from '\.\.\/lib\/crm\//);
      expect(loader).toContain('loadOnRecordPage(');
      const app = readFileSync(path.resolve('entrypoints', `${id}-app.ts`), 'utf8');
      expect(app).toContain('startApp([');
    },
  );

  it('self-hosted adapters are the ones the run-time registered content script carries', () => {
    expect(SELF_HOSTED_ADAPTERS.map((a) => a.id).sort()).toEqual(CRM_ADAPTERS.filter((a) => a.selfHosted).map((a) => a.id).sort());
  });

  it('adapter ids are unique', () => {
    const ids = CRM_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every example record URL is covered by the manifest match patterns', () => {
    const patterns = contentScriptMatches().map(matchPatternToRegExp);
    for (const adapter of CRM_ADAPTERS) {
      // Self-hosted CRMs run on the origins a manager grants, not (only) on manifest hosts.
      if (adapter.selfHosted) continue;
      for (const { url } of urlExamples(adapter.id).records) expect(patterns.some((p) => p.test(url)), url).toBe(true);
    }
  });

  it('the manifest never asks for all URLs', () => {
    expect(contentScriptMatches()).not.toContain('<all_urls>');
    expect(contentScriptMatches().every((pattern) => !pattern.startsWith('*://*/'))).toBe(true);
  });
});
