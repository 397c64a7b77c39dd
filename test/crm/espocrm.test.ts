import { afterEach, describe, expect, it, vi } from 'vitest';
import { espocrm as adapter } from '../../lib/crm/espocrm';
import { readRecord } from '../../lib/extract/record';
import { parseHtmlDocument } from '../../scripts/html-document';


describe('espocrm reading details', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const read = (url: string, cells: string) => {
    const route = adapter.detect(new URL(url))!;
    const body = `<div class="detail" data-scope="Opportunity"><div class="record-grid"><div class="left"><div class="middle"><div class="panel"><div class="panel-body"><div class="row">${cells}</div></div></div></div></div></div></div>`;
    const record = readRecord({ adapter, ...route }, parseHtmlDocument(`<html><body>${body}</body></html>`, url));
    return Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
  };
  const closeDate = (text: string) =>
    `<div class="cell col-sm-6 form-group" data-name="closeDate"><label class="control-label" data-name="closeDate"><span class="label-text">Close Date</span></label><div class="field" data-name="closeDate"><span>${text}</span></div></div>`;
  const url = 'https://crm.example.org/#Opportunity/view/6751c0ffee0a1b2c3';

  it('adds the current year to readable dates shown without one, and resolves Today/Tomorrow', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 27, 12, 0));
    expect(read(url, closeDate('15 Dec'))).toEqual({ closeDate: '2026-12-15' });
    expect(read(url, closeDate('Dec 15'))).toEqual({ closeDate: '2026-12-15' });
    expect(read(url, closeDate('Tomorrow'))).toEqual({ closeDate: '2026-11-28' });
    expect(read(url, closeDate('Heute'))).toEqual({ closeDate: '2026-11-27' });
    expect(read(url, closeDate('15.03.2027'))).toEqual({ closeDate: '2027-03-15' });
  });

  it('skips cells hidden by dynamic logic and fields of another record', () => {
    const fields = read(
      url,
      `<div class="cell col-sm-6 form-group hidden-cell" data-name="amount"><label class="control-label hidden" data-name="amount"><span class="label-text">Amount</span></label><div class="field hidden" data-name="amount">$<span class="numeric-text">9,999</span></div></div>
       <div class="cell col-sm-6 form-group" data-name="contact"><label class="control-label" data-name="contact"><span class="label-text">Contact</span></label><div class="field" data-name="contact"><a href="#Contact/view/1">Timo Lund</a></div></div>
       <div class="cell col-sm-6 form-group" data-name="stage"><label class="control-label" data-name="stage"><span class="label-text">Stage</span></label><div class="field" data-name="stage"><span class="none-value">None</span></div></div>`,
    );
    expect(fields).toEqual({});
  });
});
