/** Playbook files: reading text a manager imports or pastes, and writing the exported file. */
import { formatNumber, t } from '../i18n';
import { describeIssues } from './form/places';
import { migratePlaybook } from './migrate';
import { parsePlaybook, type Playbook, type ValidationIssue } from './schema';

/** Larger files are refused before parsing: a playbook is a few dozen KB at most. */
export const MAX_PLAYBOOK_BYTES = 512 * 1024;

/** Relative, so an editor finds the schema when it sits next to the playbook (README says where to get it). */
export const PLAYBOOK_SCHEMA_URL = './playbook.schema.json';

/** A playbook from outside, or every problem with it: by path, and as lines a manager reads. */
export type ReadResult = { ok: true; playbook: Playbook } | { ok: false; issues: ValidationIssue[]; lines: string[] };

/** A problem with the file as a whole (not JSON, too large): its message is the whole line. */
const fileProblem = (message: string): ReadResult => ({ ok: false, issues: [{ path: '', message }], lines: [message] });

/**
 * A playbook that comes from outside the editor (an imported file, the config URL, policy, storage):
 * older formats are brought forward first, then the schema judges the result, and each problem is
 * named by where it is in that input ("Criterion 2 “…” › Weight: must be at most 100").
 */
export function readPlaybook(value: unknown): ReadResult {
  const migrated = migratePlaybook(value);
  const parsed = parsePlaybook(migrated);
  return parsed.ok ? parsed : { ok: false, issues: parsed.issues, lines: describeIssues(parsed.issues, migrated) };
}

export function parsePlaybookText(text: string): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PLAYBOOK_BYTES) {
    return fileProblem(t('editor_io_too_large', formatNumber(Math.ceil(bytes / 1024)), formatNumber(MAX_PLAYBOOK_BYTES / 1024)));
  }
  // An empty file is its own problem, not the engine's "Unexpected end of JSON input".
  if (!text.trim()) return fileProblem(t('editor_io_empty'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // The detail is the JavaScript engine's own message (not translatable here).
    return fileProblem(t('editor_io_not_json', error instanceof Error ? error.message : String(error)));
  }
  return readPlaybook(json);
}

/** The first few problem lines joined for a one-line status, and how many more there are. */
export function firstProblems(lines: readonly string[], shown = 3): { listed: string; more: number } {
  return { listed: lines.slice(0, shown).join('; '), more: Math.max(0, lines.length - shown) };
}

/** The exported file: `$schema` first so editors offer completion. */
/** The file a manager shares: `$schema` first so editors offer completion; `updatedAt` filled in if the playbook has none. */
export function exportPlaybook(playbook: Playbook, now: Date = new Date()): string {
  const { $schema: _ignored, ...rest } = playbook;
  return `${JSON.stringify({ $schema: PLAYBOOK_SCHEMA_URL, ...rest, updatedAt: playbook.updatedAt ?? now.toISOString().slice(0, 10) }, null, 2)}\n`;
}

export function playbookFileName(playbook: Playbook): string {
  const slug = playbook.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'playbook';
  return `${slug}-${playbook.version.replace(/[^0-9a-z.]+/gi, '-')}.playcard.json`;
}
