import { t } from '../../lib/i18n';
import type { DisplayMode } from '../../lib/rep/display-mode';

interface DisplayChoiceProps {
  /** undefined while the stored choice is read. */
  mode: DisplayMode | undefined;
  onChoose: (mode: DisplayMode) => void;
}

/** Where the cards show: in the page (the default) or in the browser's side panel, which pushes the page aside. */
export function DisplayChoice({ mode, onChoose }: DisplayChoiceProps) {
  return (
    <section class="pp-section" data-testid="popup-display">
      <h2 id="popup-display-heading">{t('popup_display')}</h2>
      <div role="radiogroup" aria-labelledby="popup-display-heading" class="pp-choices">
        {(['in-page', 'side-panel'] as const).map((choice) => (
          <label key={choice} class="pp-choice">
            <input
              type="radio"
              name="display-mode"
              value={choice}
              data-testid={`popup-display-${choice}`}
              checked={mode === choice}
              disabled={mode === undefined}
              onClick={() => onChoose(choice)}
            />{' '}
            {choice === 'in-page' ? t('popup_displayInPage') : t('popup_displaySidePanel')}
          </label>
        ))}
      </div>
      <p class="pp-note pp-muted">{t('popup_displaySidePanelNote')}</p>
    </section>
  );
}
