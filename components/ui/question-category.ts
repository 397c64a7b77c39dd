import { t, type MessageKey } from '../../lib/i18n';
import type { QuestionCategory } from '../../lib/playbook/schema';

const CATEGORY_TEXT = {
  'cold-call': 'category_coldCall',
  discovery: 'category_discovery',
  qualification: 'category_qualification',
  closing: 'category_closing',
} as const satisfies Record<QuestionCategory, MessageKey>;

/** "Cold call", "Discovery"…: a question category's name in the UI language, the same wherever it shows (never the playbook's id). */
export function categoryName(category: QuestionCategory): string {
  return t(CATEGORY_TEXT[category]);
}
