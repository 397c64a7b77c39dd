/**
 * What every CRM tab loads stays free of zod and webextension-polyfill (issue 13: ~7 KB and ~2.5 KB gzip of
 * each app). A lint rule sees only direct imports; zod arrived through `lib/remember/memory.ts`, three
 * imports away, so this bundles each loader and app entrypoint's module graph (esbuild, no minifying)
 * and looks at every module in it. `wxt/browser` is what wxt.config.ts aliases to the native API in
 * these builds, so it is left out here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENTRYPOINTS = path.resolve('entrypoints');
const CONTENT_ENTRYPOINTS = readdirSync(ENTRYPOINTS).filter((file) => file.endsWith('.content.ts') || file.endsWith('-app.ts'));

async function modulesOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(ENTRYPOINTS, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
    external: ['wxt/browser', 'wxt/utils/*'],
    plugins: [
      {
        name: 'inline-css-stub',
        setup(builder) {
          builder.onResolve({ filter: /\?inline$/ }, (args) => ({ path: args.path, namespace: 'css-stub' }));
          builder.onLoad({ filter: /.*/, namespace: 'css-stub' }, () => ({ contents: 'export default ""', loader: 'js' }));
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs);
}

describe('content-script bundles', () => {
  it('has loaders and apps to look at', () => {
    expect(CONTENT_ENTRYPOINTS.filter((file) => file.endsWith('-app.ts')).length).toBeGreaterThanOrEqual(8);
    expect(CONTENT_ENTRYPOINTS.filter((file) => file.endsWith('.content.ts')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(CONTENT_ENTRYPOINTS)('%s bundles no zod and no webextension-polyfill', async (entry) => {
    const modules = await modulesOf(entry);
    expect(modules.length).toBeGreaterThan(1);
    expect(modules.filter((module) => /node_modules\/(zod|webextension-polyfill)\//.test(module))).toEqual([]);
  });

  it('would see zod if a content module imported it', async () => {
    // The probe: the options page's module graph does bring zod, through the playbook schema.
    const modules = await modulesOf('options/main.tsx');
    expect(modules.some((module) => module.includes('node_modules/zod/'))).toBe(true);
  });
});
