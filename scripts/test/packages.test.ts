/**
 * The four packages as a user installs them: `pnpm pack` tarballs (built dist, package.json rewritten for publishing)
 * installed into fresh ESM and CommonJS projects outside the workspace. Dependencies come from the pnpm store
 * (`--prefer-offline`: only the registry's metadata may be fetched). Checks that a consumer gets one copy of core and
 * that `instanceof` holds across packages, and across copies when a CommonJS consumer mixes require and import.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lib/schemaSource.ts';

const run = promisify(execFile);
const PACKAGES = ['core', 'orm', 'store', 'testing'] as const;
const tmp = mkdtempSync(join(tmpdir(), 'stash-packed-'));
const env: NodeJS.ProcessEnv = { ...process.env };
for (const k of ['STASH_URL', 'STASH_API_KEY', 'INIT_CWD', 'npm_config_user_agent']) delete env[k];

/** A consumer project depending on every tarball; overrides make orm/store/testing use the tarballs too. */
async function consumer(name: string, type: 'module' | 'commonjs', tarballs: Record<string, string>) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  const deps = Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, private: true, type, dependencies: deps, pnpm: { overrides: deps } }, null, 2),
  );
  cpSync(join(REPO_ROOT, 'scripts/test/consumers'), dir, { recursive: true });
  await run('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--reporter=silent'], { cwd: dir, env });
  return dir;
}

const checks = (sent: number) => ({
  clientIsStashClient: true,
  storeError: ['StashStoreError', 'unknown-field', true],
  storeErrorIsStashError: true,
  ormError: ['StashOrmError', 'invalid-value', true],
  ormErrorIsStashError: true,
  executionError: ['StashExecutionError', true, true],
  notAStashError: false,
  // Both bad inputs were caught before any request: only the capability probe went out.
  sentBeforeSave: sent,
  sent: ['StashCapabilities', 'StashBatch', 'TagCreate'],
  savedId: '1',
  subpaths: {
    internalSharesState: true,
    internalNotInBarrel: true,
    generatedDocument: 'Document',
    generatedEnum: 'INCLUDES_ALL',
    generatedNotInBarrel: true,
    sameOperationTable: true,
  },
});

describe('packed packages in fresh consumer projects', () => {
  let tarballs: Record<string, string>;
  beforeAll(async () => {
    const out = join(tmp, 'tarballs');
    mkdirSync(out);
    for (const pkg of PACKAGES) {
      await run('pnpm', ['pack', '--pack-destination', out], { cwd: join(REPO_ROOT, 'packages', pkg), env });
    }
    tarballs = Object.fromEntries(
      PACKAGES.map((pkg) => [
        `@stash-graphql/${pkg}`,
        join(out, readdirSync(out).find((f) => f.includes(`-${pkg}-`))!),
      ]),
    );
  }, 120_000);
  // A whole node_modules tree: slow to delete on a busy machine.
  afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

  it('every tarball has its README, engines, and links to nothing outside itself', async () => {
    for (const pkg of PACKAGES) {
      const { stdout } = await run('tar', ['tzf', tarballs[`@stash-graphql/${pkg}`]!]);
      const files = stdout.trim().split('\n');
      expect(files).toContain('package/README.md');
      const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', pkg, 'package.json'), 'utf8'));
      expect(manifest.engines).toEqual({ node: '>=20.11' });
      const readme = readFileSync(join(REPO_ROOT, 'packages', pkg, 'README.md'), 'utf8');
      for (const [, link] of readme.matchAll(/\]\(([^)#]+)\)/g)) {
        if (/^https:\/\//.test(link!)) continue;
        expect(files, `${pkg} README links to ${link}`).toContain(`package/${link}`);
      }
      // The introspection artifacts ship with the fake only.
      expect(
        files.some((f) => f.includes('introspection/')),
        pkg,
      ).toBe(pkg === 'testing');
    }
  });

  it('ESM: import of all four; a store error is a StashError, the client a StashClient', async () => {
    const dir = await consumer('esm-consumer', 'module', tarballs);
    const { stdout, stderr } = await run(process.execPath, ['esm.mjs'], { cwd: dir, env });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(checks(1));
  }, 120_000);

  it('CommonJS: require() of all four loads one copy of core; mixing in import() still checks out', async () => {
    const dir = await consumer('cjs-consumer', 'commonjs', tarballs);
    const installed = readdirSync(join(dir, 'node_modules/.pnpm')).filter((d) => d.startsWith('@stash-graphql+core@'));
    expect(installed).toHaveLength(1);
    const { stdout, stderr } = await run(process.execPath, ['cjs.cjs'], { cwd: dir, env });
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    // One copy: the two entries (index, generated) and the chunk they share, all from the one installed core.
    expect(out.coreFiles.map((f: string) => f.replace(/chunk-\w+/, 'chunk'))).toEqual([
      'index.cjs',
      'chunk.cjs',
      'generated.cjs',
    ]);
    expect(out.required).toEqual(checks(1));
    // core's CJS build next to orm/store/testing's ESM builds (which load core's ESM build): two copies, same answers.
    expect(out.twoCopies).toBe(true);
    expect(out.mixed).toEqual(checks(1));
  }, 120_000);
});
