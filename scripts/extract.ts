/**
 * `npm run -s extract -- --url <record URL> <page.html>`: what Playcard reads from a saved CRM page,
 * as one JSON object. Uses the same lib/ code as the content script.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import './node-i18n';
import { detectRecord } from '../lib/crm/detect';
import { CRM_ADAPTERS } from '../lib/crm/index';
import { readRecord } from '../lib/extract/record';
import type { FieldValue } from '../lib/record';
import { parseHtmlDocument } from './html-document';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (!values.url || positionals.length !== 1) fail('usage: extract --url <record URL> <page.html>');
  const detected = detectRecord(values.url, CRM_ADAPTERS);
  if (!detected) fail(`not a known CRM record page: ${values.url}`);
  let html: string;
  try {
    html = await readFile(positionals[0]!, 'utf8');
  } catch (error) {
    fail(`cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const record = readRecord(detected, parseHtmlDocument(html, values.url));
  const fields: Record<string, FieldValue> = {};
  for (const [name, reading] of Object.entries(record.fields)) if (reading) fields[name] = reading.value;
  process.stdout.write(`${JSON.stringify({ crm: record.crm, kind: record.kind, id: record.id, fields })}\n`);
  for (const warning of record.warnings) process.stderr.write(`extract: warning: ${warning}\n`);
}

void main();
