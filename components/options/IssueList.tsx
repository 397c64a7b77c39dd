import { tn } from '../../lib/i18n';

/** A refused playbook's problems, one line each, named as the editor names them. */
export function IssueList({ lines, testId, heading }: { lines: readonly string[]; testId: string; heading?: string }) {
  if (lines.length === 0) return null;
  return (
    <div class="op-issues" role="alert" data-testid={testId}>
      {heading && <p data-testid={`${testId}-heading`}>{heading}</p>}
      <p>{tn('options_issues_summary', lines.length)}</p>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
