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
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (node) => node.localName === 'playcard-sidebar');
    const shadow = host?.shadowRoots?.[0];
    return shadow ? { nodeId: shadow.nodeId, mode: shadow.shadowRootType ?? '' } : undefined;
  }

  async hostCount(): Promise<number> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let count = 0;
    findNode(root, (node) => {
      if (node.localName === 'playcard-sidebar') count++;
      return false;
    });
    return count;
  }

  async queryAll(selector: string): Promise<SidebarElement[]> {
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

  /** The fields card as `{field: data-value}`. */
  async fields(): Promise<Record<string, string>> {
    const elements = await this.queryAll('[data-card="fields"] [data-field]');
    return Object.fromEntries(elements.map((el) => [el.attributes['data-field'], el.attributes['data-value'] ?? '']));
  }

  async fit(): Promise<{ score: string; tier: string }> {
    const card = await this.waitFor('[data-card="fit"]');
    return { score: card.attributes['data-score'] ?? '', tier: card.attributes['data-tier'] ?? '' };
  }

  /** Clicks an element inside the closed root at its on-screen position, as a user's mouse would. */
  async click(selector: string): Promise<void> {
    const element = await this.waitFor(selector);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: element.nodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: element.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  private async textOf(html: string): Promise<string> {
    // Text as the DOM holds it: parse the serialized HTML in an inert document of the page.
    return this.page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
      return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
    }, html);
  }
}

function pairs(flat: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) result[flat[i]!] = flat[i + 1]!;
  return result;
}

function findNode(node: CdpNode, test: (node: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}
