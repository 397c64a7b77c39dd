import { beforeEach, describe, expect, it } from 'vitest';
import { attachDeclarativeShadowRoots } from '../../lib/extract/declarative-shadow';
import { collectRoots, isInside, queryAllDeep, rememberingOpener, visibleText } from '../../lib/extract/read';
import { readRecord } from '../../lib/extract/record';
import type { CrmAdapter } from '../../lib/crm/types';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  attachDeclarativeShadowRoots(document);
  return document.body;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading through shadow roots', () => {
  it('finds elements inside nested shadow roots', () => {
    html(`<x-outer><template shadowrootmode="open"><x-inner><template shadowrootmode="open"><span class="v">deep</span></template></x-inner></template></x-outer>`);
    expect(collectRoots(document)).toHaveLength(3);
    expect(queryAllDeep(document, '.v').map((e) => e.textContent)).toEqual(['deep']);
  });

  it('reads slotted light-DOM text where the slot renders it, and skips unslotted children', () => {
    const root = html(`<x-field id="f"><template shadowrootmode="open"><b>Label:</b> <slot name="value"></slot></template><span slot="value">Acme GmbH</span><span slot="other">hidden</span></x-field>`);
    expect(visibleText(root.querySelector('#f')!).replace(/\s+/g, ' ').trim()).toBe('Label: Acme GmbH');
  });

  it('uses a slot fallback when nothing is slotted', () => {
    const root = html(`<x-field id="f"><template shadowrootmode="open"><slot>fallback</slot></template></x-field>`);
    expect(visibleText(root.querySelector('#f')!)).toBe('fallback');
  });

  it('takes form controls by their current value and select by the chosen option', () => {
    const root = html(`<div id="d"><input value="42"><select><option>One</option><option selected>Two</option></select><textarea>Notes</textarea></div>`);
    (root.querySelector('input') as HTMLInputElement).value = '43';
    expect(visibleText(root.querySelector('#d')!)).toBe('43TwoNotes\n');
  });

  it('ignores scripts, styles, hidden elements and what the caller skips', () => {
    const root = html(`<div id="d">A<script>x()</script><style>p{}</style><span hidden>B</span><span class="assistive">C</span>D</div>`);
    expect(visibleText(root.querySelector('#d')!, { skip: (e) => e.classList.contains('assistive') })).toBe('AD\n');
  });
});

const fakeAdapter: CrmAdapter = {
  id: 'fake',
  name: 'Fake CRM',
  matches: ['https://fake.example/*'],
  detect: () => ({ kind: 'company', id: '1' }),
  fieldContainers: 'dl',
  readFields: (context) =>
    context.all('dt').map((dt) => ({ label: dt.textContent ?? '', raw: dt.nextElementSibling?.textContent ?? '' })),
};
const detected = { adapter: fakeAdapter, kind: 'company' as const, id: '1' };

describe('readRecord', () => {
  it('maps labels to canonical fields, normalises values and drops placeholders', () => {
    html(`<dl><dt>Account Name</dt><dd> Acme  Corp </dd><dt>Employees</dt><dd>1.250</dd><dt>Industry</dt><dd>--None--</dd><dt>Mitarbeiter</dt><dd>9</dd></dl>`);
    const record = readRecord(detected, document);
    expect(record.fields.company).toEqual({ value: 'Acme Corp', label: 'Account Name', raw: 'Acme Corp', via: 'adapter' });
    expect(record.fields.employees?.value).toBe(1250);
    expect(record.fields.industry).toBeUndefined();
  });

  it('lets manager mappings win, by label or by selector, including custom fields', () => {
    html(`<dl><dt>Account Name</dt><dd>Acme</dd><dt>Rival</dt><dd>Gong</dd></dl><p id="tier">Gold</p>`);
    const record = readRecord(detected, document, {
      mappings: [
        { crm: 'fake', field: 'competitor', labels: ['rival'] },
        { crm: '*', field: 'custom.tier', selector: '#tier' },
        { crm: 'other', field: 'company', selector: '#tier' },
      ],
    });
    expect(record.fields.competitor).toMatchObject({ value: 'Gong', via: 'mapping' });
    expect(record.fields['custom.tier']).toMatchObject({ value: 'Gold', via: 'mapping' });
    expect(record.fields.company?.value).toBe('Acme');
  });

  it('reports a bad mapping selector instead of throwing', () => {
    html(`<dl><dt>Account Name</dt><dd>Acme</dd></dl>`);
    const record = readRecord(detected, document, { mappings: [{ crm: '*', field: 'industry', selector: 'div[[' }] });
    expect(record.fields.company?.value).toBe('Acme');
    expect(record.warnings).toEqual(['Field mapping for industry: "div[[" is not a valid CSS selector']);
  });

  it('degrades to a warning when the adapter throws', () => {
    const broken = { ...detected, adapter: { ...fakeAdapter, readFields: () => { throw new Error('markup changed'); } } };
    const record = readRecord(broken, document);
    expect(record.fields).toEqual({});
    expect(record.warnings[0]).toContain('markup changed');
  });
});

