/** Save from the editor, remembering the playbook it replaced so "Undo last save" can bring it back. */
import { useState } from 'preact/hooks';
import { resetToDefaultPlaybook, saveLocalPlaybook } from '../../../lib/active-playbook';
import type { Playbook } from '../../../lib/playbook/schema';
import type { ActivePlaybook } from '../../../lib/storage-schema';

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
  const undoText = previous ? `Go back to “${previous.playbook.name}” version ${previous.playbook.version}` : 'Nothing saved from this page yet';
  return { onSave, onUndo, undoText };
}
