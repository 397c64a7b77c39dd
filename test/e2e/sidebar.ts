/**
 * Reads the sidebar inside its closed shadow root through the Chrome DevTools Protocol, the way
 * docs/ARCHITECTURE.md's contract says checks must: Playwright locators do not enter closed roots.
 */
import type { CDPSession, Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

export interface SidebarElement {
  nodeId: number;
  attributes: Record<string, string>;
  text: string;
}

export class SidebarProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<SidebarProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new SidebarProbe(page, cdp);
  }

  /** The sidebar's shadow root, with its mode; undefined when no sidebar is on the page. */
  async shadowRoot(): Promise<{ nodeId: number; mode: string } | undefined> {
    const [host] = await this.hosts();
    if (host === undefined) return undefined;
    // One level below the host, shadow roots included: a page thousands of elements deep cannot
    // be serialised whole over the protocol, and the sidebar does not need it to be.
    const { node } = (await this.cdp.send('DOM.describeNode', { nodeId: host, depth: 1, pierce: true })) as { node: CdpNode };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { nodeIds } = (await this.cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] })) as { nodeIds: number[] };
    return { nodeId: nodeIds[0]!, mode: shadow.shadowRootType ?? '' };
  }

  /** Text nodes with words inside the shadow root, outside its `<style>`: what `window.find` could match. */
  async textNodes(): Promise<string[]> {
    const shadow = await this.shadowRoot();
    if (!shadow) return [];
    const { node } = (await this.cdp.send('DOM.describeNode', { nodeId: shadow.nodeId, depth: -1, pierce: true })) as { node: CdpNode & { nodeValue?: string } };
    const found: string[] = [];
    const walk = (current: CdpNode & { nodeValue?: string }) => {
      if (current.nodeName === 'STYLE') return;
      if (current.nodeName === '#text' && (current.nodeValue ?? '').trim() !== '') found.push(current.nodeValue!);
      for (const child of current.children ?? []) walk(child);
    };
    walk(node);
    return found;
  }

  async hostCount(): Promise<number> {
    return (await this.hosts()).length;
  }

  /** The hosts in the page's own DOM (where Playcard appends its host). */
  private async hosts(): Promise<number[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
    const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: SIDEBAR_HOSTS })) as { nodeIds: number[] };
    return nodeIds;
  }

  /**
   * Every element matching `selector`, read as one snapshot. The sidebar may re-render between the
   * query and the reads (a late section arrives), which drops the queried node ids; the snapshot is
   * then taken again rather than failing on a node that no longer exists.
   */
  async queryAll(selector: string): Promise<SidebarElement[]> {
    return againIfNodeGone(() => this.queryAllOnce(selector));
  }

  private async queryAllOnce(selector: string): Promise<SidebarElement[]> {
    const shadow = await this.shadowRoot();
    if (!shadow) return [];
    const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as { nodeIds: number[] };
    return Promise.all(
      nodeIds.map(async (nodeId) => {
        const { attributes } = (await this.cdp.send('DOM.getAttributes', { nodeId })) as { attributes: string[] };
        const { outerHTML } = (await this.cdp.send('DOM.getOuterHTML', { nodeId })) as { outerHTML: string };
        return { nodeId, attributes: pairs(attributes), text: await this.textOf(outerHTML) };
      }),
    );
  }

  async query(selector: string): Promise<SidebarElement | undefined> {
    return (await this.queryAll(selector))[0];
  }

  /** Waits until `selector` matches inside the sidebar (and `accept` holds, if given). */
  async waitFor(selector: string, accept: (el: SidebarElement) => boolean = () => true, timeoutMs = 10_000): Promise<SidebarElement> {
    const deadline = Date.now() + timeoutMs;
    let last: SidebarElement | undefined;
    while (Date.now() < deadline) {
      last = await this.query(selector);
      if (last && accept(last)) return last;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`Sidebar: ${selector} did not appear as expected within ${timeoutMs} ms (last: ${JSON.stringify(last?.attributes)})`);
  }

  /** The fields card as `{field: data-value}`; `read: 'on-page'` leaves out values remembered from records opened earlier. */
  async fields(options: { read?: 'on-page' } = {}): Promise<Record<string, string>> {
    const elements = await this.queryAll('[data-card="fields"] [data-field]');
    return Object.fromEntries(
      elements
        .filter((el) => options.read !== 'on-page' || el.attributes['data-source'] !== 'remembered')
        .map((el) => [el.attributes['data-field'], el.attributes['data-value'] ?? '']),
    );
  }

  /** The fields card as `{field: data-source}` (`page`, `linked` or `remembered`). */
  async sources(): Promise<Record<string, string>> {
    const elements = await this.queryAll('[data-card="fields"] [data-field]');
    return Object.fromEntries(elements.map((el) => [el.attributes['data-field'], el.attributes['data-source'] ?? '']));
  }

  /** The fit card's contract attributes; `score` is empty while the tier is unknown, `coverage` is 0–1. */
  async fit(): Promise<{ score: string; tier: string; coverage: string }> {
    const card = await this.waitFor('[data-card="fit"]');
    return { score: card.attributes['data-score'] ?? '', tier: card.attributes['data-tier'] ?? '', coverage: card.attributes['data-coverage'] ?? '' };
  }

  /** Clicks an element inside the closed root at its on-screen position, as a user's mouse would. */
  async click(selector: string, options: { clickCount?: number } = {}): Promise<void> {
    const { x, y } = await this.center(selector);
    await this.page.mouse.click(x, y, options);
  }

  /** The on-screen centre of an element inside the closed root, scrolled into view. */
  async center(selector: string): Promise<{ x: number; y: number }> {
    return againIfNodeGone(() => this.centerOnce(selector));
  }

  private async centerOnce(selector: string): Promise<{ x: number; y: number }> {
    const element = await this.waitFor(selector);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: element.nodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: element.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  }

  /** The border box of the first element matching `selector` inside the root, in page pixels. */
  async box(selector: string): Promise<{ left: number; top: number; right: number; bottom: number }> {
    return againIfNodeGone(() => this.boxOnce(selector));
  }

  private async boxOnce(selector: string): Promise<{ left: number; top: number; right: number; bottom: number }> {
    const element = await this.waitFor(selector);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: element.nodeId })) as { model: { border: number[] } };
    const [left, top, , , right, bottom] = model.border as [number, number, number, number, number, number];
    return { left, top, right, bottom };
  }

  /** Computed style of the first element matching `selector` inside the root, as the browser applied it. */
  async computedStyle(selector: string): Promise<Record<string, string>> {
    return againIfNodeGone(() => this.computedStyleOnce(selector));
  }

  private async computedStyleOnce(selector: string): Promise<Record<string, string>> {
    const element = await this.waitFor(selector);
    await this.cdp.send('CSS.enable');
    const { computedStyle } = (await this.cdp.send('CSS.getComputedStyleForNode', { nodeId: element.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return Object.fromEntries(computedStyle.map(({ name, value }) => [name, value]));
  }

  private async textOf(html: string): Promise<string> {
    // Text as the DOM holds it: parse the serialized HTML in an inert document of the page.
    return this.page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
      // The in-page sidebar draws its words from `data-pc-text` (components/sidebar/text-from-attributes.ts).
      for (const drawn of doc.querySelectorAll('[data-pc-text]')) drawn.prepend(drawn.getAttribute('data-pc-text') ?? '');
      return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
    }, html);
  }
}

