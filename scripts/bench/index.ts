/**
 * `npm run bench`: figures, not pass/fail, printed as one table (README "Performance" has the latest).
 * - every content-script bundle (the loaders in the manifest) and every injected app, raw and gzip -9;
 * - a non-record CRM page (a list view): Playcard's main-thread time, loads rotating in one browser
 *   with twin URLs of the same markup where no content script runs, and where only an empty one does
 *   (the floor any extension pays), and the loader's own script time;
 * - a record page opened in a fresh tab: its DOMContentLoaded → the first cards;
 * - the record's last field landing in the DOM → cards updated, and cards after the start of the
 *   record's own frame, p50/p95 over 24+ runs (bench build: PLAYCARD_BENCH=1 leaves performance marks);
 * - a mutation storm in the record's activity feed, then in the global header outside the record: page
 *   task time with Playcard ÷ the page alone, and ÷ a do-nothing observer (on the whole document; on the
 *   nodes Playcard watches, with its options), all tabs in one browser.
 * BENCH_BASELINE=<dir> (a shipped build, e.g. main's .output/chrome-mv3) and BENCH_BASELINE_MARKED=<dir>
 * (its bench build) add a "before" column.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../../test/e2e/crm-pages';
import { SidebarProbe } from '../../test/e2e/sidebar';
import { measureFirstCards } from './first-cards';
import { measureLatency } from './latency';
import { benchUrls, measurePageCost } from './page-cost';
import { measureMutationStorm } from './storm';

const SHIPPED_DIR = path.resolve('.output/chrome-mv3');
const BENCH_OUT = path.resolve('.output-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 24);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Bundle {
  file: string;
  raw: number;
  gzip: number;
}

/** Manifest content scripts (content-scripts/*.js) and injected apps (*-app.js at the root). */
function bundles(dir: string): { loaders: Bundle[]; apps: Bundle[] } {
  const size = (file: string): Bundle => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const loaders = readdirSync(path.join(dir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => size(`content-scripts/${file}`));
  const apps = readdirSync(dir)
    .filter((file) => file.endsWith('-app.js'))
    .map(size);
  return { loaders, apps };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const range = (values: number[], format: (value: number) => string) =>
  values.length ? `${format(Math.min(...values))}–${format(Math.max(...values))}` : '—';

interface Figures {
  loaderGzip: number[];
  loaderRaw: number[];
  appGzip: number[];
  nonRecord: number;
  nonRecordWithout: number;
  nonRecordFloor: number;
  nonRecordLoads: number;
  nonRecordScript: number;
  firstCardsP50: number;
  firstCardsP95: number;
  latencyP50: number;
  latencyP95: number;
  frameP50: number;
  frameP95: number;
  readP50: number;
  longTasks: number;
  misses: number;
  stormVsNone: number;
  stormVsDocumentObserver: number;
  stormVsWatchedObserver: number;
  watchedObserverVsNone: number;
  watchedNodes: number | undefined;
  headerStormVsNone: number;
  headerWatchedObserverVsNone: number;
  headerDocumentObserverVsNone: number;
  headerOwnTime: number;
  documentObserverVsNone: number;
  stormShare: number;
}

async function latency(markedDir: string) {
  const browser = await launchWithExtension({ extensionDir: markedDir });
  try {
    const expected = loadExpectation('salesforce', 'account');
    await serveCrmPages(browser.context, { [expected.url]: fixtureHtml('salesforce', 'account') });
    const page = await browser.context.newPage();
    await page.goto(expected.url);
    await (await SidebarProbe.attach(page)).fit();
    return await measureLatency(page, RUNS);
  } finally {
    await browser.close();
  }
}

async function measure(shippedDir: string, markedDir: string): Promise<Figures> {
  const { loaders, apps } = bundles(shippedDir);
  const page = await measurePageCost(shippedDir, benchUrls().list);
  const first = await measureFirstCards(markedDir);
  const runs = await latency(markedDir);
  const storm = await measureMutationStorm(markedDir);
  const t = storm.taskTime;
  return {
    loaderGzip: loaders.map((bundle) => bundle.gzip),
    loaderRaw: loaders.map((bundle) => bundle.raw),
    appGzip: apps.map((bundle) => bundle.gzip),
    nonRecord: page.extension,
    nonRecordWithout: page.without,
    nonRecordFloor: page.floor,
    nonRecordLoads: page.loads,
    nonRecordScript: page.script,
    firstCardsP50: percentile(first, 50),
    firstCardsP95: percentile(first, 95),
    latencyP50: percentile(runs.latencies, 50),
    latencyP95: percentile(runs.latencies, 95),
    frameP50: percentile(runs.afterRecordFrame, 50),
    frameP95: percentile(runs.afterRecordFrame, 95),
    readP50: percentile(runs.reads, 50),
    longTasks: runs.longTasks,
    misses: runs.misses,
    stormVsNone: t.playcard / t.none,
    stormVsDocumentObserver: t.playcard / t['observer-document'],
    stormVsWatchedObserver: t.playcard / t['observer-watched'],
    watchedObserverVsNone: t['observer-watched'] / t.none,
    watchedNodes: storm.watched,
    headerStormVsNone: storm.headerTaskTime.playcard / storm.headerTaskTime.none,
    headerWatchedObserverVsNone: storm.headerTaskTime['observer-watched'] / storm.headerTaskTime.none,
    headerDocumentObserverVsNone: storm.headerTaskTime['observer-document'] / storm.headerTaskTime.none,
    headerOwnTime: storm.headerOwnTime,
    documentObserverVsNone: t['observer-document'] / t.none,
    stormShare: storm.share,
  };
}

function buildMarked(outDir: string): string {
  console.log(`Building the bench variant (performance marks on) into ${outDir}…`);
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, PLAYCARD_BENCH: '1', PLAYCARD_OUT_DIR: outDir } });
  return path.join(outDir, 'chrome-mv3');
}

