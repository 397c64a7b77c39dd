import { useEffect, useState } from 'preact/hooks';
import { PlaybookJsonEditor } from '../../components/options/PlaybookJsonEditor';
import { ImportExport } from '../../components/options/ImportExport';
import { PlaybookStatus } from '../../components/options/PlaybookStatus';
import type { Playbook } from '../../lib/playbook/schema';
import { refreshActivePlaybook, resetToDefaultPlaybook, saveLocalPlaybook } from '../../lib/active-playbook';
import { watchActivePlaybook } from '../../lib/active-playbook-feed';
import type { ActivePlaybook } from '../../lib/storage-schema';

/** Wiring only: storage in, storage out; the components below take plain props. */
export function App() {
  const [active, setActive] = useState<ActivePlaybook | null>(null);
  useEffect(() => {
    const unwatch = watchActivePlaybook(setActive);
    void refreshActivePlaybook();
    return unwatch;
  }, []);
  if (!active) return <main class="op-main">Loading…</main>;
  return (
    <main class="op-main">
      <h1>Playcard playbook</h1>
      <PlaybookStatus active={active} onReset={() => resetToDefaultPlaybook()} />
      <ImportExport playbook={active.playbook} onImport={(playbook: Playbook) => saveLocalPlaybook(playbook, 'file')} />
      <PlaybookJsonEditor playbook={active.playbook} onSave={(playbook: Playbook) => saveLocalPlaybook(playbook, 'editor')} />
    </main>
  );
}
