import { useState } from 'preact/hooks';
import { formatNumber, t, tn, type MessageKey } from '../../lib/i18n';
import type { QuestionReason, SelectedQuestion } from '../../lib/scoring/select';
import { Card } from '../ui/Card';
import { categoryName } from '../ui/question-category';
import { fieldList } from './field-labels';

const REASON_TEXT: Record<QuestionReason, MessageKey | null> = {
  'fills-unknown': 'sidebar_questionReason_fillsUnknown',
  stage: 'sidebar_questionReason_stage',
  persona: 'sidebar_questionReason_persona',
  general: null,
};

interface QuestionsCardProps {
  questions: SelectedQuestion[];
  onToggleAsked?: (questionId: string, asked: boolean) => void;
  onCopy?: () => void;
  copyStatus?: string;
  /** How many show before "Show all N"; ticked ones keep their place and count among them. */
  limit: number;
}

export function QuestionsCard({ questions, onToggleAsked, onCopy, copyStatus, limit }: QuestionsCardProps) {
  const [all, setAll] = useState(false);
  const cut = !all && questions.length > limit;
  const shown = cut ? questions.slice(0, limit) : questions;
  // The count beside the title is what the list shows: "8 of 14" while cut, never a bigger number alone.
  const count = cut ? t('sidebar_questionsShown', formatNumber(shown.length), formatNumber(questions.length)) : formatNumber(questions.length);
  const countLabel = cut
    ? t('sidebar_questionsShownLabel', formatNumber(shown.length), formatNumber(questions.length))
    : tn('sidebar_questionCount', questions.length);
  return (
    <Card name="questions" title={t('sidebar_questionsTitle')} summary={questions.length ? count : undefined} summaryLabel={countLabel}>
      {shown.length === 0 ? (
        <p class="pc-muted">{t('sidebar_noQuestions')}</p>
      ) : (
        <ol class="pc-questions">
          {shown.map(({ question, reason, fills, asked }) => (
            <li key={question.id} class={asked ? 'pc-question pc-question--asked' : 'pc-question'} data-question={question.id}>
              <label>
                <input
                  type="checkbox"
                  checked={asked}
                  disabled={!onToggleAsked}
                  onChange={(event) => onToggleAsked?.(question.id, (event.currentTarget as HTMLInputElement).checked)}
                />
                <span class="pc-question__text">{question.text}</span>
              </label>
              <span class="pc-question__meta">
                {[
                  REASON_TEXT[reason] ? t(REASON_TEXT[reason]) : '',
                  fills.length ? `→ ${fieldList(fills)}` : '',
                  // Frameworks are acronyms (SPIN, BANT, MEDDIC), the same in every language.
                  question.framework ?? '',
                  categoryName(question.category),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      {questions.length > limit && (
        <button type="button" class="pc-link-button" data-action="all-questions" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('sidebar_showFewerQuestions') : t('sidebar_showAllQuestions', formatNumber(questions.length))}
        </button>
      )}
      {onCopy && shown.length > 0 && (
        <div class="pc-actions">
          <button type="button" class="pc-button" onClick={onCopy}>
            {t('sidebar_copyCallPlan')}
          </button>
          <span class="pc-muted" role="status">
            {copyStatus}
          </span>
        </div>
      )}
    </Card>
  );
}
