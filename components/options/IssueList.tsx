import { t, tn } from '../../lib/i18n';
import { humanMessage } from '../../lib/playbook/form/issues';
import type { ValidationIssue } from '../../lib/playbook/schema';

/** A rejected import's problems, worded as the form editor words them. */
export function IssueList({ issues, testId }: { issues: ValidationIssue[]; testId: string }) {
  if (issues.length === 0) return null;
  return (
    <div class="op-issues" role="alert" data-testid={testId}>
      <p>{tn('options_issues_summary', issues.length)}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            <code>{issue.path || t('options_issues_wholeFile')}</code> {humanMessage(issue.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
