/**
 * Storage items in `storage.local`, one per key, versioned. Everything read is parsed: storage can
 * hold whatever an older version or another tool wrote. CRM field values are never stored.
 *
 * `storage.local` is writable by every content script (and by a compromised renderer), so the
 * settings that change what reps see are not kept here but in the trusted store
 * (lib/storage/trusted.ts, the extension origin's IndexedDB). What is here for them are read-only
 * copies for content scripts: `local:activePlaybook` (the playbook in force) and `local:crmSites`
 * (the sites' chosen readers), rewritten by the background from the trusted store on every change,
 * theirs or anyone's, and never read back as truth by the background or an extension page.
 */
import { storage } from 'wxt/utils/storage';
import { ACTIVITY_KEY } from '../rep/activity';
import { CRM_SITES_KEY, type CrmSite } from '../crm/sites';
import { ACTIVE_PLAYBOOK_KEY, type ActivePlaybook } from './keys';

export * from './keys';

/** Content scripts' copy of the playbook in force. Written by the background and options page only. */
export const activePlaybookItem = storage.defineItem<ActivePlaybook | null>(`local:${ACTIVE_PLAYBOOK_KEY}`, {
  fallback: null,
  version: 1,
});

/** Content scripts' copy of the CRM sites (origins and settings, never CRM data). Written by the background and options page only. */
export const crmSitesItem = storage.defineItem<CrmSite[]>(`local:${CRM_SITES_KEY}`, {
  fallback: [],
  version: 1,
});

/** This week's activity counters (lib/rep/activity.ts): counts only, no CRM data. */
export const activityItem = storage.defineItem<unknown>(`local:${ACTIVITY_KEY}`, { fallback: {}, version: 1 });
