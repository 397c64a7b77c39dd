/**
 * How well the reader reads a set of pages, as a person would judge it: every expected field read with the expected value
 * is right; a field read with another value, or read where the page has none, is wrong; an expected field not read is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { detectRecord } from '../../lib/crm/detect';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { adaptersForSite, type CrmSite } from '../../lib/crm/sites';
import { readRecord } from '../../lib/extract/record';
import type { CrmRecord, FieldValue } from '../../lib/record';
import { parseHtmlDocument } from '../../scripts/html-document';

export interface PageExpectation {
  url: string;
  site?: CrmSite;
  crm: string;
  kind: string;
  id: string;
  fields: Record<string, FieldValue>;
  /** Fields expected from a linked record shown on the page (default: the page's own). */
  sources?: Record<string, 'page' | 'linked' | 'remembered'>;
}

export interface PageScore {
  page: string;
  crm: string;
  expected: number;
  right: number;
  wrong: string[];
  missed: string[];
}

export function loadPages(dir: string): { name: string; html: string; expected: PageExpectation }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => {
      const name = file.replace('.expected.json', '');
      return { name, html: readFileSync(path.join(dir, `${name}.html`), 'utf8'), expected: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) };
    });
}

export function readPage(html: string, expected: PageExpectation): CrmRecord | undefined {
  const detected = detectRecord(expected.url, [...adaptersForSite(expected.site, CRM_ADAPTERS), ...CRM_ADAPTERS]);
  return detected && readRecord(detected, parseHtmlDocument(html, expected.url));
}

export function scorePage(name: string, record: CrmRecord | undefined, expected: PageExpectation): PageScore {
  const score: PageScore = { page: name, crm: expected.crm, expected: Object.keys(expected.fields).length, right: 0, wrong: [], missed: [] };
  const read = record?.fields ?? {};
  for (const [field, value] of Object.entries(expected.fields)) {
    const reading = read[field as keyof typeof read];
    if (!reading) score.missed.push(field);
    else if (!isDeepStrictEqual(reading.value, value)) score.wrong.push(`${field}: ${JSON.stringify(reading.value)} (expected ${JSON.stringify(value)})`);
    // Provenance is part of being right: a linked account's industry shown as the page's own misleads the rep.
    else if ((reading.source ?? 'page') !== (expected.sources?.[field] ?? 'page')) score.wrong.push(`${field}: from ${reading.source ?? 'page'} (expected ${expected.sources?.[field] ?? 'page'})`);
    else score.right++;
  }
  for (const [field, reading] of Object.entries(read)) {
    if (!(field in expected.fields)) score.wrong.push(`${field}: ${JSON.stringify(reading!.value)} (not on the page)`);
  }
  return score;
}

/** One line per page and a total, for the test log and commit messages. */
export function report(scores: PageScore[]): string {
  const lines = scores.map((s) => `${s.page.padEnd(28)} ${String(s.right).padStart(3)}/${String(s.expected).padEnd(3)} right, ${s.wrong.length} wrong${s.wrong.length ? ` (${s.wrong.join('; ')})` : ''}${s.missed.length ? `, missed ${s.missed.join(', ')}` : ''}`);
  const right = scores.reduce((n, s) => n + s.right, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const wrong = scores.reduce((n, s) => n + s.wrong.length, 0);
  lines.push(`TOTAL ${right}/${expected} right (${((100 * right) / expected).toFixed(1)} %), ${wrong} wrong`);
  return lines.join('\n');
}
