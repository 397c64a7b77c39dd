/** Problems that do not make a playbook invalid but that a manager should fix (shown as warnings). */
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
        message: `“${mapping.selector}” is not a valid CSS selector; this mapping will read nothing (the fields card says so too).`,
      });
    }
  });
  return warnings;
}
