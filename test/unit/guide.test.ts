import { describe, expect, it } from 'vitest';
import { LABELS } from '../../lib/extract/labels';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { guideChecks, readableFields } from '../../lib/playbook/guide';
import type { Playbook } from '../../lib/playbook/schema';
import { CANONICAL_FIELDS } from '../../lib/record';
import { useUiLanguage } from '../setup/i18n';

const base = (): Playbook => JSON.parse(JSON.stringify(DEFAULT_PLAYBOOK)) as Playbook;

describe('guideChecks', () => {
  it('finds nothing to say about the default playbook', () => {
    expect(guideChecks(DEFAULT_PLAYBOOK)).toEqual([]);
  });

  it('warns about a product no differentiator names, at its name', () => {
    const playbook = base();
    playbook.products.push({ id: 'extra', name: 'Extra Seats', priority: 'standard', pitch: 'More seats.' });
    // A differentiator for any product (none ticked) does not name it.
    playbook.differentiators.push({ id: 'any', title: 'Anything', detail: 'For any product.' });
    const index = playbook.products.length - 1;
    expect(guideChecks(playbook)).toEqual([{ path: `products.${index}.name`, message: expect.stringContaining('“Extra Seats”') }]);
    playbook.differentiators.at(-1)!.products = ['extra'];
    expect(guideChecks(playbook)).toEqual([]);
  });

  it('warns about a loss leader without a note, at its note', () => {
    const playbook = base();
    const index = playbook.products.findIndex((p) => p.priority === 'loss-leader');
    delete playbook.products[index]!.note;
    expect(guideChecks(playbook)).toEqual([{ path: `products.${index}.note`, message: expect.stringContaining('does not say why') }]);
    playbook.products[index]!.priority = 'standard';
    expect(guideChecks(playbook)).toEqual([]);
  });

  it('warns about an ICP field no question fills, at the test that looks at it (nested too)', () => {
    const playbook = base();
    playbook.questions = playbook.questions.filter((q) => !q.fills?.includes('country'));
    const index = playbook.icp.criteria.findIndex((c) => 'field' in c.when && c.when.field === 'country');
    playbook.icp.criteria[index]!.when = { any: [{ field: 'industry', is: 'known' }, { not: { field: 'country', is: 'oneOf', values: ['Germany'] } }] };
    expect(guideChecks(playbook)).toEqual([
      { path: `icp.criteria.${index}.when.any.1.not.field`, message: expect.stringMatching(/looks at Country, but no question fills it/) },
    ]);
  });

  it('warns about a custom field no mapping reads, and counts a mapping as readable', () => {
    const playbook = base();
    playbook.icp.criteria.push({ id: 'tier', label: 'Partner tier', weight: 5, when: { field: 'custom.tier', is: 'oneOf', values: ['Gold'] } });
    playbook.questions.push({ id: 'q-tier', text: 'Which partner tier are you?', fills: ['custom.tier'], category: 'discovery' });
    const path = `icp.criteria.${playbook.icp.criteria.length - 1}.when.field`;
    expect(guideChecks(playbook)).toEqual([{ path, message: expect.stringContaining('which no supported CRM reads') }]);
    playbook.fieldMappings = [{ crm: 'salesforce', field: 'custom.tier', labels: ['Partner Tier'] }];
    expect(guideChecks(playbook)).toEqual([]);
  });

  it('says it in German too', () => {
    const playbook = base();
    playbook.products[0]!.name = 'Solo';
    playbook.differentiators.forEach((d) => (d.products = d.products?.filter((id) => id !== playbook.products[0]!.id)));
    useUiLanguage('de');
    expect(guideChecks(playbook).map((w) => w.message)).toEqual([expect.stringMatching(/^Kein Differenzierungsmerkmal nennt „Solo“/)]);
  });
});

describe('readableFields', () => {
  it('holds every canonical field, each of which the label tables can read', () => {
    for (const field of CANONICAL_FIELDS) {
      expect(readableFields({ fieldMappings: [] }).has(field)).toBe(true);
      expect(LABELS[field].length, field).toBeGreaterThan(0);
    }
    expect(readableFields({ fieldMappings: [] }).has('custom.tier')).toBe(false);
  });
});