describe('rememberingOpener', () => {
  it('asks the browser once per element and keeps "no root" answers too', () => {
    const host = document.createElement('div');
    const plain = document.createElement('span');
    const shadow = host.attachShadow({ mode: 'open' });
    const asked: Element[] = [];
    const open = rememberingOpener((element) => {
      asked.push(element);
      return element.shadowRoot;
    });
    expect([open(host), open(host), open(plain), open(plain)]).toEqual([shadow, shadow, null, null]);
    expect(asked).toEqual([host, plain]);
  });
});

describe('isInside', () => {
  it('finds the region in the element’s own tree and out through shadow hosts', () => {
    document.body.innerHTML = '<section class="related"><div id="host"></div></section><div id="plain"></div>';
    const inner = document.createElement('span');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).append(inner);
    expect(isInside(inner, '.related')).toBe(true);
    expect(isInside(inner, '.elsewhere')).toBe(false);
    expect(isInside(document.getElementById('plain')!, '.related')).toBe(false);
  });
});

describe('deep pages', () => {
  it('reads a value cell nested 5,000 elements deep (the walk is iterative)', () => {
    document.body.innerHTML = '<div id="cell"></div>';
    let inner: Element = document.getElementById('cell')!;
    for (let i = 0; i < 5_000; i++) inner = inner.appendChild(document.createElement('span'));
    inner.textContent = 'Acme GmbH';
    expect(visibleText(document.getElementById('cell')!).trim()).toBe('Acme GmbH');
    document.getElementById('cell')!.remove();
  });
});

describe('readRecord, as a person reads the page', () => {
  const generic: CrmAdapter = { ...fakeAdapter, readFields: () => [] };
  const deal = { adapter: generic, kind: 'deal' as const, id: '7' };

  it('shows both candidate customers and takes the stronger label’s', () => {
    html(`<dl><dt>Company</dt><dd>Berger Tools GmbH</dd><dt>Party</dt><dd>Hoffmann GmbH</dd></dl>`);
    const record = readRecord(deal, document);
    expect(record.fields.company).toMatchObject({ value: 'Hoffmann GmbH', label: 'Party' });
    expect(record.fields.company?.alternatives).toEqual([{ value: 'Berger Tools GmbH', label: 'Company', raw: 'Berger Tools GmbH', source: 'page' }]);
  });

  it('splits a contact written as Name <address> into a name and an e-mail', () => {
    html(`<dl><dt>Contact</dt><dd>Jana Berger &lt;jana.berger@example.de&gt;</dd></dl>`);
    const record = readRecord(deal, document);
    expect(record.fields.fullName?.value).toBe('Jana Berger');
    expect(record.fields.email?.value).toBe('jana.berger@example.de');
  });

  it('reads an ambiguous date by the page language, by the page’s other dates, and not at all without evidence', () => {
    const read = (lang: string, extra = '') => {
      document.documentElement.setAttribute('lang', lang);
      html(`<dl><dt>Close Date</dt><dd>03/04/2026</dd>${extra}</dl>`);
      return readRecord(deal, document).fields.closeDate?.value;
    };
    expect(read('en-GB')).toBe('2026-04-03');
    expect(read('en-US')).toBe('2026-03-04');
    expect(read('en')).toBeUndefined();
    expect(read('en', '<dt>Created</dt><dd><input value="28/11/2025"></dd>')).toBe('2026-04-03');
    document.documentElement.removeAttribute('lang');
  });

  it('strips bidi controls from what it shows', () => {
    html(`<dl><dt>Account Name</dt><dd>Acme\u202Egnp.exe\u202C Corp</dd></dl>`);
    const record = readRecord(detected, document);
    expect(record.fields.company).toMatchObject({ value: 'Acmegnp.exe Corp', raw: 'Acmegnp.exe Corp' });
  });
});
