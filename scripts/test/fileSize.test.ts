import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineCount, MAX_LINES, oversizedFiles } from '../lib/fileSize.ts';
import { REPO_ROOT } from '../lib/schemaSource.ts';

describe('the 400-line rule (pnpm check:size)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  };
  const body = (n: number) => 'export const x = 1;\n'.repeat(n);

  it('holds for this repository', () => {
    expect(oversizedFiles(REPO_ROOT)).toEqual([]);
  });

  it('reports a long file without a reason, and accepts one whose header gives it', () => {
    write('src/long.ts', body(MAX_LINES + 1));
    write('src/exact.ts', body(MAX_LINES));
    write(
      'src/why.ts',
      `/**\n * A table.\n * Over 400 lines: one lookup table, read top to bottom.\n */\n${body(MAX_LINES)}`,
    );
    write('src/lateReason.ts', `${body(MAX_LINES)}// Over 400 lines: a reason after the code does not count\n`);
    write('src/emptyReason.ts', `// Over 400 lines:\n${body(MAX_LINES)}`);
    write('src/__generated__/big.ts', body(MAX_LINES * 2));
    write('node_modules/dep/big.js', body(MAX_LINES * 2));
    write('test/big.test.ts', body(MAX_LINES + 5));
    write('codegen/plugin.cjs', body(MAX_LINES + 2));
    const byName = (list: { file: string }[]) => [...list].sort((a, b) => a.file.localeCompare(b.file));
    expect(byName(oversizedFiles(dir, []))).toEqual([
      { file: 'codegen/plugin.cjs', lines: MAX_LINES + 2 },
      { file: 'src/emptyReason.ts', lines: MAX_LINES + 1 },
      { file: 'src/lateReason.ts', lines: MAX_LINES + 1 },
      { file: 'src/long.ts', lines: MAX_LINES + 1 },
      { file: 'test/big.test.ts', lines: MAX_LINES + 5 },
    ]);
    expect(
      oversizedFiles(dir, ['test/big.test.ts', 'codegen/'])
        .map((f) => f.file)
        .sort(),
    ).toEqual(['src/emptyReason.ts', 'src/lateReason.ts', 'src/long.ts']);
  });

  it('counts lines as an editor shows them (a last line without a newline counts)', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });
});
