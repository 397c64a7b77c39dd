/** The draft's problems above the form, each a link to the control at fault. */
import { tn } from '../../../lib/i18n';
import type { IssueIndex } from '../../../lib/playbook/form/issues';
import { describePath } from '../../../lib/playbook/form/places';
import type { ValidationIssue } from '../../../lib/playbook/schema';
import { richText } from '../rich-text';

const SHOWN = 12;

export function IssueSummary({ count, issues, draft, onFocus }: { count: number; issues: IssueIndex; draft: unknown; onFocus: (issue: ValidationIssue) => void }) {
  return (
    <div class="pe-summary" role="alert" data-testid="editor-issues">
      <strong>{tn('editor_problems_count', count)}</strong>
      <ul>
        {issues.all.slice(0, SHOWN).map((issue, index) => (
          <li key={index}>
            {richText(
              'editor_issue_at',
              <button type="button" class="pe-link" onClick={() => onFocus(issue)}>
                {describePath(issue.path, draft)}
              </button>,
              issue.message,
            )}
          </li>
        ))}
        {issues.all.length > SHOWN && <li>{tn('editor_problems_more', issues.all.length - SHOWN)}</li>}
      </ul>
    </div>
  );
}
