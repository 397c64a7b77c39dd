/**
 * The content script's view of the playbook in force: `local:activePlaybook`, the read-only copy
 * the background rewrites from the trusted store (lib/storage/trusted.ts) on every change. Read
 * through the plain storage API rather than WXT's storage items, which would add ~2.5 KB gzip to
 * every CRM tab. Extension pages do not use this: they read the trusted store
 * (watchTrustedActivePlaybook in lib/config/active-playbook.ts).
 */
import { browser } from 'wxt/browser';
import { ACTIVE_PLAYBOOK_KEY, parseActivePlaybook, type ActivePlaybook } from '../storage/keys';

/** Calls back with the valid playbook in force now and whenever it changes. Returns the unwatch. */
export function watchActivePlaybook(onChange: (active: ActivePlaybook) => void): () => void {
  let changedMeanwhile = false;
  const deliver = (value: unknown) => {
    const active = parseActivePlaybook(value);
    if (active) onChange(active);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_PLAYBOOK_KEY in changes)) return;
    changedMeanwhile = true;
    deliver(changes[ACTIVE_PLAYBOOK_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  void browser.storage.local.get(ACTIVE_PLAYBOOK_KEY).then((stored) => {
    if (!changedMeanwhile) deliver(stored[ACTIVE_PLAYBOOK_KEY]);
  });
  return () => browser.storage.onChanged.removeListener(listener);
}
