/**
 * The content script's view of the playbook in force: `local:activePlaybook`, the read-only copy
 * the background rewrites from the trusted store (lib/storage/trusted.ts) on every change. Read
 * through the plain storage API rather than WXT's storage items, which would add ~2.5 KB gzip to
 * every CRM tab. Extension pages do not use this: they read the trusted store
 * (watchTrustedActivePlaybook in lib/config/active-playbook.ts).
 *
 * Any content script can write storage.local, so a compromised tab can write a forged copy, which
 * the background restores within milliseconds. A change of the copy is therefore only a cue: what
 * is delivered is what the background answers from the trusted store (`confirm`). The first read
 * takes the copy at once (the cards must not wait for a round trip) and is confirmed beside it.
 */
import { browser } from 'wxt/browser';
import { ACTIVE_PLAYBOOK_KEY, parseActivePlaybook, type ActivePlaybook } from '../storage/keys';

/** Content script → background: the playbook in force, from the trusted store (the reply is an ActivePlaybook). */
export const ACTIVE_PLAYBOOK_REQUEST = { type: 'active-playbook' } as const;

/**
 * Calls back with the valid playbook in force now and whenever it changes. `confirm` asks the
 * background for it; without one (tests of the copy alone), the copy is taken as it is.
 * Returns the unwatch.
 */
export function watchActivePlaybook(onChange: (active: ActivePlaybook) => void, confirm?: () => Promise<unknown>): () => void {
  let changedMeanwhile = false;
  let lastDelivered: string | undefined;
  let asked = 0;
  let stopped = false;
  const deliver = (value: unknown) => {
    const active = parseActivePlaybook(value);
    if (!active || stopped) return;
    // The same playbook again (a confirmation, a restored copy) renders nothing new.
    const text = JSON.stringify(active);
    if (text === lastDelivered) return;
    lastDelivered = text;
    onChange(active);
  };
  const ask = () => {
    if (!confirm) return;
    const mine = ++asked;
    // Only the latest question's answer counts: an earlier one may arrive after it.
    void confirm().then(
      (answer) => mine === asked && deliver(answer),
      () => undefined,
    );
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_PLAYBOOK_KEY in changes)) return;
    changedMeanwhile = true;
    if (confirm) ask();
    else deliver(changes[ACTIVE_PLAYBOOK_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  void browser.storage.local.get(ACTIVE_PLAYBOOK_KEY).then((stored) => {
    if (!changedMeanwhile) deliver(stored[ACTIVE_PLAYBOOK_KEY]);
  });
  ask();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
