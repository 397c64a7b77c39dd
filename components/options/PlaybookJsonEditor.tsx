import { useEffect, useMemo, useState } from 'preact/hooks';
import { parsePlaybookText, serializePlaybook } from '../../lib/playbook/io';
import { browserSelectorCheck, lintPlaybook } from '../../lib/playbook/lint';
import type { Playbook } from '../../lib/playbook/schema';
import { IssueList } from './IssueList';

/** The playbook as JSON for power users: validated as they type, saved only when valid. */
export function PlaybookJsonEditor({ playbook, onSave }: { playbook: Playbook; onSave: (playbook: Playbook) => Promise<void> }) {
  const saved = useMemo(() => serializePlaybook(playbook), [playbook]);
  const [text, setText] = useState(saved);
  const [status, setStatus] = useState('');
  const dirty = text !== saved;
  // A playbook saved elsewhere (import, another tab) replaces the text unless the user is editing.
  useEffect(() => {
    if (!dirty) setText(saved);
  }, [saved]);
  const result = useMemo(() => parsePlaybookText(text), [text]);
  const warnings = useMemo(() => (result.ok ? lintPlaybook(result.playbook, browserSelectorCheck(document)) : []), [result]);

  return (
    <section class="op-panel" aria-labelledby="op-json-title">
      <h2 id="op-json-title">Edit as JSON</h2>
      <textarea
        class="op-json"
        spellcheck={false}
        aria-label="Playbook JSON"
        data-testid="playbook-json"
        value={text}
        onInput={(event) => {
          setText((event.currentTarget as HTMLTextAreaElement).value);
          setStatus('');
        }}
      />
      <div class="op-row">
        <button
          type="button"
          class="op-primary"
          data-testid="save"
          disabled={!dirty || !result.ok}
          onClick={async () => {
            if (!result.ok) return;
            await onSave(result.playbook);
            setStatus('Saved. Open CRM tabs update now.');
          }}
        >
          Save
        </button>
        <button type="button" disabled={!dirty} onClick={() => setText(saved)}>
          Discard changes
        </button>
        <span role="status" class="op-success" data-testid="save-status">
          {status || (dirty && result.ok ? 'Valid, not saved yet.' : '')}
        </span>
      </div>
      {!result.ok && <IssueList issues={result.issues} testId="json-issues" />}
      {warnings.length > 0 && (
        <div class="op-warnings" role="status" data-testid="json-warnings">
          <ul>
            {warnings.map((warning) => (
              <li key={warning.path}>
                <code>{warning.path}</code> {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
