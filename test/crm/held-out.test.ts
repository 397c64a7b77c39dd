/**
 * Pages the reader was not tuned against (test/crm/held-out/README.md): the figure that says how true the score
 * is on CRM pages nobody built fixtures for. Done means at least 98 % of fields right and none wrong.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPages, readPage, report, scorePage } from './measure';
import { provenanceProblems } from './provenance';

const DIR = path.resolve('test/crm/held-out');
const pages = loadPages(DIR);

describe('held-out pages', () => {
  const scores = pages.map(({ name, html, expected }) => scorePage(name, readPage(html, expected), expected));

  it('reads at least 98 % of their fields right, and none wrong', () => {
    console.info(`Held-out pages:\n${report(scores)}`);
    const right = scores.reduce((n, s) => n + s.right, 0);
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    expect(scores.flatMap((s) => s.wrong.map((wrong) => `${s.page}: ${wrong}`))).toEqual([]);
    expect(right / expected).toBeGreaterThanOrEqual(0.98);
  });

  it.each(pages.map(({ name }) => [name]))('%s says where its markup comes from', (name) => {
    expect(provenanceProblems(path.join(DIR, `${name}.html`))).toEqual([]);
  });
});
