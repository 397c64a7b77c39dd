import type { ValidationIssue } from '../../lib/playbook/schema';

export function IssueList({ issues, testId }: { issues: ValidationIssue[]; testId: string }) {
  if (issues.length === 0) return null;
  return (
    <div class="op-issues" role="alert" data-testid={testId}>
      <p>
        {issues.length} problem{issues.length === 1 ? '' : 's'}; nothing was changed:
      </p>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            <code>{issue.path || '(file)'}</code> {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
