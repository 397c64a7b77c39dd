/**
 * `npm run screenshots`: the built extension on a deal and an account of three CRMs, at 1280×800 and 1920×1080,
 * in light, dark and German, saved under screenshots/ for a person to look at (and for the README). Where the
 * window is too narrow for the CRM beside the sidebar, the folded tab is shot, then the sidebar opened from it.
 * Nothing here is asserted: the e2e suite does that; this is for eyes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../test/e2e/crm-pages';
import { SidebarProbe } from '../test/e2e/sidebar';

const RECORDS: [crm: string, name: string][] = [
  ['salesforce', 'opportunity'],
  ['salesforce', 'account'],
  ['hubspot', 'deal'],
  ['hubspot', 'company'],
  ['pipedrive', 'deal'],
  ['pipedrive', 'organization'],
];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const VARIANTS: { name: string; colorScheme: 'light' | 'dark'; language?: string }[] = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'dark' },
  { name: 'de', colorScheme: 'light', language: 'de' },
];

async function main() {
  const outDir = path.resolve('screenshots');
  mkdirSync(outDir, { recursive: true });
  const only = process.argv.slice(2);
  for (const variant of VARIANTS.filter((v) => !only.length || only.includes(v.name))) {
    const browser = await launchWithExtension({ colorScheme: variant.colorScheme, language: variant.language, viewport: SIZES[0] });
    const records = RECORDS.map(([crm, name]) => ({ crm, name, expected: loadExpectation(crm, name) }));
    await serveCrmPages(browser.context, Object.fromEntries(records.map((r) => [r.expected.url, fixtureHtml(r.crm, r.name)])));
    for (const size of SIZES) {
      for (const { crm, name, expected } of records) {
        const page = await browser.context.newPage();
        await page.setViewportSize(size);
        await page.goto(expected.url);
        const sidebar = await SidebarProbe.attach(page);
        await sidebar.waitFor('.pc-root');
        await page.waitForTimeout(300);
        const base = path.join(outDir, `${crm}-${name}-${size.width}-${variant.name}`);
        await page.screenshot({ path: `${base}.png` });
        if (await sidebar.query('.pc-tab')) {
          await sidebar.click('.pc-tab');
          await sidebar.waitFor('[data-card="summary"]');
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${base}-opened.png` });
        }
        console.log(`${path.relative(process.cwd(), base)}.png`);
        await page.close();
      }
    }
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
