/**
 * A clone of the repo on its own (no ../shared, no Stash clone beside it) passes the drift check: the lock names
 * Stash's repository and tags, not a folder on one machine, and the committed artifacts are checked by checksum.
 * Clones the committed HEAD; dependencies come offline from the pnpm store the workspace was installed from.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, readLock, type SchemaLock } from '../lib/lock.ts';
import { REPO_ROOT } from '../lib/schemaSource.ts';

const run = promisify(execFile);
const parent = mkdtempSync(join(tmpdir(), 'stash-clone-'));
const clone = join(parent, 'repo');
const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
for (const k of ['STASH_SCHEMA_DIR', 'STASH_GIT_DIR', 'STASH_URL', 'STASH_API_KEY', 'INIT_CWD']) delete env[k];

const check = () =>
  run('pnpm', ['-s', 'codegen:check'], { cwd: clone, env }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe('a clone with nothing beside it', () => {
  beforeAll(async () => {
    await run('git', ['clone', '--quiet', REPO_ROOT, clone], { env });
    await run('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent'], { cwd: clone, env });
  }, 120_000);
  // A whole node_modules tree: slow to delete on a busy machine.
  afterAll(() => rmSync(parent, { recursive: true, force: true }), 120_000);

  it('has no sibling folders, and its lock names Stash tags, not local paths', () => {
    expect(readdirSync(parent)).toEqual(['repo']);
    const lock = JSON.parse(readFileSync(join(clone, 'schema/stash-schema.lock.json'), 'utf8')) as SchemaLock;
    expect(Object.keys(lock.versions)).toEqual(Object.keys(readLock()!.versions));
    for (const [version, entry] of Object.entries(lock.versions)) {
      expect(entry.source).toEqual({ repository: 'github.com/stashapp/stash', tag: version, path: 'graphql/schema' });
      expect(Object.keys(entry.inputs)).toContain('schema.graphql');
    }
  });

  it('passes the drift check, saying each version was checked by checksum, not re-derived', async () => {
    const { code, out } = await check();
    expect(out).toContain('generated output is up to date');
    expect(code).toBe(0);
    for (const version of Object.keys(readLock()!.versions)) {
      expect(out).toContain(`${version}: no local copy of github.com/stashapp/stash@${version}:graphql/schema`);
    }
    expect(out).not.toMatch(/re-derived from/);
  });

  it('fails the drift check when a committed artifact or generated file is changed', async () => {
    const artifact = join(clone, artifactPath('v0.29.3'));
    expect(existsSync(artifact)).toBe(true);
    appendFileSync(artifact, ' ');
    appendFileSync(join(clone, 'packages/core/src/__generated__/operations.ts'), '// edited\n');
    const { code, out } = await check();
    expect(code).toBe(1);
    expect(out).toContain(`${artifactPath('v0.29.3')} does not match its checksum in the lock`);
    expect(out).toContain('packages/core/src/__generated__/operations.ts is stale');
  });
});
