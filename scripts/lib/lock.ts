import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IntrospectionQuery } from 'graphql';
import { REPO_ROOT, sha256, type UpstreamSource } from './schemaSource.ts';

export interface LockEntry {
  /** Stash's repository and tag the schema comes from (see UpstreamSource). */
  source: UpstreamSource;
  /** sha256 of every input file, keyed by its path inside `source.path`. */
  inputs: Record<string, string>;
  artifact: { path: string; sha256: string };
}

export interface SchemaLock {
  primary: string;
  versions: Record<string, LockEntry>;
}

export const LOCK_PATH = join(REPO_ROOT, 'schema/stash-schema.lock.json');
/** In the testing package, the only one that reads them at run time (the fake builds its schema from them). */
export const ARTIFACT_DIR = 'packages/testing/introspection';
export const VERSIONS_MODULE = join(REPO_ROOT, 'packages/core/src/__generated__/versions.ts');
export const AVAILABILITY_MODULE = join(REPO_ROOT, 'packages/core/src/__generated__/availability.ts');

export const artifactPath = (version: string) => `${ARTIFACT_DIR}/${version}.json`;

export function readLock(): SchemaLock | undefined {
  return existsSync(LOCK_PATH) ? (JSON.parse(readFileSync(LOCK_PATH, 'utf8')) as SchemaLock) : undefined;
}

export const serializeIntrospection = (i: IntrospectionQuery) => `${JSON.stringify(i, null, 1)}\n`;

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Numeric comparison of vX.Y.Z so v0.100.0 sorts after v0.30.1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/).map(Number);
  const pb = b.replace(/^v/, '').split(/[.-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function renderVersionsModule(lock: SchemaLock): string {
  const versions = Object.keys(lock.versions).sort(compareVersions);
  return `${GENERATED_HEADER}
/** Stash versions whose schema this build was generated from and tested against, oldest first. */
export const STASH_SCHEMA_VERSIONS = ${JSON.stringify(versions)} as const;
export type StashSchemaVersion = (typeof STASH_SCHEMA_VERSIONS)[number];
/** The version the typed documents and methods were generated from. */
export const PRIMARY_STASH_VERSION: StashSchemaVersion = ${JSON.stringify(lock.primary)};
`;
}

export const GENERATED_HEADER = `/* eslint-disable */
// biome-ignore-all lint: generated file
/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by \`pnpm schema:sync\` / \`pnpm codegen\` from the Stash schema recorded in schema/stash-schema.lock.json.
 */`;

export { sha256 };

/** Every "Type", "Type.field", "Input.field" and "Enum.VALUE" a schema has. */
function coordinates(i: IntrospectionQuery): Set<string> {
  const out = new Set<string>();
  for (const t of i.__schema.types) {
    if (t.name.startsWith('__')) continue;
    out.add(t.name);
    const members =
      t.kind === 'OBJECT' || t.kind === 'INTERFACE'
        ? t.fields
        : t.kind === 'INPUT_OBJECT'
          ? t.inputFields
          : t.kind === 'ENUM'
            ? t.enumValues
            : [];
    for (const m of members) out.add(`${t.name}.${m.name}`);
  }
  return out;
}

/**
 * For each coordinate of the newest schema that an older supported version lacks, the oldest version having it:
 * what a capability error quotes as "needs Stash >= vX.Y".
 */
export function renderAvailabilityModule(lock: SchemaLock, load: (version: string) => IntrospectionQuery): string {
  const versions = Object.keys(lock.versions).sort(compareVersions);
  const sets = versions.map((v) => ({ v, coords: coordinates(load(v)) }));
  const newest = sets.at(-1)?.coords ?? new Set<string>();
  const since: [string, string][] = [];
  for (const c of [...newest].sort()) {
    // The oldest version from which every later supported version has it.
    let first: string | undefined;
    for (let k = sets.length - 1; k >= 0 && sets[k]!.coords.has(c); k--) first = sets[k]!.v;
    if (first && first !== versions[0]) since.push([c, first]);
  }
  return `${GENERATED_HEADER}
/** Schema coordinates absent from some supported Stash version, mapped to the oldest version that has them. */
export const SCHEMA_AVAILABLE_SINCE: Readonly<Record<string, string>> = {
${since.map(([c, v]) => `  ${JSON.stringify(c)}: ${JSON.stringify(v)},`).join('\n')}
};
`;
}
