/**
 * UI strings through the browser's i18n: the build writes `_locales/` from `locales/` (see
 * scripts/locales.ts), so the browser picks the language and no catalog is bundled into a script.
 */
import { browser } from 'wxt/browser';

// Type-only: the English catalogs name every message, and a typo fails the typecheck.
type Catalog = typeof import('../locales/en/common.json') &
  typeof import('../locales/en/sidebar.json') &
  typeof import('../locales/en/popup.json') &
  typeof import('../locales/en/options.json') &
  typeof import('../locales/en/editor.json') &
  typeof import('../locales/en/reading.json') &
  typeof import('../locales/en/runtime.json') &
  typeof import('../locales/en/settings.json') &
  typeof import('../locales/en/store.json');

export type MessageKey = Extract<keyof Catalog, string>;
/** Messages with `_one` / `_other` (and other CLDR category) variants, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

let reportedMissing = false;

// WXT types getMessage from public/_locales, which the build writes later; our keys are typed above.
const getMessage = (name: string, substitutions: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

/** The message in the browser's UI language; substitutions fill `$1`…`$9` of its placeholders. */
// The browser fixes an extension's language for its lifetime, so a message without substitutions
// is looked up once: card renders call t() a hundred times, each a trip into the extension API.
const plainMessages = new Map<string, string>();

/** For tests that switch the fake browser's language. */
export function forgetLookedUpMessages(): void {
  plainMessages.clear();
  messagesLanguage = undefined;
}

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  if (!substitutions.length) {
    const known = plainMessages.get(key);
    if (known !== undefined) return known;
  }
  const text = getMessage(key, substitutions.map(String));
  if (text && !substitutions.length) plainMessages.set(key, text);
  if (text) return text;
  if (!reportedMissing) {
    reportedMissing = true;
    console.warn(`[Playcard] missing UI message "${key}"`);
  }
  return key;
}

/** A count-dependent message: `<key>_one`, `<key>_other`, … chosen by the UI language's plural rules. */
export function tn(key: PluralKey, count: number, ...more: Array<string | number>): string {
  const category = pluralRules().select(count);
  const variant = `${key}_${category}` as MessageKey;
  const shown = formatNumber(count);
  const text = getMessage(variant, [shown, ...more.map(String)]);
  return text || t(`${key}_other` as MessageKey, shown, ...more);
}

/**
 * The language the messages are shown in (`de`, `en-US`), for Intl formatting, plural rules and
 * zod's messages. `@@ui_locale` rather than getUILanguage(): Chromium can show an extension's German
 * messages while its own UI stays English, and numbers should read like the text around them.
 */
let messagesLanguage: string | undefined;
export function uiLanguage(): string {
  if (messagesLanguage) return messagesLanguage;
  try {
    messagesLanguage = getMessage('@@ui_locale', []).replace(/_/g, '-') || browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
  return messagesLanguage;
}

// Building an Intl formatter costs far more than using one (the bench caught card renders spending
// ~5 ms in NumberFormat constructors), so each language and option set gets one, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesByLanguage = new Map<string, Intl.PluralRules>();

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const language = uiLanguage();
  const key = options ? `${language} ${JSON.stringify(options)}` : language;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, options)));
  return format.format(value);
}

function pluralRules(): Intl.PluralRules {
  const language = uiLanguage();
  let rules = pluralRulesByLanguage.get(language);
  if (!rules) pluralRulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}
