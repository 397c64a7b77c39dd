import { describe, expect, it } from 'vitest';
import { CRM_ADAPTERS } from '../../lib/crm/index';
import { allAdapterFiles, describeAdapter } from './adapter-harness';

// Every adapter of the explicit list, Salesforce included: fixtures, provenance, detection both ways, odd markup.
for (const adapter of CRM_ADAPTERS) describeAdapter(adapter);

describe('the adapter list', () => {
  it('holds every adapter file in lib/crm, so forgetting one to register fails here', () => {
    expect(allAdapterFiles().map((adapter) => adapter.id).sort()).toEqual(CRM_ADAPTERS.map((adapter) => adapter.id).sort());
  });
});
