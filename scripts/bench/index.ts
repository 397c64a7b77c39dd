/**
 * `npm run bench`: figures, not pass/fail.
 * - the shipped content script's size, gzip -9;
 * - time from a record's last field landing in the DOM to the cards updating, p50/p95 over 20+ runs
 *   in headless Chromium, and the main-thread cost of one read (read + score + render);
 * - long tasks (> 50 ms) seen during those runs.
 * A bench build (PLAYCARD_BENCH=1) leaves performance marks; the shipped build has none.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../../test/e2e/crm-pages';
import { SidebarProbe } from '../../test/e2e/sidebar';
import { measureLatency } from './latency';
import { measureMutationStorm } from './storm';

const SHIPPED_DIR = path.resolve('.output/chrome-mv3');
const BENCH_OUT = path.resolve('.output-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 24);
const PAGES = ['account'] as const;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function contentScriptSize(dir: string): { file: string; raw: number; gzip: number }[] {
  const scripts = path.join(dir, 'content-scripts');
  return readdirSync(scripts)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(path.join(scripts, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  console.log('Content script (shipped build, .output/chrome-mv3):');
  for (const { file, raw, gzip } of contentScriptSize(SHIPPED_DIR)) {
    console.log(`  ${file}: ${kb(raw)} raw, ${kb(gzip)} gzip -9   (budget 40 KB gzip)`);
  }

  console.log('\nBuilding the bench variant (performance marks on)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, PLAYCARD_BENCH: '1', PLAYCARD_OUT_DIR: BENCH_OUT } });
  const extensionDir = path.join(BENCH_OUT, 'chrome-mv3');

  const browser = await launchWithExtension({ extensionDir });
  const latencies: number[] = [];
  const reads: number[] = [];
  let longTasks = 0;
  let misses = 0;
  try {
    for (const name of PAGES) {
      const expected = loadExpectation('salesforce', name);
      await serveCrmPages(browser.context, { [expected.url]: fixtureHtml('salesforce', name) });
      const page = await browser.context.newPage();
      await page.goto(expected.url);
      await (await SidebarProbe.attach(page)).fit();
      const result = await measureLatency(page, RUNS);
      latencies.push(...result.latencies);
      misses += result.misses;
      reads.push(...result.reads);
      longTasks += result.longTasks;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`\nLast field in the DOM → cards updated (${latencies.length} runs on the Salesforce account record${misses ? `, ${misses} runs without an update` : ''}):`);
  console.log(`  p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}   (budget p50 ≤ 16.7 ms, p95 ≤ 50 ms)`);
  console.log(`One read (walk DOM + shadow roots, extract, score, render), ${reads.length} reads:`);
  console.log(`  p50 ${ms(percentile(reads, 50))}, p95 ${ms(percentile(reads, 95))}, max ${ms(Math.max(...reads))}`);
  console.log(`Long tasks (> 50 ms) during the runs: ${longTasks}`);

  const storm = await measureMutationStorm(extensionDir);
  console.log(`\nMutation storm (${storm.seconds} s of page DOM churn on a record page; page main-thread time, median of ${storm.rounds} rounds):`);
  console.log(`  without Playcard ${ms(storm.without)}, with Playcard ${ms(storm.with)}, ratio ${storm.ratio.toFixed(3)}   (budget ≤ 1.02)`);
  console.log(`  Playcard's own time (observer callbacks + reads) ÷ the page's own: ${(storm.share * 100).toFixed(2)} %   (budget ≤ 2 %)`);
  console.log(`  Playcard reads during the storms: ${storm.reads} (${ms(storm.readTime)} in total)`);
  console.log('  (the with/without ratio compares separate browser runs on 2 cores and swings ±20 %; the share is the steadier figure)');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
