/**
 * The UI strings live in `locales/<lang>/<area>.json`, one file per part of the product, in Chrome's
 * messages.json format. The build merges each language into `_locales/<lang>/messages.json` (see
 * wxt.config.ts) and the unit tests load the same merge, so both read one source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageCatalog = Record<string, ChromeMessage>;

export const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');
export const DEFAULT_LOCALE = 'en';

export function localeLanguages(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every area file of one language, by file name, so a test can name the file a key lives in. */
export function readLocaleAreas(language: string, dir = LOCALES_DIR): Record<string, MessageCatalog> {
  const areas: Record<string, MessageCatalog> = {};
  for (const file of readdirSync(join(dir, language)).filter((name) => name.endsWith('.json')).sort()) {
    areas[file] = JSON.parse(readFileSync(join(dir, language, file), 'utf8')) as MessageCatalog;
  }
  return areas;
}

/**
 * One language's messages, merged. Chrome treats names case-insensitively, so a clash throws. A
 * translation may leave out the `placeholders` block: Chrome does not fall back to the default
 * locale's, so the merge copies it from English.
 */
export function readMessages(language: string, dir = LOCALES_DIR): MessageCatalog {
  const english = language === DEFAULT_LOCALE ? undefined : readMessages(DEFAULT_LOCALE, dir);
  const merged: MessageCatalog = {};
  const seen = new Map<string, string>();
  for (const [file, catalog] of Object.entries(readLocaleAreas(language, dir))) {
    for (const [name, message] of Object.entries(catalog)) {
      const clash = seen.get(name.toLowerCase());
      if (clash) throw new Error(`locales/${language}: "${name}" in ${file} clashes with "${clash}"`);
      seen.set(name.toLowerCase(), `${name} in ${file}`);
      const placeholders = message.placeholders ?? english?.[name]?.placeholders;
      merged[name] = placeholders ? { ...message, placeholders } : message;
    }
  }
  return merged;
}

/**
 * Chrome's `i18n.getMessage` for a catalog: `$name$` placeholders resolve to their content, `$1`…`$9`
 * to the substitutions, `$$` to a dollar sign. Unit tests use it in place of the browser's.
 */
export function formatMessage(catalog: MessageCatalog, name: string, substitutions: string | string[] = []): string {
  const entry = catalog[name] ?? Object.entries(catalog).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
  const placeholders = entry.placeholders ?? {};
  return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/gi, (whole, placeholder?: string) => {
    if (!placeholder) return '$';
    const found = Object.entries(placeholders).find(([key]) => key.toLowerCase() === placeholder.toLowerCase());
    return found ? fill(found[1].content) : whole;
  });
}
