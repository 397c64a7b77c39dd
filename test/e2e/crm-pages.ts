/** Serves stored CRM fixture pages at their real URLs, so the manifest's match patterns are exercised. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const FIXTURES_DIR = path.resolve('test/crm/fixtures');

export interface FixtureExpectation {
  url: string;
  crm: string;
  kind: string;
  id: string;
  fields: Record<string, string | number | { min: number; max?: number }>;
}

export function loadExpectation(crm: string, name: string): FixtureExpectation {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, crm, `${name}.expected.json`), 'utf8'));
}

export function fixtureHtml(crm: string, name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, crm, `${name}.html`), 'utf8');
}

/** Serves each URL's page; anything else on the CRM hosts is an empty 404, and no request leaves the machine. */
export async function serveCrmPages(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(
    (url) => url.protocol === 'https:',
    async (route) => {
      const url = new URL(route.request().url());
      const key = url.origin + url.pathname;
      const body = Object.entries(pages).find(([pageUrl]) => {
        const u = new URL(pageUrl);
        return u.origin + u.pathname === key;
      })?.[1];
      if (body === undefined || route.request().resourceType() !== 'document') {
        await route.fulfill({ status: 404, body: '' });
        return;
      }
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}
