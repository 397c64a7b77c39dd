/**
 * Selector alternatives in an adapter's `fieldContainers` / `ignoredRegions` that no fixture shows, each with why it
 * stays. The harness fails on any other alternative that matches nothing in any fixture (a typo, markup that
 * changed under a selector nobody noticed) and on an entry here that a fixture does show (the list stays true).
 */
export const UNSEEN_SELECTORS: Record<string, Record<string, string>> = {
  salesforce: {
    'force-highlights-details-item': 'Aura highlights panel item, on orgs without the LWC panel; the fixtures show records-highlights-details-item',
    'force-record-layout-item': 'layout item of older (Aura) record pages; the fixtures show records-record-layout-item and flexipage-field',
  },
  hubspot: {
    '[data-profile-property]': 'sidebar rows of the ~2019–2022 record page; the legacy fixture has span[data-test-id] rows',
    '[data-test-id="IndexPageInlineSidebar"]': "the index page's preview of another record, never on a record page's saved markup",
  },
  dynamics: {
    '[data-id="bpfContainer"]': 'data-id form of #bpfContainer in later builds; the fixtures carry the id',
    '[data-lp-id*="PowerAppsOneGrid"]': 'editable subgrids (Power Apps grid control); the fixtures show read-only subgrids',
  },
  zoho: {
    'crux-view-info-tooltip': 'opens on hover; a saved page has it closed',
    'lyte-menu': 'opens on click; a saved page has it closed',
  },
  odoo: {
    '.o_Chatter': 'chatter of Odoo 14–16; the fixtures are Odoo 17 (.o-mail-Chatter)',
    '.oe_chatter': 'chatter of Odoo 13 and older',
    '.modal': 'a dialog over the form; none is open in the fixtures',
    '.o_dialog': 'a dialog over the form; none is open in the fixtures',
    '.o_field_many2many': 'many2many lists; the fixtures have none',
  },
  suitecrm: {
    '.panelContainer': 'panel body of detail views; arrives with a panel, which the fixtures show as .detail-view-row',
    'td[field]': 'detail tables of SuiteCRM 7.9 and older',
  },
  espocrm: {
    '.popover': 'opens on hover; a saved page has it closed',
  },
};
