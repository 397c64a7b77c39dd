/**
 * The in-page sidebar draws its words from attributes, not text nodes. Chromium's and Firefox's
 * `window.find` search the text of closed shadow roots, and a match even selects it: a page script
 * growing a prefix one character at a time could read the tier, the score and field values it does
 * not hold (a remembered account's). Find does not search attributes or CSS generated content, while
 * screen readers do read generated content, so every text Preact renders becomes
 * `<span data-pc-text="…">` drawn by `::before { content: attr(data-pc-text) }` (sidebar.css).
 *
 * Installed by the in-page display only: the side panel is an extension page the CRM cannot search.
 */
import { options, type VNode } from 'preact';

const TEXT_ATTRIBUTE = 'data-pc-text';

let installed = false;

export function drawTextFromAttributes(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    // Preact's text vnodes have no type and their text as props (preact/src/diff/children.js).
    const text = vnode.type === null ? (vnode.props as unknown) : undefined;
    // White space stays a text node: it only spaces words, and find learns nothing from it.
    if ((typeof text === 'string' || typeof text === 'number') && String(text).trim() !== '') {
      const mutable = vnode as unknown as { type: string; props: Record<string, string> };
      mutable.type = 'span';
      mutable.props = { [TEXT_ATTRIBUTE]: String(text) };
    }
    previous?.(vnode);
  };
}
