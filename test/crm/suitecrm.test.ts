import { describe, expect, it } from 'vitest';
import { suitecrm as adapter } from '../../lib/crm/suitecrm';
import { readRecord } from '../../lib/extract/record';
import { parseHtmlDocument } from '../../scripts/html-document';


describe('suitecrm reading details', () => {
  const read = (url: string, body: string) => {
    const route = adapter.detect(new URL(url))!;
    const record = readRecord({ adapter, ...route }, parseHtmlDocument(`<html><body>${body}</body></html>`, url));
    return Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
  };

  it('joins a contact first and last name, and reads the country from the hidden address input', () => {
    const fields = read(
      'https://crm.example.org/index.php?module=Contacts&action=DetailView&record=c0ffee00-1234-4abc-9def-001122334455',
      `<div class="detail-view"><div class="row detail-view-row">
        <div class="col-xs-12 col-sm-6 detail-view-row-item" data-field="first_name"><div class="col-xs-12 col-sm-4 label col-1-label">First Name:</div>
          <div class="col-xs-12 col-sm-8 detail-view-field inlineEdit" type="varchar" field="first_name"><span class="sugar_field" id="first_name">Anna</span></div></div>
        <div class="col-xs-12 col-sm-6 detail-view-row-item" data-field="last_name"><div class="col-xs-12 col-sm-4 label col-2-label">Last Name:</div>
          <div class="col-xs-12 col-sm-8 detail-view-field inlineEdit" type="varchar" field="last_name"><span class="sugar_field" id="last_name">Keller</span></div></div>
        <div class="col-xs-12 col-sm-6 detail-view-row-item" data-field="primary_address_street"><div class="col-xs-12 col-sm-4 label col-1-label">Primary Address:</div>
          <div class="col-xs-12 col-sm-8 detail-view-field inlineEdit" type="varchar" field="primary_address_street"><table><tr><td>
            <input type="hidden" class="sugar_field" id="primary_address_country" value="Österreich">Gewerbepark 4<br>Linz OÖ&nbsp;&nbsp;4020<br>Österreich</td></tr></table></div></div>
      </div></div>`,
    );
    expect(fields).toEqual({ fullName: 'Anna Keller', country: 'Austria' });
  });

  it('reads the older table layout (Suite7 / SugarCRM 6.5 themes) by vardef name', () => {
    const fields = read(
      'https://crm.example.org/index.php?module=Leads&action=DetailView&record=1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b',
      `<table class="panelContainer"><tr><td width="12.5%" scope="col">Name:</td><td class="inlineEdit" type="fullname" field="full_name" width="37.5%"><span id="full_name">Dr. Ines Brandt</span></td>
        <td width="12.5%" scope="col">Lead Source:</td><td class="inlineEdit" type="enum" field="lead_source" width="37.5%"><input type="hidden" class="sugar_field" id="lead_source" value="Web Site">Web Site</td></tr></table>`,
    );
    expect(fields).toEqual({ fullName: 'Dr. Ines Brandt', leadSource: 'Web Site' });
  });
});
