import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRelevanceFilter, observeFieldChanges } from '../../lib/content/page-watch';
import { planWatch } from '../../lib/content/watch-plan';

/** Collects the mutation records a change produces, as the content script's observer would see them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

function page() {
  document.body.innerHTML = `
    <section id="detail"><x-item id="industry"><span>Software</span></x-item></section>
    <aside id="feed" class="activity"></aside>
    <div id="clock"></div>`;
  return {
    item: document.getElementById('industry')!,
    detail: document.getElementById('detail')!,
    feed: document.getElementById('feed')!,
    clock: document.getElementById('clock')!,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createRelevanceFilter', () => {
  it('counts every change before anything was read', async () => {
    const { clock } = page();
    const filter = createRelevanceFilter({ fieldContainers: 'x-item' });
    expect(filter.mayChangeRecord(await recordsOf(() => (clock.textContent = '10:01')))).toBe(true);
  });

  it('counts a change inside an element a value was read from', async () => {
    const { item } = page();
    const filter = createRelevanceFilter({ fieldContainers: 'x-item' });
    filter.setSources(new Set([item]));
    expect(filter.mayChangeRecord(await recordsOf(() => (item.firstElementChild!.textContent = 'Retail')))).toBe(true);
  });

  it('counts a new field container and the removal of a read element', async () => {
    const { item, detail } = page();
    const filter = createRelevanceFilter({ fieldContainers: 'x-item' });
    filter.setSources(new Set([item]));
    expect(filter.mayChangeRecord(await recordsOf(() => detail.append(document.createElement('x-item'))))).toBe(true);
    expect(filter.mayChangeRecord(await recordsOf(() => item.remove()))).toBe(true);
  });

  it('ignores churn elsewhere on the page and in ignored regions', async () => {
    const { item, feed, clock } = page();
    const filter = createRelevanceFilter({ fieldContainers: 'x-item', ignoredRegions: '.activity' });
    filter.setSources(new Set([item]));
    expect(filter.mayChangeRecord(await recordsOf(() => (clock.textContent = '10:02')))).toBe(false);
    expect(filter.mayChangeRecord(await recordsOf(() => feed.append(document.createElement('x-item'))))).toBe(false);
  });

  it('still notices a field container arriving under a busy target, within the rescan interval', async () => {
    const { item, clock } = page();
    let time = 0;
    const filter = createRelevanceFilter({ fieldContainers: 'x-item', now: () => time });
    filter.setSources(new Set([item]));
    for (let tick = 0; tick < 20; tick++) {
      expect(filter.mayChangeRecord(await recordsOf(() => clock.append(document.createElement('div'))))).toBe(false);
    }
    clock.append(document.createElement('x-item'));
    expect(filter.mayChangeRecord(await recordsOf(() => clock.append(document.createElement('div'))))).toBe(false);
    time += 600;
    expect(filter.mayChangeRecord(await recordsOf(() => clock.append(document.createElement('div'))))).toBe(true);
  });
});

describe('createRelevanceFilter on a re-rendering record', () => {
  it('keeps noticing a container that re-renders the record many times (never mistaken for busy chrome)', async () => {
    const { item, detail } = page();
    const filter = createRelevanceFilter({ fieldContainers: 'x-item', now: () => 0 });
    filter.setSources(new Set([item]));
    for (let render = 0; render < 20; render++) {
      expect(filter.mayChangeRecord(await recordsOf(() => item.remove()))).toBe(true);
      expect(filter.mayChangeRecord(await recordsOf(() => detail.append(item)))).toBe(true);
    }
  });
});

describe('observeFieldChanges', () => {
  it('coalesces a burst of relevant mutations into one call on the next animation frame', async () => {
    const { detail } = page();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeFieldChanges({ window, onChange, signal: controller.signal });
    for (let i = 0; i < 50; i++) detail.append(document.createElement('x-item'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    detail.append(document.createElement('x-item'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('observeFieldChanges with a plan from the last read', () => {
  const frame = () => new Promise((resolve) => setTimeout(resolve, 60));

  /** The observer and filter as the runtime sets them up after reading `item`: every batch handed over is recorded. */
  function watchingAfterRead(item: Element) {
    const onChange = vi.fn();
    const batches: MutationRecord[][] = [];
    const controller = new AbortController();
    const fieldContainers = 'section, x-item';
    const relevance = createRelevanceFilter({ fieldContainers });
    relevance.setSources(new Set([item]));
    const isRelevant = (records: readonly MutationRecord[]) => {
      batches.push([...records]);
      return relevance.mayChangeRecord(records);
    };
    const observer = observeFieldChanges({ window, onChange, signal: controller.signal, isRelevant });
    observer.watch(planWatch({ document, sources: new Set([item]), shadowRoots: [document], fieldContainers }));
    return { onChange, batches, observer, controller };
  }

  afterEach(() => document.body.replaceChildren());

  it('is never even handed the churn outside the record: a feed and a clock elsewhere on the page', async () => {
    const { item, feed, clock } = page();
    const { onChange, batches, controller } = watchingAfterRead(item);
    for (let i = 0; i < 20; i++) {
      feed.append(document.createElement('div'));
      clock.textContent = `10:${i}`;
      clock.setAttribute('title', String(i));
    }
    await frame();
    expect(batches).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
  });

  it('sees a value re-rendered inside the container, a section added beside it, and the container replaced', async () => {
    const { item, detail } = page();
    const { onChange, controller } = watchingAfterRead(item);
    item.firstElementChild!.textContent = 'Retail';
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    detail.after(document.createElement('section'));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
    detail.replaceWith(detail.cloneNode(true));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(3);
    controller.abort();
  });

  it('watches the whole document again once handed that plan (the elements read are gone)', async () => {
    const { item, clock } = page();
    const { onChange, observer, controller } = watchingAfterRead(item);
    clock.textContent = '10:04';
    await frame();
    expect(onChange).not.toHaveBeenCalled();
    observer.watch(planWatch({ document, sources: new Set(), shadowRoots: [document], fieldContainers: 'section, x-item' }));
    clock.append(document.createElement('section'));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });
});