/**
 * The sidebar's host, as docs/ARCHITECTURE.md's contract names it: `<div data-playcard-sidebar>`, or
 * `<playcard-sidebar>` in builds from before that change (so an attack test can be run against one).
 */
const SIDEBAR_HOSTS = 'div[data-playcard-sidebar], playcard-sidebar';

/** Runs a read of node ids again (up to five times) when the sidebar re-rendered under it and a node is gone. */
async function againIfNodeGone<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 5 || !/Could not find node|No node with given id/i.test(String(error))) throw error;
    }
  }
}

function pairs(flat: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) result[flat[i]!] = flat[i + 1]!;
  return result;
}

/**
 * What a click on the control would hit: its centre and its four corners (2 px in), through
 * document.elementFromPoint. 'control' when every point hits it, 'sidebar' when Playcard's host covers any.
 */
export async function hitOnControl(page: Page, selector: string): Promise<'control' | 'sidebar' | 'other'> {
  return page.evaluate((selector) => {
    // The one on screen (Pipedrive keeps earlier deals' headers in hidden panes).
    const control = [...document.querySelectorAll(selector)].find((el) => el.getBoundingClientRect().width > 0)!;
    const box = control.getBoundingClientRect();
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ] as const;
    const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
    if (hits.some((hit) => hit?.closest('[data-playcard-sidebar]'))) return 'sidebar';
    return hits.every((hit) => hit && (hit === control || control.contains(hit))) ? 'control' : 'other';
  }, selector);
}
