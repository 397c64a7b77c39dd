/**
 * The Firefox add-on id, fixed for good: AMO ties a listing, its updates and enterprise policies
 * (`3rdparty.Extensions.<id>`) to it. A GUID, because a domain-style id would claim a domain we do not own.
 */
export const FIREFOX_ADDON_ID = '{af49d804-8e45-4321-866e-6ccc8d7c281f}';
