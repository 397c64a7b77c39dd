/**
 * The content script's view of the playbook in force. Reads `local:activePlaybook` through the
 * plain storage API rather than WXT's storage items: the items are defined (and migrated) by the
 * background and options page, and the item machinery would add ~2.5 KB gzip to every CRM tab.
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
