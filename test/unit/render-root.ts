/** A fresh element to render Preact into for each test, unmounted and removed after it. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root!);
    root!.remove();
  });
  return () => root!;
}
