/**
 * pnpm codegen:check — fails when committed generated output is out of date. Writes nothing in the repo.
 *
 * Always (any clone, no network): each committed introspection artifact matches its checksum in the lock, the
 * versions/availability modules match the artifacts, and everything `pnpm codegen` writes matches a fresh run.
 * When a local copy of a version's upstream source is found (see findLocalSource: ../shared/stash-schema/<v>,
 * $STASH_SCHEMA_DIR, a Stash git clone at $STASH_GIT_DIR or ../stash), the artifact is also re-derived from it and its
 * inputs are checked against the lock's checksums; when none is found it says so and relies on the checksum.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import {
  describeCandidates,
  findLocalSource,
  loadFromDir,
  loadFromGit,
  REPO_ROOT,
  readIntrospection,
  upstreamLabel,
} from './lib/schemaSource.ts';

const problems: string[] = [];
const lock = readLock();
if (!lock) throw new Error('No schema/stash-schema.lock.json');

for (const [version, entry] of Object.entries(lock.versions)) {
  const artifact = join(REPO_ROOT, artifactPath(version));
  if (!existsSync(artifact)) {
    problems.push(`${artifactPath(version)} is missing`);
    continue;
  }
  const committed = readFileSync(artifact, 'utf8');
  if (sha256(committed) !== entry.artifact.sha256)
    problems.push(`${artifactPath(version)} does not match its checksum in the lock`);
  const label = upstreamLabel(entry.source);
  if (!('path' in entry.source)) {
    console.log(`${version}: ${label}, synced from a running server; checked against the lock checksum only`);
    continue;
  }
  const source = findLocalSource(version, entry.source);
  if (!source) {
    console.log(
      `${version}: no local copy of ${label} (looked in ${describeCandidates(version, entry.source)}); ` +
        'checked the committed artifact against the lock checksum, not re-derived',
    );
    continue;
  }
  const loaded =
    source.kind === 'git' ? loadFromGit(source.location, source.ref, version) : loadFromDir(source.location, version);
  console.log(`${version}: re-derived from ${loaded.readFrom} (${label})`);
  if (JSON.stringify(loaded.inputs) !== JSON.stringify(entry.inputs))
    problems.push(`${version}: source files in ${loaded.readFrom} differ from the lock's checksums`);
  const text = serializeIntrospection(loaded.introspection);
  if (sha256(text) !== entry.artifact.sha256) problems.push(`${version}: lock checksum is stale`);
  if (committed !== text) problems.push(`${artifactPath(version)} is stale`);
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
