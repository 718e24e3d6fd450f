import { StashClient } from '@stash-graphql/core';
import { Performer, Scene, Studio, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { createStash, StashEntityStore } from '../src/index.js';
import { reads, useStore } from './support.js';

const seed = {
  studios: [{ name: 'Parent' }, { name: 'Child', parent_id: '1' }],
  tags: [{ name: 'Outdoor', aliases: ['outside'] }, { name: 'Indoor' }],
  performers: [{ name: 'Ann', disambiguation: 'US' }],
  scenes: Array.from({ length: 7 }, (_, i) => ({
    title: `s${i}`,
    studio_id: '2',
    tag_ids: [i % 2 ? '1' : '2'],
    files: [{ path: `/library/s${i}.mp4`, size: 1000 + i }],
  })),
};

describe('findIter, populate, getOrCreate, saving', () => {
  const ctx = useStore(seed);

  it('findIter pages by id (keyset), never per_page -1, and survives deletes mid-iteration', async () => {
    const seen: string[] = [];
    for await (const s of ctx.store.findIter(Scene, { title__startswith: 's' }, { pageSize: 3 })) {
      seen.push(s.id);
      if (s.id === '2') await ctx.client.sceneDestroy({ input: { id: '4' } });
    }
    expect(seen).toEqual(['1', '2', '3', '5', '6', '7']);
    const pages = reads(ctx.stash, 'findScenes');
    // 6 left after the delete, 3 a page: the second page's count (3 after id 3) says it is the last; no empty page.
    expect(pages).toHaveLength(2);
    // The slim tier: no aggregate (o_counter, play_count … are SQL of their own in Stash).
    expect(pages[0]?.query).not.toMatch(/o_counter|play_count|play_history/);
    expect(pages.every((r) => (r.variables?.filter as { per_page?: number } | undefined)?.per_page === 3)).toBe(true);
    expect(pages[1]?.variables?.scene_filter).toEqual({
      title: { value: '^s', modifier: 'MATCHES_REGEX' },
      id: { value: 3, modifier: 'GREATER_THAN' },
    });
  });

  it('populate reads only what is missing, batched by type and level; hasMany through one filter query', async () => {
    const scenes = await ctx.store.find(Scene, {}, { limit: 7 });
    ctx.stash.requests.clear();
    await ctx.store.populate(scenes, ['studio__parent_studio__name', 'files__path']);
    const studio = scenes[0]?.studio as Studio;
    expect(studio.parent_studio?.name).toBe('Parent');
    // One request per type and level: the shared studio once; files (not readable by id) through their scenes.
    expect(ctx.stash.requests.map((r) => r.operationName)).toEqual(['StoreFindStudios', 'StoreFindScenes']);
    expect(ctx.stash.requests[0]?.variables).toEqual({ ids: ['2'] });
    expect(ctx.stash.requests[1]?.variables).toEqual({ ids: ['1', '2', '3', '4', '5', '6', '7'] });
    expect(scenes.map((s) => s.files?.[0]?.path)).toEqual(scenes.map((_, i) => `/library/s${i}.mp4`));
    // Everything is loaded now: a second populate sends nothing.
    await ctx.store.populate(scenes, ['studio__parent_studio__name', 'files__path']);
    expect(ctx.stash.requests).toHaveLength(2);
    const tags = (await ctx.store.getMany(Tag, ['1', '2'])) as Tag[];
    ctx.stash.requests.clear();
    await ctx.store.populate(tags, ['scenes']);
    expect(tags[0]?.scenes.toArray().map((s) => s.title)).toEqual(['s1', 's3', 's5']);
    expect(tags[0]?.scenes.toArray()[0]).toBe(scenes[1]);
    expect(reads(ctx.stash, 'findScenes')).toHaveLength(1);
    expect(reads(ctx.stash, 'findScenes')[0]?.variables?.scene_filter).toEqual({
      tags: { value: ['1', '2'], modifier: 'INCLUDES', depth: 0 },
    });
    await ctx.store.populate(tags, ['scenes']);
    expect(ctx.stash.requests).toHaveLength(1);
  });

  it("populate(['tags']) reads the tags' slim tier: no counts, no lists of their own; counts only by name", async () => {
    const ids = ['1', '2', '3', '4', '5', '6', '7'];
    const scenes = (await ctx.store.getMany(Scene, ids, { fields: ['title'] })) as Scene[];
    expect(scenes[0]?.tags.loaded).toBe(false);
    ctx.stash.requests.clear();
    await ctx.store.populate(scenes, ['tags']);
    const [read] = ctx.stash.requests;
    expect(read?.query).toMatch(/tags \{[^}]*\bname\b/);
    expect(read?.query).not.toMatch(/_count|parents|children/);
    expect(scenes[0]?.tags.toArray()[0]?.name).toBe('Indoor');
    expect(scenes[0]?.tags.toArray()[0]?.isLoaded('scene_count')).toBe(false);
    await ctx.store.populate(scenes, ['tags__scene_count']);
    expect(scenes.map((s) => s.tags.toArray()[0]?.scene_count)).toEqual([4, 3, 4, 3, 4, 3, 4]);
    expect(ctx.stash.requests.at(-1)?.query).toContain('scene_count');
  });

  it('populate sends the same number of requests for 3 entities as for 7', async () => {
    const counts: number[] = [];
    for (const n of [3, 7]) {
      const store = new StashEntityStore(ctx.client);
      const scenes = await store.find(Scene, {}, { limit: n });
      ctx.stash.requests.clear();
      await store.populate(scenes, ['studio__name', 'tags__name', 'files__path', 'performers']);
      counts.push(ctx.stash.requests.length);
    }
    expect(counts[0]).toBe(counts[1]);
    // One request per path at most (the default tier has no lists, so tags and performers come through their scenes).
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it('getOrCreate matches like Stash and creates once under concurrency', async () => {
    const [byAlias, byName] = await Promise.all([
      ctx.store.getOrCreate(Tag, { name: 'OUTSIDE' }),
      ctx.store.getOrCreate(Tag, { name: 'outdoor' }),
    ]);
    expect(byAlias).toBe(byName);
    expect(byAlias.id).toBe('1');
    const made = await Promise.all([1, 2, 3].map(() => ctx.store.getOrCreate(Tag, { name: 'Beach' })));
    expect(new Set(made).size).toBe(1);
    expect(ctx.stash.requests.count('tagCreate')).toBe(1);
    const ann = await ctx.store.getOrCreate(Performer, { name: 'ann', disambiguation: 'us' });
    expect(ann.id).toBe('1');
    const other = await ctx.store.getOrCreate(Performer, { name: 'Ann', disambiguation: 'UK' });
    expect(other.id).not.toBe('1');
    expect((await ctx.store.getOrCreate(Studio, { name: 'child' })).id).toBe('2');
  });

  it('getOrCreate resolves a uniqueness race to the existing entity', async () => {
    // The store's client holds its tagCreate until another client has created the same tag: the lookup saw
    // nothing, the create meets "tag with name 'race' already exists", the store reads the winner.
    let raced = false;
    const racing = new StashClient({
      url: ctx.stash.url,
      retry: { maxAttempts: 1 },
      fetch: async (input, init) => {
        if (!raced && typeof init?.body === 'string' && init.body.includes('tagCreate')) {
          raced = true;
          await ctx.client.tagCreate({ input: { name: 'race' } });
        }
        return fetch(input, init);
      },
    });
    try {
      const store = new StashEntityStore(racing);
      const tag = await store.getOrCreate(Tag, { name: 'Race' });
      expect(raced).toBe(true);
      expect(tag.name).toBe('race');
      expect(tag.id).toBe('3');
      expect(tag.isNew()).toBe(false);
      expect(tag.isDirty()).toBe(false);
      // The other client's create arrived first; then the store's one failing create (StashBatch); two lookups.
      const creates = ctx.stash.requests.filter((r) => r.rootFields.includes('tagCreate'));
      expect(creates.map((r) => r.variables?.input ?? r.variables?.input0)).toEqual([
        { name: 'race' },
        { name: 'Race', aliases: [] },
      ]);
      expect(creates.filter((r) => r.operationName === 'StashBatch')).toHaveLength(1);
      expect(reads(ctx.stash, 'findTags')).toHaveLength(2);
      expect(await store.getOrCreate(Tag, { name: 'RACE' })).toBe(tag);
    } finally {
      await racing.close();
    }
  });

  it('saveAll after a partial failure: saved entities are clean with ids, failed ones stay dirty, a rerun finishes', async () => {
    const scenes = await ctx.store.find(Scene, {}, { limit: 3 });
    for (const s of scenes) s.title = `new ${s.id}`;
    const fresh = ctx.store.track(new Tag({ name: 'Fresh' }));
    // Two of the three updates fail inside a request that also creates the tag and updates scene 3.
    ctx.stash.faults.inject({ operation: 'sceneUpdate', databaseLocked: true, times: 2 });
    ctx.stash.requests.clear();
    const first = await ctx.store.saveAll();
    expect(first.allSucceeded).toBe(false);
    expect(first.failed.map((f) => f.entity)).toEqual([scenes[0], scenes[1]]);
    expect(first.failed[0]?.error.message).toMatch(/database is locked/);
    expect(first.saved).toEqual(expect.arrayContaining([fresh, scenes[2]]));
    expect(fresh.isNew()).toBe(false);
    expect(fresh.isDirty()).toBe(false);
    expect(await ctx.store.get(Tag, fresh.id)).toBe(fresh);
    expect(scenes.map((s) => s.isDirty())).toEqual([true, true, false]);
    const second = await ctx.store.saveAll();
    expect(second.allSucceeded).toBe(true);
    expect(second.saved).toEqual([scenes[0], scenes[1]]);
    expect(scenes.map((s) => s.title)).toEqual(['new 1', 'new 2', 'new 3']);
    expect(scenes.some((s) => s.isDirty())).toBe(false);
    expect(ctx.stash.requests.count('tagCreate')).toBe(1);
    expect(ctx.stash.requests.filter((r) => r.operationName === 'StashBatch').map((r) => r.rootFields)).toEqual([
      ['tagCreate', 'sceneUpdate', 'sceneUpdate', 'sceneUpdate'],
      ['sceneUpdate', 'sceneUpdate'],
    ]);
    expect((await ctx.client.findScene({ id: '2' }))?.title).toBe('new 2');
    expect((await ctx.store.saveAll()).saved).toEqual([]);
  });

  it('saveAll after a failed request: nothing was applied, everything stays dirty, a rerun creates the tag once', async () => {
    const scenes = await ctx.store.find(Scene, {}, { limit: 2 });
    for (const s of scenes) s.title = `new ${s.id}`;
    const fresh = ctx.store.track(new Tag({ name: 'Fresh' }));
    ctx.stash.faults.inject({ operation: 'sceneUpdate', status: 500 });
    const first = await ctx.store.saveAll();
    expect(first.saved).toEqual([]);
    expect(first.failed.map((f) => f.entity)).toEqual(expect.arrayContaining([fresh, ...scenes]));
    expect(fresh.isNew()).toBe(true);
    expect([fresh, ...scenes].every((e) => e.isNew() || e.isDirty())).toBe(true);
    const second = await ctx.store.saveAll();
    expect(second.allSucceeded).toBe(true);
    expect(fresh.isNew()).toBe(false);
    const named = await ctx.client.findTags({ tag_filter: { name: { value: 'Fresh', modifier: 'EQUALS' } } });
    expect(named.count).toBe(1);
    expect(named.tags[0]?.id).toBe(fresh.id);
  });

  it('createStash returns a client and a store', async () => {
    const { client, store } = createStash({ url: ctx.stash.url, retry: { maxAttempts: 1 } });
    expect(await store.get(Tag, '2')).toMatchObject({ name: 'Indoor' });
    expect(store.client).toBe(client);
    await client.close();
  });
});