async function main() {
  const { loaders, apps } = bundles(SHIPPED_DIR);
  console.log('Bundles (shipped build, .output/chrome-mv3), gzip -9:');
  for (const { file, raw, gzip } of [...loaders, ...apps]) console.log(`  ${file.padEnd(40)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(8)} gzip`);

  // BENCH_MARKED=<dir>: a bench build made already (skips the two-minute build).
  const marked = process.env.BENCH_MARKED ?? buildMarked(BENCH_OUT);
  const baselineDir = process.env.BENCH_BASELINE;
  const baselineMarked = process.env.BENCH_BASELINE_MARKED;
  const before = baselineDir && baselineMarked && existsSync(baselineDir) ? await measure(baselineDir, baselineMarked) : undefined;
  const after = await measure(SHIPPED_DIR, marked);

  const rows: [string, (f: Figures) => string, string][] = [
    ['Content script every CRM page gets (gzip)', (f) => range(f.loaderGzip, kb), '≤ 30 KB'],
    ['Injected on record pages (gzip)', (f) => range(f.appGzip, kb), '≤ 30 KB'],
    ['Non-record CRM page: Playcard main-thread time', (f) => ms(f.nonRecord), '≤ 5 ms'],
    ['Non-record CRM page: an empty content script (the floor)', (f) => ms(f.nonRecordFloor), ''],
    ["Non-record CRM page: Playcard's own script time", (f) => ms(f.nonRecordScript), ''],
    ['Record page opened: DOMContentLoaded → first cards, p50 / p95', (f) => `${ms(f.firstCardsP50)} / ${ms(f.firstCardsP95)}`, ''],
    ['Last field → cards updated, p50 / p95', (f) => `${ms(f.latencyP50)} / ${ms(f.latencyP95)}`, '≤ 16.7 / 50 ms'],
    ["Cards after the record's own frame starts, p50 / p95", (f) => `${ms(f.frameP50)} / ${ms(f.frameP95)}`, '≤ 16.7 / 50 ms'],
    ['One read (walk, extract, score, render), p50', (f) => ms(f.readP50), ''],
    ['Storm: page + Playcard ÷ page alone', (f) => `${f.stormVsNone.toFixed(2)}×`, '≤ 1.5×'],
    ['Storm: Playcard ÷ do-nothing observer on the nodes Playcard watches', (f) => `${f.stormVsWatchedObserver.toFixed(2)}×`, '≤ 1.10×'],
    ['Storm: Playcard ÷ do-nothing observer on the document', (f) => `${f.stormVsDocumentObserver.toFixed(2)}×`, ''],
    [
      'Storm: do-nothing observer (nodes Playcard watches / document) ÷ page alone',
      (f) => `${f.watchedObserverVsNone.toFixed(2)}× / ${f.documentObserverVsNone.toFixed(2)}×`,
      '',
    ],
    ['Nodes Playcard watches on the storm page', (f) => (f.watchedNodes === undefined ? 'document + shadow roots' : String(f.watchedNodes)), ''],
    ['Storm in the global header (outside the record): page + Playcard ÷ page alone', (f) => `${f.headerStormVsNone.toFixed(2)}×`, ''],
    [
      'Storm in the global header: do-nothing observer (nodes Playcard watches / document) ÷ page alone',
      (f) => `${f.headerWatchedObserverVsNone.toFixed(2)}× / ${f.headerDocumentObserverVsNone.toFixed(2)}×`,
      '',
    ],
    ["Storm: Playcard's own time ÷ the page's", (f) => `${(f.stormShare * 100).toFixed(1)} %`, ''],
    ["Storm in the global header: Playcard's own time (observer callbacks + reads, 3 s)", (f) => ms(f.headerOwnTime), ''],
    ['Long tasks (> 50 ms) / runs without an update', (f) => `${f.longTasks} / ${f.misses}`, '0 / 0'],
  ];
  console.log(`\n| Measure | ${before ? 'Before | ' : ''}Now | Budget |`);
  console.log(`|---|${before ? '---|' : ''}---|---|`);
  for (const [name, format, budget] of rows) console.log(`| ${name} | ${before ? `${format(before)} | ` : ''}${format(after)} | ${budget} |`);
  console.log(`\n(${RUNS} latency runs on the Salesforce account record; non-record page: medians over ${after.nonRecordLoads} rotations of page alone / empty content script / Playcard, page alone ${ms(after.nonRecordWithout)}; storm: median of ${process.env.BENCH_STORM_ROUNDS ?? 5} rounds per variant, one browser.)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
