/** Where in the playbook a schema path points, in words a manager reads. */
import { t, type MessageKey } from '../../i18n';
import { getIn } from './paths';

const LIST_NOUNS: Record<string, MessageKey> = {
  'icp.criteria': 'editor_place_criterion',
  'icp.disqualifiers': 'editor_place_disqualifier',
  products: 'editor_place_product',
  differentiators: 'editor_place_differentiator',
  questions: 'editor_place_question',
  fieldMappings: 'editor_place_fieldMapping',
  aliases: 'editor_place_valueAlias',
};

/** "icp.criteria.2.weight" → "Criterion 3 (50–5,000 employees) › weight" (keys after the item stay as in the file). */
const PLACES: Record<string, MessageKey> = {
  name: 'editor_playbook_name_label',
  version: 'editor_playbook_version_label',
  updatedAt: 'editor_place_lastUpdated',
  schemaVersion: 'editor_playbook_schemaVersion_label',
  'icp.tiers': 'editor_icp_tiers_label',
  'icp.minCoverage': 'editor_place_minCoverage',
  'icp.criteria': 'editor_icp_criteria_label',
};

export function describePath(path: string, draft: unknown): string {
  if (!path) return t('editor_place_playbook');
  if (PLACES[path]) return t(PLACES[path]);
  for (const [prefix, noun] of Object.entries(LIST_NOUNS)) {
    const match = path.match(new RegExp(`^${prefix.replace('.', '\\.')}\\.(\\d+)(?:\\.(.*))?$`));
    if (match) {
      const index = Number(match[1]);
      const item = getIn(draft, `${prefix}.${index}`) as Record<string, unknown> | undefined;
      const name = item && ['label', 'name', 'title', 'text', 'value', 'field'].map((k) => item[k]).find((v) => typeof v === 'string' && v);
      const rest = match[2] ? ` › ${match[2].replace(/\.(\d+)/g, (_, n: string) => ` ${Number(n) + 1}`).replace(/\./g, ' › ')}` : '';
      const shortName = name ? (String(name).length > 48 ? `${String(name).slice(0, 46)}…` : String(name)) : '';
      const place = shortName ? t('editor_place_item_named', t(noun), index + 1, shortName) : t('editor_item_numbered', t(noun), index + 1);
      return `${place}${rest}`;
    }
  }
  return path.replace(/\./g, ' › ');
}
