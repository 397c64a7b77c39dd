/**
 * Attaches declarative shadow roots (`<template shadowrootmode>`) that a parser left as plain
 * templates. Browsers do this while parsing a page; happy-dom (unit tests, the extract command)
 * does not, and the readers must see the same tree everywhere.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || (mode !== 'open' && mode !== 'closed') || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append((template as HTMLTemplateElement).content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
