/**
 * Every place Playcard keeps anything: each key of `storage.local` and `storage.session`, and each
 * record of the trusted store (the extension origin's IndexedDB, lib/storage/trusted.ts). One
 * entry per key: its area, what it holds, who writes it, how a reader parses it, and its version.
 *
 * The keys themselves stay exported where their logic lives (content scripts import those small
 * files, not this one, which would pull every parser into each CRM tab). This file only lists them;
 * test/unit/storage-inventory.test.ts fails when source code uses a storage key that is not here,
 * or when an entry here is no longer used.
 *
 * Rules the entries keep (docs/ARCHITECTURE.md, "Where settings live"):
 * - `local` never holds CRM values (field values, names): only settings copies, counters, ids.
 * - `session` (memory only) holds CRM values in one place: the remembered linked records.
 * - Every read parses (`parse` below): nothing read from any area is trusted as stored.
 * - A shape change bumps `version` and adds a WXT migration (`storage.defineItem({ version,
 *   migrations })`) for WXT items, or a parser that still reads the old shape for raw keys.
 */
import { ACTIVITY_KEY, parseActivity, parseReviewedToday, REVIEWED_TODAY_KEY } from '../rep/activity';
import { ASKED_QUESTIONS_KEY, parseAskedStore } from '../rep/asked-questions';
import { parseSidebarPrefs, SIDEBAR_PREFS_KEY } from '../rep/sidebar-prefs';
import { DISPLAY_MODE_KEY, parseDisplayMode } from '../rep/display-mode';
import { parseMemory, REMEMBERED_KEY } from '../remember/memory';
import { CRM_SITES_KEY, parseCrmSites } from '../crm/sites';
import { ACTIVE_PLAYBOOK_KEY, parseActivePlaybook } from './keys';
import { parseStorageProblems, STORAGE_PROBLEMS_KEY } from './problems';
import { LEGACY_LOCAL_KEYS, TRUSTED_PARSERS, type TrustedKey } from './trusted';

export type StorageArea = 'local' | 'session' | 'trusted';

export interface StorageEntry {
  area: StorageArea;
  key: string;
  /** What it holds, in words; `crmValues` says whether CRM field values are among it. */
  holds: string;
  crmValues: boolean;
  /** Who writes it. */
  writers: string;
  /** How every reader parses it. Undefined only for retired keys (removed, never read as truth). */
  parse?: (value: unknown) => unknown;
  /**
   * `wxt`: a WXT storage item (lib/storage/items.ts) with this version and its migrations;
   * `raw`: read and written by key (content scripts: no WXT storage code per tab; session keys),
   * the parser reads every shape the key ever had. The trusted store's database version is 1.
   */
  version: { kind: 'wxt' | 'raw'; version: number; migrations: string[] };
  /** A key an older version wrote: removed on upgrade, never read as truth. */
  retired?: string;
}

const v1 = (kind: 'wxt' | 'raw') => ({ kind, version: 1, migrations: [] });

export const STORAGE_INVENTORY: readonly StorageEntry[] = [
  // storage.local: on disk, writable by every content script. Copies, counters and ids; no CRM values.
  {
    area: 'local',
    key: ACTIVE_PLAYBOOK_KEY,
    holds: "Content scripts' read-only copy of the playbook in force (playbook, origin, sync status)",
    crmValues: false,
    writers: 'background (refreshActivePlaybook), rewritten from the trusted store on any change',
    parse: parseActivePlaybook,
    version: v1('wxt'),
  },
  {
    area: 'local',
    key: CRM_SITES_KEY,
    holds: "Content scripts' read-only copy of the CRM sites (origin, reader, kind, URL text)",
    crmValues: false,
    writers: 'background (publishCrmSites), rewritten from the trusted store on any change',
    parse: parseCrmSites,
    version: v1('wxt'),
  },
  {
    area: 'local',
    key: ACTIVITY_KEY,
    holds: 'Activity counters per ISO week, eight weeks: reviewed by tier, calls prepared, questions asked',
    crmValues: false,
    writers: 'background (activity messages), popup (reset)',
    parse: parseActivity,
    version: v1('wxt'),
  },
  {
    area: 'local',
    key: ASKED_QUESTIONS_KEY,
    holds: 'Ticked discovery-question ids per record key (a digest of CRM + record id, never the id), 30 days',
    crmValues: false,
    writers: 'content scripts (lib/content/runtime.ts)',
    parse: parseAskedStore,
    version: v1('raw'),
  },
  {
    area: 'local',
    key: SIDEBAR_PREFS_KEY,
    holds: "The rep's sidebar layout (dock side, collapsed)",
    crmValues: false,
    writers: 'content scripts (lib/content/runtime.ts)',
    parse: parseSidebarPrefs,
    version: v1('raw'),
  },
  {
    area: 'local',
    key: DISPLAY_MODE_KEY,
    holds: "Where the rep wants the cards: 'in-page' (default) or 'side-panel'",
    crmValues: false,
    writers: 'content scripts (the sidebar header, lib/content/runtime.ts), the popup, the side panel page',
    parse: parseDisplayMode,
    version: v1('raw'),
  },
  ...(['configUrl', 'playbook', 'configSync'] as const).map(
    (key): StorageEntry => ({
      area: 'local',
      key: LEGACY_LOCAL_KEYS[key],
      holds: `An older version's ${key} setting`,
      crmValues: false,
      writers: 'none (older versions)',
      version: v1('wxt'),
      retired: 'moved to the trusted store and removed by migrateFromLocal (lib/storage/trusted.ts)',
    }),
  ),
  // storage.session: memory only, extension pages and the background only (TRUSTED_CONTEXTS).
  {
    area: 'session',
    key: REMEMBERED_KEY,
    holds: 'Remembered linked records: canonical field values of company/contact pages the rep opened, 12 h, 200 at most',
    crmValues: true,
    writers: 'background (lib/remember/background.ts)',
    parse: parseMemory,
    version: v1('raw'),
  },
  {
    area: 'session',
    key: REVIEWED_TODAY_KEY,
    holds: "Today's record keys already counted as reviewed",
    crmValues: false,
    writers: 'background (activity messages)',
    parse: parseReviewedToday,
    version: v1('raw'),
  },
  {
    area: 'session',
    key: STORAGE_PROBLEMS_KEY,
    holds: 'Storage writes that failed, per kind (settings, repCopy, activity), with why',
    crmValues: false,
    writers: 'background, options (reportedWrite)',
    parse: parseStorageProblems,
    version: v1('raw'),
  },
  // The trusted store: IndexedDB `playcard-settings`, object store `settings`; background and extension pages only.
  ...(
    [
      ['configUrl', 'The config URL set in the options page (a policy URL is not stored)', 'options'],
      ['playbook', 'The playbook saved in the options page (editor or imported file)', 'options'],
      ['crmSites', 'The CRM sites the manager added', 'options'],
      ['configSync', "The config-URL follower's state: last good playbook, ETag, last success and error", 'background (lib/config/sync.ts)'],
      ['migratedFromLocal', 'Set once the older storage.local settings were moved here', 'background (migrateFromLocal)'],
    ] as const satisfies readonly (readonly [TrustedKey, string, string])[]
  ).map(
    ([key, holds, writers]): StorageEntry => ({ area: 'trusted', key, holds, crmValues: false, writers, parse: TRUSTED_PARSERS[key], version: v1('raw') }),
  ),
];

/** The inventory's entry for a key in an area, if it has one. */
export function inventoryEntry(area: StorageArea, key: string): StorageEntry | undefined {
  return STORAGE_INVENTORY.find((entry) => entry.area === area && entry.key === key);
}
