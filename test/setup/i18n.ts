/**
 * The fake browser has no i18n, so unit tests get Chrome's `getMessage` over the same catalogs the
 * build writes to `_locales/`. English by default; `useUiLanguage('de')` switches for one test.
 */
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetLookedUpMessages } from '../../lib/i18n';
import { DEFAULT_LOCALE, formatMessage, readMessages, type MessageCatalog } from '../../scripts/locales';

const catalogs = new Map<string, MessageCatalog>();
function catalog(language: string): MessageCatalog {
  const base = language.split('-')[0]!;
  if (!catalogs.has(base)) catalogs.set(base, readMessages(base));
  return catalogs.get(base)!;
}

let language = DEFAULT_LOCALE;
export function useUiLanguage(next: string): void {
  language = next;
  forgetLookedUpMessages();
}

function install(): void {
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) =>
    (name === '@@ui_locale' ? language.replace(/-/g, '_') : '') ||
    formatMessage(catalog(language), name, substitutions) ||
    formatMessage(catalog(DEFAULT_LOCALE), name, substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => language;
}

install();
beforeEach(install);
afterEach(() => {
  language = DEFAULT_LOCALE;
  forgetLookedUpMessages();
});
