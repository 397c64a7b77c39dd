import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountShadowHost } from '../../lib/content/shadow-host';

describe('mountShadowHost', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('adds one host element with a closed root holding the styles and the container', () => {
    const mounted = mountShadowHost({ name: 'playcard-sidebar', css: '.pc-root{color:red}', mode: 'closed' });
    expect(document.body.lastElementChild).toBe(mounted.host);
    expect(mounted.host.localName).toBe('playcard-sidebar');
    expect(mounted.host.shadowRoot).toBeNull();
    const style = mounted.container.parentNode!.querySelector('style')!;
    expect(style.textContent).toContain(':host{all:initial !important;}');
    expect(style.textContent).toContain('.pc-root{color:red}');
    mounted.remove();
    expect(document.querySelector('playcard-sidebar')).toBeNull();
  });

  it('keeps keys typed in the sidebar away from the page', () => {
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    const { container } = mountShadowHost({ name: 'playcard-sidebar', css: '', mode: 'open' });
    const input = document.createElement('input');
    container.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(pageShortcut).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageShortcut);
  });
});
