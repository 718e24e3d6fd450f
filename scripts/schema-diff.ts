/** pnpm schema:diff [--from vA] [--to vB] — prints fields added, removed and deprecated between two synced versions. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { artifactPath, compareVersions, readLock } from './lib/lock.ts';
import { diffSchemas, formatDiff } from './lib/schemaDiff.ts';
import { REPO_ROOT, readIntrospection } from './lib/schemaSource.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
const lock = readLock();
if (!lock) {
  console.error('No schema/stash-schema.lock.json: run pnpm schema:sync first');
  process.exit(1);
}
const versions = Object.keys(lock.versions).sort(compareVersions);
const to = values.to ?? lock.primary;
const from = values.from ?? versions[versions.indexOf(to) - 1];
if (!from || !lock.versions[from] || !lock.versions[to]) {
  console.error(`Need two synced versions; have ${versions.join(', ')}`);
  process.exit(1);
}
const load = (v: string) => readIntrospection(join(REPO_ROOT, artifactPath(v)));
console.log(formatDiff(from, to, diffSchemas(load(from), load(to))));
