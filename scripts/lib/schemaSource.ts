import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  introspectionFromSchema,
} from 'graphql';

/** Where a schema came from, as recorded in the lock (paths relative to the repo root). */
export type SchemaSource =
  | { kind: 'dir'; location: string }
  | { kind: 'git'; location: string; ref: string }
  | { kind: 'url'; location: string };

export interface LoadedSchema {
  version: string;
  source: SchemaSource;
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
  const files: Record<string, string> = {};
  for (const f of listGraphqlFiles(abs)) files[toPosix(relative(abs, f))] = readFileSync(f, 'utf8');
  return {
    version: checkVersion(version ?? abs.split(sep).pop(), abs),
    source: { kind: 'dir', location: toPosix(relative(REPO_ROOT, abs)) },
    inputs: hashAll(files),
    introspection: fromSdlFiles(files),
  };
}

/** Reads graphql/schema at a ref straight from git objects, so a bare clone works and no checkout is touched. */
export function loadFromGit(checkout: string, ref: string, version?: string): LoadedSchema {
  const abs = resolve(checkout);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', abs, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const listing = git('ls-tree', '-r', '--name-only', ref, '--', 'graphql/schema');
  const files: Record<string, string> = {};
  for (const path of listing.split('\n').filter((p) => /\.graphqls?$/.test(p))) {
    files[path.slice('graphql/schema/'.length)] = git('show', `${ref}:${path}`);
  }
  return {
    version: checkVersion(version ?? ref, `${abs}@${ref}`),
    source: { kind: 'git', location: toPosix(relative(REPO_ROOT, abs)), ref },
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
  return {
    version: checkVersion(reported ?? undefined, url),
    source: { kind: 'url', location: `${parsed.origin}${parsed.pathname}` },
    inputs: { introspection: sha256(text) },
    introspection,
  };
}

export function readIntrospection(path: string): IntrospectionQuery {
  return JSON.parse(readFileSync(path, 'utf8')) as IntrospectionQuery;
}
