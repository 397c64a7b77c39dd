/** Problems that do not make a playbook invalid but that a manager should fix (shown as warnings). */
import { t } from '../i18n';
import type { Playbook, ValidationIssue } from './schema';

/** Whether the browser accepts a CSS selector; injected so this stays free of the DOM. */
export type SelectorCheck = (selector: string) => boolean;

export function browserSelectorCheck(doc: Document): SelectorCheck {
  const probe = doc.createDocumentFragment();
  return (selector) => {
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}

export function lintPlaybook(playbook: Playbook, isValidSelector: SelectorCheck): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  playbook.fieldMappings.forEach((mapping, index) => {
    if (mapping.selector && !isValidSelector(mapping.selector)) {
      warnings.push({
        path: `fieldMappings.${index}.selector`,
        message: t('editor_lint_bad_selector', mapping.selector),
      });
    }
  });
  return warnings;
}
