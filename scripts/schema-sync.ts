/**
 * pnpm schema:sync                                   re-sync every locked version from a local copy of its upstream
 *                                                    source ($STASH_SCHEMA_DIR, ../shared/stash-schema/<v>,
 *                                                    $STASH_GIT_DIR or ../stash at the tag; see findLocalSource),
 *                                                    or every folder of ../shared/stash-schema when there is no lock
 * pnpm schema:sync --from-dir <folder> [--version vX.Y.Z] [--primary]
 * pnpm schema:sync --from-git <checkout> --ref <tag> [--primary]
 * pnpm schema:sync --from-url <http(s)://host:port/graphql> [--api-key K] [--primary]
 *
 * Writes the introspection artifact per version, schema/stash-schema.lock.json (each version's upstream origin,
 * github.com/stashapp/stash@<tag>:graphql/schema, and the sha256 of every input) and the generated versions module, then prints the schema diff against what the lock held before for that version (or, with --primary,
 * against the previous primary version).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AVAILABILITY_MODULE,
  artifactPath,
  compareVersions,
  LOCK_PATH,
  readLock,
  renderAvailabilityModule,
  renderVersionsModule,
  type SchemaLock,
  serializeIntrospection,
  sha256,
  VERSIONS_MODULE,
  writeJson,
} from './lib/lock.ts';
import { diffSchemas, formatDiff } from './lib/schemaDiff.ts';
import {
  describeCandidates,
  findLocalSource,
  type LoadedSchema,
  loadFromDir,
  loadFromGit,
  loadFromUrl,
  REPO_ROOT,
  readIntrospection,
  type SchemaSource,
  upstreamLabel,
} from './lib/schemaSource.ts';

const { values } = parseArgs({
  options: {
    'from-dir': { type: 'string' },
    'from-git': { type: 'string' },
    ref: { type: 'string' },
    'from-url': { type: 'string' },
    'api-key': { type: 'string' },
    version: { type: 'string' },
    primary: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const apiKey = values['api-key'] ?? process.env.STASH_API_KEY;

/** Reads a schema from where it is on this machine; the lock records only its upstream origin and checksums. */
async function load(source: SchemaSource, version?: string): Promise<LoadedSchema> {
  switch (source.kind) {
    case 'dir':
      return loadFromDir(source.location, version);
    case 'git':
      return loadFromGit(source.location, source.ref, version);
    case 'url':
      return loadFromUrl(source.location, apiKey, version);
  }
}

function requested(): { source: SchemaSource; version?: string }[] {
  // pnpm runs scripts from the repo root; INIT_CWD is where the user typed the command.
  const fromCwd = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p);
  if (values['from-dir'])
    return [{ source: { kind: 'dir', location: fromCwd(values['from-dir']) }, version: values.version }];
  if (values['from-git']) {
    if (!values.ref) throw new Error('--from-git needs --ref <tag>');
    return [
      { source: { kind: 'git', location: fromCwd(values['from-git']), ref: values.ref }, version: values.version },
    ];
  }
  if (values['from-url']) return [{ source: { kind: 'url', location: values['from-url'] }, version: values.version }];
  const lock = readLock();
  if (lock) {
    return Object.entries(lock.versions).map(([version, e]) => {
      if (!('path' in e.source))
        throw new Error(`${version} was synced from a running server; sync it again with --from-url`);
      const source = findLocalSource(version, e.source);
      if (!source)
        throw new Error(
          `No local copy of ${upstreamLabel(e.source)} for ${version} (looked in ${describeCandidates(version, e.source)}); pass --from-dir, --from-git or --from-url`,
        );
      return { source, version };
    });
  }
  const shared = join(REPO_ROOT, '../shared/stash-schema');
  if (!existsSync(shared))
    throw new Error('No lock and no ../shared/stash-schema: pass --from-dir, --from-git or --from-url');
  return readdirSync(shared)
    .filter((n) => n.startsWith('v'))
    .map((n) => ({ source: { kind: 'dir', location: join(shared, n) } }));
}

async function main() {
  const before = readLock();
  const lock: SchemaLock = before ? structuredClone(before) : { primary: '', versions: {} };
  for (const req of requested()) {
    const loaded = await load(req.source, req.version);
    const text = serializeIntrospection(loaded.introspection);
    const path = artifactPath(loaded.version);
    const previousPrimary = lock.primary;
    const compareWith =
      values.primary && previousPrimary && previousPrimary !== loaded.version
        ? previousPrimary
        : lock.versions[loaded.version]
          ? loaded.version
          : undefined;
    const old = compareWith ? readIntrospection(join(REPO_ROOT, artifactPath(compareWith))) : undefined;
    mkdirSync(dirname(join(REPO_ROOT, path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, path), text);
    lock.versions[loaded.version] = {
      source: loaded.source,
      inputs: loaded.inputs,
      artifact: { path, sha256: sha256(text) },
    };
    if (values.primary) lock.primary = loaded.version;
    if (!values.quiet) {
      console.log(`synced ${loaded.version} (${upstreamLabel(loaded.source)}) from ${loaded.readFrom} -> ${path}`);
      if (old && compareWith)
        console.log(formatDiff(compareWith, loaded.version, diffSchemas(old, loaded.introspection)));
    }
  }
  if (!lock.primary) lock.primary = Object.keys(lock.versions).sort(compareVersions).at(-1) ?? '';
  lock.versions = Object.fromEntries(Object.entries(lock.versions).sort(([a], [b]) => compareVersions(a, b)));
  writeJson(LOCK_PATH, lock);
  writeFileSync(VERSIONS_MODULE, renderVersionsModule(lock));
  writeFileSync(
    AVAILABILITY_MODULE,
    renderAvailabilityModule(lock, (v) => readIntrospection(join(REPO_ROOT, artifactPath(v)))),
  );
}

main().catch((e: Error) => {
  console.error(`schema:sync failed: ${e.message}`);
  process.exit(1);
});
