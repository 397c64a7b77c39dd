import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, localeLanguages, readLocaleAreas, readMessages, LOCALES_DIR } from '../../scripts/locales';
import { formatNumber, t, tn } from '../../lib/i18n';
import { fieldLabel } from '../../components/sidebar/field-labels';
import { useUiLanguage } from '../setup/i18n';

const placeholdersOf = (text: string) => [...text.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

describe('locale catalogs', () => {
  const languages = localeLanguages();
  const english = readMessages('en');

  it('ships English and German', () => {
    expect(languages).toEqual(['de', 'en']);
  });

  it('every language has exactly the English messages, area by area', () => {
    const englishAreas = readLocaleAreas('en');
    for (const language of languages) {
      const areas = readLocaleAreas(language);
      expect(Object.keys(areas), language).toEqual(Object.keys(englishAreas));
      for (const [file, catalog] of Object.entries(englishAreas)) {
        expect(Object.keys(areas[file]!).sort(), `${language}/${file}`).toEqual(Object.keys(catalog).sort());
      }
    }
  });

  it('names are valid Chrome message names and every message has text', () => {
    for (const language of languages) {
      for (const [name, entry] of Object.entries(readMessages(language))) {
        expect(name, `${language}: ${name}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(name.startsWith('@@'), name).toBe(false);
        expect(entry.message.trim(), `${language}: ${name}`).not.toBe('');
      }
    }
  });

  it('translations use the same named placeholders, each declared, and no bare $1', () => {
    for (const language of languages) {
      const catalog = readMessages(language);
      for (const [name, entry] of Object.entries(catalog)) {
        const used = placeholdersOf(entry.message);
        expect(used, `${language}: ${name}`).toEqual(placeholdersOf(english[name]!.message));
        expect(entry.message.replace(/\$\$/g, ''), `${language}: ${name} uses a bare $n`).not.toMatch(/\$\d/);
        const declared = Object.keys(english[name]!.placeholders ?? {}).map((key) => key.toLowerCase());
        for (const placeholder of used) expect(declared, `${language}: ${name}`).toContain(placeholder);
        if (language !== 'en') expect(entry.placeholders ?? english[name]!.placeholders, name).toEqual(english[name]!.placeholders);
      }
    }
  });

  it('plural messages come with an _other form in every language', () => {
    for (const language of languages) {
      const names = Object.keys(readMessages(language));
      for (const name of names.filter((n) => /_(zero|one|two|few|many)$/.test(n))) {
        expect(names, `${language}: ${name}`).toContain(name.replace(/_[a-z]+$/, '_other'));
      }
    }
  });

  it('lib/i18n.ts types every English area file', () => {
    const source = readFileSync(join(import.meta.dirname, '../../lib/i18n.ts'), 'utf8');
    for (const file of Object.keys(readLocaleAreas('en'))) expect(source).toContain(`../locales/en/${file}`);
    expect(LOCALES_DIR).toMatch(/locales$/);
  });
});

describe('formatMessage (Chrome getMessage semantics)', () => {
  const catalog = {
    hello: { message: 'Hello $NAME$, you owe $$$AMOUNT$', placeholders: { name: { content: '$1' }, amount: { content: '$2' } } },
  };
  it('fills named placeholders case-insensitively and unescapes $$', () => {
    expect(formatMessage(catalog, 'hello', ['Ada', '5'])).toBe('Hello Ada, you owe $5');
    expect(formatMessage(catalog, 'HELLO', 'Ada')).toBe('Hello Ada, you owe $');
    expect(formatMessage(catalog, 'missing')).toBe('');
  });
});

describe('readMessages', () => {
  const write = (dir: string, language: string, catalog: object) => {
    mkdirSync(join(dir, language), { recursive: true });
    writeFileSync(join(dir, language, 'area.json'), JSON.stringify(catalog));
  };

  it("gives a translation English's placeholders when it leaves them out, as Chrome would not", () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    write(dir, 'en', { greet: { message: 'Hi $WHO$', placeholders: { who: { content: '$1' } } } });
    write(dir, 'de', { greet: { message: 'Hallo $WHO$' } });
    expect(formatMessage(readMessages('de', dir), 'greet', ['Ada'])).toBe('Hallo Ada');
    rmSync(dir, { recursive: true });
  });

  it('refuses two names that differ only in case (Chrome would see one)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    write(dir, 'en', { saveNow: { message: 'Save' }, savenow: { message: 'Save now' } });
    expect(() => readMessages('en', dir)).toThrow(/clashes/);
    rmSync(dir, { recursive: true });
  });
});

describe('t and tn', () => {
  it('speak the UI language and fall back to the key name, not to nothing', () => {
    expect(t('extName')).toBe('Playcard');
    expect(fieldLabel('annualRevenue')).toBe('Annual revenue');
    expect(fieldLabel('custom.arr')).toBe('arr');
    useUiLanguage('de');
    expect(fieldLabel('annualRevenue')).toBe('Jahresumsatz');
    expect(formatNumber(12500)).toBe('12.500');
    expect(t('nope' as never)).toBe('nope');
  });

  it('asks the browser once for a message without substitutions, every time for one with', () => {
    const lookUp = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    t('field_industry');
    t('field_industry');
    expect(lookUp.mock.calls.filter(([name]) => name === 'field_industry')).toHaveLength(1);
    useUiLanguage('de');
    expect(t('field_industry')).toBe('Branche');
  });

  it('picks plural forms by the language rules', () => {
    const plural = Object.keys(readMessages('en')).find((name) => name.endsWith('_one'));
    expect(plural).toBeDefined();
    const base = plural!.replace(/_one$/, '') as never;
    expect(tn(base, 1)).not.toBe(tn(base, 2));
    expect(tn(base, 2)).toContain('2');
  });
});
