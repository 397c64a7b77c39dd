/** Save, Discard, Undo last save, and what state the draft is in. */
import { t } from '../../../lib/i18n';

interface EditorToolbarProps {
  canSave: boolean;
  dirty: boolean;
  canUndo: boolean;
  undoText?: string;
  status: string;
  /** The status says why something did not happen (shown as a problem). */
  statusIsProblem?: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onUndo: () => void;
}

export function EditorToolbar({ canSave, dirty, canUndo, undoText, status, statusIsProblem, onSave, onDiscard, onUndo }: EditorToolbarProps) {
  return (
    <div class="pe-toolbar" role="group" aria-label={t('editor_toolbar_aria')}>
      <button type="button" class="op-primary" data-testid="save" disabled={!canSave} onClick={onSave}>
        {t('editor_save')}
      </button>
      <button type="button" data-testid="discard" disabled={!dirty} onClick={onDiscard}>
        {t('editor_discard')}
      </button>
      <button type="button" data-testid="undo-save" disabled={!canUndo} title={undoText} onClick={onUndo}>
        {t('editor_undo_save')}
      </button>
      {dirty && (
        <span class="pe-unsaved" data-testid="unsaved">
          {t('editor_unsaved')}
        </span>
      )}
      <span role="status" class={statusIsProblem ? 'pe-status pe-status--problem' : 'pe-status'} data-testid="save-status">
        {status}
      </span>
    </div>
  );
}
