/**
 * `npm run demo`: the built extension in Chromium on bundled demo CRM records, served at their real
 * URLs by request interception, with the embedded default playbook. Headed when a display exists
 * (close the browser to finish); headless it saves a screenshot per record under demo-output/ and
 * prints each record's score and tier (or, while the tier is unknown, how much of the profile is known:
 * no number then) and its top three questions.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../test/e2e/crm-pages';
import { SidebarProbe } from '../test/e2e/sidebar';

const DEMO_RECORDS: [crm: string, name: string][] = [
  ['salesforce', 'account'],
  ['salesforce', 'contact'],
  ['salesforce', 'lead'],
  ['salesforce', 'opportunity'],
  ['hubspot', 'company'],
  ['pipedrive', 'deal'],
  ['dynamics', 'opportunity'],
  ['zoho', 'lead'],
];

async function main() {
  const headless = process.env.PLAYCARD_HEADED ? false : !process.env.DISPLAY;
  const outDir = path.resolve('demo-output');
  mkdirSync(outDir, { recursive: true });
  // 1280×800: the Chrome Web Store's screenshot size, so these double as the listing's images.
  const browser = await launchWithExtension({ headless, viewport: { width: 1280, height: 800 } });
  const { context } = browser;
  const records = DEMO_RECORDS.map(([crm, name]) => ({ crm, name, expected: loadExpectation(crm, name) }));
  await serveCrmPages(context, Object.fromEntries(records.map((r) => [r.expected.url, fixtureHtml(r.crm, r.name)])));

  for (const { crm, name, expected } of records) {
    const page = await context.newPage();
    await page.goto(expected.url);
    const sidebar = await SidebarProbe.attach(page);
    // At 1280 px the sidebar folds itself to leave the CRM room: pin it open, as a rep on a laptop would (remembered).
    if (await sidebar.waitFor('.pc-root').then(() => sidebar.query('.pc-root--collapsed'))) {
      await sidebar.click('.pc-tab');
      await sidebar.click('[data-action="pin"]');
    }
    const fit = await sidebar.fit();
    const questions = (await sidebar.queryAll('[data-card="questions"] [data-question] .pc-question__text')).slice(0, 3);
    const fields = await sidebar.fields();
    const title = fields.dealName ?? fields.fullName ?? fields.company ?? expected.id;
    const screenshot = path.join(outDir, `${crm}-${name}.png`);
    await page.screenshot({ path: screenshot });
    console.log(`\n${crm} ${expected.kind} “${title}”`);
    console.log(
      fit.tier === 'unknown'
        ? `  fit not scored yet: ${Math.round(Number(fit.coverage) * 100)} % of the profile known`
        : `  fit ${fit.score === '' ? '–' : fit.score}/100, tier ${fit.tier}`,
    );
    questions.forEach((q, index) => console.log(`  ${index + 1}. ${q.text}`));
    console.log(`  screenshot: ${path.relative(process.cwd(), screenshot)}`);
    if (headless) await page.close();
  }

  if (headless) {
    await browser.close();
    return;
  }
  console.log('\nThe browser stays open on the demo records; close it to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
