import { StashClient, StashInputError } from '@stash-graphql/core';
import { createStash, type IngestItem, ingest } from '@stash-graphql/store';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const ITEMS: IngestItem[] = [
  {
    path: '/dl/acme/first_clip.mp4',
    title: 'First',
    date: '2025-01-02',
    details: 'one',
    urls: ['https://example.com/1'],
    studio: 'Acme',
    performers: ['Alex', { name: 'Sam', disambiguation: 'climber' }],
    tags: ['Outdoor', 'hiking'],
    stash_ids: [{ endpoint: 'https://stashdb.org/graphql', stash_id: 'abc-1' }],
    cover: 'https://example.com/1/cover.jpg',
  },
  { path: '/dl/acme/second%clip.mp4', title: 'Second', studio: 'acme', performers: ['alex'], tags: ['outdoor'] },
  { path: '/dl/acme/photos/one.png', title: 'Photo', tags: ['Photo'], studio: 'Acme' },
];

describe('ingest', () => {
  let stash: FakeStash;
  beforeAll(async () => {
    stash = await createFakeStash();
  });
  afterAll(() => stash.close());
  beforeEach(() => {
    stash.reset();
    for (const f of [
      '/dl/acme/first_clip.mp4',
      '/dl/acme/firstXclip.mp4',
      '/dl/acme/second%clip.mp4',
      '/dl/acme/photos/one.png',
    ]) {
      stash.library.addFile({ path: f, size: 100 });
    }
  });

  it('scans, resolves by exact path, finds or creates names, and updates in batches', async () => {
    const { client, store } = createStash({ url: stash.url });
    // Existing data is matched the way Stash matches: a tag by alias, case-insensitively.
    await client.tagCreate({ input: { name: 'Hiking Trips', aliases: ['HIKING'] } });
    // firstXclip.mp4 sits beside first_clip.mp4 and matches it as a LIKE pattern (`_` is a wildcard there).
    stash.requests.clear();
    const progress: number[] = [];
    const report = await ingest(store, ITEMS, { onScanProgress: (j) => progress.push(j.progress ?? 0) });

    expect(report.failed).toBe(0);
    expect(report.updated).toBe(3);
    expect(report.created).toEqual({ studios: ['Acme'], performers: ['Alex', 'Sam'], tags: ['Outdoor', 'Photo'] });
    expect(report.results.map((r) => [r.kind, r.status])).toEqual([
      ['Scene', 'updated'],
      ['Scene', 'updated'],
      ['Image', 'updated'],
    ]);
    expect(report.results[0]?.changed).toEqual(
      expect.arrayContaining([
        'title',
        'date',
        'details',
        'urls',
        'studio',
        'performers',
        'tags',
        'stash_ids',
        'cover_image',
      ]),
    );
    expect(progress.length).toBeGreaterThan(0);

    // What was sent: one scan of the items' folders (Stash cannot scan a file in a folder it has not seen), and the
    // updates batched.
    const scan = stash.requests.find((r) => r.operationName === 'MetadataScan');
    expect(scan?.variables).toEqual({ input: { paths: ['/dl/acme'] } });
    // Entity updates went out in one batch; the cover (not readable back) in its own sceneUpdate.
    expect(stash.requests.count('StashBatch')).toBeGreaterThanOrEqual(1);
    expect(stash.requests.filter((r) => r.operationName === 'SceneUpdate').map((r) => r.variables)).toEqual([
      { input: { id: expect.any(String), cover_image: 'https://example.com/1/cover.jpg' } },
    ]);

    // What came back, read independently of the store.
    const check = new StashClient({ url: stash.url });
    const { scenes } = await check.findScenes({ filter: { sort: 'path', per_page: -1 } });
    expect(scenes).toHaveLength(3); // firstXclip.mp4 was scanned too, and never confused with first_clip.mp4
    const first = scenes.find((s) => s.files[0]?.path === '/dl/acme/first_clip.mp4')!;
    expect(first).toMatchObject({
      title: 'First',
      date: '2025-01-02',
      details: 'one',
      urls: ['https://example.com/1'],
    });
    expect(first.studio?.name).toBe('Acme');
    expect(first.tags.map((t) => t.name).sort()).toEqual(['Hiking Trips', 'Outdoor']);
    expect(first.performers.map((p) => p.name).sort()).toEqual(['Alex', 'Sam']);
    expect(first.stash_ids.map((s) => s.stash_id)).toEqual(['abc-1']);
    const xclip = scenes.find((s) => s.files[0]?.path === '/dl/acme/firstXclip.mp4')!;
    expect(xclip.title ?? '').toBe('');
    expect((await check.findStudios({})).count).toBe(1);
    await check.close();
  });

  it('running it again changes nothing and creates nothing', async () => {
    const { store } = createStash({ url: stash.url });
    await ingest(store, ITEMS);
    const before = {
      tags: (await store.client.findTags({})).count,
      performers: (await store.client.findPerformers({})).count,
    };
    stash.requests.clear();
    const { store: fresh } = createStash({ url: stash.url });
    const again = await ingest(fresh, ITEMS);
    expect(again.updated).toBe(0);
    expect(again.unchanged).toBe(3);
    expect(again.created).toEqual({ studios: [], performers: [], tags: [] });
    const mutations = stash.requests.filter(
      (r) => /Create|Update|StashBatch/.test(r.operationName ?? '') && r.operationName !== 'MetadataScan',
    );
    expect(mutations.map((r) => r.operationName)).toEqual([]);
    expect((await fresh.client.findTags({})).count).toBe(before.tags);
    expect((await fresh.client.findPerformers({})).count).toBe(before.performers);
  });

  it('looks up hundreds of paths in one request per kind, reading only what the items set', async () => {
    const paths = [
      ...Array.from({ length: 150 }, (_, i) => `/dl/many/clip_${i}.mp4`),
      ...Array.from({ length: 350 }, (_, i) => `/dl/many/photos/pic_${i}.png`),
    ];
    for (const path of paths) stash.library.addFile({ path, size: 10 });
    const { store } = createStash({ url: stash.url });
    await store.client.scan({ paths: ['/dl/many'] });
    stash.requests.clear();
    const report = await ingest(
      store,
      paths.map((path, i) => ({ path, title: `t ${i}`, ...(i % 2 ? { tags: ['Many'] } : {}) })),
      { scan: false },
    );
    expect(report.results.find((r) => r.error)?.error).toBeUndefined();
    expect(report.updated).toBe(500);
    const lookups = stash.requests.filter((r) => /^find(Scenes|Images)$/.test(r.rootFields[0] ?? ''));
    expect(lookups.map((r) => r.rootFields[0])).toEqual(['findScenes', 'findImages']);
    // What the items set is read to compare (titles; tags as ids), nothing else: no urls, stash ids or performers
    // (Stash reads each list with a query per entity), none of the default tier (details, paths, …).
    for (const r of lookups) {
      expect(r.query).toMatch(/tags\s*\{\s*id/);
      expect(r.query).toMatch(/\btitle\b/);
      expect(r.query).not.toMatch(/\b(urls|stash_ids|performers|details|paths|created_at)\b/);
      // No count: Stash would run the path regex a second time to count what a lookup reads whole anyway.
      expect(r.query).not.toMatch(/\bcount\b/);
    }
  });

  it('reports per item: a path outside the library fails with a reason, the others still land', async () => {
    const { store } = createStash({ url: stash.url });
    const report = await ingest(store, [ITEMS[1]!, { path: '/not/in/library.mp4', title: 'x' }], {
      resolveTimeoutMs: 300,
    });
    expect(report.results.map((r) => r.status)).toEqual(['updated', 'failed']);
    expect(report.results[1]?.error).toBeInstanceOf(StashInputError);
    expect(report.results[1]?.error?.message).toContain('/not/in/library.mp4');
  });

  it('an invalid item fails on its own, before any request', async () => {
    const { store } = createStash({ url: stash.url });
    stash.requests.clear();
    const report = await ingest(store, [{ path: 'relative.mp4' }, { path: '/a.mp4', rating100: 101 }]);
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(report.results[0]?.error).toBeInstanceOf(StashInputError);
    expect(report.results[0]?.error?.message).toMatch(/path: must be an absolute file path/);
    expect(report.results[1]?.error?.message).toMatch(/rating100/);
    expect(stash.requests).toHaveLength(0);
    await expect(ingest(store, 'items' as never)).rejects.toThrow(StashInputError);
  });

  it('waits for a scan that lags behind', async () => {
    // The scan job finds nothing yet; the file appears right after the first lookup missed it, as when a download
    // is still being moved in. (Ordered by the requests themselves, not by timers.)
    const late = '/dl/late/clip.mp4';
    let lookups = 0;
    const { store } = createStash({
      url: stash.url,
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        if (typeof init?.body === 'string' && init.body.includes('findScenes') && ++lookups === 1) {
          stash.library.addFile({ path: late, size: 1 });
          await fetch(input, {
            ...init,
            body: JSON.stringify({
              query: 'mutation { metadataScan(input: { paths: ["/dl/late"] }) }',
            }),
          });
        }
        return res;
      },
    });
    const report = await ingest(store, [{ path: late, title: 'Late' }], {
      resolveIntervalMs: 20,
      resolveTimeoutMs: 10_000,
    });
    expect(report.results[0]?.status).toBe('updated');
    expect(lookups).toBeGreaterThan(1);
  });
});
