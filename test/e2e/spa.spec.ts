/**
 * Single-page behaviour on every SaaS CRM: an inline edit of a field updates the card, and moving to
 * another record of the same CRM without a page load shows that record's fields and nothing left over.
 */
import { formatFieldValue, type FieldValue } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages, type FixtureExpectation } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const PAIRS: [crm: string, first: string, second: string][] = [
  ['salesforce', 'account', 'opportunity'],
  ['salesforce-classic', 'account', 'opportunity'],
  ['hubspot', 'company', 'deal'],
  ['pipedrive', 'deal', 'person'],
  ['dynamics', 'account', 'opportunity'],
  ['zoho', 'account', 'potential'],
];

const shown = (expected: FixtureExpectation) =>
  Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));

/** A text field whose value appears verbatim in one text node: the inline edit rewrites that node. */
function editableField(expected: FixtureExpectation): [string, string] | undefined {
  for (const field of ['company', 'dealName', 'fullName', 'title', 'industry']) {
    const value = expected.fields[field];
    if (typeof value === 'string' && value.length > 3) return [field, value];
  }
  return undefined;
}

for (const [crm, first, second] of PAIRS) {
  test(`${crm}: an inline edit updates the card, and same-document navigation shows the next record`, async ({ browserWithExtension }) => {
    const a = loadExpectation(crm, first);
    const b = loadExpectation(crm, second);
    const { context } = browserWithExtension;
    await serveCrmPages(context, { [a.url]: fixtureHtml(crm, first) });
    const page = await context.newPage();
    await page.goto(a.url);
    const sidebar = await SidebarProbe.attach(page);
    await sidebar.fit();
    await expect.poll(() => sidebar.fields()).toEqual(shown(a));

    const editable = editableField(a);
    if (editable) {
      const [field, value] = editable;
      // What an inline edit does: the CRM re-renders the value in place (here: in every text node showing it).
      const edited = await page.evaluate(
        ({ from, to }) => {
          let count = 0;
          const visit = (root: Node) => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
            for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
              if (node.nodeType === Node.TEXT_NODE && node.nodeValue?.includes(from)) {
                node.nodeValue = node.nodeValue.replace(from, to);
                count++;
              }
              if (node.nodeType === Node.ELEMENT_NODE) {
                const element = node as Element;
                // CRMs mirror values in attributes (title, Zoho's cx-prop-value); the re-render updates those too.
                for (const attribute of ['title', 'cx-prop-value', 'data-value', 'aria-label']) {
                  const current = element.getAttribute(attribute);
                  if (current?.includes(from)) element.setAttribute(attribute, current.replace(from, to));
                }
                if (element.shadowRoot) visit(element.shadowRoot);
              }
              if (node instanceof HTMLInputElement && node.value.includes(from)) {
                node.value = node.value.replace(from, to);
                node.dispatchEvent(new Event('input', { bubbles: true }));
                count++;
              }
            }
          };
          visit(document.body);
          return count;
        },
        { from: value, to: `${value} Edited` },
      );
      expect(edited).toBeGreaterThan(0);
      await sidebar.waitFor(`[data-field="${field}"]`, (el) => el.attributes['data-value'] === `${value} Edited`);
    }

    await page.evaluate(
      ({ html, url }) => {
        // The CRM swaps the record's DOM and pushes the new URL; parseHTMLUnsafe keeps declarative shadow roots.
        const next = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(html);
        const host = document.querySelector('[data-playcard-sidebar], playcard-sidebar');
        document.body.replaceChildren(...next.body.childNodes);
        if (host) document.body.append(host);
        history.pushState({}, '', url);
      },
      // Same tenant as the first record: pushState cannot change origin (the fixtures come from different tenants).
      { html: fixtureHtml(crm, second), url: new URL(new URL(b.url).pathname + new URL(b.url).search + new URL(b.url).hash, a.url).href },
    );
    // The first record's values never linger as the page's; a deal linking to the first record by id may show its
    // facts as remembered (test/e2e/remembered.spec.ts), which is not lingering.
    await expect.poll(() => sidebar.fields({ read: 'on-page' }), { timeout: 10_000 }).toEqual(shown(b));
    expect(await sidebar.hostCount()).toBe(1);
  });
}
