/**
 * Storage items, one per key, versioned. Everything read is parsed: storage can hold whatever an
 * older version or another tool wrote. CRM field values are never stored.
 *
 * `local:playbook` is what the user saved; `local:activePlaybook` is the playbook in force, resolved
 * by the background worker (which knows every source and the embedded default). Content scripts read
 * only the latter, so the default playbook is not bundled into every CRM tab.
 */
import { storage } from 'wxt/utils/storage';
import { ACTIVITY_KEY } from '../rep/activity';
import { CRM_SITES_KEY, type CrmSite } from '../crm/sites';
import { ACTIVE_PLAYBOOK_KEY, type ActivePlaybook, type ConfigSyncState, type StoredConfigUrl, type StoredLocalPlaybook } from './keys';

export * from './keys';

export const localPlaybookItem = storage.defineItem<StoredLocalPlaybook | null>('local:playbook', {
  fallback: null,
  version: 1,
});

export const activePlaybookItem = storage.defineItem<ActivePlaybook | null>(`local:${ACTIVE_PLAYBOOK_KEY}`, {
  fallback: null,
  version: 1,
});

/** The config URL set in the options page; null when none. */
export const configUrlItem = storage.defineItem<StoredConfigUrl | null>('local:configUrl', {
  fallback: null,
  version: 1,
});

/** The config-URL follower's state: last good playbook from the URL, ETag, last success and error. */
export const configSyncItem = storage.defineItem<ConfigSyncState | null>('local:configSync', {
  fallback: null,
  version: 1,
});

/** CRM sites the manager added (origins granted at run time). Holds origins and settings, never CRM data. */
export const crmSitesItem = storage.defineItem<CrmSite[]>(`local:${CRM_SITES_KEY}`, {
  fallback: [],
  version: 1,
});

/** This week's activity counters (lib/rep/activity.ts): counts only, no CRM data. */
export const activityItem = storage.defineItem<unknown>(`local:${ACTIVITY_KEY}`, { fallback: {}, version: 1 });
