import { describe, expect, it } from 'vitest';
import { askForAccess } from '../../lib/config/access-request';

describe('askForAccess', () => {
  it('tells a grant from a refusal', async () => {
    expect(await askForAccess(async () => true)).toEqual({ granted: true });
    expect(await askForAccess(async () => false)).toEqual({ granted: false });
  });

  it('turns a failed request into a reason instead of a rejection', async () => {
    const firefox = 'Cannot request origin permission for https://crm.example/* since it was not declared in the manifest';
    expect(await askForAccess(async () => Promise.reject(new Error(firefox)))).toEqual({ granted: false, failure: firefox });
    expect(await askForAccess(() => { throw 'no user gesture'; })).toEqual({ granted: false, failure: 'no user gesture' });
  });
});
