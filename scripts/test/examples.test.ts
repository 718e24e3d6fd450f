/** The examples/ consumers run as users would: plain node, built packages, public entry points only. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lib/schemaSource.ts';

const run = promisify(execFile);
const env: NodeJS.ProcessEnv = { ...process.env, STASH_API_KEY: '' };
delete env.STASH_URL;

describe('examples', () => {
  it('plain Node ESM: orm entities saved in dependency order through the core client', async () => {
    const { stdout, stderr } = await run(process.execPath, ['index.mjs'], {
      cwd: join(REPO_ROOT, 'examples/esm'),
      env,
    });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ title: expect.stringMatching(/^Example /), studio: true, tags: 1 });
  });

  it('CommonJS: require() of @stash-graphql/core with typed errors', async () => {
    const { stdout, stderr } = await run(process.execPath, ['index.cjs'], {
      cwd: join(REPO_ROOT, 'examples/cjs'),
      env,
    });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ created: true, duplicate: 'rejected', found: 1 });
  });
});
