import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { PlaycardMark } from '../ui/Mark';

interface FoldedTabProps {
  /** "Playcard: tier A — open": what the tab is and does, in words (the "?" of an unknown tier never alone). */
  label: string;
  /** Folded because the window is narrow, not by the rep: the tooltip says so. */
  foldedForRoom?: boolean;
  onOpen: () => void;
  /** What the tab shows under the mark: the tier letter, or "!" when the page could not be read. */
  children: ComponentChildren;
}

/** The folded sidebar: the Playcard mark and the record's tier, clearly Playcard's (not the CRM's help button). */
export function FoldedTab({ label, foldedForRoom, onOpen, children }: FoldedTabProps) {
  return (
    <button
      type="button"
      class="pc-tab"
      aria-expanded="false"
      aria-label={label}
      title={foldedForRoom ? `${label}\n${t('sidebar_tabFoldedForRoom')}` : label}
      onClick={onOpen}
    >
      <PlaycardMark size={20} />
      {children}
    </button>
  );
}
