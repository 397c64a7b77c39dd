import { launchWithExtension } from '../../test/e2e/browser';
import { fixtureHtml, loadExpectation, serveCrmPages } from '../../test/e2e/crm-pages';

/**
 * A record page opened in a fresh tab: time from the end of the page's DOMContentLoaded to the first
 * cards (the bench build's `playcard:cards-updated` mark). With the loader this includes the trip
 * to the background and the app's injection. Loads alternate in one browser; the first is a warm-up.
 */
export async function measureFirstCards(markedDir: string, loads = 10): Promise<number[]> {
  const browser = await launchWithExtension({ extensionDir: markedDir });
  const expected = loadExpectation('salesforce', 'account');
  await serveCrmPages(browser.context, { [expected.url]: fixtureHtml('salesforce', 'account') });
  const gaps: number[] = [];
  try {
    for (let i = 0; i <= loads; i++) {
      const page = await browser.context.newPage();
      await page.goto(expected.url);
      await page.evaluate('window.__name ??= (fn) => fn');
      const gap = await page.evaluate(async () => {
        const deadline = performance.now() + 5000;
        while (!performance.getEntriesByName('playcard:cards-updated').length && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        const cards = performance.getEntriesByName('playcard:cards-updated')[0]?.startTime ?? NaN;
        // DOMContentLoaded's end: content scripts run at document_idle, after it (headless tabs do not always report a first paint).
        const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN;
        return cards - loaded;
      });
      if (i > 0) gaps.push(gap);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return gaps;
}
