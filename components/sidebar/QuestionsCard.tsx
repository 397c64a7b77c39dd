import type { SelectedQuestion } from '../../lib/scoring/select';
import { Card } from '../ui/Card';
import { fieldLabel } from './field-labels';

const REASON_TEXT = {
  'fills-unknown': 'Fills a gap',
  stage: 'For this stage',
  persona: 'For this role',
  general: '',
} as const;

interface QuestionsCardProps {
  questions: SelectedQuestion[];
  onToggleAsked?: (questionId: string, asked: boolean) => void;
  onCopy?: () => void;
  copyStatus?: string;
  limit?: number;
}

export function QuestionsCard({ questions, onToggleAsked, onCopy, copyStatus, limit = 8 }: QuestionsCardProps) {
  const shown = questions.slice(0, limit);
  return (
    <Card name="questions" title="Ask next" summary={questions.length ? String(questions.length) : undefined}>
      {shown.length === 0 ? (
        <p class="pc-muted">No questions for this record in the playbook.</p>
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
                {[REASON_TEXT[reason], fills.length ? `→ ${fills.map(fieldLabel).join(', ').toLowerCase()}` : '', question.framework ?? '', question.category]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      {onCopy && shown.length > 0 && (
        <div class="pc-actions">
          <button type="button" class="pc-button" onClick={onCopy}>
            Copy call plan
          </button>
          <span class="pc-muted" role="status">
            {copyStatus}
          </span>
        </div>
      )}
    </Card>
  );
}
