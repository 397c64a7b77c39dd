/**
 * Writes the JSON Schemas generated from the zod playbook schema:
 * public/playbook.schema.json (for editors) and public/managed-schema.json (Chrome enterprise policy).
 * `npm run gen:schemas` after changing lib/playbook/schema.ts; test/unit/schemas.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { managedSchema, playbookJsonSchema } from '../lib/playbook/json-schema';

export const SCHEMA_FILES = {
  'public/playbook.schema.json': playbookJsonSchema,
  'public/managed-schema.json': managedSchema,
} as const;

export const formatSchema = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  for (const [file, generate] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(path.resolve(file), formatSchema(generate()));
    console.log(`wrote ${file}`);
  }
}
