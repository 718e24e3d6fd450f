/**
 * pnpm codegen:check — fails when regenerating would change committed output: the introspection artifacts and
 * lock (re-read from each locked dir/git source) and everything `pnpm codegen` writes. Writes nothing in the repo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  AVAILABILITY_MODULE,
  artifactPath,
  readLock,
  renderAvailabilityModule,
  renderVersionsModule,
  serializeIntrospection,
  sha256,
  VERSIONS_MODULE,
} from './lib/lock.ts';
import { loadFromDir, loadFromGit, REPO_ROOT, readIntrospection } from './lib/schemaSource.ts';

const problems: string[] = [];
const lock = readLock();
if (!lock) throw new Error('No schema/stash-schema.lock.json');

for (const [version, entry] of Object.entries(lock.versions)) {
  const { source } = entry;
  if (source.kind === 'url') {
    console.log(`skip ${version}: synced from a live server (${source.location})`);
    continue;
  }
  const loaded =
    source.kind === 'dir'
      ? loadFromDir(resolve(REPO_ROOT, source.location), version)
      : loadFromGit(resolve(REPO_ROOT, source.location), source.ref, version);
  if (JSON.stringify(loaded.inputs) !== JSON.stringify(entry.inputs))
    problems.push(`${version}: source files differ from the lock`);
  const text = serializeIntrospection(loaded.introspection);
  if (sha256(text) !== entry.artifact.sha256) problems.push(`${version}: lock checksum is stale`);
  if (readFileSync(join(REPO_ROOT, artifactPath(version)), 'utf8') !== text)
    problems.push(`${artifactPath(version)} is stale`);
}
if (readFileSync(VERSIONS_MODULE, 'utf8') !== renderVersionsModule(lock)) problems.push('versions.ts is stale');
const availability = renderAvailabilityModule(lock, (v) => readIntrospection(join(REPO_ROOT, artifactPath(v))));
if (readFileSync(AVAILABILITY_MODULE, 'utf8') !== availability) problems.push('availability.ts is stale');

const out = mkdtempSync(join(tmpdir(), 'stash-codegen-'));
try {
  execFileSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, CODEGEN_OUT: `${out}/` },
    stdio: 'inherit',
  });
  const committed = join(REPO_ROOT, 'packages/core/src/__generated__');
  for (const file of readdirSync(out)) {
    const fresh = readFileSync(join(out, file), 'utf8').replaceAll(`${out}/`, '');
    let old = '';
    try {
      old = readFileSync(join(committed, file), 'utf8');
    } catch {}
    if (fresh !== old) problems.push(`packages/core/src/__generated__/${file} is stale`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Generated output is out of date; run pnpm schema:sync && pnpm codegen:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('generated output is up to date');
