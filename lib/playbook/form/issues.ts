/** The index that maps `parsePlaybook` issues back to the control at fault, and their wording. */
import type { ValidationIssue } from '../schema';
import { formatNumber, t, tn } from '../../i18n';
import type { Path } from './paths';

export class IssueIndex {
  readonly all: ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    this.all = issues.map((issue) => ({ path: issue.path, message: humanMessage(issue.message) }));
  }
  /** Issues about exactly this value. */
  at(path: Path): string[] {
    return this.all.filter((issue) => issue.path === path).map((issue) => issue.message);
  }
  /** Issues about this value or anything inside it. */
  under(path: Path): ValidationIssue[] {
    return this.all.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
  }
  /** Issues inside a value, as messages prefixed with the position within (for list controls). */
  within(path: Path): string[] {
    return this.under(path).map((issue) => {
      const rest = issue.path.slice(path.length + 1);
      return /^\d+$/.test(rest) ? t('editor_issue_line', formatNumber(Number(rest) + 1), issue.message) : issue.message;
    });
  }
}

const number = (text: string) => (Number.isFinite(Number(text)) ? formatNumber(Number(text)) : text);

/**
 * zod's messages, reworded for people who do not read types and put in the UI language. zod writes
 * them in its own locale (English, or German once the options page switches it), so both are matched.
 */
export function humanMessage(message: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^Too small: expected string to have >=1 characters?$/, () => t('editor_msg_required')],
    [/^Too big: expected string to have <=(\d+) characters?$/, (m) => tn('editor_msg_max_chars', Number(m[1]))],
    [/^Too small: expected number to be >=(.+)$/, (m) => t('editor_msg_min_number', number(m[1]!))],
    [/^Too big: expected number to be <=(.+)$/, (m) => t('editor_msg_max_number', number(m[1]!))],
    [/^Too small: expected array to have >=1 items?$/, () => t('editor_msg_add_at_least_1')],
    [/^Too big: expected array to have <=(\d+) items?$/, (m) => tn('editor_msg_max_entries', Number(m[1]))],
    [/^Invalid input: expected int, received number$/, () => t('editor_msg_whole_number')],
    [/^Invalid input: expected number, received (undefined|NaN|null)$/, () => t('editor_msg_enter_number')],
    [/^Invalid input: expected (string|array), received undefined$/, () => t('editor_msg_required')],
    // zod.locales.de()
    [/^Zu klein: erwartet, dass string >=1 Zeichen hat$/, () => t('editor_msg_required')],
    [/^Zu groß: erwartet, dass string <=(\d+) Zeichen hat$/, (m) => tn('editor_msg_max_chars', Number(m[1]))],
    [/^Zu klein: erwartet, dass number >=(.+) ist$/, (m) => t('editor_msg_min_number', number(m[1]!))],
    [/^Zu groß: erwartet, dass number <=(.+) ist$/, (m) => t('editor_msg_max_number', number(m[1]!))],
    [/^Zu klein: erwartet, dass array >=1 Elemente hat$/, () => t('editor_msg_add_at_least_1')],
    [/^Zu groß: erwartet, dass array <=(\d+) Elemente hat$/, (m) => tn('editor_msg_max_entries', Number(m[1]))],
    [/^Ungültige Eingabe: erwartet int, erhalten Zahl$/, () => t('editor_msg_whole_number')],
    [/^Ungültige Eingabe: erwartet Zahl, erhalten (undefined|NaN|null)$/, () => t('editor_msg_enter_number')],
    [/^Ungültige Eingabe: erwartet (string|Array), erhalten undefined$/, () => t('editor_msg_required')],
  ];
  for (const [pattern, rewrite] of rules) {
    const match = message.match(pattern);
    if (match) return rewrite(match);
  }
  return message;
}
