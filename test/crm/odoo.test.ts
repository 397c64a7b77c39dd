import { describe, expect, it } from 'vitest';
import { odoo as adapter } from '../../lib/crm/odoo';
import { readRecord } from '../../lib/extract/record';
import { parseHtmlDocument } from '../../scripts/html-document';


describe('odoo reading details', () => {
  const read = (url: string, sheet: string) => {
    const route = adapter.detect(new URL(url))!;
    const body = `<div class="o_action_manager"><div class="o_form_view"><div class="o_form_renderer">${sheet}</div></div></div>`;
    const record = readRecord({ adapter, ...route }, parseHtmlDocument(`<html><body>${body}</body></html>`, url));
    return Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
  };

  it('splits a contact-of-company partner into company and person when the Extra Information page is not shown', () => {
    const fields = read(
      'https://erp.example.org/web#id=42&model=crm.lead&view_type=form',
      `<label class="o_form_label" for="partner_id_0">Customer</label>
       <div name="partner_id" class="o_field_widget o_field_res_partner_many2one"><input class="o-autocomplete--input o_input" id="partner_id_0" value="Brightline Robotics, Jane Doe"></div>
       <div name="partner_id" class="o_field_widget o_field_res_partner_many2one"></div>`,
    );
    expect(fields).toEqual({ company: 'Brightline Robotics', fullName: 'Jane Doe' });
  });

  it('never offers the selling company (company_id, in its own grid cell) as the customer, not even as "also read"', () => {
    const url = 'https://erp.example.org/web#id=42&model=crm.lead&view_type=form';
    const cell = (label: string, name: string, value: string) =>
      `<div class="o_wrap_field d-flex d-sm-contents flex-column"><div class="o_cell o_wrap_label"><label class="o_form_label" for="${name}_0">${label}</label></div>` +
      `<div class="o_cell o_wrap_input"><div name="${name}" class="o_field_widget o_field_many2one"><div class="o-autocomplete dropdown"><input type="text" class="o-autocomplete--input o_input" id="${name}_0" value="${value}"></div></div></div></div>`;
    const route = adapter.detect(new URL(url))!;
    const body = `<div class="o_action_manager"><div class="o_form_view"><div class="o_form_renderer"><div class="o_inner_group grid">${cell('Company Name', 'partner_name', 'Brightline Robotics Inc.')}${cell('Company', 'company_id', 'Northwind Sales EU')}</div></div></div></div>`;
    const record = readRecord({ adapter, ...route }, parseHtmlDocument(`<html><body>${body}</body></html>`, url));
    expect(record.fields.company?.value).toBe('Brightline Robotics Inc.');
    expect(JSON.stringify(record.fields)).not.toContain('Northwind Sales EU');
  });

  it('reads the form on screen, not an earlier record\'s form kept in the DOM behind a stylesheet', () => {
    const url = 'https://erp.example.org/web#id=43&model=crm.lead&view_type=form';
    const form = (name: string, hidden: boolean) =>
      `<div class="o_form_view${hidden ? ' pane-inactive' : ''}"><div class="o_form_renderer"><label class="o_form_label" for="name_${name}">Opportunity</label>` +
      `<div name="name" class="o_field_widget o_field_char"><input class="o_input" id="name_${name}" value="${name}"></div></div></div>`;
    const html = `<html><head><style>.pane-inactive{display:none}</style></head><body>${form('Fleet Analytics Expansion', true)}${form('Warehouse Retrofit', false)}</body></html>`;
    const route = adapter.detect(new URL(url))!;
    const record = readRecord({ adapter, ...route }, parseHtmlDocument(html, url));
    expect(record.fields.dealName?.value).toBe('Warehouse Retrofit');
  });

  it('keeps a legal form after a comma in the company name', () => {
    const fields = read(
      'https://brightline.odoo.com/odoo/crm/42',
      `<div name="partner_id" class="o_field_widget o_field_many2one"><span>Acme, Inc.</span></div>`,
    );
    expect(fields).toEqual({ company: 'Acme, Inc.' });
  });

  it('reads an individual partner name as a person, with its company from parent_id', () => {
    const fields = read(
      'https://brightline.odoo.com/odoo/contacts/8',
      `<div name="company_type" class="o_field_widget o_field_radio"><div role="radiogroup" aria-label="Company Type">
         <input type="radio" class="o_radio_input" checked data-value="person" id="company_type_0_person"><label for="company_type_0_person">Individual</label>
         <input type="radio" class="o_radio_input" data-value="company" id="company_type_0_company"><label for="company_type_0_company">Company</label></div></div>
       <div name="name" class="o_field_widget o_field_text"><textarea id="individual">Ingrid Vogel</textarea></div>
       <div name="parent_id" class="o_field_widget o_field_res_partner_many2one"><input class="o_input" id="parent_id_0" value="Nordlicht Logistik GmbH"></div>
       <label class="o_form_label" for="function_0">Job Position</label><div name="function" class="o_field_widget o_field_char"><input class="o_input" id="function_0" value="Head of Operations"></div>`,
    );
    expect(fields).toEqual({ fullName: 'Ingrid Vogel', company: 'Nordlicht Logistik GmbH', title: 'Head of Operations' });
  });

  it('reads Odoo 15 readonly widgets and the legacy status bar', () => {
    const fields = read(
      'https://erp.example.org/web#id=42&model=crm.lead&view_type=form',
      `<div class="o_statusbar_status o_field_widget" name="stage_id"><button class="btn o_arrow_button btn-primary disabled" aria-checked="true" data-value="3">Proposition</button>
         <button class="btn o_arrow_button btn-secondary" aria-checked="false" data-value="2">Qualified</button></div>
       <table><tr><td class="o_td_label"><label class="o_form_label" for="o_field_input_7">Expected Closing</label></td>
         <td><span class="o_field_date o_field_widget" name="date_deadline" id="o_field_input_7">03/15/2027</span></td></tr></table>
       <span class="o_field_monetary o_field_number o_field_widget" name="expected_revenue">$ 48,500.00</span>`,
    );
    expect(fields).toEqual({ stage: 'Proposition', closeDate: '2027-03-15', amount: 48500 });
  });
});
