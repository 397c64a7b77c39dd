import type { CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../../test/e2e/crm-pages';
import { SidebarProbe } from '../../test/e2e/sidebar';

const STORM_SECONDS = 4;

export interface StormResult {
  seconds: number;
  rounds: number;
  without: number;
  with: number;
  ratio: number;
  reads: number;
  readTime: number;
  /** Playcard's own main-thread time (observer callbacks + reads) ÷ the page's task time, median over rounds. */
  share: number;
}

/** The page's main-thread task time while it churns its own DOM, as Chromium accounts it. */
async function stormTaskTime(page: Page, cdp: CDPSession): Promise<number> {
  const taskDuration = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await taskDuration();
  // tsx compiles with keepNames, which wraps named functions in a `__name` helper the page lacks.
  await page.evaluate('window.__name ??= (fn) => fn');
  await page.evaluate(async (seconds) => {
    // What busy CRM pages do all the time: a feed re-rendering, timers ticking, lists growing.
    const feed = document.querySelector('#activityPanelContainer') ?? document.body;
    const ticker = document.createElement('div');
    feed.appendChild(ticker);
    const end = performance.now() + seconds * 1000;
    let counter = 0;
    await new Promise<void>((resolve) => {
      const frame = () => {
        for (let i = 0; i < 40; i++) {
          const item = document.createElement('div');
          item.className = 'slds-timeline__item';
          item.textContent = `Update ${counter++}: $${(counter * 37) % 99999}`;
          ticker.appendChild(item);
          if (ticker.childElementCount > 200) ticker.firstElementChild!.remove();
        }
        ticker.setAttribute('title', String(counter));
        if (performance.now() < end) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    ticker.remove();
  }, STORM_SECONDS);
  return ((await taskDuration()) - before) * 1000;
}

async function runStorm(
  extensionDir: string,
  withExtension: boolean,
): Promise<{ taskTime: number; reads: number; readTime: number; observeTime: number }> {
  const browser = await launchWithExtension({ extensionDir, withExtension });
  try {
    const expected = loadExpectation('salesforce', 'account');
    await serveCrmPages(browser.context, { [expected.url]: fixtureHtml('salesforce', 'account') });
    const page = await browser.context.newPage();
    await page.goto(expected.url);
    if (withExtension) await (await SidebarProbe.attach(page)).fit();
    else await page.waitForTimeout(500);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate('window.__name ??= (fn) => fn');
    await page.evaluate(() => performance.clearMeasures());
    const taskTime = await stormTaskTime(page, cdp);
    const spent = await page.evaluate(() => {
      const total = (name: string) => performance.getEntriesByName(name).reduce((sum, entry) => sum + entry.duration, 0);
      return { reads: performance.getEntriesByName('playcard:read').length, readTime: total('playcard:read'), observeTime: total('playcard:observe') };
    });
    return { taskTime, ...spent };
  } finally {
    await browser.close();
  }
}

const STORM_ROUNDS = Number(process.env.BENCH_STORM_ROUNDS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Alternates runs without and with the extension (fresh browser each) and compares medians, to damp noise. */
export async function measureMutationStorm(extensionDir: string): Promise<StormResult> {
  const without: number[] = [];
  const withPlaycard: number[] = [];
  const shares: number[] = [];
  let reads = 0;
  let readTime = 0;
  for (let round = 0; round < STORM_ROUNDS; round++) {
    without.push((await runStorm(extensionDir, false)).taskTime);
    const run = await runStorm(extensionDir, true);
    withPlaycard.push(run.taskTime);
    shares.push((run.readTime + run.observeTime) / (run.taskTime - run.readTime - run.observeTime));
    reads += run.reads;
    readTime += run.readTime;
  }
  return {
    seconds: STORM_SECONDS,
    rounds: STORM_ROUNDS,
    without: median(without),
    with: median(withPlaycard),
    ratio: median(withPlaycard) / median(without),
    reads,
    readTime,
    share: median(shares),
  };
}
