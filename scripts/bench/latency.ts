import type { Page } from '@playwright/test';

export interface LatencyResult {
  latencies: number[];
  /** Cards updated, after the start of the frame the record itself paints in (its first animation frame after landing). */
  afterRecordFrame: number[];
  misses: number;
  reads: number[];
  longTasks: number;
}

/**
 * Simulates Lightning rendering a record: the detail sections are taken out, then put back one at
 * a time a few ms apart, as the record's components render, the main section (with the record's
 * main fields, one of them changed) last. Measures from that landing to the content script's next
 * "cards updated" mark; a run without a mark within a second counts as a miss and is reported.
 */
export async function measureLatency(page: Page, runs: number): Promise<LatencyResult> {
  // tsx compiles with keepNames, which wraps named functions in a `__name` helper the page lacks.
  await page.evaluate('window.__name ??= (fn) => fn');
  return page.evaluate(async (runCount) => {
    const sleep = (msecs: number) => new Promise((resolve) => setTimeout(resolve, msecs));
    let longTasks = 0;
    const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
    observer.observe({ type: 'longtask', buffered: false });
    const active = document.querySelector('.oneContent.active') ?? document.body;
    const sections = [...active.querySelectorAll('records-record-layout-section, flexipage-field-section2')];
    const parents = sections.map((section) => section.parentNode!);
    // The first section holds the record's main fields: land it last so the last landing changes the cards.
    const order = [...sections.keys()].slice(1).concat(0);
    const latencies: number[] = [];
    const afterRecordFrame: number[] = [];
    let misses = 0;
    const marksAfter = (time: number) =>
      performance.getEntriesByName('playcard:cards-updated').filter((entry) => entry.startTime >= time);

    // The record changes between runs (as when the rep opens the next record), so the last landing always changes the cards.
    const employees = active.querySelector('[field-label="Employees"] [data-output-element-id="output-field"]');
    for (let run = 0; run < runCount; run++) {
      sections.forEach((section) => section.remove());
      if (employees) (employees.shadowRoot ?? employees).textContent = `1,${250 + (run % 2)}`;
      await sleep(120);
      for (const index of order.slice(0, -1)) {
        parents[index]!.appendChild(sections[index]!);
        await sleep(3 + Math.random() * 10);
      }
      const last = order.at(-1)!;
      parents[last]!.appendChild(sections[last]!);
      const landedAt = performance.now();
      // The record's own paint: the first animation frame after it lands (callbacks run just before that paint).
      let recordFrame = NaN;
      requestAnimationFrame(() => (recordFrame = performance.now()));
      const deadline = landedAt + 1000;
      while (marksAfter(landedAt).length === 0 && performance.now() < deadline) await sleep(5);
      const mark = marksAfter(landedAt)[0];
      if (mark) {
        latencies.push(mark.startTime - landedAt);
        afterRecordFrame.push(mark.startTime - recordFrame);
      }
      else misses++;
      await sleep(50 + Math.random() * 50);
    }
    observer.disconnect();
    const reads = performance.getEntriesByName('playcard:read').map((entry) => entry.duration);
    performance.clearMarks();
    performance.clearMeasures();
    return { latencies, afterRecordFrame, misses, reads, longTasks };
  }, runs);
}
