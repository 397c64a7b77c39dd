import { describe, expect, it } from 'vitest';
import { salesforceClassic as adapter } from '../../lib/crm/salesforce-classic';
import { readRecord } from '../../lib/extract/record';
import { parseHtmlDocument } from '../../scripts/html-document';


describe('salesforce-classic reading details', () => {
  const url = 'https://acme.my.salesforce.com/00QHs00001Zt4Pq';
  const read = (body: string) => {
    const route = adapter.detect(new URL(url))!;
    const record = readRecord({ adapter, ...route }, parseHtmlDocument(`<html><body>${body}</body></html>`, url));
    return Object.fromEntries(Object.entries(record.fields).map(([name, reading]) => [name, reading!.value]));
  };

  it('reads a lead without inline-edit ids by label, and strips bracketed action links', () => {
    const fields = read(`<div class="bPageBlock bDetailBlock" id="ep"><div class="pbBody"><div class="pbSubsection"><table class="detailList"><tbody>
      <tr><td class="labelCol">Email</td><td class="dataCol col02"><a href="mailto:priya@helios.de">priya@helios.de</a>&nbsp;[<a href="#">Gmail</a>]</td>
          <td class="labelCol">Lead Status</td><td class="dataCol">Open</td></tr>
      <tr><td class="labelCol">Company</td><td class="dataCol col02">[not provided]</td><td class="labelCol empty">&nbsp;</td><td class="dataCol empty">&nbsp;</td></tr>
    </tbody></table></div></div></div>`);
    expect(fields).toEqual({ email: 'priya@helios.de' });
  });

  it('maps lead ids and takes the country from the last address line', () => {
    const fields = read(`<div class="bPageBlock bDetailBlock" id="ep"><table class="detailList"><tbody>
      <tr><td class="labelCol">Name</td><td class="dataCol col02 inlineEditWrite" id="lea2_ilecell"><div id="lea2_ileinner">Ms. Priya Raman</div></td>
          <td class="labelCol">Address</td><td class="dataCol inlineEditWrite" id="lea16_ilecell"><div id="lea16_ileinner">Leopoldstraße 8<br>80802 München<br>Germany</div></td></tr>
      <tr><td class="labelCol">No. of Employees</td><td class="dataCol col02 inlineEditWrite" id="lea15_ilecell"><div id="lea15_ileinner">3,400</div></td>
          <td class="labelCol">Rating</td><td class="dataCol inlineEditWrite" id="lea14_ilecell"><div id="lea14_ileinner">Hot</div></td></tr>
    </tbody></table></div>`);
    expect(fields).toEqual({ fullName: 'Ms. Priya Raman', country: 'Germany', employees: 3400 });
  });
});
