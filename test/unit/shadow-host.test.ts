import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSidebarHost, mountShadowHost, SIDEBAR_HOST_ATTRIBUTE } from '../../lib/content/shadow-host';

describe('mountShadowHost', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('adds one built-in host element with a closed root holding the styles and the container', () => {
    const mounted = mountShadowHost({ css: '.pc-root{color:red}', mode: 'closed' }, document.body);
    expect(document.body.lastElementChild).toBe(mounted.host);
    expect(mounted.host.localName).toBe('div');
    expect(mounted.host.hasAttribute(SIDEBAR_HOST_ATTRIBUTE)).toBe(true);
    expect(mounted.host.shadowRoot).toBeNull();
    expect(isSidebarHost(mounted.host)).toBe(true);
    const style = mounted.container.parentNode!.querySelector('style')!;
    expect(style.textContent).toContain(':host{all:initial !important;direction:ltr !important;unicode-bidi:isolate !important;user-select:none !important;');
    expect(style.textContent).toContain('.pc-root{color:red}');
    mounted.remove();
    expect(document.querySelector(`[${SIDEBAR_HOST_ATTRIBUTE}]`)).toBeNull();
  });

  it('runs no page code while creating the host, even when the page defined our old element name', () => {
    const constructed = vi.fn();
    customElements.define(
      'playcard-sidebar',
      class extends HTMLElement {
        constructor() {
          super();
          constructed();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    const mounted = mountShadowHost({ css: '', mode: 'closed' }, document.body);
    expect(constructed).not.toHaveBeenCalled();
    expect(mounted.host.isConnected).toBe(true);
  });

  it('joins the document with its shadow root already filled', () => {
    const parent = document.createElement('section');
    document.body.append(parent);
    const append = parent.append.bind(parent);
    const shadowContentOnArrival: number[] = [];
    vi.spyOn(parent, 'append').mockImplementation((...nodes) => {
      for (const node of nodes) shadowContentOnArrival.push((node as Element).shadowRoot?.childNodes.length ?? 0);
      append(...nodes);
    });
    mountShadowHost({ css: '', mode: 'open' }, parent);
    expect(shadowContentOnArrival).toEqual([2]);
  });

  it('an element the page marks with our attribute is not ours', () => {
    const impostor = document.createElement('div');
    impostor.setAttribute(SIDEBAR_HOST_ATTRIBUTE, '');
    expect(isSidebarHost(impostor)).toBe(false);
  });

  it('keeps keys typed in the sidebar away from the page', () => {
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    const { container } = mountShadowHost({ css: '', mode: 'open' }, document.body);
    const input = document.createElement('input');
    container.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(pageShortcut).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageShortcut);
  });
});
