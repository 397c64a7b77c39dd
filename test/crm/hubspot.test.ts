import { describe, expect, it } from 'vitest';
import { hubspot } from '../../lib/crm/hubspot';
import { parseHtmlDocument } from '../../scripts/html-document';
import { createReadContext } from '../../lib/extract/read-context';


describe('hubspot reader robustness', () => {
  const route = { kind: 'contact' as const, id: '1' };
  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['a list with odd rows', '<ul data-selenium-test="profile-properties-list"><span></span><span data-test-id="a b"><div data-deferred-property-input-root></div></span><li>text</li></ul>'],
    ['a bare prefix', '<div data-test-id="left-sidebar"><input data-selenium-test="property-input-" value="x"></div>'],
    ['a highlight without content', '<div data-test-id="record-highlight-content"><span data-test-id="highlight-property-display-"></span></div>'],
  ])('does not throw on %s', (_name, markup) => {
    const document = parseHtmlDocument(markup, 'https://app.hubspot.com/contacts/1/record/0-1/1');
    expect(() => hubspot.readFields(createReadContext(document), route)).not.toThrow();
  });

  it('takes the property name from the prefixed value, not the bare row id', () => {
    const document = parseHtmlDocument(
      `<ul data-selenium-test="profile-properties-list"><span data-test-id="swapped"><div data-deferred-property-input-root="true"><label>Job title</label><span data-selenium-test="property-input-jobtitle">CTO</span></div></span></ul>`,
      'https://app.hubspot.com/contacts/1/record/0-1/1',
    );
    expect(hubspot.readFields(createReadContext(document), route)).toMatchObject([{ field: 'title', raw: 'CTO', label: 'Job title' }]);
  });

  it('reads a row being edited, whose value is a button one layer deeper', () => {
    const document = parseHtmlDocument(
      `<ul data-selenium-test="profile-properties-list"><span data-test-id="dealstage"><div data-deferred-property-input-root="true" data-deferred-property-input-mode="input"><label>Deal stage</label><div><button data-selenium-test="property-input-dealstage"><span>Closed Won</span><span data-test-id="dropdown-caret"></span></button></div></div></span></ul>`,
      'https://app.hubspot.com/contacts/1/record/0-3/1',
    );
    expect(hubspot.readFields(createReadContext(document), { kind: 'deal', id: '1' })).toMatchObject([{ field: 'stage', raw: 'Closed Won' }]);
  });

  it('names a highlight-card value by the label shown beside it, not the property\'s internal name', () => {
    const document = parseHtmlDocument(
      `<div data-test-id="record-highlight-content"><div data-test-id="highlight-property-item-amount"><span>Amount:</span> <span data-test-id="highlight-property-display-amount">$186,400.00</span></div>
      <div><span data-test-id="highlight-property-display-closedate">12/05/2026</span></div></div>`,
      'https://app.hubspot.com/contacts/1/record/0-3/1',
    );
    const fields = hubspot.readFields(createReadContext(document), { kind: 'deal', id: '1' });
    expect(fields).toMatchObject([
      { field: 'amount', raw: '$186,400.00', label: 'Amount' },
      // No label on the page: where it was read, never the internal name.
      { field: 'closeDate', raw: '12/05/2026', label: 'Highlight card' },
    ]);
  });
});
