import { describe, expect, it } from 'vitest';
import { zoho } from '../../lib/crm/zoho';
import { parseHtmlDocument } from '../../scripts/html-document';
import { createReadContext } from '../../lib/extract/read-context';

const adapter = zoho;

describe('zoho reading on odd markup', () => {
  const url = 'https://crm.zoho.com/crm/org749302118/tab/Leads/5725767000004518203';
  const route = adapter.detect(new URL(url))!;
  const page = (body: string) => parseHtmlDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
  const byField = (body: string) =>
    Object.fromEntries(adapter.readFields(createReadContext(page(body)), route).filter((pair) => pair.field).map((pair) => [pair.field, pair.raw.trim()]));

  it('returns nothing, without throwing, on an empty or foreign page', () => {
    expect(adapter.readFields(createReadContext(page('')), route)).toEqual([]);
    expect(adapter.readFields(createReadContext(page('<div id="mouseArea__"></div><div id="mouseArea__COMPANY"></div><span id="subvalue_"></span>')), route)).toEqual(
      expect.any(Array),
    );
  });

  it('reads older pages: value ids without a row, the header name under LASTNAME', () => {
    const fields = byField(
      '<span id="headervalue_LASTNAME"><span id="subvalue_LASTNAME">Ms. Carla Ruiz</span></span>' +
        '<table><tr><td class="label">Company</td><td id="value_COMPANY"><span id="subvalue_COMPANY">Ruiz Foods SL</span></td></tr>' +
        '<tr><td class="label">No. of Employees</td><td id="value_EMPCT">85</td></tr></table>',
    );
    expect(fields).toEqual({ fullName: 'Ms. Carla Ruiz', company: 'Ruiz Foods SL', employees: '85' });
  });

  it('reads the title card keyed by LASTNAME (before 2026-08) or FULLNAME', () => {
    expect(byField('<div id="tc_mouseArea__LASTNAME"><crux-text-component><span class="cxElemCompViewWrap">Ms. Carla Ruiz</span></crux-text-component></div>')).toEqual({
      fullName: 'Ms. Carla Ruiz',
    });
    expect(byField('<div id="tc_mouseArea__FULLNAME"><crux-text-component id="titlecard_FULLNAME" cx-prop-value="Dr. Ana Gil"><span class="cxElemCompViewWrap">Dr. Ana Gil</span></crux-text-component></div>')).toEqual({
      fullName: 'Dr. Ana Gil',
    });
  });

  it('does not take a body LASTNAME row for the full name, and falls back to the mobile for the phone', () => {
    const row = (column: string, label: string, value: string) =>
      `<div id="mouseArea__${column}"><div class="dv_info_label">${label}</div><div class="dv_info_value"><span id="subvalue_${column}">${value}</span></div></div>`;
    const pairs = adapter.readFields(createReadContext(page(row('MOBILE', 'Mobile', '+34 600 111 222') + row('LASTNAME', 'Last Name', 'Ruiz') + row('PHONE', 'Phone', '-'))), route);
    expect(pairs.filter((pair) => pair.field === 'fullName')).toEqual([]);
    // PHONE is empty ("-"), so the mobile that comes after it is what readRecord keeps.
    expect(pairs.filter((pair) => pair.field === 'phone').map((pair) => pair.raw)).toEqual(['-', '+34 600 111 222']);
  });

  it('reads custom fields and label-keyed rows by label, and drops other standard columns', () => {
    const pairs = adapter.readFields(createReadContext(page(
        '<div id="mouseArea__LEADCF7"><div class="dv_info_label">Main Competitor:</div><div class="dv_info_value">Locus</div></div>' +
          '<div id="mouseArea__Lead Source"><div>Lead Source</div><div>Chat</div></div>' +
          '<div id="mouseArea__SHIPPINGCOUNTRY"><div class="dv_info_label">Country</div><div class="dv_info_value">Spain</div></div>',
      )), route);
    expect(pairs.map((pair) => [pair.label, pair.raw.trim(), pair.field])).toEqual([
      ['Main Competitor', 'Locus', undefined],
      ['Lead Source', 'Chat', undefined],
    ]);
  });

  it('ignores rows inside related lists and hovercards', () => {
    const fields = byField(
      '<crm-relatedlist><div id="mouseArea__COMPANY"><div class="dv_info_label">Company</div><div class="dv_info_value">Other Ltd</div></div></crm-relatedlist>' +
        '<lyte-hovercard><span id="subvalue_WEBSITE">www.other.example</span></lyte-hovercard>',
    );
    expect(fields).toEqual({});
  });
});
