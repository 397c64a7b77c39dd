/**
 * Node has no extension APIs: scripts that run lib code (extract) get Chrome's i18n over the
 * English catalog, so warnings read as they would in the sidebar. Import it before any lib module.
 */
import { DEFAULT_LOCALE, formatMessage, readMessages } from './locales';

const catalog = readMessages(DEFAULT_LOCALE);
const globals = globalThis as { chrome?: Record<string, unknown> };
globals.chrome ??= {};
globals.chrome.i18n ??= {
  getMessage: (name: string, substitutions?: string | string[]) =>
    name === '@@ui_locale' ? DEFAULT_LOCALE : formatMessage(catalog, name, substitutions),
  getUILanguage: () => DEFAULT_LOCALE,
};
