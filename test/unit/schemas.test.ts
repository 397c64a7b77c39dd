import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_SCHEMA_KEYWORDS, CHROME_SCHEMA_TYPES, managedSchema, playbookJsonSchema, toChromeSchema } from '../../lib/playbook/json-schema';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { getIn } from '../../lib/playbook/form/paths';
import { formatSchema, SCHEMA_FILES } from '../../scripts/gen-schemas';

describe('generated schemas', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s matches what lib/playbook/schema.ts generates (run npm run gen:schemas)', (file, generate) => {
    expect(readFileSync(path.resolve(file), 'utf8')).toBe(formatSchema(generate()));
  });

  it("managed_schema uses only Chrome's keywords and types, with an object at the top", () => {
    const schema = managedSchema();
    expect(schema.type).toBe('object');
    const problems: string[] = [];
    const ids = new Set<string>();
    const refs: string[] = [];
    const walk = (node: Record<string, unknown>, at: string) => {
      if (typeof node.$ref === 'string') {
        // Chrome's own references: to an `id` in the same schema, never a JSON pointer.
        refs.push(node.$ref);
        for (const key of Object.keys(node)) if (!CHROME_SCHEMA_KEYWORDS.$ref!.includes(key)) problems.push(`${at}: keyword ${key} beside $ref`);
        return;
      }
      if (typeof node.id === 'string') ids.add(node.id);
      if (!(CHROME_SCHEMA_TYPES as readonly string[]).includes(node.type as string)) problems.push(`${at}: type ${String(node.type)}`);
      for (const key of Object.keys(node)) {
        if (!CHROME_SCHEMA_KEYWORDS[node.type as string]?.includes(key)) problems.push(`${at}: keyword ${key} on ${String(node.type)}`);
      }
      if (Array.isArray(node.enum) && (node.enum.length === 0 || node.enum.some((v) => typeof v !== (node.type === 'string' ? 'string' : 'number')))) {
        problems.push(`${at}: enum must be a non-empty list of ${String(node.type)}`);
      }
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, `${at}.${key}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${at}[]`);
    };
    walk(schema, '$');
    expect(problems).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids).toContain(ref);
    expect((schema.properties as Record<string, Record<string, unknown>>).playbook!.id).toBeUndefined();
    expect(Object.keys(schema.properties as object)).toEqual(['playbook', 'configUrl', 'locked', 'rememberLinkedRecords']);
  });

  it('flattens condition unions into one object; recursion uses Chrome id/$ref', () => {
    const converted = toChromeSchema(playbookJsonSchema());
    const when = getIn(converted, 'properties.icp.properties.criteria.items.properties.when') as { type: string; id: string; properties: Record<string, { enum?: unknown; items?: unknown }> };
    expect(when.type).toBe('object');
    expect(when.id).toBe('PlaycardCondition');
    expect(when.properties.not).toEqual({ $ref: 'PlaycardCondition' });
    expect(when.properties.all!.items).toEqual({ $ref: 'PlaycardCondition' });
    expect(getIn(converted, 'properties.products.items.properties.fitsWhen')).toEqual({ $ref: 'PlaycardCondition' });
    expect(when.properties.is!.enum).toEqual(['oneOf', 'between', 'contains', 'known', 'unknown']);
    expect(Object.keys(when.properties)).toEqual(expect.arrayContaining(['field', 'values', 'min', 'max', 'keywords', 'all', 'any', 'not']));
    expect(JSON.stringify(converted)).not.toMatch(/"(anyOf|oneOf|allOf|const|definitions)":|"#\//);
  });

  it('the published playbook schema describes the default playbook', () => {
    const schema = playbookJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const key of schema.required) expect(DEFAULT_PLAYBOOK).toHaveProperty(key);
    for (const key of Object.keys(DEFAULT_PLAYBOOK)) expect(schema.properties).toHaveProperty([key]);
  });
});
