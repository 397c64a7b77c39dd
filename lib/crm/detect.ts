import type { CrmAdapter, RecordRoute } from './types';

export interface DetectedRecord extends RecordRoute {
  adapter: CrmAdapter;
}

/** Which CRM record (if any) a URL shows. Cheap: runs first, before anything touches the DOM. */
/** The adapters are passed in, never imported here: each content script bundles only its own CRM's. */
export function detectRecord(href: string, adapters: readonly CrmAdapter[]): DetectedRecord | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  for (const adapter of adapters) {
    const route = adapter.detect(url);
    if (route) return { adapter, ...route };
  }
  return undefined;
}

export function adapterById(id: string, adapters: readonly CrmAdapter[]): CrmAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}
