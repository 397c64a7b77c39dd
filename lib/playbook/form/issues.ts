/** The index that maps `parsePlaybook` issues back to the control at fault. */
import type { ValidationIssue } from '../schema';
import { formatNumber, t, uiLanguage } from '../../i18n';
import type { Path } from './paths';

/**
 * A message standing on its own under a control starts a sentence ("Must be at most 100"); after a
 * place it follows a colon ("Weight: must be at most 100"), as it is written.
 */
export function asSentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase(uiLanguage()) + message.slice(1);
}

export class IssueIndex {
  readonly all: ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    this.all = [...issues];
  }
  /** Issues about exactly this value, as sentences to show at its control. */
  at(path: Path): string[] {
    return this.all.filter((issue) => issue.path === path).map((issue) => asSentence(issue.message));
  }
  /** Issues about this value or anything inside it. */
  under(path: Path): ValidationIssue[] {
    return this.all.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
  }
  /** Issues inside a value, as sentences prefixed with the position within (for list controls). */
  within(path: Path): string[] {
    return this.under(path).map((issue) => {
      const rest = issue.path.slice(path.length + 1);
      return /^\d+$/.test(rest) ? t('editor_issue_line', formatNumber(Number(rest) + 1), issue.message) : asSentence(issue.message);
    });
  }
}
