/**
 * Every ```ts sample in docs/*.md is type-checked and run against a fresh fake Stash, so none can go stale.
 * Samples import the built packages by name, exactly as a user would, and assert their own results.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lib/schemaSource.ts';

const run = promisify(execFile);
const DOCS = join(REPO_ROOT, 'docs');
// Inside the repo, so samples resolve @stash-graphql/* through the root node_modules like a consumer would.
const OUT = join(REPO_ROOT, 'node_modules/.doc-samples');

interface Sample {
  id: string;
  file: string;
  code: string;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const name of readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(DOCS, name), 'utf8');
    let n = 0;
    for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      n++;
      const id = `${name.replace(/\.md$/, '')}-${n}`;
      out.push({ id, file: join(OUT, `${id}.ts`), code: `${m[1]}\nexport {};\n` });
    }
  }
  return out;
}

const all = samples();

describe('docs samples', () => {
  let stash: FakeStash;
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const s of all) writeFileSync(s.file, s.code);
    writeFileSync(
      join(OUT, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          // What the strictest consumers use: optional options must accept an explicit undefined.
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    writeFileSync(join(OUT, 'package.json'), JSON.stringify({ type: 'module' }));
    stash = await createFakeStash();
  });
  afterAll(async () => {
    await stash.close();
  });

  it('there are samples in every guide', () => {
    const guides = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
    expect(guides.length).toBeGreaterThanOrEqual(1);
    for (const g of guides) expect(all.some((s) => s.id.startsWith(g.replace(/\.md$/, '')))).toBe(true);
  });

  it('every sample type-checks against the built packages', async () => {
    const tsc = join(REPO_ROOT, 'node_modules/.bin/tsc');
    const result = await run(tsc, ['-p', OUT], { cwd: OUT }).catch((e: { stdout: string }) => e);
    expect('stdout' in result ? result.stdout : '').toBe('');
  });

  it.each(all.map((s) => [s.id, s] as const))('%s runs against a fresh fake Stash', async (_id, sample) => {
    stash.reset();
    const { stderr } = await run(process.execPath, ['--import', 'tsx', sample.file], {
      cwd: OUT,
      env: { ...process.env, STASH_URL: stash.url, STASH_API_KEY: '' },
      timeout: 30_000,
    });
    expect(stderr).toBe('');
  });
});
