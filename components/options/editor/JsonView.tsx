/** The draft as JSON: the form's other face, edited as text. */
import { t } from '../../../lib/i18n';

interface JsonViewProps {
  text: string;
  error: string | null;
  invalid: boolean;
  readOnly?: boolean;
  onText: (text: string) => void;
}

export function JsonView({ text, error, invalid, readOnly, onText }: JsonViewProps) {
  return (
    <>
      <p class="pe-help">{t('editor_json_help')}</p>
      <textarea
        class="op-json"
        spellcheck={false}
        aria-label={t('editor_json_aria')}
        data-testid="playbook-json"
        readOnly={readOnly}
        aria-invalid={error || invalid ? 'true' : undefined}
        value={text}
        onInput={(event) => onText((event.currentTarget as HTMLTextAreaElement).value)}
      />
      {error && (
        <p class="op-error" role="alert" data-testid="json-syntax">
          {t('editor_io_not_json', error)}
        </p>
      )}
    </>
  );
}
