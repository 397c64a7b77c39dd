import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { parsePlaybookText } from '../../lib/playbook/io';
import { migratePlaybook, playbookSchemaVersion } from '../../lib/playbook/migrate';
import { SCHEMA_VERSION } from '../../lib/playbook/rules';
import { parsePlaybook } from '../../lib/playbook/schema';

/** A playbook as written before schemaVersion existed (version 0). */
function versionZero() {
  const { schemaVersion: _dropped, questionLimit: _limit, coaching: _coaching, ...rest } = structuredClone(DEFAULT_PLAYBOOK);
  return {
    ...rest,
    icp: {
      ...rest.icp,
      tiers: [
        { tier: 'A', min: 75 },
        { tier: 'B', min: 55 },
        { tier: 'C', min: 35 },
      ],
    },
    products: rest.products.map((p) => (p.priority === 'loss-leader' ? { ...p, priority: 'loss_leader' } : p)),
  };
}

describe('migratePlaybook', () => {
  it('brings a version 0 playbook forward to the current schema', () => {
    const old = versionZero();
    expect(playbookSchemaVersion(old)).toBe(0);
    expect(parsePlaybook(old).ok).toBe(false);
    const result = parsePlaybook(migratePlaybook(old));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.playbook.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.playbook.icp.tiers).toEqual({ A: 75, B: 55, C: 35 });
    expect(result.playbook.products.filter((p) => p.priority === 'loss-leader').length).toBe(
      DEFAULT_PLAYBOOK.products.filter((p) => p.priority === 'loss-leader').length,
    );
  });

  it('reads a playbook written before questionLimit and coaching: 8 questions shown, no coaching, nothing invented', () => {
    const { questionLimit: _limit, coaching: _coaching, ...before } = structuredClone(DEFAULT_PLAYBOOK);
    const result = parsePlaybook(migratePlaybook(before));
    expect(result.ok && result.playbook.questionLimit).toBeUndefined();
    expect(result.ok && result.playbook.coaching).toBeUndefined();
    const fromZero = parsePlaybook(migratePlaybook(versionZero()));
    expect(fromZero.ok && 'coaching' in fromZero.playbook).toBe(false);
  });

  it('leaves a current playbook unchanged and does not touch its input', () => {
    expect(migratePlaybook(DEFAULT_PLAYBOOK)).toBe(DEFAULT_PLAYBOOK);
    const old = versionZero();
    const copy = structuredClone(old);
    migratePlaybook(old);
    expect(old).toEqual(copy);
  });

  it.each([null, 'text', [1], { schemaVersion: 99 }, { schemaVersion: '1' }])('passes %j through for validation to judge', (value) => {
    expect(migratePlaybook(value)).toBe(value);
  });

  it('runs on imported files', () => {
    const result = parsePlaybookText(JSON.stringify(versionZero()));
    expect(result.ok).toBe(true);
  });
});
