/**
 * A fixture's provenance, checked for real: its opening comment says where its markup comes from, and every
 * source key it cites (`S13`, `P2`, `D4`) is defined in that comment or in the folder's README.md. A page with no
 * keys must name a source itself (an address, an index id, a repository file) or say it is synthetic and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function provenanceProblems(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const comment = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const readmePath = path.join(path.dirname(htmlPath), 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
  const problems: string[] = [];
  if (!comment) return ['no opening comment'];
  if (!/provenance|comes? from|sources?\b/i.test(comment)) problems.push('the opening comment does not say where the markup comes from');
  // A source key is defined at the start of a line: `S13 idx …`, `- **D1** …`, `- [H2] …`, `| P1 | …`.
  const definitions = [...`${comment}\n${readme}`.matchAll(/(?:^|\n)[ \t|*[-]*([A-Z]{1,2})(\d{1,2})\]?\**[ \t|:\]]/g)];
  const defined = new Set(definitions.map((match) => `${match[1]}${match[2]}`));
  const prefixes = new Set(definitions.map((match) => match[1]!));
  const cited = [...comment.matchAll(/(?<![\w/-])([A-Z]{1,2})(\d{1,2})(?![\w/-])/g)].filter((match) => prefixes.has(match[1]!)).map((match) => `${match[1]}${match[2]}`);
  for (const key of new Set(cited)) if (!defined.has(key)) problems.push(`source ${key} is cited but not defined in the comment or README.md`);
  const namesASource = /https?:\/\/|\bidx \d+|\b[\w.-]+\/[\w./-]+\.(?:ts|js|tpl|py|xml|json|md|html|less)\b|\bsynthetic\b/i.test(comment);
  if (!cited.length && !namesASource) problems.push('names no source (no key, address, index id, repository file, nor "synthetic")');
  return problems;
}
