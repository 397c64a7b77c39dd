/**
 * `npm run bundle-cost`: what each dependency and each part of Playcard costs in every content-script
 * bundle (the loaders every CRM page gets, and the apps injected on record pages), in gzip -9 bytes.
 * Builds once with source maps into a scratch directory, maps every output character back to its
 * source, and reports each part's marginal cost: the bundle's gzip size minus the gzip size of the
 * same bundle without that part's characters (what removing it would save; parts compress together,
 * so the column does not add up to the total exactly).
 *
 * `npm run bundle-cost -- --by-file salesforce-app [--without '<regex>']`: one bundle's cost per source
 * file, and its size without every source file whose printed name matches (what a cut or a lazy split
 * of those files could save at most).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

/** The parts, first match wins; a source that matches none is "other" (JSX runtime, WXT's wrapper, lib/*.ts). */
const PARTS: [name: string, source: RegExp][] = [
  ['zod', /node_modules\/zod\//],
  ['webextension-polyfill', /node_modules\/webextension-polyfill\//],
  ['preact', /node_modules\/preact\//],
  ['@preact/signals (+ core)', /node_modules\/@preact\/signals/],
  ['sidebar components', /components\//],
  ['readers (lib/extract)', /lib\/extract\//],
  ['CRM adapters and routes (lib/crm)', /lib\/crm\//],
  ['scoring (lib/scoring)', /lib\/scoring\//],
  ['playbook read (lib/playbook)', /lib\/playbook\//],
  ['content runtime (lib/content)', /lib\/content\//],
];
const OTHER = 'other';
/** The sidebar's CSS is inlined as one string literal (`?inline`), which the source map puts in lib/content. */
const CSS = 'sidebar CSS (inlined)';
const CSS_START = '.pc-root{';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** Each output character's part, by the source its position maps to. */
function partsOf(code: string, map: TraceMap, bySource: boolean): string[] {
  const parts: string[] = [];
  const lines = code.split('\n');
  lines.forEach((line, index) => {
    for (let column = 0; column < line.length; column++) {
      const source = originalPositionFor(map, { line: index + 1, column }).source ?? '';
      const file = source.replace(/^.*?(node_modules\/|\/(?=(lib|components|entrypoints)\/))/, '');
      parts.push(bySource ? file || OTHER : (PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? OTHER));
    }
    if (index < lines.length - 1) parts.push(OTHER); // the newline
  });
  // The literal around the CSS's first rule: from its opening quote to the same quote closing it.
  const at = code.indexOf(CSS_START);
  if (at > 0) {
    const quote = code[at - 1]!;
    const end = code.indexOf(quote, at);
    for (let i = at - 1; i <= end; i++) parts[i] = CSS;
  }
  return parts;
}

function costs(file: string, bySource = false): { total: number; byPart: Map<string, number> } {
  // Without the source-map comment the shipped build does not have.
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  const parts = partsOf(code, new TraceMap(readFileSync(`${file}.map`, 'utf8')), bySource);
  const total = gzip(code);
  const byPart = new Map<string, number>();
  for (const name of new Set(parts)) {
    let without = '';
    for (let i = 0; i < code.length; i++) if (parts[i] !== name) without += code[i];
    byPart.set(name, total - gzip(without));
  }
  return { total, byPart };
}

const { values: options } = parseArgs({ options: { 'by-file': { type: 'string' }, without: { type: 'string' } } });
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Every part's cost in every loader and app, as two tables. */
function printTables(dir: string, bundles: string[]): void {
  const results = bundles.map((file) => ({ file, ...costs(path.join(dir, file)) }));
  const names = [...PARTS.map(([part]) => part), CSS, OTHER];
  for (const [title, group] of [
    ['Loaders (every CRM page)', results.filter((r) => r.file.startsWith('content-scripts/'))],
    ['Apps (injected on record pages)', results.filter((r) => r.file.endsWith('-app.js'))],
  ] as const) {
    console.log(`\n${title}, KB gzip -9 (marginal: what removing the part saves)`);
    console.log(`| part | ${group.map((r) => path.basename(r.file, '.js')).join(' | ')} |`);
    console.log(`|---|${group.map(() => '---:').join('|')}|`);
    for (const name of names) {
      if (!group.some((r) => r.byPart.has(name))) continue;
      console.log(`| ${name} | ${group.map((r) => kb(r.byPart.get(name) ?? 0)).join(' | ')} |`);
    }
    console.log(`| **whole bundle** | ${group.map((r) => `**${kb(r.total)}**`).join(' | ')} |`);
  }
}

/**
 * `--by-file salesforce-app`: one bundle, each source file's marginal cost, largest first.
 * `--without 'CallPrep|call-prep'` as well: the bundle's size without every source file whose printed
 * name matches, all together (what a split or a cut of those sources could save at most).
 */
function printOneBundle(file: string, without: string | undefined): void {
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  const sources = partsOf(code, new TraceMap(readFileSync(`${file}.map`, 'utf8')), true);
  const { total, byPart } = costs(file, true);
  console.log(`\n${path.basename(file)}: ${kb(total)} KB gzip -9; marginal cost per source file`);
  for (const [name, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`${kb(bytes).padStart(6)}  ${name}`);
  if (without === undefined) return;
  const dropped = new RegExp(without);
  const rest = [...code].filter((_, i) => !dropped.test(sources[i] ?? '')).join('');
  console.log(`\nwithout every source matching /${without}/: ${kb(gzip(rest))} KB gzip -9`);
}

const outDir = mkdtempSync(path.join(tmpdir(), 'playcard-bundle-cost-'));
try {
  console.log('Building with source maps…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, PLAYCARD_OUT_DIR: outDir, PLAYCARD_SOURCEMAP: '1' } });
  const dir = path.join(outDir, 'chrome-mv3');
  const bundles = [
    ...readdirSync(path.join(dir, 'content-scripts')).filter((file) => file.endsWith('.js')).map((file) => `content-scripts/${file}`),
    ...readdirSync(dir).filter((file) => file.endsWith('-app.js')),
  ];
  const one = options['by-file'];
  if (one === undefined) printTables(dir, bundles);
  else {
    const file = bundles.find((bundle) => path.basename(bundle, '.js') === one);
    if (!file) throw new Error(`No bundle named ${one}; there are: ${bundles.map((b) => path.basename(b, '.js')).join(', ')}`);
    printOneBundle(path.join(dir, file), options.without);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
