/**
 * packages/testing/src/backend/SEMANTICS.md names, beside each rule's Stash source, the fake's own file that
 * implements it: a `Fake` column in the rule tables, `fake:` after a heading's or an item's sources. A renamed or
 * split module must not leave the document pointing at nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lib/schemaSource.ts';

const PACKAGE = join(REPO_ROOT, 'packages/testing');
const BACKEND = join(PACKAGE, 'src/backend');
const text = readFileSync(join(BACKEND, 'SEMANTICS.md'), 'utf8');
const lines = text.split('\n');

const ticked = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
/** Table cells, splitting on `|` but not on the escaped `\|` inside a rule's text. */
const cells = (row: string) =>
  row
    .trim()
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

interface Table {
  header: string[];
  rows: string[][];
}

function tables(): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith('|') || !lines[i + 1]?.startsWith('| -')) continue;
    const table: Table = { header: cells(lines[i] as string), rows: [] };
    for (i += 2; lines[i]?.startsWith('|'); i++) table.rows.push(cells(lines[i] as string));
    out.push(table);
  }
  return out;
}

/** Every file the document names as the fake's, with the line that names it. */
function fakeFiles(): { file: string; where: string }[] {
  const out: { file: string; where: string }[] = [];
  for (const t of tables()) {
    const col = t.header.indexOf('Fake');
    for (const r of t.rows)
      for (const file of ticked(r[col] ?? '')) out.push({ file, where: (r[0] ?? '').slice(0, 60) });
  }
  for (const line of lines) {
    if (line.startsWith('|')) continue;
    // `fake:` up to the end of the heading or the closing parenthesis of an item's sources
    for (const m of line.matchAll(/fake: ([^)]*?)(?:\)|$)/g))
      for (const file of ticked(m[1] as string)) out.push({ file, where: line.slice(0, 60) });
  }
  return out;
}

describe('SEMANTICS.md', () => {
  it('every rule table has a Fake column, filled on every row', () => {
    const all = tables();
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const t of all) {
      expect(t.header).toEqual(['Rule', 'Source', 'Fake']);
      for (const r of t.rows)
        expect([r[0]?.slice(0, 60), ticked(r[2] ?? '').length > 0]).toEqual([r[0]?.slice(0, 60), true]);
    }
  });

  it('every heading that names a Stash source also names the fake file', () => {
    const headings = lines.filter((l) => /^#{2,3} /.test(l) && /`[^`]+\.go`/.test(l));
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect([h, /; fake: `/.test(h)]).toEqual([h, true]);
  });

  it('every fake file it names exists (relative to src/backend/, or to the package for src/...)', () => {
    const named = fakeFiles();
    expect(named.length).toBeGreaterThan(40);
    const missing = named.filter(({ file }) => !existsSync(join(file.startsWith('src/') ? PACKAGE : BACKEND, file)));
    expect(missing).toEqual([]);
  });
});
