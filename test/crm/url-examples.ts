/**
 * URLs each adapter's detection is checked against, both ways: its records (with the kind and id it
 * must return) and its own non-record pages. They live with the tests, not on the adapters, so they
 * are not shipped in every CRM tab's content script.
 */
import type { RecordKind } from '../../lib/record';

export interface UrlExamples {
  records: { url: string; kind: RecordKind; id: string }[];
  nonRecords: string[];
}

export const URL_EXAMPLES: Record<string, UrlExamples> = {
  dynamics: {
    records: [
      {
        url: 'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
        kind: 'company',
        id: '3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
      },
      {
        url: 'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=%7B8D41C2F7-2A6B-EF11-BFE3-6045BD8C92A4%7D&appid=0e7a3c55-1f2b-4d6e-9a8c-7b5d4e3f2a10',
        kind: 'lead',
        id: '8d41c2f7-2a6b-ef11-bfe3-6045bd8c92a4',
      },
      {
        url: 'https://contoso.crm11.dynamics.com/main.aspx?forceUCI=1&etn=opportunity&pagetype=entityrecord&id=b5e7a1d3-4c2f-ef11-8409-0022481a7c3e',
        kind: 'deal',
        id: 'b5e7a1d3-4c2f-ef11-8409-0022481a7c3e',
      },
      {
        url: 'https://contoso-dev.crm21.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=contact&id={7C0E5A12-9B3D-EF11-A671-000D3A5C8E21}&formid=1fed44d1-ae68-4a41-bd2b-f13acac4acfa',
        kind: 'contact',
        id: '7c0e5a12-9b3d-ef11-a671-000d3a5c8e21',
      },
      {
        url: 'https://contoso.crm.dynamics.com/main.aspx?etc=4&id=%7b8d41c2f7-2a6b-ef11-bfe3-6045bd8c92a4%7d&pagetype=entityrecord',
        kind: 'lead',
        id: '8d41c2f7-2a6b-ef11-bfe3-6045bd8c92a4',
      },
    ],
    nonRecords: [
      'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47',
      'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entitylist&etn=account&viewid=00000000-0000-0000-00aa-000010001002&viewType=1039',
      'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=dashboard&id=f1b6e5a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b&type=system',
      'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=incident&id=9a8b7c6d-5e4f-ef11-a671-000d3a5c8e21',
      'https://contoso.crm.dynamics.com/main.aspx?appid=5b4c9f2e-7d1a-4e8b-9c3f-2a6d8e1f0b47&pagetype=entityrecord&etn=account',
      'https://contoso.crm10.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
      'https://contoso.operations.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
      'https://contoso.crm.dynamics.com.evil.example/main.aspx?pagetype=entityrecord&etn=account&id=3f2a9c1e-5b7d-ef11-a671-000d3a5c8e21',
    ],
  },
  espocrm: {
    records: [
      { url: 'https://crm.example.org/#Account/view/6744a1f0c2b3d4e5f', kind: 'company', id: '6744a1f0c2b3d4e5f' },
      { url: 'https://intranet.acme.local/espo/#Lead/view/6746d2e9a1b2c3d4e', kind: 'lead', id: '6746d2e9a1b2c3d4e' },
      { url: 'https://crm.example.org/#Contact/view/6741b7c8d9e0f1a2b/', kind: 'contact', id: '6741b7c8d9e0f1a2b' },
      {
        url: 'http://espo.acme.local:8080/index.php#Opportunity/view/0190f3a2-7c1d-7e4f-9a8b-3c2d1e0f9a8b',
        kind: 'deal',
        id: '0190f3a2-7c1d-7e4f-9a8b-3c2d1e0f9a8b',
      },
    ],
    nonRecords: [
      'https://crm.example.org/#Account',
      'https://crm.example.org/#Account/edit/6744a1f0c2b3d4e5f',
      'https://crm.example.org/#Account/create',
      'https://crm.example.org/#Account/related/6744a1f0c2b3d4e5f/contacts',
      'https://crm.example.org/#Case/view/6744a1f0c2b3d4e5f',
      'https://crm.example.org/#Account/view/',
      'https://crm.example.org/',
      'https://crm.example.org/#Admin/entityManager',
    ],
  },
  hubspot: {
    records: [
      { url: 'https://app.hubspot.com/contacts/21348765/record/0-1/73851044512', kind: 'contact', id: '73851044512' },
      { url: 'https://app-eu1.hubspot.com/contacts/25999140/record/0-2/18542630917/view/1', kind: 'company', id: '18542630917' },
      { url: 'https://app-na2.hubspot.com/contacts/243381751/record/0-3/31220985514?interaction=note', kind: 'deal', id: '31220985514' },
      { url: 'https://app-ap1.hubspot.com/contacts/442914926/record/0-1/1051/', kind: 'contact', id: '1051' },
      { url: 'https://app.hubspot.com/contacts/4123456/contact/2051/', kind: 'contact', id: '2051' },
      { url: 'https://app.hubspot.com/contacts/4123456/company/881/', kind: 'company', id: '881' },
      { url: 'https://app-eu1.hubspot.com/contacts/4123456/deal/9902', kind: 'deal', id: '9902' },
    ],
    nonRecords: [
      'https://app.hubspot.com/contacts/21348765/objects/0-1/views/all/list',
      'https://app.hubspot.com/contacts/21348765/objects/0-3/views/all/board',
      'https://app.hubspot.com/contacts/21348765/record/0-5/5520031',
      'https://app.hubspot.com/contacts/21348765/ticket/5520031',
      'https://app.hubspot.com/contacts/21348765/record/2-98765/44',
      'https://app.hubspot.com/contacts/21348765/record/0-1/',
      'https://app.hubspot.com/reports-dashboard/21348765/view/9988776',
      'https://app.hubspot.com/settings/21348765/properties?type=0-1',
      'https://app.hubspot.com/property-settings/21348765/properties?type=0-2&action=edit&property=industry',
      'https://app.hubspot.com/contacts/21348765/contacts/list/view/all/',
      'https://www.hubspot.com/contacts/21348765/record/0-1/73851044512',
      'https://app.hubspot.com.evil.example/contacts/21348765/record/0-1/73851044512',
      'http://app.hubspot.com/contacts/21348765/record/0-1/73851044512',
    ],
  },
  odoo: {
    records: [
      { url: 'https://brightline.odoo.com/odoo/crm/42', kind: 'deal', id: '42' },
      { url: 'https://brightline.odoo.com/odoo/action-crm.crm_lead_all_leads/57', kind: 'lead', id: '57' },
      { url: 'https://brightline.odoo.com/odoo/contacts/7', kind: 'contact', id: '7' },
      { url: 'https://erp.example.org/odoo/contacts/7/crm/42?debug=1', kind: 'deal', id: '42' },
      { url: 'https://intranet.acme.local/odoo/crm.lead/42', kind: 'deal', id: '42' },
      { url: 'https://erp.example.org/web#id=42&cids=1&menu_id=131&action=200&model=crm.lead&view_type=form', kind: 'deal', id: '42' },
      { url: 'http://odoo.acme.local:8069/web#id=7&model=res.partner&view_type=form', kind: 'contact', id: '7' },
    ],
    nonRecords: [
      'https://brightline.odoo.com/odoo/crm',
      'https://brightline.odoo.com/odoo/crm/new',
      'https://brightline.odoo.com/odoo/action-521/42',
      'https://brightline.odoo.com/odoo/action-sale.action_quotations_with_onboarding/18',
      'https://brightline.odoo.com/odoo/crm/42/action-crm.crm_lead_lost_action',
      'https://brightline.odoo.com/odoo',
      'https://www.odoo.com/documentation/18.0/applications/sales/crm.html',
      'https://erp.example.org/web#action=200&model=crm.lead&view_type=kanban',
      'https://erp.example.org/web#id=42&model=sale.order&view_type=form',
      'https://erp.example.org/web#id=42&model=crm.lead&view_type=list',
    ],
  },
  pipedrive: {
    records: [
      { url: 'https://nordwind-sales.pipedrive.com/deal/1842', kind: 'deal', id: '1842' },
      { url: 'https://nordwind-sales.pipedrive.com/person/88', kind: 'contact', id: '88' },
      { url: 'https://nordwind-sales.pipedrive.com/organization/41?tab=notes', kind: 'company', id: '41' },
      { url: 'https://app.pipedrive.com/deal/7310/', kind: 'deal', id: '7310' },
    ],
    nonRecords: [
      'https://nordwind-sales.pipedrive.com/pipeline/1/user/everyone',
      'https://nordwind-sales.pipedrive.com/deals/list',
      'https://nordwind-sales.pipedrive.com/activities/list',
      'https://nordwind-sales.pipedrive.com/leads/inbox',
      'https://nordwind-sales.pipedrive.com/leads/inbox/4b0d3a60-5e1f-11ef-8f1b-3d9a7c1e2f10',
      'https://nordwind-sales.pipedrive.com/mail/inbox',
      'https://nordwind-sales.pipedrive.com/persons/list/user/everyone',
      'https://nordwind-sales.pipedrive.com/deal/new',
      'https://www.pipedrive.com/deal/1842',
      'https://nordwind-sales.pipedrive.com.evil.example/deal/1842',
      'http://nordwind-sales.pipedrive.com/deal/1842',
    ],
  },
  'salesforce-classic': {
    records: [
      { url: 'https://acme.my.salesforce.com/001Hs00003KxQ7b', kind: 'company', id: '001Hs00003KxQ7b' },
      { url: 'https://acme.my.salesforce.com/003Hs00002Ab9XyIAJ', kind: 'contact', id: '003Hs00002Ab9XyIAJ' },
      { url: 'https://acme.my.salesforce.com/00QHs00001Zt4Pq?srPos=0&srKp=00Q', kind: 'lead', id: '00QHs00001Zt4Pq' },
      { url: 'https://acme--uat.sandbox.my.salesforce.com/006Hs00001Mn3Rs', kind: 'deal', id: '006Hs00001Mn3Rs' },
      { url: 'https://acme.my.salesforce.com/0065g00000QrStuAAF/', kind: 'deal', id: '0065g00000QrStuAAF' },
    ],
    nonRecords: [
      'https://acme.my.salesforce.com/home/home.jsp',
      'https://acme.my.salesforce.com/001/o',
      'https://acme.my.salesforce.com/001?fcf=00BHs000001AbCd',
      'https://acme.my.salesforce.com/001Hs00003KxQ7b/e?retURL=%2F001Hs00003KxQ7b',
      'https://acme.my.salesforce.com/setup/forcecomHomepage.apexp?setupid=ForceCom',
      'https://acme.my.salesforce.com/500Hs00001XyZab',
      'https://acme.my.salesforce.com/apex/AccountOverview?id=001Hs00003KxQ7b',
      'https://login.salesforce.com/001Hs00003KxQ7b',
      // Instance hosts redirect to My Domain (enforced since Winter '24); Playcard runs on the latter only.
      'https://na1.salesforce.com/00QHs00001Zt4Pq',
      'https://www.salesforce.com/0065g00000QrStuAAF',
      'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ7bIAF/view',
      'https://acme.my.salesforce.com.evil.example/001Hs00003KxQ7b',
      'http://acme.my.salesforce.com/001Hs00003KxQ7b',
    ],
  },
  salesforce: {
    records: [
      { url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00002XyZabIAF/view', kind: 'company', id: '001Hs00002XyZabIAF' },
      { url: 'https://acme.lightning.force.com/lightning/r/Account/001Hs00003KxQ7bIAF/view', kind: 'company', id: '001Hs00003KxQ7bIAF' },
      { url: 'https://acme.lightning.force.com/lightning/r/Contact/003Hs00001AbCdeIAF/view', kind: 'contact', id: '003Hs00001AbCdeIAF' },
      { url: 'https://acme.lightning.force.com/lightning/r/Lead/00QHs00000LmNopMAF/view?ws=1', kind: 'lead', id: '00QHs00000LmNopMAF' },
      { url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Opportunity/006Hs00000QrStuIAB/view', kind: 'deal', id: '006Hs00000QrStuIAB' },
      { url: 'https://acme.lightning.force.com/lightning/r/006Hs00000QrStuIAB/view', kind: 'deal', id: '006Hs00000QrStuIAB' },
    ],
    nonRecords: [
      'https://acme.lightning.force.com/lightning/page/home',
      'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
      'https://acme.lightning.force.com/lightning/r/Account/001Hs00002XyZabIAF/related/Contacts/view',
      'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZabIAF/view',
      'https://acme.lightning.force.com/lightning/r/Account/001Hs00002XyZabIAF/edit',
      'https://acme.lightning.force.com.evil.example/lightning/r/Account/001Hs00002XyZabIAF/view',
    ],
  },
  suitecrm: {
    records: [
      {
        url: 'https://crm.example.org/index.php?module=Accounts&action=DetailView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
        kind: 'company',
        id: '4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      },
      {
        url: 'https://intranet.acme.local/suitecrm/index.php?module=Opportunities&action=DetailView&record=8b0d6f52-1c44-4e0a-b7a2-5d9e3f61c7aa',
        kind: 'deal',
        id: '8b0d6f52-1c44-4e0a-b7a2-5d9e3f61c7aa',
      },
      {
        url: 'http://crm.acme.local/index.php?action=DetailView&module=Leads&record=1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b&offset=3&stamp=1732700000',
        kind: 'lead',
        id: '1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b',
      },
      {
        url: 'https://crm.example.org/SuiteCRM/?module=Contacts&action=DetailView&record=c0ffee00-1234-4abc-9def-001122334455',
        kind: 'contact',
        id: 'c0ffee00-1234-4abc-9def-001122334455',
      },
      {
        url: 'https://crm.example.org/index.php?action=ajaxui#ajaxUILoc=index.php%3Fmodule%3DAccounts%26action%3DDetailView%26record%3D4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
        kind: 'company',
        id: '4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      },
    ],
    nonRecords: [
      'https://crm.example.org/index.php?module=Accounts&action=index',
      'https://crm.example.org/index.php?module=Accounts&action=EditView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      'https://crm.example.org/index.php?module=Cases&action=DetailView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      'https://crm.example.org/index.php?module=Accounts&action=DetailView',
      'https://crm.example.org/index.php?module=Home&action=index',
      'https://crm.example.org/index.php?action=ajaxui#ajaxUILoc=index.php%3Fmodule%3DAccounts%26action%3Dindex',
      'https://crm.example.org/public/index.php#/accounts/record/4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
      'https://crm.example.org/report.php?module=Accounts&action=DetailView&record=4f1c2a9e-7d3b-11ef-9a41-0242ac120003',
    ],
  },
  zoho: {
    records: [
      { url: 'https://crm.zoho.in/crm/org60021874/tab/Leads/781203000004518203', kind: 'lead', id: '781203000004518203' },
      { url: 'https://crm.zoho.com/crm/org749302118/tab/Contacts/5725767000002210047', kind: 'contact', id: '5725767000002210047' },
      { url: 'https://crm.zoho.com.au/crm/org7001842233/tab/Accounts/95112000000871234', kind: 'company', id: '95112000000871234' },
      { url: 'https://crm.zoho.eu/crm/org20099341/tab/Potentials/349824000058395237', kind: 'deal', id: '349824000058395237' },
      { url: 'https://crm.zoho.eu/crm/org20099341/tab/Deals/349824000058395237/', kind: 'deal', id: '349824000058395237' },
      { url: 'https://crm.zoho.com/crm/flowmortgageco/tab/Potentials/4266643000037779027?sub_module=', kind: 'deal', id: '4266643000037779027' },
      { url: 'https://crm.zoho.jp/crm/org90011223/tab/Leads/1234500000012345678', kind: 'lead', id: '1234500000012345678' },
    ],
    nonRecords: [
      'https://crm.zoho.com/crm/org749302118/tab/Leads/custom-view/5725767000000087501/list',
      'https://crm.zoho.com/crm/org749302118/tab/Home/begin',
      'https://crm.zoho.com/crm/org749302118/tab/Leads/create',
      'https://crm.zoho.eu/crm/org20099341/tab/Potentials/349824000058395237/edit',
      'https://crm.zoho.com/crm/org749302118/tab/Campaigns/5725767000001100001',
      'https://crm.zoho.com/crm/org749302118/tab/ContactsList/5725767000002210047',
      'https://crm.zoho.com/crm/org749302118/settings/modules/Leads',
      'https://accounts.zoho.com/signin?servicename=ZohoCRM',
      'https://crm.zoho.com.evil.example/crm/org749302118/tab/Leads/5725767000004518203',
      'http://crm.zoho.com/crm/org749302118/tab/Leads/5725767000004518203',
    ],
  },
};

/** One adapter's examples; a test fails for an adapter that has none. */
export function urlExamples(adapterId: string): UrlExamples {
  const examples = URL_EXAMPLES[adapterId];
  if (!examples) throw new Error(`test/crm/url-examples.ts has no examples for ${adapterId}`);
  return examples;
}
