/**
 * The sidebar's own cards and CSS, in an open shadow root so the sidebar stylesheet (which sets its
 * variables on .pc-root) applies exactly as in a CRM tab and nothing leaks either way.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import sidebarCss from '../../sidebar/sidebar.css?inline';
import { Cards } from '../../sidebar/Cards';
import { t } from '../../../lib/i18n';
import type { CardsModel } from '../../../lib/scoring/select';

/** The sidebar is position: fixed in a CRM tab; here it sits in the page at the sidebar's width. */
const PREVIEW_CSS = `
:host { display: block; }
.pc-root.pc-root--preview { position: static; top: auto; right: auto; bottom: auto; max-width: 100%; max-height: none; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.10); }
.pc-root--stale .pc-scroll { opacity: 0.55; }
`;

export function SidebarCards({ cards, playbookName, crmName, stale }: { cards: CardsModel; playbookName: string; crmName: string; stale: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = sidebarCss + PREVIEW_CSS;
    const container = document.createElement('div');
    root.replaceChildren(style, container);
    mount.current = container;
    return () => {
      render(null, container);
      mount.current = null;
    };
  }, []);
  useEffect(() => {
    if (!mount.current) return;
    render(
      <aside class={`pc-root pc-root--preview${stale ? ' pc-root--stale' : ''}`} aria-label={t('options_preview_sidebarLabel')} data-testid="preview-sidebar">
        <header class="pc-header">
          <span class="pc-logo" aria-hidden="true">
            ▣
          </span>
          <span class="pc-title">
            <span class="pc-brand">{t('extName')}</span>
            <span class="pc-playbook" title={playbookName}>
              {playbookName}
            </span>
          </span>
        </header>
        <div class="pc-scroll">
          <Cards cards={cards} crmName={crmName} />
        </div>
      </aside>,
      mount.current,
    );
  });
  return <div ref={host} class="pv-sidebar-host" data-testid="preview-cards" />;
}
