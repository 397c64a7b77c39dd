/** Playbook files: reading text a manager imports or pastes, and writing the exported file. */
import { formatNumber, t } from '../i18n';
import { migratePlaybook } from './migrate';
import { parsePlaybook, type ParseResult, type Playbook } from './schema';

/** Larger files are refused before parsing: a playbook is a few dozen KB at most. */
export const MAX_PLAYBOOK_BYTES = 512 * 1024;

/** Relative, so an editor finds the schema when it sits next to the playbook (README says where to get it). */
export const PLAYBOOK_SCHEMA_URL = './playbook.schema.json';

export function parsePlaybookText(text: string): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PLAYBOOK_BYTES) {
    return {
      ok: false,
      issues: [{ path: '', message: t('editor_io_too_large', formatNumber(Math.ceil(bytes / 1024)), formatNumber(MAX_PLAYBOOK_BYTES / 1024)) }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // The detail is the JavaScript engine's own message (not translatable here).
    return { ok: false, issues: [{ path: '', message: t('editor_io_not_json', error instanceof Error ? error.message : String(error)) }] };
  }
  // Older files (schema version 0) are brought forward first; the schema then judges the result.
  return parsePlaybook(migratePlaybook(json));
}

/** The exported file: `$schema` first so editors offer completion. */
/** The file a manager shares: `$schema` first so editors offer completion; `updatedAt` filled in if the playbook has none. */
export function exportPlaybook(playbook: Playbook, now: Date = new Date()): string {
  const { $schema: _ignored, ...rest } = playbook;
  return `${JSON.stringify({ $schema: PLAYBOOK_SCHEMA_URL, ...rest, updatedAt: playbook.updatedAt ?? now.toISOString().slice(0, 10) }, null, 2)}\n`;
}

/** The playbook as JSON for the editor's JSON view (same layout as the export, without stamping a date). */
export function serializePlaybook(playbook: Playbook): string {
  const { $schema: _ignored, ...rest } = playbook;
  return `${JSON.stringify({ $schema: PLAYBOOK_SCHEMA_URL, ...rest }, null, 2)}\n`;
}

export function playbookFileName(playbook: Playbook): string {
  const slug = playbook.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'playbook';
  return `${slug}-${playbook.version.replace(/[^0-9a-z.]+/gi, '-')}.playcard.json`;
}
