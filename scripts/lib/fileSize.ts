/**
 * The 400-line rule: a source file over MAX_LINES lines (outside `__generated__`) must say why in its header, a
 * comment before the first statement with a line `Over 400 lines: <reason>`. Small modules are the default; the
 * header makes each exception a decision someone wrote down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MAX_LINES = 400;

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '__generated__', '.git', '.turbo', 'api-reference', 'coverage']);
const REASON = /^\s*(?:\/\/+|\/?\*+)\s*Over 400 lines:\s*\S.{9,}/im;

export interface Oversized {
  file: string;
  lines: number;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return SKIP_DIRS.has(d.name) ? [] : sources(p);
    return d.isFile() && SOURCE.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The comment block(s) before the first line of code. */
function header(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    const t = line.trim();
    if (inBlock) {
      out.push(line);
      if (t.includes('*/')) inBlock = false;
    } else if (t === '' || t.startsWith('//') || t.startsWith('#!')) {
      out.push(line);
    } else if (t.startsWith('/*')) {
      out.push(line);
      inBlock = !t.includes('*/');
    } else break;
  }
  return out.join('\n');
}

export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Source files under root over the limit with no reason in their header, minus `allow` (paths relative to root; a trailing / names a folder). */
export function oversizedFiles(root: string, allow: readonly string[] = []): Oversized[] {
  const out: Oversized[] = [];
  for (const file of sources(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (allow.some((a) => (a.endsWith('/') ? rel.startsWith(a) : rel === a))) continue;
    const text = readFileSync(file, 'utf8');
    const lines = lineCount(text);
    if (lines > MAX_LINES && !REASON.test(header(text))) out.push({ file: rel, lines });
  }
  return out.sort((a, b) => b.lines - a.lines);
}
