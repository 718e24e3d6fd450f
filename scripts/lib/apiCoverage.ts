import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, type DocumentNode, Kind, parse } from 'graphql';
import { artifactPath, readLock } from './lock.ts';
import { REPO_ROOT, readIntrospection } from './schemaSource.ts';

/**
 * Root fields deliberately without an operation, each with its reason. Only deprecated fields may be listed.
 * Empty today: every field, deprecated ones included, has a typed operation.
 */
export const EXCLUDED: Record<string, string> = {};

export interface RootCoverage {
  root: 'Query' | 'Mutation' | 'Subscription';
  total: number;
  covered: number;
  excluded: string[];
  missing: string[];
}

export function loadFragments(dir = join(REPO_ROOT, 'fragments')): DocumentNode {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return {
    kind: Kind.DOCUMENT,
    definitions: files.flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')).definitions),
  };
}

export function apiCoverage(): RootCoverage[] {
  const lock = readLock();
  if (!lock) throw new Error('No schema lock: run pnpm schema:sync');
  const schema = buildClientSchema(readIntrospection(join(REPO_ROOT, artifactPath(lock.primary))));
  const selected = new Set<string>();
  for (const def of loadFragments().definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[def.operation];
    for (const s of def.selectionSet.selections) if (s.kind === Kind.FIELD) selected.add(`${root}.${s.name.value}`);
  }
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((type) => {
    if (!type) return [];
    const fields = Object.values(type.getFields());
    const excluded: string[] = [];
    const missing: string[] = [];
    for (const f of fields) {
      const key = `${type.name}.${f.name}`;
      if (selected.has(key)) continue;
      if (EXCLUDED[key] && f.deprecationReason) excluded.push(key);
      else missing.push(key);
    }
    return [
      {
        root: type.name as RootCoverage['root'],
        total: fields.length,
        covered: fields.length - excluded.length - missing.length,
        excluded,
        missing,
      },
    ];
  });
}
