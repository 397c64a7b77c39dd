import { useState } from 'preact/hooks';
import { formatCallPlan } from '../../lib/call-plan';
import { TierBadge } from '../ui/Badge';
import { Cards } from './Cards';
import type { SidebarState } from './state';

/** The only component that reads signals; the cards below it take plain props. */
export function Sidebar({ state }: { state: SidebarState }) {
  const [copyStatus, setCopyStatus] = useState('');
  const cards = state.cards.value;
  const playbook = state.playbook.value;
  const collapsed = state.collapsed.value;
  if (!cards || !playbook) return null;

  const toggleAsked = (questionId: string, asked: boolean) => {
    const next = new Set(state.askedIds.value);
    if (asked) next.add(questionId);
    else next.delete(questionId);
    state.askedIds.value = next;
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formatCallPlan(cards, 'text'));
      setCopyStatus('Copied');
    } catch {
      setCopyStatus('Copy failed: the page did not allow clipboard access');
    }
  };

  if (collapsed) {
    return (
      <aside class="pc-root pc-root--collapsed" aria-label="Playcard">
        <button type="button" class="pc-tab" aria-expanded="false" onClick={() => (state.collapsed.value = false)} title="Show Playcard">
          <TierBadge tier={cards.fit.tier} />
          <span class="pc-visually-hidden">Show Playcard</span>
        </button>
      </aside>
    );
  }
  return (
    <aside class="pc-root" aria-label="Playcard">
      <header class="pc-header">
        <span class="pc-logo" aria-hidden="true">▣</span>
        <span class="pc-brand">Playcard</span>
        <span class="pc-playbook" title={`Playbook ${playbook.name} ${playbook.version}`}>
          {playbook.name}
        </span>
        <button type="button" class="pc-icon-button" aria-expanded="true" onClick={() => (state.collapsed.value = true)} title="Hide Playcard">
          <span aria-hidden="true">⟩</span>
          <span class="pc-visually-hidden">Hide Playcard</span>
        </button>
      </header>
      <div class="pc-scroll">
        <Cards cards={cards} crmName={state.crmName.value} onToggleAsked={toggleAsked} onCopy={copy} copyStatus={copyStatus} />
      </div>
    </aside>
  );
}
