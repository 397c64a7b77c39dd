import { t } from '../../lib/i18n';
import type { StorageProblem } from '../../lib/storage/problems';

/** Failed storage writes, where the manager (options) and the rep (popup) look. Nothing when all went well. */
export function StorageProblems({ problems, class: className = 'op-error' }: { problems: readonly StorageProblem[]; class?: string }) {
  if (!problems.length) return null;
  return (
    <div role="alert" class={className} data-testid="storage-problems">
      <strong>{t('storage_problems_title')}</strong>
      <ul>
        {problems.map((problem) => (
          <li key={problem.kind} data-problem={problem.kind}>
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
