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

describe('the record on screen, all of it, and nothing else', () => {
  const read = (markup: string, kind: 'deal' | 'company' = 'deal') => {
    document.body.innerHTML = markup;
    return readGenericPairs(document, { kind }).map(({ label, raw }) => [label, raw.replace(/\s+/g, ' ').trim()]);
  };
  const styles = '<style>.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}</style>';

  it('reads only the record pane shown when earlier records stay in stylesheet-hidden panes', () => {
    expect(
      read(`${styles}<div class="tab-content">
        <div class="tab-pane"><label for="a">Party</label><input id="a" value="Kranich Logistik"><label for="b">Description</label><input id="b" value="Robots"></div>
        <div class="tab-pane active"><label for="c">Party</label><input id="c" value="Hoffmann GmbH"><label for="d">Description</label><input id="d" value="Retrofit"></div>
      </div>`),
    ).toEqual([
      ['Party', 'Hoffmann GmbH'],
      ['Description', 'Retrofit'],
    ]);
  });

  it('leaves out a cached earlier record when every pair on screen was the adapter’s', () => {
    document.body.innerHTML = `${styles}<div class="tab-content">
        <div class="tab-pane"><label for="a">Account Name</label><input id="a" value="Acme Legacy Corp"><label for="b">Industry</label><input id="b" value="Banking"></div>
        <div class="tab-pane active"><span id="shown-label">Account Name</span><span id="shown">Brightline Robotics</span></div>
      </div>`;
    const shown = document.getElementById('shown')!;
    const read = (adapterPairs: { label: string; source?: Element }[]) =>
      readGenericPairs(document, { kind: 'company', alreadyRead: new Set([shown]), adapterPairs }).map(({ raw }) => raw);
    expect(read([{ label: 'Account Name', source: shown }])).toEqual([]);
    // Without the adapter's evidence nothing is on screen, and the reader cannot tell: it keeps what it found.
    expect(read([])).toEqual(['Acme Legacy Corp', 'Banking']);
    // An adapter pair that is itself hidden is no evidence of what is shown.
    const hidden = document.getElementById('a')!;
    expect(read([{ label: 'Account Name', source: hidden.parentElement! }])).toEqual(['Acme Legacy Corp', 'Banking']);
  });

  it('keeps the shown record’s own hidden tabs, which add fields instead of repeating them', () => {
    expect(
      read(`${styles}<div><label for="a">Party</label><input id="a" value="Hoffmann GmbH">
        <div class="tab-content"><div class="tab-pane active"><label for="b">Amount</label><input id="b" value="84,500"></div>
        <div class="tab-pane"><label for="c">Job Title</label><input id="c" value="Head of Operations"></div></div></div>`),
    ).toEqual([
      ['Party', 'Hoffmann GmbH'],
      ['Amount', '84,500'],
      ['Job Title', 'Head of Operations'],
    ]);
  });

  it('knows hiding class names when the stylesheet was not saved with the page (markup only)', () => {
    expect(
      read(`<div class="page-container hide"><label for="a">Customer Name</label><input id="a" value="Aalders B.V."></div>
        <div class="page-container"><label for="b">Customer Name</label><input id="b" value="Hoffmann AG"></div>`),
    ).toEqual([['Customer Name', 'Hoffmann AG']]);
  });

  it('reads a control’s value, never the menu beside an empty lookup', () => {
    expect(
      read(`<table><tr><td class="form-label"><label for="p">Payment Term</label></td><td class="form-many2one"><input id="p" value=""><ul class="dropdown-menu" role="listbox"><li><a>Search...</a></li><li><a>Create...</a></li></ul></td></tr>
        <tr><td class="form-label"><label>Party</label></td><td class="form-many2one"><div class="dropdown"><input value=""><ul class="dropdown-menu" role="listbox"><li>Search...</li><li>Create...</li></ul></div></td></tr></table>`),
    ).toEqual([['Party', '']]);
  });

  it('pairs a label without `for` with the control that follows it (Frappe’s control-label)', () => {
    expect(
      read(`<div class="frappe-control"><div class="form-group"><div class="clearfix"><label class="control-label">Sales Stage</label></div>
        <div class="control-input-wrapper"><div class="control-input"><input value="Needs Analysis"></div><div class="control-value like-disabled-input" style="display: none;">Needs Analysis</div></div></div></div>`),
    ).toEqual([['Sales Stage', 'Needs Analysis']]);
  });

  it('reads a combobox by its shown value', () => {
    expect(read(`<label for="s">State</label><button id="s" role="combobox" value="Opportunity">Opportunity<ul role="listbox"><li>Lead</li></ul></button>`)).toEqual([
      ['State', 'Opportunity'],
    ]);
  });
});
