import type { StashClient } from '@stash-graphql/core';
import {
  createStash,
  type IngestItem,
  ingest,
  type StashEntityStore,
  StashIngestItemError,
  StashNameConflictError,
} from '@stash-graphql/store';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';

const FILES = ['/dl/a/one.mp4', '/dl/a/two.mp4', '/dl/a/three.mp4', '/dl/a/pic.png'];

describe('the item type comes from the same schema as the run-time check', () => {
  it('compiles what the check accepts and refuses what it refuses', () => {
    expectTypeOf<IngestItem['tags']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<IngestItem['rating100']>().toEqualTypeOf<number | null | undefined>();
    const ok: IngestItem = { path: '/a.mp4', performers: ['Alex', { name: 'Sam', disambiguation: 'x' }] };
    // @ts-expect-error a single tag is not a list
    const one: IngestItem = { path: '/a.mp4', tags: 'Outdoor' };
    // @ts-expect-error unknown key
    const typo: IngestItem = { path: '/a.mp4', tilte: 'x' };
    expect([ok, one, typo]).toHaveLength(3);
  });
});

describe('ingest: per-item outcomes with messy downloader data', () => {
  let stash: FakeStash;
  let client: StashClient;
  let store: StashEntityStore;
  beforeAll(async () => {
    stash = await createFakeStash();
  });
  afterAll(() => stash.close());
  beforeEach(async () => {
    stash.reset();
    for (const path of FILES) stash.library.addFile({ path, size: 10 });
    ({ client, store } = createStash({ url: stash.url, retry: { maxAttempts: 1 } }));
    await client.studioCreate({ input: { name: 'Acme' } });
    await client.tagCreate({ input: { name: 'Outdoor' } });
    await client.tagCreate({ input: { name: 'axb' } });
    await client.performerCreate({ input: { name: 'Alex' } });
    stash.requests.clear();
  });

  it('names with stray spaces and other case resolve to what exists; nothing is created, nothing aborts', async () => {
    const report = await ingest(store, [
      { path: FILES[0] as string, studio: ' Acme ', tags: ['Outdoor ', 'OUTDOOR'], performers: [' Alex'] },
    ]);
    expect(report.results[0]).toMatchObject({ status: 'updated', changed: ['studio', 'tags', 'performers'] });
    expect(report.created).toEqual({ studios: [], performers: [], tags: [] });
    expect(stash.requests.filter((r) => /Create\b/.test(r.rootFields.join(' ')))).toHaveLength(0);
    const scene = (
      await client.findScenes({ scene_filter: { path: { value: FILES[0] as string, modifier: 'EQUALS' } } })
    ).scenes[0];
    expect([scene?.studio?.name, scene?.tags.map((t) => t.name), scene?.performers.map((p) => p.name)]).toEqual([
      'Acme',
      ['Outdoor'],
      ['Alex'],
    ]);
  });

  it('a wrong shape, an unknown key, a name conflict each fail their item only, with a typed error', async () => {
    const items = [
      JSON.parse('{"path":"/dl/a/one.mp4","tags":"Outdoor"}'),
      JSON.parse('{"path":"/dl/a/two.mp4","tilte":"Typo"}'),
      { path: FILES[2] as string, title: 'Conflict', tags: ['A_B'] },
      { path: FILES[3] as string, title: 'Fine', tags: ['New tag'] },
    ] as IngestItem[];
    const report = await ingest(store, items);
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'updated']);
    const [shape, typo, conflict] = report.results.map((r) => r.error);
    expect(shape).toBeInstanceOf(StashIngestItemError);
    expect((shape as StashIngestItemError).issues).toEqual([
      { path: 'tags', message: 'expected Array, got "Outdoor"' },
    ]);
    expect(typo).toBeInstanceOf(StashIngestItemError);
    expect((typo as StashIngestItemError).issues[0]?.message).toMatch(
      /^unknown key "tilte" \(did you mean "title"\?\); valid keys: path, title, code, date/,
    );
    expect(conflict).toBeInstanceOf(StashNameConflictError);
    expect((conflict as StashNameConflictError).existing.id).toBe('2');
    // Nothing was sent for the invalid items, nor for the conflicting one; no one-letter tags were created.
    const tags = await client.findTags({ filter: { per_page: 100, sort: 'id' } });
    expect(tags.tags.map((t) => t.name)).toEqual(['Outdoor', 'axb', 'New tag']);
    const updated = stash.requests
      .filter((r) => r.rootFields.some((f) => f === 'sceneUpdate' || f === 'imageUpdate'))
      .flatMap((r) => Object.values(r.variables ?? {}));
    expect(updated).toEqual([{ id: expect.any(String), title: 'Fine', tag_ids: [expect.any(String)] }]);
    const titles = (await client.findScenes({ filter: { per_page: 10 } })).scenes.map((s) => s.title);
    expect(titles).toEqual(['', '', '']);
  });

  it('duplicate paths in one call are merged, with a warning on each', async () => {
    const report = await ingest(store, [
      { path: FILES[0] as string, title: 'First', tags: ['Outdoor'] },
      { path: FILES[0] as string, title: 'Second', tags: ['Extra'] },
    ]);
    expect(report.results.map((r) => [r.status, r.id])).toEqual([
      ['updated', report.results[0]?.id],
      ['updated', report.results[0]?.id],
    ]);
    expect(report.results[0]?.warnings).toEqual([
      'duplicate path: merged with item 1',
      "title: items 0 and 1 differ; item 1's value is used",
    ]);
    expect(report.results[1]?.warnings[0]).toBe('duplicate path: merged with item 0');
    const updates = stash.requests.filter((r) => r.rootFields.includes('sceneUpdate'));
    expect(updates).toHaveLength(1);
    const scene = (await client.findScenes({})).scenes.find((s) => s.files[0]?.path === FILES[0]);
    expect([scene?.title, scene?.tags.map((t) => t.name).sort()]).toEqual(['Second', ['Extra', 'Outdoor']]);
  });

  it('a server error on one item’s update is that item’s outcome; the others land', async () => {
    stash.faults.inject({ operation: 'sceneUpdate', databaseLocked: true, times: 1 });
    const report = await ingest(store, [
      { path: FILES[0] as string, title: 'A' },
      { path: FILES[1] as string, title: 'B' },
    ]);
    expect(report.results.map((r) => r.status).sort()).toEqual(['failed', 'updated']);
    expect(report.results.find((r) => r.status === 'failed')?.error?.message).toMatch(/database is locked/);
  });

  it('a run-wide failure (the server refuses the key) rejects the run', async () => {
    const keyed = await createFakeStash({ apiKey: 'right' });
    try {
      const { store: wrong } = createStash({ url: keyed.url, apiKey: 'wrong', retry: { maxAttempts: 1 } });
      await expect(ingest(wrong, [{ path: '/dl/x.mp4', title: 'x' }])).rejects.toMatchObject({ kind: 'auth' });
      await wrong.client.close();
    } finally {
      await keyed.close();
    }
  });

  it('after the scan, an ingest takes a handful of requests; a rerun sends no name lookups', async () => {
    const items: IngestItem[] = FILES.map((path, i) => ({
      path,
      title: `T${i}`,
      studio: i % 2 ? 'Acme' : 'New Studio',
      performers: ['Alex', `P${i}`],
      tags: ['Outdoor', `Tag ${i}`, 'shared'],
    }));
    await ingest(store, items, { scan: true });
    const byOp = stash.requests.map((r) => r.operationName);
    expect(byOp.filter((n) => n !== 'MetadataScan' && !/Job|FindJob/.test(n ?? '')).length).toBeLessThanOrEqual(12);
    stash.requests.clear();
    await ingest(store, items, { scan: false });
    const lookups = stash.requests.filter((r) =>
      r.rootFields.some((f) => ['findTags', 'findStudios', 'findPerformers'].includes(f)),
    );
    expect(lookups).toHaveLength(0);
    expect(stash.requests.filter((r) => r.operationName === 'StashBatch')).toHaveLength(0);
  });
});
