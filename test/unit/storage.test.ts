import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshActivePlaybook, resetToDefaultPlaybook, resolveActivePlaybook, saveLocalPlaybook } from '../../lib/active-playbook';
import { watchActivePlaybook } from '../../lib/active-playbook-feed';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { parseActivePlaybook, type ActivePlaybook } from '../../lib/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('resolveActivePlaybook', () => {
  it('uses the default when nothing was saved', () => {
    expect(resolveActivePlaybook(null)).toEqual({ playbook: DEFAULT_PLAYBOOK, origin: 'default' });
  });

  it('keeps the default in force, and says why, when the saved playbook is broken', () => {
    const active = resolveActivePlaybook({ playbook: { name: 'half written' }, savedFrom: 'editor', savedAt: '2026-11-27T10:00:00Z' });
    expect(active.origin).toBe('default');
    expect(active.playbook).toBe(DEFAULT_PLAYBOOK);
    expect(active.problem).toMatch(/not valid/);
  });
});

describe('parseActivePlaybook', () => {
  it.each([null, 'text', { playbook: { schemaVersion: 99 } }, { origin: 'local' }])('rejects %j', (value) => {
    expect(parseActivePlaybook(value)).toBeNull();
  });
});

describe('saving and watching', () => {
  it('delivers the saved playbook to watchers, then the default after a reset', async () => {
    const seen: ActivePlaybook[] = [];
    const unwatch = watchActivePlaybook((active) => seen.push(active));
    await refreshActivePlaybook();
    await saveLocalPlaybook({ ...DEFAULT_PLAYBOOK, name: 'Team playbook' }, 'file');
    await resetToDefaultPlaybook();
    await new Promise((resolve) => setTimeout(resolve, 10));
    unwatch();
    expect(seen.map((active) => [active.playbook.name, active.origin, active.savedFrom])).toEqual([
      [DEFAULT_PLAYBOOK.name, 'default', undefined],
      ['Team playbook', 'local', 'file'],
      [DEFAULT_PLAYBOOK.name, 'default', undefined],
    ]);
  });
});
