import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PlaybookEditor } from '../../components/options/editor/PlaybookEditor';
import { useUndoableSave } from '../../components/options/editor/useUndoableSave';
import { ImportExport } from '../../components/options/ImportExport';
import { PlaybookStatus } from '../../components/options/PlaybookStatus';
import { CrmSites } from '../../components/options/CrmSites';
import { Distribution } from '../../components/options/Distribution';
import { InForce } from '../../components/options/InForce';
import { PolicyStatus } from '../../components/options/PolicyStatus';
import { NO_POLICY, readManagedPolicy, type ManagedPolicy } from '../../lib/config/policy';
import { OptionsNav, placeName, useOptionsPlace } from '../../components/options/OptionsNav';
import { backgroundToOptionsSchema, type OptionsToBackground } from '../../lib/messages';
import type { StoredConfigUrl } from '../../lib/storage/keys';
import { originPattern, type CrmSite } from '../../lib/crm/sites';
import { t } from '../../lib/i18n';
import { askForAccess, type AccessOutcome } from '../../lib/config/access-request';
import type { Playbook } from '../../lib/playbook/schema';
import {
  announceSettingsChanged,
  currentCrmSites,
  removeSetting,
  resetToDefaultPlaybook,
  saveLocalPlaybook,
  saveSetting,
  watchTrusted,
  watchTrustedActivePlaybook,
} from '../../lib/config/active-playbook';
import { trustedStore } from '../../lib/storage/trusted';
import { watchStorageProblems, type StorageProblem } from '../../lib/storage/problems';
import { StorageProblems } from '../../components/ui/StorageProblems';
import type { ActivePlaybook } from '../../lib/storage/keys';

/** Asks the background to act on a settings change; rejects with its words when it could not. */
async function tellBackground(message: OptionsToBackground): Promise<void> {
  const answer = backgroundToOptionsSchema.safeParse(await browser.runtime.sendMessage(message));
  if (!answer.success) throw new Error(String(answer.error));
  if (!answer.data.ok) throw new Error(answer.data.error ?? '');
}

/** The settings are written to the trusted store (IndexedDB) here, never to storage.local. */
async function saveSites(sites: CrmSite[]): Promise<void> {
  await saveSetting('crmSites', sites);
  announceSettingsChanged();
  await tellBackground({ type: 'sites-changed' });
}

async function addSite(site: CrmSite, pattern: string): Promise<AccessOutcome> {
  const outcome = await askForAccess(() => browser.permissions.request({ origins: [pattern] }));
  if (outcome.granted) {
    const current = await currentCrmSites();
    await saveSites([...current.filter((existing) => existing.origin !== site.origin), site]).catch(warnNotSaved);
  }
  return outcome;
}

async function removeSite(site: CrmSite): Promise<void> {
  const remaining = (await currentCrmSites()).filter((existing) => existing.origin !== site.origin);
  // Not saved (storage full): the site and its permission stay, and the storage notice says why.
  if (await saveSites(remaining).then(() => true, warnNotSaved)) await browser.permissions.remove({ origins: [originPattern(site.origin)] });
}

/** A failed storage write is already shown in the storage notice (lib/storage/problems.ts). */
function warnNotSaved(error: unknown): false {
  console.warn('[Playcard] not saved', error);
  return false;
}

async function setConfigUrl(url: string, pattern: string): Promise<AccessOutcome> {
  // Asked for the origin only; a refusal still saves (the server may allow Playcard with CORS headers).
  const outcome = await askForAccess(() => browser.permissions.request({ origins: [pattern] }));
  await saveSetting('configUrl', { url, setAt: new Date().toISOString() });
  announceSettingsChanged();
  // The background fetches it now; how that went shows in the sync status.
  void tellBackground({ type: 'sync-now' }).catch((error) => console.warn('[Playcard] sync', error));
  return outcome;
}

async function clearConfigUrl(): Promise<void> {
  await removeSetting('configUrl');
  announceSettingsChanged();
  await tellBackground({ type: 'sync-now' });
}

/** Wiring only: storage in, storage out; the components below take plain props. */
export function App() {
  const [active, setActive] = useState<ActivePlaybook | null>(null);
  const [sites, setSites] = useState<CrmSite[]>([]);
  const [userUrl, setUserUrl] = useState<StoredConfigUrl | null>(null);
  const [problems, setProblems] = useState<StorageProblem[]>([]);
  useEffect(() => watchTrusted(async () => (await trustedStore().get('configUrl')) ?? null, setUserUrl), []);
  useEffect(() => watchTrusted(() => currentCrmSites(), setSites), []);
  useEffect(() => watchStorageProblems(setProblems), []);
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_POLICY);
  const [editorDirty, setEditorDirty] = useState(false);
  useEffect(() => {
    const read = () => void readManagedPolicy().then(setPolicy);
    read();
    const onChange = (_changes: unknown, area: string) => area === 'managed' && read();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  useEffect(() => watchTrustedActivePlaybook(setActive), []);
  const place = useOptionsPlace(active !== null);
  if (!active) return <main class="op-main">{t('options_loading')}</main>;
  const locked = active.locked === true;
  return (
    <>
      <header class="op-header">
        <h1>{t('options_pageTitle')}</h1>
        <InForce active={active} />
        <StorageProblems problems={problems} />
      </header>
      <OptionsNav current={place} />
      <main class="op-main">
        <section id="playbook" class="op-place" aria-labelledby="pe-title">
          <EditorPanel active={active} onDirtyChange={setEditorDirty} />
        </section>
        <section id="distribution" class="op-place" aria-labelledby="op-place-distribution">
          <h2 id="op-place-distribution" class="op-place__title">{placeName('distribution')}</h2>
          <PlaybookStatus active={active} onReset={() => void resetToDefaultPlaybook().catch(warnNotSaved)} />
          {/* A locked policy makes import read-only: a disabled fieldset disables every control inside. */}
          <fieldset class="op-editors" disabled={locked} data-testid="editors">
            <ImportExport playbook={active.playbook} onImport={(playbook: Playbook) => saveLocalPlaybook(playbook, 'file')} unsavedEdits={editorDirty} />
          </fieldset>
          <Distribution active={active} userUrl={userUrl} onSetUrl={setConfigUrl} onClearUrl={clearConfigUrl} onSyncNow={() => tellBackground({ type: 'sync-now' })} />
          <PolicyStatus policy={policy} active={active} />
        </section>
        <section id="crm-sites" class="op-place" aria-labelledby="op-sites-title">
          <CrmSites sites={sites} onAdd={addSite} onRemove={removeSite} />
        </section>
      </main>
    </>
  );
}

/** The form / JSON editor with its live preview; Save remembers what it replaced for "Undo last save". */
function EditorPanel({ active, onDirtyChange }: { active: ActivePlaybook; onDirtyChange: (dirty: boolean) => void }) {
  const { onSave, onUndo, undoText } = useUndoableSave(active);
  const shadowed = !active.locked && (active.origin === 'configUrl' || active.origin === 'policy');
  return (
    <>
      {shadowed && (
        <p class="op-managed" role="note" data-testid="editor-shadowed">
          {t(active.origin === 'policy' ? 'options_playbook_shadowedPolicy' : 'options_playbook_shadowed')}
        </p>
      )}
      <PlaybookEditor saved={active.playbook} onSave={onSave} onUndo={onUndo} undoText={undoText} readOnly={active.locked === true} onDirtyChange={onDirtyChange} />
    </>
  );
}
