/**
 * Once fields were read, the content script watches only the record's field containers and their
 * ancestors (lib/content/watch-plan.ts). On every SaaS CRM: sections that render after the first read
 * (put back where they were, under the page's own wrappers) still reach the cards, and the record's
 * containers re-rendered wholesale (new elements, a new value) are read again.
 */
import { CRM_ADAPTERS } from '../../lib/crm';
import { formatFieldValue, NAME_FIELD, type FieldValue, type RecordKind } from '../../lib/record';
import { fixtureHtml, loadExpectation, serveCrmPages, type FixtureExpectation } from './crm-pages';
import { expect, test } from './fixtures';
import { SidebarProbe } from './sidebar';

const RECORDS: [crm: string, name: string][] = [
  ['salesforce', 'opportunity'],
  ['salesforce-classic', 'account'],
  ['hubspot', 'deal'],
  ['hubspot', 'contact'],
  ['pipedrive', 'deal'],
  ['dynamics', 'account'],
  ['zoho', 'potential'],
  ['odoo', 'opportunity'],
];

const shown = (expected: FixtureExpectation) =>
  Object.fromEntries(Object.entries(expected.fields).map(([field, value]) => [field, formatFieldValue(value as FieldValue)]));

/** The record's text values as they appear in the page (the name first): the ones a section can be found by. */
function textValues(expected: FixtureExpectation): { name: string; others: [field: string, value: string][] } {
  const nameField = NAME_FIELD[expected.kind as RecordKind];
  const strings = Object.entries(expected.fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length > 2);
  const name = strings.find(([field]) => field === nameField) ?? strings[0]!;
  return { name: name[1], others: strings.filter((entry) => entry !== name) };
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

interface Deferral {
  containers: string;
  name: string;
  others: string[];
}

/**
 * Runs in the page before its scripts: at DOMContentLoaded, takes out the sections holding the record's other values
 * (the outermost field container around each that does not hold the name) and keeps them, with where they were,
 * for `window.__putBackSections()`. What a CRM's skeleton does: the header first, the sections later.
 */
function deferSections({ containers, name, others }: Deferral): void {
  const up = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;
  const holds = (outer: Node, node: Node) => {
    for (let current: Node | null = node; current; current = up(current)) if (current === outer) return true;
    return false;
  };
  document.addEventListener('DOMContentLoaded', () => {
    const texts: Text[] = [];
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) texts.push(node as Text);
        else if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
      }
    };
    walk(document.body);
    const find = (value: string) => texts.find((text) => text.nodeValue?.includes(value));
    // Every place the name shows (a breadcrumb, the header's input): the one the reader takes stays.
    const nameNodes = texts.filter((text) => text.nodeValue?.includes(name));
    if (!nameNodes.length) return;
    const sections: Element[] = [];
    for (const value of others) {
      const node = find(value);
      if (!node) continue;
      let section: Element | undefined;
      for (let current = up(node); current && current.nodeType !== Node.DOCUMENT_NODE; current = up(current)) {
        if (current.nodeType !== Node.ELEMENT_NODE || !(current as Element).matches(containers)) continue;
        if (nameNodes.some((nameNode) => holds(current, nameNode))) break;
        section = current as Element;
      }
      if (section && !sections.some((taken) => holds(taken, section))) {
        for (const inner of sections.filter((taken) => holds(section, taken))) sections.splice(sections.indexOf(inner), 1);
        sections.push(section);
      }
    }
    const kept = sections.map((section) => ({ section, parent: section.parentNode!, next: section.nextSibling }));
    for (const { section } of kept) section.remove();
    (window as unknown as { __deferred: number }).__deferred = kept.length;
    (window as unknown as { __putBackSections: () => void }).__putBackSections = () => {
      for (const { section, parent, next } of kept.reverse()) parent.insertBefore(section, next?.parentNode === parent ? next : null);
    };
  });
}

for (const [crm, name] of RECORDS) {
  test(`${crm} ${name}: sections rendered after the first read reach the cards; the record re-rendered wholesale is read again`, async ({
    browserWithExtension,
  }) => {
    const expected = loadExpectation(crm, name);
    const adapter = CRM_ADAPTERS.find((candidate) => candidate.id === crm)!;
    const { context } = browserWithExtension;
    const html = fixtureHtml(crm, name);
    await serveCrmPages(context, { [expected.url]: html });
    const page = await context.newPage();
    const values = textValues(expected);
    await page.addInitScript(deferSections, { containers: adapter.fieldContainers, name: values.name, others: values.others.map(([, value]) => value) });
    await page.goto(expected.url);
    const sidebar = await SidebarProbe.attach(page);
    const nameField = Object.entries(expected.fields).find(([, value]) => value === values.name)![0];

    // The header alone first: the name shows, some field of the deferred sections does not.
    await sidebar.waitFor(`[data-field="${nameField}"]`);
    expect(await page.evaluate(() => (window as unknown as { __deferred: number }).__deferred)).toBeGreaterThan(0);
    expect(Object.keys(await sidebar.fields()).length).toBeLessThan(Object.keys(expected.fields).length);

    await page.evaluate(() => (window as unknown as { __putBackSections: () => void }).__putBackSections());
    await expect.poll(() => sidebar.fields(), { timeout: 10_000 }).toEqual(shown(expected));

    // The CRM renders the record again from new data: every outermost field container replaced by a new one, the name edited.
    await page.evaluate(
      ({ markup, containers }) => {
        const next = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(markup);
        const outermost = (root: ParentNode) => [...root.querySelectorAll(containers)].filter((element) => !element.parentElement?.closest(containers));
        const fresh = outermost(next.body);
        outermost(document.body).forEach((container, index) => {
          const replacement = fresh[index];
          if (replacement) container.replaceWith(replacement);
        });
      },
      { markup: html.split(escapeHtml(values.name)).join(escapeHtml(`${values.name} Edited`)), containers: adapter.fieldContainers },
    );
    await sidebar.waitFor(`[data-field="${nameField}"]`, (el) => el.attributes['data-value'] === `${values.name} Edited`);
    expect(await sidebar.hostCount()).toBe(1);
  });
}
