import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimFrame, isRecordPage, LOAD_APP_MESSAGE, loadOnRecordPage, requestApp } from '../../lib/content/loader';
import { appScriptOf, saasAppScript, siteAppScript, SITES_APP } from '../../lib/crm/app-script';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { CONTENT_SCRIPT_ROUTES } from '../../lib/crm/routes';
import { SELF_HOSTED_ADAPTERS } from '../../lib/crm/self-hosted';
import { SELF_HOSTED_ROUTES } from '../../lib/crm/self-hosted-routes';
import { storedSite } from '../../lib/crm/site-route';
import { contentToBackgroundSchema } from '../../lib/messages';
import { urlExamples } from '../crm/url-examples';

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('routes', () => {
  it('are the adapters\' own URL tests, for every CRM with manifest content scripts', () => {
    const withMatches = CRM_ADAPTERS.filter((adapter) => adapter.matches.length > 0);
    expect(CONTENT_SCRIPT_ROUTES.map((route) => route.id)).toEqual(withMatches.map((adapter) => adapter.id));
    for (const route of CONTENT_SCRIPT_ROUTES) {
      const adapter = CRM_ADAPTERS.find((candidate) => candidate.id === route.id)!;
      expect(route.detect).toBe(adapter.detect);
      expect(route.matches).toEqual(adapter.matches);
    }
    expect(SELF_HOSTED_ROUTES.map((route) => route.detect)).toEqual(SELF_HOSTED_ADAPTERS.map((adapter) => adapter.detect));
  });

  it('each has a loader and an app entrypoint', () => {
    for (const route of CONTENT_SCRIPT_ROUTES) {
      expect(existsSync(`entrypoints/${route.id}.content.ts`), route.id).toBe(true);
      expect(existsSync(`entrypoints/${appScriptOf(route).replace(/\.js$/, '.ts')}`), route.id).toBe(true);
    }
    expect(existsSync(`entrypoints/${SITES_APP.replace(/\.js$/, '.ts')}`)).toBe(true);
  });
});

describe('saasAppScript (the background decides from the sender\'s URL)', () => {
  it('names the CRM\'s app for each of its record URLs, and nothing for its other pages', () => {
    for (const route of CONTENT_SCRIPT_ROUTES) {
      const examples = urlExamples(route.id);
      for (const { url } of examples.records) {
        const file = saasAppScript(url, CONTENT_SCRIPT_ROUTES);
        // A self-hosted CRM's example on its own host is not a SaaS page: no app from this list.
        if (route.id === 'odoo' && !new URL(url).hostname.endsWith('.odoo.com')) expect(file).toBeUndefined();
        else expect(file, url).toBe(appScriptOf(route));
      }
      for (const url of examples.nonRecords) expect(saasAppScript(url, [route]), url).toBeUndefined();
    }
  });

  it('refuses a record path on a host the CRM\'s matches do not cover', () => {
    expect(saasAppScript('https://acme.lightning.force.com/lightning/r/Account/001xx000003DGb2AAG/view', CONTENT_SCRIPT_ROUTES)).toBe('salesforce-app.js');
    expect(saasAppScript('https://evil.example/lightning/r/Account/001xx000003DGb2AAG/view', CONTENT_SCRIPT_ROUTES)).toBeUndefined();
    expect(saasAppScript('not a url', CONTENT_SCRIPT_ROUTES)).toBeUndefined();
  });
});

