import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeStash } from '@stash-graphql/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCoverage } from '../lib/apiCoverage.ts';
import { artifactPath, readLock, serializeIntrospection, sha256 } from '../lib/lock.ts';
import { diffSchemas, formatDiff } from '../lib/schemaDiff.ts';
import {
  findLocalSource,
  loadFromDir,
  loadFromGit,
  loadFromUrl,
  REPO_ROOT,
  readIntrospection,
} from '../lib/schemaSource.ts';

// The upstream schema files are not in the repo; these checks need a local copy (CI has ../shared beside the clone).
const upstream = (v: string) => ({ repository: 'github.com/stashapp/stash', tag: v, path: 'graphql/schema' });
const local = findLocalSource('v0.30.1', upstream('v0.30.1'));
const SHARED = local?.kind === 'dir' ? join(local.location, '..') : undefined;
const tmp = mkdtempSync(join(tmpdir(), 'stash-sync-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('schema sync', () => {
  const lock = readLock()!;

  it('locks every supported version as a Stash tag, with the checksum of its artifact', () => {
    expect(lock.primary).toBe('v0.30.1');
    expect(Object.keys(lock.versions)).toEqual(['v0.28.1', 'v0.29.3', 'v0.30.1']);
    for (const [version, entry] of Object.entries(lock.versions)) {
      expect(entry.source).toEqual(upstream(version));
      expect(sha256(readFileSync(join(REPO_ROOT, artifactPath(version))))).toBe(entry.artifact.sha256);
    }
  });

  it.skipIf(!SHARED)('re-derives every artifact from a folder of the upstream files, matching the lock', () => {
    for (const [version, entry] of Object.entries(lock.versions)) {
      const loaded = loadFromDir(join(SHARED!, version));
      expect(loaded.version).toBe(version);
      expect(loaded.source).toEqual(upstream(version));
      expect(entry.inputs).toEqual(loaded.inputs);
      expect(entry.inputs['schema.graphql']).toBe(sha256(readFileSync(join(SHARED!, version, 'schema.graphql'))));
      const text = serializeIntrospection(loaded.introspection);
      expect(sha256(text)).toBe(entry.artifact.sha256);
      expect(readFileSync(join(REPO_ROOT, artifactPath(version)), 'utf8')).toBe(text);
    }
  });

  it.skipIf(!SHARED)('reads a Stash git checkout at a ref, without touching its work tree', () => {
    const repo = join(tmp, 'stash');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });
    execFileSync('git', ['init', '-q', repo]);
    cpSync(join(SHARED!, 'v0.29.3'), join(repo, 'graphql/schema'), { recursive: true });
    git('add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'schema');
    git('tag', 'v0.29.3');
    rmSync(join(repo, 'graphql'), { recursive: true });
    const loaded = loadFromGit(repo, 'v0.29.3');
    expect(loaded.version).toBe('v0.29.3');
    expect(loaded.source).toEqual(upstream('v0.29.3'));
    expect(loaded.readFrom).toMatch(/@v0\.29\.3$/);
    expect(loaded.inputs).toEqual(lock.versions['v0.29.3']!.inputs);
    expect(serializeIntrospection(loaded.introspection)).toBe(
      readFileSync(join(REPO_ROOT, artifactPath('v0.29.3')), 'utf8'),
    );
  });

  it('reads a running server by introspection, sending the key only as a header', async () => {
    const stash = await createFakeStash({ version: 'v0.28.1', apiKey: 'k-123' });
    try {
      await expect(loadFromUrl(stash.url)).rejects.toThrow(/401.*--api-key/);
      await expect(loadFromUrl(`${stash.url}?apikey=k-123`, 'k-123')).rejects.toThrow(/never inside the URL/);
      const loaded = await loadFromUrl(stash.url, 'k-123');
      expect(loaded.version).toBe('v0.28.1');
      expect(loaded.source).toEqual({ repository: 'github.com/stashapp/stash', tag: 'v0.28.1', via: 'introspection' });
      expect(loaded.readFrom).toBe(stash.url);
      // The server's answer round-trips to exactly what the file source produced.
      expect(serializeIntrospection(loaded.introspection)).toBe(
        readFileSync(join(REPO_ROOT, artifactPath('v0.28.1')), 'utf8'),
      );
      expect(stash.requests.every((r) => r.headers.apikey === '[redacted]')).toBe(true);
    } finally {
      await stash.close();
    }
  });

  it('diffs two versions: added, removed and newly deprecated', () => {
    const load = (v: string) => readIntrospection(join(REPO_ROOT, artifactPath(v)));
    const d = diffSchemas(load('v0.29.3'), load('v0.30.1'));
    expect(d.added).toContain('Mutation.bulkStudioUpdate');
    expect(d.added).toContain('BulkStudioUpdateInput');
    expect(d.added).not.toContain('BulkStudioUpdateInput.ids');
    expect(d.removed).toEqual([]);
    const back = diffSchemas(load('v0.30.1'), load('v0.29.3'));
    expect(back.removed).toContain('Mutation.bulkStudioUpdate');
    expect(formatDiff('v0.29.3', 'v0.30.1', d)).toMatch(/^Stash schema v0\.29\.3 -> v0\.30\.1\nAdded \(\d+\)\n {2}\+ /);
    const out = execFileSync('pnpm', ['-s', 'schema:diff', '--from', 'v0.28.1', '--to', 'v0.29.3'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('Stash schema v0.28.1 -> v0.29.3');
    expect(out).toContain('+ Query.findFiles');
  });

  it('api:coverage finds an operation for every root field (74 / 129 / 3)', () => {
    expect(apiCoverage().map((c) => [c.root, c.covered, c.total, c.missing])).toEqual([
      ['Query', 74, 74, []],
      ['Mutation', 129, 129, []],
      ['Subscription', 3, 3, []],
    ]);
  });
});
