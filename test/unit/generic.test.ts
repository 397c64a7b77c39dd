import { beforeEach, describe, expect, it } from 'vitest';
import { readGenericPairs } from '../../lib/extract/generic';

beforeEach(() => {
  document.body.innerHTML = '';
});

const pairs = (markup: string, ignoredRegions?: string) => {
  document.body.innerHTML = markup;
  return readGenericPairs(document, { ignoredRegions }).map(({ label, raw }) => [label, raw.replace(/\s+/g, ' ').trim()]);
};

describe('readGenericPairs', () => {
  it('reads label[for] with input, select and textarea values', () => {
    expect(
      pairs(`<label for="a">Company:</label><input id="a" value="Acme"><label for="b">Industry</label><select id="b"><option>X</option><option selected>Retail</option></select>`),
    ).toEqual([
      ['Company', 'Acme'],
      ['Industry', 'Retail'],
    ]);
  });

  it('reads definition lists, two-cell key/value rows and aria-labelledby', () => {
    expect(
      pairs(`<dl><dt>Employees</dt><dd>51-200</dd></dl><table><tr><th>Country</th><td>France</td></tr></table><span id="l">Title</span><span aria-labelledby="l">CFO</span>`),
    ).toEqual([
      ['Title', 'CFO'],
      ['Employees', '51-200'],
      ['Country', 'France'],
    ]);
  });

  it('reads a label element followed by its value only for labels it knows', () => {
    expect(pairs(`<div class="field-label">Lead Source</div><div>Webinar</div><div class="field-label">Favourite colour</div><div>Blue</div>`)).toEqual([
      ['Lead Source', 'Webinar'],
    ]);
  });

  it('reads the checked step of a labelled status bar', () => {
    expect(pairs(`<ul role="radiogroup" aria-label="Stage"><li aria-checked="false">New</li><li aria-checked="true">Proposal</li></ul>`)).toEqual([
      ['Stage', 'Proposal'],
    ]);
  });

  it('skips feeds, related lists, notes, hidden blocks, data tables and long descriptions', () => {
    expect(
      pairs(`
        <div role="feed"><dl><dt>Amount</dt><dd>5,000</dd></dl></div>
        <div class="related-list"><dl><dt>Amount</dt><dd>6,000</dd></dl></div>
        <div class="notes"><dl><dt>Industry</dt><dd>Banking</dd></dl></div>
        <div hidden><dl><dt>Employees</dt><dd>90</dd></dl></div>
        <table><thead><tr><th>Name</th><th>Amount</th></tr></thead><tr><th>Deal</th><td>7,000</td></tr></table>
        <dl><dt>Description</dt><dd>${'Long text with 1,000 employees. '.repeat(10)}</dd></dl>
        <section class="mine"><dl><dt>Stage</dt><dd>Won</dd></dl></section>`, '.mine'),
    ).toEqual([]);
  });

  it('ignores screen-reader-only text and buttons next to values', () => {
    expect(pairs(`<dl><dt>Website</dt><dd>acme.com<button>Edit</button><span class="slds-assistive-text">Edit Website</span></dd></dl>`)).toEqual([
      ['Website', 'acme.com'],
    ]);
  });
});

describe('readGenericPairs next to an adapter', () => {
  it('leaves alone what the adapter already read, whose labels mean something else in that CRM', () => {
    document.body.innerHTML = `<div id="row"><dl><dt>Name</dt><dd>Acme Corp</dd></dl></div><dl><dt>Country</dt><dd>Spain</dd></dl>`;
    const row = document.getElementById('row')!;
    const found = readGenericPairs(document, { alreadyRead: new Set([row]) }).map(({ label }) => label);
    expect(found).toEqual(['Country']);
  });
});