describe('siteAppScript', () => {
  const generic = { origin: 'https://crm.acme.internal', crm: 'generic', kind: 'deal' as const, pathContains: '/deals/' };
  const suite = { origin: 'https://suite.acme.internal', crm: 'suitecrm' };

  it('serves a generic site\'s record URLs on its own origin only', () => {
    expect(siteAppScript('https://crm.acme.internal/app/deals/42', [generic], SELF_HOSTED_ROUTES)).toBe(SITES_APP);
    expect(siteAppScript('https://crm.acme.internal/app/contacts/42', [generic], SELF_HOSTED_ROUTES)).toBeUndefined();
    expect(siteAppScript('https://other.example/app/deals/42', [generic], SELF_HOSTED_ROUTES)).toBeUndefined();
  });

  it('serves a self-hosted CRM\'s record pages on a site the manager added, and nothing on sites not added', () => {
    const record = urlExamples('suitecrm').records[0]!.url;
    const onSite = new URL(record);
    const onSiteUrl = `${suite.origin}${onSite.pathname}${onSite.search}${onSite.hash}`;
    expect(siteAppScript(onSiteUrl, [suite], SELF_HOSTED_ROUTES)).toBe(SITES_APP);
    expect(siteAppScript(onSiteUrl, [], SELF_HOSTED_ROUTES)).toBeUndefined();
    expect(siteAppScript(`${suite.origin}/index.php?module=Home`, [suite], SELF_HOSTED_ROUTES)).toBeUndefined();
  });
});

describe('storedSite (the sites loader\'s loose copy)', () => {
  it('finds the origin\'s site and ignores malformed entries', () => {
    const value = [null, 'x', { origin: 'https://a.example', crm: 3 }, { origin: 'https://a.example', crm: 'generic', kind: 'deal', pathContains: '/d/' }];
    expect(storedSite(value, 'https://a.example')).toEqual({ origin: 'https://a.example', crm: 'generic', kind: 'deal', pathContains: '/d/' });
    expect(storedSite(value, 'https://b.example')).toBeUndefined();
    expect(storedSite({ origin: 'https://a.example' }, 'https://a.example')).toBeUndefined();
  });
});

describe('loader', () => {
  const route = { detect: (url: URL) => (url.pathname.startsWith('/record/') ? { kind: 'deal' as const, id: url.pathname.slice(8) } : undefined) };

  it('knows record pages by the routes', () => {
    expect(isRecordPage('https://x.example/record/1', [route])).toBe(true);
    expect(isRecordPage('https://x.example/list', [route])).toBe(false);
    expect(isRecordPage('::', [route])).toBe(false);
  });

  it('asks at once on a record page, and only once', () => {
    history.replaceState(null, '', '/record/1');
    const load = vi.fn();
    loadOnRecordPage(window, (href) => isRecordPage(href, [route]), load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('on other pages waits for same-document navigation to a record, then stops watching', async () => {
    history.replaceState(null, '', '/list');
    const load = vi.fn();
    loadOnRecordPage(window, (href) => isRecordPage(href, [route]), load);
    expect(load).not.toHaveBeenCalled();
    const navigate = async (path: string) => {
      history.pushState(null, '', path);
      // happy-dom has no Navigation API: the fallback notices the URL on the next DOM change.
      document.body.append(document.createElement('div'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await navigate('/settings');
    expect(load).not.toHaveBeenCalled();
    await navigate('/record/2');
    expect(load).toHaveBeenCalledTimes(1);
    await navigate('/list');
    await navigate('/record/3');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('sends the one load message the background accepts, and nothing once the extension is gone', () => {
    expect(contentToBackgroundSchema.safeParse(LOAD_APP_MESSAGE).success).toBe(true);
    const sendMessage = vi.fn(() => Promise.resolve());
    requestApp({ id: 'abc', sendMessage });
    expect(sendMessage).toHaveBeenCalledWith(LOAD_APP_MESSAGE);
    const gone = vi.fn();
    requestApp({ id: undefined, sendMessage: gone });
    expect(gone).not.toHaveBeenCalled();
    expect(() => requestApp({ id: 'abc', sendMessage: () => { throw new Error('Extension context invalidated'); } })).not.toThrow();
  });

  it('runs the app once per document', () => {
    const scope = {};
    expect(claimFrame(scope)).toBe(true);
    expect(claimFrame(scope)).toBe(false);
  });
});
