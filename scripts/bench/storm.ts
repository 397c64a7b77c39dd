import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../../test/e2e/browser';
import { SidebarProbe } from '../../test/e2e/sidebar';
import { benchUrls, serveSameMarkupEverywhere } from './page-cost';

const STORM_SECONDS = 3;
const STORM_ROUNDS = Number(process.env.BENCH_STORM_ROUNDS ?? 5);

/** What runs beside the page's own churn. */
type Variant = 'none' | 'playcard' | 'observer-document' | 'observer-watched';

/** What Playcard observes, as its bench build marks it (lib/content/watch-plan.ts, `describePlan`). */
type WatchedPaths = { path: (number | 'shadow')[]; options: MutationObserverInit }[];

export interface StormResult {
  seconds: number;
  rounds: number;
  /** Median main-thread task time of the page during the storm in the record's activity feed, per variant. */
  taskTime: Record<Variant, number>;
  /** The same storm in the global header, outside the record's field containers. */
  headerTaskTime: Record<Variant, number>;
  /** Playcard's own main-thread time (observer callbacks + reads) during the header storm, median over rounds, in ms. */
  headerOwnTime: number;
  reads: number;
  readTime: number;
  /** Playcard's own main-thread time (observer callbacks + reads) ÷ the page's task time, median over rounds. */
  share: number;
  /** How many nodes Playcard's observer watched (undefined: a build that does not mark its plan). */
  watched?: number;
}

/** Where the storm churns: the record's activity feed (inside `.oneContent`), or the global header outside the record. */
const STORM_PLACES = { feed: '#activityPanelContainer', header: '#oneHeader' } as const;

/** The page's main-thread task time while it churns its own DOM, as Chromium accounts it. */
async function stormTaskTime(page: Page, cdp: CDPSession, place: string): Promise<number> {
  const taskDuration = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await taskDuration();
  await page.evaluate(async ({ seconds, place }) => {
    // What busy CRM pages do all the time: a feed re-rendering, timers ticking, lists growing.
    const feed = document.querySelector(place) ?? document.body;
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
  }, { seconds: STORM_SECONDS, place });
  return ((await taskDuration()) - before) * 1000;
}

interface StormRun {
  taskTime: number;
  headerTaskTime: number;
  /** Playcard's observer callbacks and reads during the header storm, in ms. */
  headerOwnTime: number;
  reads: number;
  readTime: number;
  observeTime: number;
  /** The playcard variant: the nodes its observer watched when the storm began (none in builds that do not mark them). */
  watched?: WatchedPaths;
}

const WHOLE = { childList: true, subtree: true, characterData: true, attributes: true };

