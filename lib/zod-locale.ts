import { z } from 'zod/mini';
import { uiLanguage } from './i18n';

/**
 * zod/mini ships without messages: the pages and the background, which report schema problems to
 * managers, load them in the UI language. Content scripts never show zod's words and skip them.
 */
export function setZodLocaleToUiLanguage(): void {
  z.config(uiLanguage().toLowerCase().startsWith('de') ? z.locales.de() : z.locales.en());
}
