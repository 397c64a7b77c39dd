/**
 * JSON Schemas generated from the zod schema (the single source of truth), written to public/ by
 * scripts/gen-schemas.ts and snapshot-tested:
 * - playbook.schema.json: the published schema editors use for completion (`$schema` in a file);
 * - managed-schema.json: Chrome's `storage.managed_schema` for enterprise policy, in the subset of
 *   JSON Schema draft-03 Chrome accepts (no $schema, no JSON-pointer $ref, oneOf/anyOf/allOf, const,
 *   length limits; Chrome's own `id` + `$ref` for the recursive condition).
 * Build-time only: nothing imports this from an entrypoint.
 */
import * as z from 'zod/mini';
import { conditionSchema, playbookSchema } from './schema';

type JsonSchema = Record<string, unknown>;

/** The published playbook JSON Schema (draft-07: what editors support best). */
export function playbookJsonSchema(): JsonSchema {
  // The recursive condition gets a readable definition name instead of zod's `__schema0`.
  const metadata = z.registry<{ id?: string }>();
  metadata.add(conditionSchema, { id: 'Condition' });
  const generated = z.toJSONSchema(playbookSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any', cycles: 'ref', metadata }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Playcard playbook',
    description: 'A sales playbook for the Playcard extension: ICP, products, differentiators, questions, field mappings. Generated from lib/playbook/schema.ts.',
    ...rest,
  };
}

/**
 * Keywords Chrome's policy schema parser accepts, per type (components/policy/core/common/schema.cc);
 * anything else makes Chrome refuse to load the extension. (It also knows id, $ref, pattern,
 * patternProperties, required and sensitiveValue, which this converter does not emit; `id` is emitted
 * on object schemas only.)
 */
export const CHROME_SCHEMA_KEYWORDS: Record<string, readonly string[]> = {
  object: ['type', 'description', 'title', 'properties', 'additionalProperties', 'id'],
  $ref: ['$ref', 'description', 'title'],
  array: ['type', 'description', 'title', 'items'],
  string: ['type', 'description', 'title', 'enum'],
  integer: ['type', 'description', 'title', 'enum', 'minimum', 'maximum'],
  number: ['type', 'description', 'title'],
  boolean: ['type', 'description', 'title'],
};
export const CHROME_SCHEMA_TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'] as const;

/**
 * Names given to the generated schema's definitions in Chrome's schema. Chrome has no JSON-pointer
 * `$ref`; it has its own: a schema carries `id`, and `{"$ref": "<id>"}` elsewhere means that schema
 * (Chrome's ManagedBookmarks policy is recursive the same way). The recursive Condition needs it:
 * Chrome drops every property an object schema does not describe, so a depth-limited expansion
 * would silently strip nested `all` / `any` / `not` conditions from a policy playbook.
 */
const chromeId = (definition: string) => `Playcard${definition.replace(/[^a-z0-9]/gi, '')}`;

/**
 * Converts a generated JSON Schema to Chrome's subset. Unions of objects (the Condition shapes)
 * become one object with every member's properties; definitions become Chrome `id` / `$ref` pairs.
 * Chrome checks types only; zod still validates the full rules.
 */
export function toChromeSchema(schema: JsonSchema, root: JsonSchema = schema, defined: Set<string> = new Set()): JsonSchema {
  const definitions = (root.definitions ?? root.$defs ?? {}) as Record<string, JsonSchema>;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/(definitions|\$defs)\//, '');
    const target = definitions[name];
    if (!target) return { type: 'object' };
    // The first use carries the definition with its id; every later one (recursion included) refers to it.
    if (defined.has(name)) return { $ref: chromeId(name) };
    defined.add(name);
    return { id: chromeId(name), ...toChromeSchema(target, root, defined) };
  }
  const members = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as JsonSchema[] | undefined;
  if (members) {
    const converted = members.map((member) => toChromeSchema(member, root, defined));
    if (converted.length === 1) return withDescription(converted[0]!, schema);
    if (converted.every((member) => member.type === 'object')) {
      const properties: Record<string, JsonSchema> = {};
      for (const member of converted) {
        for (const [key, value] of Object.entries((member.properties ?? {}) as Record<string, JsonSchema>)) {
          properties[key] = mergeProperty(properties[key], value);
        }
      }
      return withDescription({ type: 'object', properties }, schema);
    }
    return withDescription(converted[0]!, schema);
  }
  const out: JsonSchema = {};
  let type = schema.type as string | undefined;
  if (type === 'number' && typeof schema.const === 'number' && Number.isInteger(schema.const)) type = 'integer';
  if (type && (CHROME_SCHEMA_TYPES as readonly string[]).includes(type)) out.type = type;
  else out.type = 'string';
  if (typeof schema.description === 'string') out.description = schema.description;
  if (out.type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    out.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toChromeSchema(value, root, defined)]));
  }
  if (out.type === 'array' && schema.items && typeof schema.items === 'object') out.items = toChromeSchema(schema.items as JsonSchema, root, defined);
  if ((out.type === 'string' || out.type === 'integer') && Array.isArray(schema.enum)) out.enum = schema.enum;
  if ((out.type === 'string' || out.type === 'integer') && schema.const !== undefined) out.enum = [schema.const];
  // Chrome accepts minimum/maximum on integers only (a "number" with them fails to load the extension).
  if (out.type === 'integer') {
    if (typeof schema.minimum === 'number') out.minimum = schema.minimum;
    if (typeof schema.maximum === 'number') out.maximum = schema.maximum;
  }
  return out;
}

function withDescription(converted: JsonSchema, original: JsonSchema): JsonSchema {
  return typeof original.description === 'string' ? { ...converted, description: original.description } : converted;
}

/** The same property in two union members (e.g. `is` in every condition): string enums merge, else the first wins. */
function mergeProperty(existing: JsonSchema | undefined, next: JsonSchema): JsonSchema {
  if (!existing) return next;
  if (Array.isArray(existing.enum) && Array.isArray(next.enum) && existing.type === next.type) {
    return { ...existing, enum: [...new Set([...(existing.enum as unknown[]), ...(next.enum as unknown[])])] };
  }
  if (existing.type === next.type) return { ...existing, ...(existing.enum && !next.enum ? { enum: undefined } : {}) };
  return existing;
}

/** Chrome's `storage.managed_schema`: the policy keys IT can set. */
export function managedSchema(): JsonSchema {
  const playbook = toChromeSchema(playbookJsonSchema());
  const { title: _title, ...playbookProperty } = playbook;
  return {
    type: 'object',
    properties: {
      playbook: {
        ...playbookProperty,
        description:
          'The playbook every user of this browser gets (the same JSON as a playbook file; see playbook.schema.json). On Windows it may be given as a JSON string. Takes precedence over a config URL and the user\'s own playbook.',
      },
      configUrl: {
        type: 'string',
        description:
          'An https:// URL of a playbook JSON file the extension follows (checked every 30 minutes, with ETag). The server must allow the extension with CORS headers (Access-Control-Allow-Origin), since no host permission is asked for.',
      },
      locked: {
        type: 'boolean',
        description: 'When true, users cannot change the playbook or config URL: the options page is read-only and says "Managed by your organization".',
      },
      rememberLinkedRecords: {
        type: 'boolean',
        description:
          'When false, the accounts and contacts a user opens are not remembered (in browser memory, for up to 12 hours) to fill the deals and contacts that link to them; what was remembered is forgotten. Default: true.',
      },
    },
  };
}
