import { describe, expect, it } from 'vitest';
import { dynamics } from '../../lib/crm/dynamics';
import { readRecord } from '../../lib/extract/record';
import { parseHtmlDocument } from '../../scripts/html-document';
import { urlExamples } from './url-examples';
import { createReadContext } from '../../lib/extract/read-context';


describe('dynamics reading on odd markup', () => {
  it.each([
    ['an empty page', '<!DOCTYPE html><html><body></body></html>'],
    ['items without controls', '<div role="main"><div data-id="name-FieldSectionItemContainer"></div><div data-lp-id="MscrmControls.Containers.FieldSectionItem|"></div></div>'],
    ['a header item without slots', '<uci-header-control-list-item data-name=""></uci-header-control-list-item><div id="headerControlsList_1"><div></div></div>'],
    ['a process bar without stages', '<div id="bpfContainer"><ul><li data-selected-stage="true"></li></ul></div>'],
  ])('does not throw on %s', (_name, html) => {
    const url = 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=b5e7a1d3-4c2f-ef11-8409-0022481a7c3e';
    const document = parseHtmlDocument(html, url);
    expect(() => dynamics.readFields(createReadContext(document), { kind: 'deal', id: 'x' })).not.toThrow();
  });
});

describe('dynamics reading of other markup generations', () => {
  const url = 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=b5e7a1d3-4c2f-ef11-8409-0022481a7c3e';
  const readDeal = (body: string) => {
    const document = parseHtmlDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
    const record = readRecord({ adapter: dynamics, kind: 'deal', id: 'b5e7a1d3-4c2f-ef11-8409-0022481a7c3e' }, document);
    return Object.fromEntries(Object.entries(record.fields).map(([field, reading]) => [field, reading!.value]));
  };

  it('reads FieldSectionItem roots without a keyed container, header flyout fields and a select stage', () => {
    expect(
      readDeal(`<div role="main"><div data-id="editFormRoot">
        <div data-lp-id="MscrmControls.Containers.FieldSectionItem|name|opportunity"><label>Topic</label><input data-id="name.fieldControl-text-box-text" value="Renewal 2027"></div>
        <div data-id="headerFieldsFlyout"><div data-id="header_estimatedvalue-FieldSectionItemContainer"><label id="header_estimatedvalue-header_estimatedvalue-field-label">Est. Revenue</label><input data-id="header_estimatedvalue.fieldControl-currency-text-input" value="$12,000.00"></div></div>
        <div data-id="salesstage-FieldSectionItemContainer"><label id="x-salesstage-salesstage-field-label">Sales Stage</label><div data-id="salesstage.fieldControl-option-set-container"><select data-id="salesstage.fieldControl-option-set-select"><option value="-1">---</option><option value="1" selected>Develop</option></select></div></div>
      </div></div>`),
    ).toEqual({ dealName: 'Renewal 2027', amount: 12000, stage: 'Develop' });
  });

  it('reads the date of a read-only date-and-time control, not its time', () => {
    expect(
      readDeal(`<div role="main"><div data-id="editFormRoot">
        <div data-id="estimatedclosedate-FieldSectionItemContainer"><label id="x-estimatedclosedate-estimatedclosedate-field-label">Est. Close Date</label>
          <div data-id="estimatedclosedate.fieldControl-datetime-description_container"><div><div><input type="text" readonly aria-label="Est. Close Date" value="2027-03-31"></div></div><div><label>Time</label><input type="text" readonly aria-label="Est. Close Date Time" value="8:00 AM"></div></div></div>
      </div></div>`),
    ).toEqual({ closeDate: '2027-03-31' });
  });

  it('reads the visible session, not a hidden one kept in the DOM, and skips quick view fields', () => {
    expect(
      readDeal(`<div role="main" aria-hidden="true"><div data-id="editFormRoot"><h1 data-id="header_title">Old deal</h1>
          <div data-id="estimatedvalue-FieldSectionItemContainer"><input data-id="estimatedvalue.fieldControl-currency-text-input" value="$1.00"></div></div></div>
        <div role="main"><div data-id="editFormRoot"><h1 data-id="header_title">Current deal<span data-id="header_saveStatus"> - Unsaved changes</span></h1>
          <div data-lp-id="MscrmControls.Containers.QuickForm|qv|opportunity|1"><div data-id="qv.estimatedvalue-FieldSectionItemContainer"><input value="$2.00"></div></div>
          <div data-id="estimatedvalue-FieldSectionItemContainer"><label id="x-estimatedvalue-estimatedvalue-field-label">Est. Revenue</label><input data-id="estimatedvalue.fieldControl-currency-text-input" value="$3.00"></div></div></div>`),
    ).toEqual({ dealName: 'Current deal', amount: 3 });
  });

  it('reads a lone header placed outside the record region, but not one of two', () => {
    const item = (name: string, value: string) =>
      `<uci-header-control-list-item data-name="header_${name}"><div slot="value" class="value-text">${value}</div><div slot="label" class="label">x</div></uci-header-control-list-item>`;
    const header = (value: string) => `<uci-header-control-list><template shadowrootmode="open">${item('estimatedvalue', value)}</template></uci-header-control-list>`;
    const form = '<div role="main"><div data-id="editFormRoot"><h1 data-id="header_title">Deal</h1></div></div>';
    expect(readDeal(`${header('$5.00')}${form}`)).toEqual({ dealName: 'Deal', amount: 5 });
    expect(readDeal(`<div id="headerControlsList_2"><div><div>$6.00</div><div>Est. Revenue</div></div></div>${form}`)).toEqual({ dealName: 'Deal', amount: 6 });
    expect(readDeal(`${header('$5.00')}${header('$7.00')}${form}`)).toEqual({ dealName: 'Deal' });
  });

  it('takes the active process stage from its status label before the selected one', () => {
    expect(
      readDeal(`<div role="main"><div data-id="editFormRoot"><div id="bpfContainer"><ul aria-label="Business Process Flow">
        <li data-selected-stage="false"><div id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName_1">Qualify</div><label id="MscrmControls.Containers.ProcessBreadCrumb-stageStatusLabel">Active for 2 days</label></li>
        <li data-selected-stage="true"><div id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName_2">Develop</div></li>
      </ul></div></div></div>`),
    ).toEqual({ stage: 'Qualify' });
  });
});

describe('dynamics hosts', () => {
  it('accepts every documented regional host and no other', () => {
    const id = '3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21';
    const url = (host: string) => new URL(`https://${host}/main.aspx?pagetype=entityrecord&etn=account&id=${id}`);
    for (const region of ['', '2', '3', '4', '5', '6', '7', '8', '9', '11', '12', '14', '15', '16', '17', '19', '20', '21', '22']) {
      expect(dynamics.detect(url(`org.crm${region}.dynamics.com`)), region).toEqual({ kind: 'company', id });
    }
    for (const host of ['org.crm10.dynamics.com', 'org.crm13.dynamics.com', 'crm.dynamics.com', 'org.dynamics.com', 'a.b.crm.dynamics.com', 'org.crm4.dynamics.com.example.org']) {
      expect(dynamics.detect(url(host)), host).toBeUndefined();
    }
  });

  it('has a match pattern for every accepted host and example', () => {
    const patterns = dynamics.matches.map((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
    for (const { url } of urlExamples(dynamics.id).records) {
      const { origin } = new URL(url);
      expect(patterns.some((pattern) => pattern.test(`${origin}/`)), url).toBe(true);
    }
    expect(dynamics.matches).not.toContain('https://*.dynamics.com/*');
  });
});
