import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRelevanceFilter, observeFieldChanges } from '../../lib/content/page-watch';

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
