import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { exportPlaybook, MAX_PLAYBOOK_BYTES, parsePlaybookText } from '../../lib/playbook/io';
import { useUiLanguage } from '../setup/i18n';

const messages = (text: string) => {
  const result = parsePlaybookText(text);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
};

describe('parsePlaybookText', () => {
  it('reads an exported playbook back', () => {
    const result = parsePlaybookText(exportPlaybook(DEFAULT_PLAYBOOK, new Date('2026-11-27T00:00:00Z')));
    expect(result.ok).toBe(true);
  });

  it('refuses text that is not JSON, in the UI language', () => {
    expect(messages('{ "name": ')[0]).toMatch(/^Not valid JSON: ./);
    useUiLanguage('de');
    expect(messages('{ "name": ')[0]).toMatch(/^Kein gültiges JSON: ./);
  });

  it('says an empty file is empty, not what the JSON parser says', () => {
    expect(messages('')).toEqual(['The file is empty.']);
    expect(messages(' \n\t')).toEqual(['The file is empty.']);
    useUiLanguage('de');
    expect(messages('')).toEqual(['Die Datei ist leer.']);
  });

  it('refuses a file over the size limit before parsing, with sizes in the UI language', () => {
    const huge = ' '.repeat(MAX_PLAYBOOK_BYTES + 1024 * 1000);
    expect(messages(huge)).toEqual(['The file is 1,512 KB; a playbook may be at most 512 KB.']);
    useUiLanguage('de');
    expect(messages(huge)).toEqual(['Die Datei ist 1.512 KB groß; ein Playbook darf höchstens 512 KB groß sein.']);
  });
});
