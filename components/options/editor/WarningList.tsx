/** Warnings over a valid draft (Save still works): each a link to the control to fix. */
import { t } from '../../../lib/i18n';
import { describePath } from '../../../lib/playbook/form/places';
import type { ValidationIssue } from '../../../lib/playbook/schema';
import { richText } from '../rich-text';

export function WarningList({ warnings, draft, onFocus }: { warnings: ValidationIssue[]; draft: unknown; onFocus: (warning: ValidationIssue) => void }) {
  return (
    <div class="op-warnings" role="status" data-testid="json-warnings">
      <strong>{t('editor_guide_title')}</strong>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index} data-testid="editor-warning" data-warning-path={warning.path}>
            {richText(
              'editor_issue_at',
              <button type="button" class="pe-link" onClick={() => onFocus(warning)}>
                {describePath(warning.path, draft)}
              </button>,
              warning.message,
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
