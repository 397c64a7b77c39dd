import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../../test/e2e/browser';
import { SidebarProbe } from '../../test/e2e/sidebar';
import { benchUrls, serveSameMarkupEverywhere } from './page-cost';

const STORM_SECONDS = 3;
const STORM_ROUNDS = Number(process.env.BENCH_STORM_ROUNDS ?? 5);

/** What runs beside the page's own churn. */
type Variant = 'none' | 'playcard' | 'observer-document' | 'observer-record';

export interface StormResult {
  seconds: number;
  rounds: number;
  /** Median main-thread task time of the page during the storm, per variant. */
  taskTime: Record<Variant, number>;
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

async function runStorm(context: BrowserContext, variant: Variant): Promise<{ taskTime: number; reads: number; readTime: number; observeTime: number }> {
  const urls = benchUrls().record;
  const page = await context.newPage();
  try {
    await page.goto(variant === 'playcard' ? urls.crm : urls.plain);
    // tsx compiles with keepNames, which wraps named functions in a `__name` helper the page lacks.
    await page.evaluate('window.__name ??= (fn) => fn');
    if (variant === 'playcard') await (await SidebarProbe.attach(page)).fit();
    else await page.waitForTimeout(500);
    if (variant === 'observer-document' || variant === 'observer-record') {
      // The floor of watching at all: an observer that does nothing, on the whole document or on the record's own subtree.
      await page.evaluate((onRecord) => {
        const root = onRecord ? (document.querySelector('.oneContent.active') ?? document.body) : document;
        new MutationObserver(() => undefined).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      }, variant === 'observer-record');
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => performance.clearMeasures());
    const taskTime = await stormTaskTime(page, cdp);
    const spent = await page.evaluate(() => {
      const total = (name: string) => performance.getEntriesByName(name).reduce((sum, entry) => sum + entry.duration, 0);
      return { reads: performance.getEntriesByName('playcard:read').length, readTime: total('playcard:read'), observeTime: total('playcard:observe') };
    });
    return { taskTime, ...spent };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * One browser, tabs alternating between the page alone (an unmatched twin URL, same markup), with
 * Playcard, and with a do-nothing observer (whole document; the record's subtree): medians per variant.
 */
export async function measureMutationStorm(extensionDir: string): Promise<StormResult> {
  const browser = await launchWithExtension({ extensionDir });
  const variants: Variant[] = ['none', 'playcard', 'observer-document', 'observer-record'];
  const times: Record<Variant, number[]> = { none: [], playcard: [], 'observer-document': [], 'observer-record': [] };
  const shares: number[] = [];
  let reads = 0;
  let readTime = 0;
  try {
    await serveSameMarkupEverywhere(browser.context);
    for (let round = 0; round < STORM_ROUNDS; round++) {
      for (const variant of round % 2 ? [...variants].reverse() : variants) {
        const run = await runStorm(browser.context, variant);
        times[variant].push(run.taskTime);
        if (variant !== 'playcard') continue;
        shares.push((run.readTime + run.observeTime) / (run.taskTime - run.readTime - run.observeTime));
        reads += run.reads;
        readTime += run.readTime;
      }
    }
  } finally {
    await browser.close();
  }
  const taskTime = Object.fromEntries(variants.map((variant) => [variant, median(times[variant])])) as Record<Variant, number>;
  return { seconds: STORM_SECONDS, rounds: STORM_ROUNDS, taskTime, reads, readTime, share: median(shares) };
}
