/**
 * The embedded default playbook on every CRM's deal fixture: a rep who installs Playcard on Pipedrive,
 * Dynamics 365, Zoho, Odoo or a German Salesforce gets stage questions and a fair reading of the lead
 * source, not only on the Salesforce and HubSpot pages the playbook's wording comes from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRecord } from '../../lib/crm/detect';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { readRecord } from '../../lib/extract/record';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { buildCards } from '../../lib/scoring/select';
import { parseHtmlDocument } from '../../scripts/html-document';

const DEALS = [
  'salesforce/opportunity',
  'salesforce-classic/opportunity',
  'hubspot/deal',
  'pipedrive/deal',
  'dynamics/opportunity',
  'zoho/potential',
  'odoo/opportunity',
];

function cardsFor(fixture: string) {
  const base = path.resolve('test/crm/fixtures', fixture);
  const { url } = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as { url: string };
  const detected = detectRecord(url, CRM_ADAPTERS)!;
  const record = readRecord(detected, parseHtmlDocument(readFileSync(`${base}.html`, 'utf8'), url));
  return { record, cards: buildCards(DEFAULT_PLAYBOOK, record) };
}

describe('the default playbook on each CRM’s deal', () => {
  it.each(DEALS)('%s: the deal’s stage brings stage questions', (fixture) => {
    const { record, cards } = cardsFor(fixture);
    expect(record.fields.stage?.value, 'the fixture shows a stage').toBeDefined();
    expect(cards.questions.filter((question) => question.reason === 'stage').length, String(record.fields.stage?.value)).toBeGreaterThan(0);
  });

  it('a German partner referral counts as a warm lead, not a cold one', () => {
    const { record, cards } = cardsFor('salesforce-classic/opportunity');
    expect(record.fields.leadSource?.value).toBe('Partnerempfehlung');
    expect(cards.fit.criteria.find((result) => result.criterion.id === 'warm-lead-source')?.outcome).toBe('match');
  });
});