async function runStorm(context: BrowserContext, variant: Variant, watched: WatchedPaths | undefined): Promise<StormRun> {
  const urls = benchUrls().record;
  const page = await context.newPage();
  try {
    await page.goto(variant === 'playcard' ? urls.crm : urls.plain);
    // tsx compiles with keepNames, which wraps named functions in a `__name` helper the page lacks.
    await page.evaluate('window.__name ??= (fn) => fn');
    if (variant === 'playcard') await (await SidebarProbe.attach(page)).fit();
    else await page.waitForTimeout(500);
    if (variant === 'observer-document') {
      // The floor of watching everything: an observer that does nothing, on the whole document.
      await page.evaluate((options) => new MutationObserver(() => undefined).observe(document, options), WHOLE);
    }
    if (variant === 'observer-watched') {
      // The floor of Playcard's own watch: an observer that does nothing, on the nodes Playcard watches, with its
      // options. A build that does not mark its plan (before lib/content/watch-plan.ts) watched the document and
      // every open shadow root whole.
      const missed = await page.evaluate(
        ({ plan, whole }) => {
          const locate = (path: (number | 'shadow')[]): Node | null => {
            let node: Node | null = document;
            for (const step of path) node = step === 'shadow' ? ((node as Element | null)?.shadowRoot ?? null) : ((node as ParentNode | null)?.children[step] ?? null);
            return node;
          };
          const everything = () => {
            const roots: Node[] = [document];
            const walk = (root: ParentNode) => {
              for (const element of root.querySelectorAll('*')) {
                if (element.shadowRoot) {
                  roots.push(element.shadowRoot);
                  walk(element.shadowRoot);
                }
              }
            };
            walk(document);
            return roots.map((node) => ({ node, options: whole }));
          };
          const targets = plan ? plan.map(({ path, options }) => ({ node: locate(path), options })) : everything();
          const observer = new MutationObserver(() => undefined);
          for (const { node, options } of targets) if (node) observer.observe(node, options);
          return targets.filter(({ node }) => !node).length;
        },
        { plan: watched ?? null, whole: WHOLE },
      );
      if (missed) console.warn(`storm: ${missed} of the nodes Playcard watches not found in the page without it`);
    }
    const planned =
      variant === 'playcard'
        ? await page.evaluate(() => {
            const marks = performance.getEntriesByName('playcard:watch-plan') as PerformanceMark[];
            const last = marks.at(-1)?.detail;
            return typeof last === 'string' ? last : null;
          })
        : null;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => performance.clearMeasures());
    const taskTime = await stormTaskTime(page, cdp, STORM_PLACES.feed);
    const spentSoFar = () =>
      page.evaluate(() => {
        const total = (name: string) => performance.getEntriesByName(name).reduce((sum, entry) => sum + entry.duration, 0);
        const spent = { reads: performance.getEntriesByName('playcard:read').length, readTime: total('playcard:read'), observeTime: total('playcard:observe') };
        performance.clearMeasures();
        return spent;
      });
    const spent = await spentSoFar();
    const headerTaskTime = await stormTaskTime(page, cdp, STORM_PLACES.header);
    const inHeader = await spentSoFar();
    return {
      taskTime,
      headerTaskTime,
      ...spent,
      headerOwnTime: inHeader.readTime + inHeader.observeTime,
      ...(planned ? { watched: JSON.parse(planned) as WatchedPaths } : {}),
    };
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
 * Playcard, and with a do-nothing observer (on the whole document; on the nodes Playcard watches, as
 * its first run marked them): medians per variant.
 */
export async function measureMutationStorm(extensionDir: string): Promise<StormResult> {
  const browser = await launchWithExtension({ extensionDir });
  const variants: Variant[] = ['none', 'playcard', 'observer-document', 'observer-watched'];
  const times: Record<Variant, number[]> = { none: [], playcard: [], 'observer-document': [], 'observer-watched': [] };
  const headerTimes: Record<Variant, number[]> = { none: [], playcard: [], 'observer-document': [], 'observer-watched': [] };
  const shares: number[] = [];
  const headerOwnTimes: number[] = [];
  let reads = 0;
  let readTime = 0;
  let watched: WatchedPaths | undefined;
  try {
    await serveSameMarkupEverywhere(browser.context);
    for (let round = 0; round < STORM_ROUNDS; round++) {
      // Playcard runs first in the first round: the floor watches what it watched.
      const order: Variant[] = round === 0 ? ['playcard', 'none', 'observer-document', 'observer-watched'] : round % 2 ? [...variants].reverse() : variants;
      for (const variant of order) {
        const run = await runStorm(browser.context, variant, watched);
        times[variant].push(run.taskTime);
        headerTimes[variant].push(run.headerTaskTime);
        if (variant !== 'playcard') continue;
        watched ??= run.watched;
        headerOwnTimes.push(run.headerOwnTime);
        shares.push((run.readTime + run.observeTime) / (run.taskTime - run.readTime - run.observeTime));
        reads += run.reads;
        readTime += run.readTime;
      }
    }
  } finally {
    await browser.close();
  }
  const medians = (runs: Record<Variant, number[]>) => Object.fromEntries(variants.map((variant) => [variant, median(runs[variant])])) as Record<Variant, number>;
  return {
    seconds: STORM_SECONDS,
    rounds: STORM_ROUNDS,
    taskTime: medians(times),
    headerTaskTime: medians(headerTimes),
    reads,
    readTime,
    share: median(shares),
    headerOwnTime: median(headerOwnTimes),
    watched: watched?.length,
  };
}
