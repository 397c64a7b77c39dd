/** Save from the editor, remembering the playbook it replaced so "Undo last save" can bring it back. */
import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { resetToDefaultPlaybook, saveLocalPlaybook } from '../../../lib/config/active-playbook';
import type { Playbook } from '../../../lib/playbook/schema';
import type { ActivePlaybook } from '../../../lib/storage/keys';

export function useUndoableSave(active: ActivePlaybook) {
  // One level, for this page's life: the playbook in force before the last save from this editor.
  const [previous, setPrevious] = useState<ActivePlaybook | null>(null);
  const onSave = async (playbook: Playbook) => {
    setPrevious(active);
    await saveLocalPlaybook(playbook, 'editor');
  };
  const onUndo = previous
    ? async () => {
        if (previous.origin === 'default') await resetToDefaultPlaybook();
        else await saveLocalPlaybook(previous.playbook, previous.savedFrom ?? 'editor');
        setPrevious(null);
      }
    : undefined;
  const undoText = previous ? t('editor_undo_title', previous.playbook.name, previous.playbook.version) : t('editor_undo_nothing');
  return { onSave, onUndo, undoText };
}
