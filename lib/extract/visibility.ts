/**
 * Whether an element is rendered on screen: the one `isHidden` of the readers.
 *
 * Two environments, two kinds of knowledge:
 * - `layout` (the content script in a browser): `checkVisibility()` answers from the real cascade, every
 *   stylesheet included (a Bootstrap `.tab-pane` without `.active`, Frappe's `.hide`, Tailwind's `hidden md:block`).
 *   Nothing else is needed, and class names are not trusted.
 * - `markup` (the extract command and tests, under happy-dom, without layout or external stylesheets): the
 *   `hidden` attribute, inline styles and the page's own `<style>` rules (happy-dom computes those), plus the class
 *   names that hide by convention (`hide`, `hidden`, `d-none`, a `tab-pane` that is not `active`), since the
 *   stylesheet giving them meaning is usually not saved with the page.
 */
export type VisibilityKnowledge = 'layout' | 'markup';

const HIDING_CLASSES = new Set(['hide', 'hidden', 'd-none', 'is-hidden', 'invisible']);
const SHOWING_CLASSES = ['active', 'show', 'in', 'is-active', 'current', 'selected'];

function hiddenByConvention(element: Element): boolean {
  const classes = element.classList;
  if (!classes?.length) return false;
  for (const name of classes) if (HIDING_CLASSES.has(name)) return true;
  return classes.contains('tab-pane') && !SHOWING_CLASSES.some((name) => classes.contains(name));
}

/** The element's parent, or the host of the shadow root it sits in. */
export function composedParent(node: Node): Element | null {
  return node.parentElement ?? ((node.parentNode as Partial<ShadowRoot> | null)?.host ?? null);
}

/** Answers `isRendered` for one read, remembering each element's answer (many fields share ancestors). */
export function createVisibility(knowledge: VisibilityKnowledge = 'markup'): (element: Element) => boolean {
  const conventionHidden = new Map<Element, boolean>();
  const byConvention = (element: Element): boolean => {
    // Iterative: the chain can be thousands of elements deep.
    const chain: Element[] = [];
    let answer = false;
    for (let current: Element | null = element; current; current = composedParent(current)) {
      const known = conventionHidden.get(current);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(current);
      if (hiddenByConvention(current)) {
        answer = true;
        break;
      }
    }
    for (const visited of chain) conventionHidden.set(visited, answer);
    return answer;
  };
  return (element) => {
    const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
    const rendered = typeof check === 'function' ? check.call(element) : true;
    if (knowledge === 'layout') return rendered;
    return rendered && !byConvention(element);
  };
}
