import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PlaybookJsonEditor } from '../../components/options/PlaybookJsonEditor';
import { ImportExport } from '../../components/options/ImportExport';
import { PlaybookStatus } from '../../components/options/PlaybookStatus';
import { CrmSites } from '../../components/options/CrmSites';
import { originPattern, type CrmSite } from '../../lib/crm-sites';
import { crmSitesItem } from '../../lib/storage';
import type { Playbook } from '../../lib/playbook/schema';
import { refreshActivePlaybook, resetToDefaultPlaybook, saveLocalPlaybook } from '../../lib/active-playbook';
import { watchActivePlaybook } from '../../lib/active-playbook-feed';
import type { ActivePlaybook } from '../../lib/storage-schema';

async function addSite(site: CrmSite, pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted) {
    const current = await crmSitesItem.getValue();
    await crmSitesItem.setValue([...current.filter((existing) => existing.origin !== site.origin), site]);
  }
  return granted;
}

async function removeSite(site: CrmSite): Promise<void> {
  const remaining = (await crmSitesItem.getValue()).filter((existing) => existing.origin !== site.origin);
  await crmSitesItem.setValue(remaining);
  await browser.permissions.remove({ origins: [originPattern(site.origin)] });
}

/** Wiring only: storage in, storage out; the components below take plain props. */
export function App() {
  const [active, setActive] = useState<ActivePlaybook | null>(null);
  const [sites, setSites] = useState<CrmSite[]>([]);
  useEffect(() => {
    void crmSitesItem.getValue().then(setSites);
    return crmSitesItem.watch(setSites);
  }, []);
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
      <CrmSites sites={sites} onAdd={addSite} onRemove={removeSite} />
    </main>
  );
}
