import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { browserSelectorCheck, lintPlaybook } from '../../lib/playbook/lint';
import { useUiLanguage } from '../setup/i18n';

describe('lintPlaybook', () => {
  it('warns about a mapping selector the browser rejects, by path, and accepts good ones', () => {
    const playbook = {
      ...DEFAULT_PLAYBOOK,
      fieldMappings: [
        { crm: 'salesforce', field: 'competitor' as const, selector: '[data-target-selection-name$="Rival__c"] .test-id__field-value' },
        { crm: '*', field: 'custom.tier' as const, selector: 'div[[' },
      ],
    };
    expect(lintPlaybook(playbook, browserSelectorCheck(document))).toEqual([
      { path: 'fieldMappings.1.selector', message: expect.stringContaining('not a valid CSS selector') },
    ]);
  });

  it('words the warning in the UI language', () => {
    const playbook = { ...DEFAULT_PLAYBOOK, fieldMappings: [{ crm: '*', field: 'custom.tier' as const, selector: 'div[[' }] };
    expect(lintPlaybook(playbook, () => false)[0]!.message).toBe(
      '“div[[” is not a valid CSS selector; this mapping will read nothing (the fields card says so too).',
    );
    useUiLanguage('de');
    expect(lintPlaybook(playbook, () => false)[0]!.message).toBe(
      '„div[[“ ist kein gültiger CSS-Selektor; diese Zuordnung liest nichts aus (die Felder-Karte weist ebenfalls darauf hin).',
    );
  });
});
