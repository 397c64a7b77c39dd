import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { exportPlaybook, parsePlaybookText, playbookFileName } from '../../lib/playbook/io';
import type { Playbook } from '../../lib/playbook/schema';
import { IssueList } from './IssueList';

export function ImportExport({ playbook, onImport, unsavedEdits }: { playbook: Playbook; onImport: (playbook: Playbook) => Promise<void>; unsavedEdits?: boolean }) {
  const [issues, setIssues] = useState<readonly string[]>([]);
  const [refusedFile, setRefusedFile] = useState('');
  const [message, setMessage] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage('');
    const result = parsePlaybookText(await file.text());
    if (!result.ok) {
      setRefusedFile(file.name);
      setIssues(result.lines);
      return;
    }
    setIssues([]);
    try {
      await onImport(result.playbook);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    setMessage(t('options_file_imported', result.playbook.name, result.playbook.version));
  };

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportPlaybook(playbook)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = playbookFileName(playbook);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section class="op-panel" aria-labelledby="op-file-title">
      <h3 id="op-file-title">{t('options_file_title')}</h3>
      <p class="op-muted">{t('options_file_intro')}</p>
      <div class="op-row">
        <button type="button" onClick={exportFile} data-testid="export">
          {t('options_file_export')}
        </button>
        <label class="op-file">
          {t('options_file_import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {unsavedEdits && (
        <p class="op-warning-note" data-testid="export-unsaved">
          <a href="#playbook">{t('options_file_unsavedEdits')}</a>
        </p>
      )}
      <p class="op-success" role="status" data-testid="import-message">
        {message}
      </p>
      <IssueList lines={issues} testId="import-issues" heading={t('options_file_refused', refusedFile)} />
    </section>
  );
}
