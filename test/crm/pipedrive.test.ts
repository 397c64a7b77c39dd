import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../lib/crm/pipedrive';
import { parseHtmlDocument } from '../../scripts/html-document';
import { createReadContext } from '../../lib/extract/read-context';

const adapter = pipedrive;

describe('pipedrive reading on odd markup', () => {
  const url = 'https://nordwind-sales.pipedrive.com/deal/1842';
  const route = adapter.detect(new URL(url))!;
  const page = (body: string) => parseHtmlDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

  it('returns nothing, without throwing, on an empty or foreign page', () => {
    expect(adapter.readFields(createReadContext(page('')), route)).toEqual([]);
    expect(adapter.readFields(createReadContext(page('<div data-testid="field-name"></div><section><header></header></section>')), route)).toEqual(
      expect.any(Array),
    );
  });

  it('tolerates a label without a value and a stage button without a label', () => {
    const document = page(
      '<div><div data-testid="field-name">Value</div></div><button class="cui5-stage-selector__stage" aria-selected="true">3 days · Qualified</button>',
    );
    const pairs = adapter.readFields(createReadContext(document), route);
    expect(pairs.find((pair) => pair.field === 'stage')?.raw).toBe('Qualified');
    expect(pairs.find((pair) => pair.label === 'Value')?.raw).toBe('');
  });

  it('reads the whole page when there is no view container, and the older header title', () => {
    const document = page('<div class="dealDetails"><div class="descriptionHead"><span class="title">Old style deal</span></div></div>');
    expect(adapter.readFields(createReadContext(document), route)).toEqual([expect.objectContaining({ field: 'dealName', raw: 'Old style deal' })]);
  });

  it('takes the country from the last part of an address, and nothing from a partial one', () => {
    const org = adapter.detect(new URL('https://nordwind-sales.pipedrive.com/organization/41'))!;
    const read = (address: string) =>
      adapter.readFields(createReadContext(page(`<div><div data-testid="field-name">Address</div><div>${address}</div></div>`)), org)[0]?.raw;
    expect(read('Rua Augusta 24, 1100-053 Lisboa, Portugal')).toBe('Portugal');
    expect(read('Main Street 5, Springfield')).toBe('');
    expect(read('Friedrichstraße 68, 10117 Berlin')).toBe('');
  });
});
