import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  introspectionFromSchema,
} from 'graphql';

/** Where `schema:sync` reads a schema on this machine: a folder, a Stash git clone at a ref, or a running server. */
export type SchemaSource =
  | { kind: 'dir'; location: string }
  | { kind: 'git'; location: string; ref: string }
  | { kind: 'url'; location: string };

export const STASH_REPOSITORY = 'github.com/stashapp/stash';
/** The schema's folder inside Stash's repository. */
export const STASH_SCHEMA_PATH = 'graphql/schema';

/**
 * What the lock records: the schema's upstream origin (Stash's repository, a tag, the folder inside it), never a path
 * on one machine, so any clone can tell where its artifacts came from and check a local copy against the checksums.
 * A schema read from a running server records `via: 'introspection'` instead of a folder.
 */
export type UpstreamSource =
  | { repository: string; tag: string; path: string }
  | { repository: string; tag: string; via: 'introspection' };

export const upstreamLabel = (u: UpstreamSource) =>
  `${u.repository}@${u.tag}${'path' in u ? `:${u.path}` : ' (introspection)'}`;

export interface LoadedSchema {
  version: string;
  /** Where it came from upstream (recorded in the lock). */
  source: UpstreamSource;
  /** Where it was read on this machine (printed, never recorded). */
  readFrom: string;
  /** sha256 of every input, keyed by its path inside the source. */
  inputs: Record<string, string>;
  introspection: IntrospectionQuery;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

const INTROSPECTION_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: false,
  inputValueDeprecation: true,
} as const;

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

const VERSION_RE = /^v\d+\.\d+\.\d+(?:-[\w.]+)?$/;

function checkVersion(version: string | undefined, what: string): string {
  if (!version || !VERSION_RE.test(version)) {
    throw new Error(`Cannot tell the Stash version of ${what}; pass --version vX.Y.Z (got ${JSON.stringify(version)})`);
  }
  return version;
}

const toPosix = (p: string) => p.split(sep).join('/');

function listGraphqlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listGraphqlFiles(full));
    else if (name.endsWith('.graphql') || name.endsWith('.graphqls')) out.push(full);
  }
  return out;
}

/** Builds from SDL files in a stable (sorted) order so the introspection output is reproducible. */
function fromSdlFiles(files: Record<string, string>): IntrospectionQuery {
  const names = Object.keys(files).sort();
  if (names.length === 0) throw new Error('No .graphql files found in the schema source');
  const schema: GraphQLSchema = buildSchema(names.map((n) => files[n]).join('\n'));
  return introspectionFromSchema(schema, INTROSPECTION_OPTIONS);
}

function hashAll(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((n) => [n, sha256(files[n] as string)]),
  );
}

export function loadFromDir(dir: string, version?: string): LoadedSchema {
  const abs = resolve(dir);
  const v = checkVersion(version ?? abs.split(sep).pop(), abs);
  const files: Record<string, string> = {};
  for (const f of listGraphqlFiles(abs)) files[toPosix(relative(abs, f))] = readFileSync(f, 'utf8');
  return {
    version: v,
    source: { repository: STASH_REPOSITORY, tag: v, path: STASH_SCHEMA_PATH },
    readFrom: toPosix(relative(REPO_ROOT, abs)) || '.',
    inputs: hashAll(files),
    introspection: fromSdlFiles(files),
  };
}

/** Reads graphql/schema at a ref straight from git objects, so a bare clone works and no checkout is touched. */
export function loadFromGit(checkout: string, ref: string, version?: string): LoadedSchema {
  const abs = resolve(checkout);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', abs, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const listing = git('ls-tree', '-r', '--name-only', ref, '--', STASH_SCHEMA_PATH);
  const files: Record<string, string> = {};
  for (const path of listing.split('\n').filter((p) => /\.graphqls?$/.test(p))) {
    files[path.slice(`${STASH_SCHEMA_PATH}/`.length)] = git('show', `${ref}:${path}`);
  }
  return {
    version: checkVersion(version ?? ref, `${abs}@${ref}`),
    source: { repository: STASH_REPOSITORY, tag: ref, path: STASH_SCHEMA_PATH },
    readFrom: `${toPosix(relative(REPO_ROOT, abs)) || '.'}@${ref}`,
    inputs: hashAll(files),
    introspection: fromSdlFiles(files),
  };
}

export async function loadFromUrl(url: string, apiKey?: string, version?: string): Promise<LoadedSchema> {
  const parsed = new URL(url);
  if (parsed.username || parsed.password || parsed.search) {
    throw new Error('Pass credentials with --api-key, never inside the URL');
  }
  const post = async (query: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(apiKey ? { ApiKey: apiKey } : {}),
      },
      body: JSON.stringify({ query }),
    });
    if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}${res.status === 401 ? ' (check --api-key)' : ''}`);
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as Record<string, unknown>;
  };
  const raw = (await post(getIntrospectionQuery(INTROSPECTION_OPTIONS))) as unknown as IntrospectionQuery;
  const reported = version ?? ((await post('{ version { version } }')).version as { version?: string })?.version;
  // Round-trip so a server's answer has exactly the shape the file sources produce.
  const introspection = introspectionFromSchema(buildClientSchema(raw), INTROSPECTION_OPTIONS);
  const text = JSON.stringify(introspection);
  const v = checkVersion(reported ?? undefined, url);
  return {
    version: v,
    source: { repository: STASH_REPOSITORY, tag: v, via: 'introspection' },
    readFrom: `${parsed.origin}${parsed.pathname}`,
    inputs: { introspection: sha256(text) },
    introspection,
  };
}

export function readIntrospection(path: string): IntrospectionQuery {
  return JSON.parse(readFileSync(path, 'utf8')) as IntrospectionQuery;
}

/**
 * Where a local copy of a locked version's upstream source may be, in order: $STASH_SCHEMA_DIR/<version> and
 * ../shared/stash-schema/<version> (folders of .graphql files), then $STASH_GIT_DIR and ../stash (a Stash clone,
 * bare is fine, holding the tag). The first that exists is used; none needs to.
 */
export function localSourceCandidates(version: string, upstream: UpstreamSource): SchemaSource[] {
  if (!('path' in upstream)) return [];
  const dirs = [process.env.STASH_SCHEMA_DIR, join(REPO_ROOT, '../shared/stash-schema')].filter(
    (d): d is string => !!d,
  );
  const gits = [process.env.STASH_GIT_DIR, join(REPO_ROOT, '../stash')].filter((d): d is string => !!d);
  return [
    ...dirs.map((d) => ({ kind: 'dir' as const, location: resolve(d, version) })),
    ...gits.map((g) => ({ kind: 'git' as const, location: resolve(g), ref: upstream.tag })),
  ];
}

function gitHasRef(dir: string, ref: string): boolean {
  try {
    execFileSync('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The first local copy of a locked version's source that exists on this machine, if any. */
export function findLocalSource(version: string, upstream: UpstreamSource): SchemaSource | undefined {
  return localSourceCandidates(version, upstream).find((c) =>
    c.kind === 'dir'
      ? existsSync(c.location)
      : c.kind === 'git' && existsSync(c.location) && gitHasRef(c.location, c.ref),
  );
}

export const describeCandidates = (version: string, upstream: UpstreamSource) =>
  localSourceCandidates(version, upstream)
    .map((c) => (c.kind === 'git' ? `${c.location} (git, ${c.ref})` : c.location))
    .join(', ');
