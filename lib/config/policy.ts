/**
 * Enterprise policy: what IT deploys through `storage.managed` (Chrome/Edge policy for extensions,
 * Firefox `3rdparty` policies). Keys, described for Chrome by public/managed-schema.json:
 * - `playbook`: the playbook itself, as an object or as a JSON string of one (a registry REG_SZ);
 * - `configUrl`: a config URL every rep follows (fetched without asking for a host permission, so
 *   the server must send CORS headers);
 * - `locked`: the options page becomes read-only; the rep's own playbook and config URL are ignored;
 * - `rememberLinkedRecords`: `false` turns remembered linked records off (lib/remember/), and forgets them.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { StoredConfigUrl } from '../storage/keys';

export interface ManagedPolicy {
  /** The policy's playbook, JSON-decoded when it was a string; validated by resolveActivePlaybook. */
  playbook?: unknown;
  configUrl?: string;
  locked: boolean;
  /** `false`: accounts and contacts the rep opens are not remembered for the deals that link to them. */
  rememberLinkedRecords?: boolean;
  /** Policy values that could not be used, in words (the UI language when the policy was read). */
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { locked: false, problems: [] };

/** Reads what storage.managed holds. Pure: unknown keys are ignored, wrong types reported. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (!raw || typeof raw !== 'object') return NO_POLICY;
  const values = raw as Record<string, unknown>;
  const policy: ManagedPolicy = { locked: values.locked === true, problems: [] };
  if (typeof values.playbook === 'string') {
    try {
      policy.playbook = JSON.parse(values.playbook);
    } catch {
      policy.problems.push(t('options_policy_playbookNotJson'));
    }
  } else if (values.playbook !== undefined && values.playbook !== null) {
    policy.playbook = values.playbook;
  }
  if (typeof values.rememberLinkedRecords === 'boolean') policy.rememberLinkedRecords = values.rememberLinkedRecords;
  if (typeof values.configUrl === 'string' && values.configUrl.trim()) policy.configUrl = values.configUrl.trim();
  else if (values.configUrl !== undefined && values.configUrl !== '') policy.problems.push(t('options_policy_configUrlNotText'));
  return policy;
}

/** The config URL in force: policy's first; the user's only when policy does not lock the playbook. */
export function effectiveConfigUrl(policy: ManagedPolicy, user: StoredConfigUrl | null | undefined): { url: string; setBy: 'user' | 'policy' } | null {
  if (policy.configUrl) return { url: policy.configUrl, setBy: 'policy' };
  if (user?.url && !policy.locked) return { url: user.url, setBy: 'user' };
  return null;
}

/** Reads storage.managed; no policy (or a browser without managed storage) reads as NO_POLICY. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return NO_POLICY;
    return parseManagedPolicy(await managed.get());
  } catch {
    // Firefox rejects when no policy names the extension; Chrome when managed storage is unavailable.
    return NO_POLICY;
  }
}
