/**
 * Every string a user reads goes through `t()` (lib/i18n.ts). This scans the UI sources with the
 * TypeScript parser for text that skipped it: JSX text, text-bearing attributes, and capitalised
 * string literals. A line that must keep a literal (a key name, a format) says `i18n-ignore`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Code that renders or writes text for people. Adapters, labels and the default playbook are data. */
const UI_SOURCES = [
  'components',
  'entrypoints',
  'lib/content',
  'lib/scoring/call-prep.ts',
  'lib/config/sync.ts',
  'lib/config/policy.ts',
  'lib/rep/activity.ts',
  'lib/rep/week-text.ts',
  'lib/crm/sites.ts',
  'lib/config/active-playbook.ts',
  'lib/extract/record.ts',
  'lib/playbook/io.ts',
  'lib/playbook/lint.ts',
  'lib/playbook/form',
  'lib/scoring',
];
/** Sample content inside the UI folders: record values a CRM would show, not UI text. */
const SAMPLE_DATA = new Set(['components/options/preview/demo-records.ts']);
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** Literals that look like words but are identifiers: keyboard keys, event names, CSV/JSON keys. */
const NOT_TEXT = new Set(['Enter', 'Escape', 'Tab', 'Home', 'End', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Backspace', 'Delete', 'Space', 'PageUp', 'PageDown']);

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(full, name));
}

interface Finding {
  where: string;
  text: string;
}

function findUntranslated(file: string): Finding[] {
  const code = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = code.split('\n');
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    if (/i18n-ignore/.test(lines[line] ?? '') || /i18n-ignore/.test(lines[line - 1] ?? '')) return;
    findings.push({ where: `${relative(ROOT, file)}:${line + 1}`, text: text.trim().slice(0, 60) });
  };
  const isTranslationCall = (node: ts.Node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'tn'].includes(node.expression.text);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || isTranslationCall(node)) return;
    // console messages are for developers; thrown errors are caught and logged, never shown.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.expression.getText() === 'console') return;
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (TEXT_ATTRIBUTES.has(name) && /\p{L}/u.test(node.initializer.text)) report(node, `${name}="${node.initializer.text}"`);
      return;
    }
    if (ts.isJsxAttribute(node) && ['class', 'className', 'id', 'for', 'href', 'key', 'type', 'role', 'name', 'rel', 'target', 'autocomplete', 'inputMode', 'lang', 'dir'].includes(node.name.getText())) return;
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && ['id', 'kind', 'type', 'crm', 'key', 'field', 'className', 'class'].includes(node.name.text)) return;
    if (ts.isElementAccessExpression(node) || ts.isLiteralTypeNode(node) || ts.isCaseClause(node)) return;
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^\p{Lu}\p{Ll}/u.test(node.text) && !NOT_TEXT.has(node.text)) {
      report(node, node.text);
    }
    if (ts.isTemplateExpression(node) && /^\p{Lu}\p{Ll}+[\s:,]/u.test(node.head.text)) report(node, node.getText());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('UI strings go through i18n', () => {
  const files = UI_SOURCES.flatMap(sourceFiles).filter((file) => !SAMPLE_DATA.has(relative(ROOT, file)));

  it('finds the UI sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('has no user-visible literal outside t()', () => {
    const findings = files.flatMap(findUntranslated);
    expect(findings.map((f) => `${f.where}  ${f.text}`)).toEqual([]);
  });

  it('the scanner catches the shapes it claims to, and lets t() and identifiers through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-probe-'));
    const probe = join(dir, 'Probe.tsx');
    writeFileSync(
      probe,
      [
        "const saved = 'Saved to your browser';",
        'export const A = () => <p class="pc-muted" title="Fold the sidebar">Why us {t(\'ok\')}</p>;',
        "export const B = () => <button aria-label={t('close')} onKeyDown={(e) => e.key === 'Escape'}>{'Copy notes'}</button>;",
        "const key = 'Enter'; // a key name",
        "const fine = 'Enter the room'; // i18n-ignore",
      ].join('\n'),
    );
    const found = findUntranslated(probe).map((f) => f.text);
    rmSync(dir, { recursive: true });
    expect(found).toEqual(['Saved to your browser', 'title="Fold the sidebar"', 'Why us', 'Copy notes']);
  });
});
