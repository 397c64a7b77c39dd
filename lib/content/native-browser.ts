/**
 * `wxt/browser` for the content scripts and the apps the background injects (wxt.config.ts aliases it
 * here for those builds only): the browser's own API object, without webextension-polyfill (~2.5 KB
 * gzip of every CRM tab). Firefox has promise-based `browser`; Chromium's MV3 `chrome` returns promises
 * too. The one difference content code meets, a message listener's async reply, goes through
 * `replyWith` (./native-reply.ts). Extension pages and the background keep the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };
export const browser: Browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Browser;
