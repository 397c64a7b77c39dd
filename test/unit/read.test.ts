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
  readFields: (root) =>
    [...root.querySelectorAll('dt')].map((dt) => ({ label: dt.textContent ?? '', raw: dt.nextElementSibling?.textContent ?? '' })),
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
