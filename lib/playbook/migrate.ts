/**
 * Playbook files written for older schema versions, brought forward before validation. Runs on every
 * playbook that comes from outside (imported file, config URL, policy) and is pure.
 *
 * Version 0 is the shape playbooks had before `schemaVersion` existed:
 * - no `schemaVersion` key;
 * - `icp.tiers` as a list: `[{ "tier": "A", "min": 80 }, { "tier": "B", "min": 60 }, …]`;
 * - product priority spelled `loss_leader` (now `loss-leader`).
 * Anything else passes through untouched; the schema reports what is still wrong.
 *
 * Version 1 later gained two optional keys, `questionLimit` and `coaching`, without a new format
 * number: a file without them means what it always meant (8 questions shown, no coaching), so it
 * needs no step here, and a file that does not use them stays readable by an older Playcard.
 */
import { SCHEMA_VERSION } from './rules';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema version a playbook-shaped value claims: 0 when it has none, NaN when it is not a playbook at all. */
export function playbookSchemaVersion(input: unknown): number {
  if (!isObject(input)) return Number.NaN;
  if (!('schemaVersion' in input)) return 0;
  return typeof input.schemaVersion === 'number' ? input.schemaVersion : Number.NaN;
}

function fromV0(input: Json): Json {
  const out: Json = { ...input, schemaVersion: 1 };
  if (isObject(input.icp) && Array.isArray(input.icp.tiers)) {
    const tiers: Json = {};
    for (const entry of input.icp.tiers) {
      if (isObject(entry) && typeof entry.tier === 'string') tiers[entry.tier] = entry.min;
    }
    out.icp = { ...input.icp, tiers };
  }
  if (Array.isArray(input.products)) {
    out.products = input.products.map((product) =>
      isObject(product) && product.priority === 'loss_leader' ? { ...product, priority: 'loss-leader' } : product,
    );
  }
  return out;
}

/** One step per version: MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, (input: Json) => Json> = { 0: fromV0 };

/**
 * Brings an older playbook up to SCHEMA_VERSION. Values that are not objects, or that claim an unknown
 * or newer version, are returned as they are: validation then says what is wrong.
 */
export function migratePlaybook(input: unknown): unknown {
  let version = playbookSchemaVersion(input);
  let current = input as Json;
  while (Number.isInteger(version) && version < SCHEMA_VERSION && MIGRATIONS[version]) {
    current = MIGRATIONS[version]!(current);
    version += 1;
  }
  return current;
}
