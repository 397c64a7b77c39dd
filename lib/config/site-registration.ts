/** Background side of CRM sites: register the content script on every granted site origin. */
import { browser } from 'wxt/browser';
import { originPattern, type CrmSite } from '../crm/sites';

const REGISTRATION_ID = 'playcard-crm-sites';
/** The runtime-registered bundle with the self-hosted readers and the generic one (entrypoints/sites.content.ts). */
const CONTENT_SCRIPT = 'content-scripts/sites.js';

interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions?: boolean }[]): Promise<void>;
}

/** Firefox MV2 registers through `contentScripts.register`, whose handle lives as long as the background page. */
let firefoxRegistration: { unregister(): Promise<void> } | undefined;

export async function grantedPatterns(sites: readonly CrmSite[]): Promise<string[]> {
  const patterns: string[] = [];
  for (const site of sites) {
    const pattern = originPattern(site.origin);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  return [...new Set(patterns)];
}

export async function syncSiteRegistrations(sites: readonly CrmSite[]): Promise<string[]> {
  const patterns = await grantedPatterns(sites);
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
    if (existing.length) await scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
    if (patterns.length) {
      await scripting.registerContentScripts([
        { id: REGISTRATION_ID, matches: patterns, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    }
    return patterns;
  }
  const contentScripts = (browser as unknown as { contentScripts?: { register(options: object): Promise<{ unregister(): Promise<void> }> } }).contentScripts;
  await firefoxRegistration?.unregister();
  firefoxRegistration = undefined;
  if (contentScripts && patterns.length) {
    firefoxRegistration = await contentScripts.register({ matches: patterns, js: [{ file: CONTENT_SCRIPT }], runAt: 'document_idle' });
  }
  return patterns;
}
