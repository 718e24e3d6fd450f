import { Performer, Scene, Studio, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { createStash } from '../src/index.js';
import { reads, useStore } from './support.js';

const seed = {
  studios: [{ name: 'Parent' }, { name: 'Child', parent_id: '1' }],
  tags: [{ name: 'Outdoor', aliases: ['outside'] }, { name: 'Indoor' }],
  performers: [{ name: 'Ann', disambiguation: 'US' }],
  scenes: Array.from({ length: 7 }, (_, i) => ({ title: `s${i}`, studio_id: '2', tag_ids: [i % 2 ? '1' : '2'] })),
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
    expect(pages.every((r) => (r.variables?.filter as { per_page: number }).per_page === 3)).toBe(true);
    expect(pages[1]?.variables?.scene_filter).toEqual({
      title: { value: '^s', modifier: 'MATCHES_REGEX' },
      id: { value: 3, modifier: 'GREATER_THAN' },
    });
  });

  it.skip('populate reads only what is missing, batched by type and level; hasMany through one filter query', async () => {
    const scenes = await ctx.store.find(Scene, {}, { limit: 7 });
    ctx.stash.requests.clear();
    await ctx.store.populate(scenes, ['studio__parent_studio__name', 'files__path']);
    const studio = scenes[0]?.studio as Studio;
    expect(studio.parent_studio?.name).toBe('Parent');
    expect(ctx.stash.requests.map((r) => r.operationName)).toEqual(['StoreFindStudios']);
    expect(ctx.stash.requests[0]?.variables).toEqual({ ids: ['2'] });
    expect(scenes[0]?.files?.[0]?.path).toMatch(/./);
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

  it.skip('getOrCreate resolves a uniqueness race to the existing entity', async () => {
    const store = ctx.store;
    // Another client creates it between our lookup and our create: the fake answers "already exists".
    ctx.stash.faults.inject({ operation: 'StoreFindTags', latencyMs: 50 });
    const p = store.getOrCreate(Tag, { name: 'Race' });
    await ctx.client.tagCreate({ input: { name: 'race' } });
    const tag = await p;
    expect(tag.name).toBe('race');
    expect(ctx.stash.requests.count('tagCreate')).toBe(2);
  });

  it.skip('saveAll saves every new or dirty entity; failures stay dirty and a rerun completes them', async () => {
    const scenes = await ctx.store.find(Scene, {}, { limit: 3 });
    for (const s of scenes) s.title = `new ${s.id}`;
    ctx.store.track(new Tag({ name: 'Fresh' }));
    ctx.stash.faults.inject({ operation: 'sceneUpdate', status: 500 });
    ctx.stash.requests.clear();
    const first = await ctx.store.saveAll();
    expect(first.allSucceeded).toBe(false);
    expect(scenes.every((s) => s.isDirty())).toBe(true);
    const second = await ctx.store.saveAll();
    expect(second.allSucceeded).toBe(true);
    expect(scenes.map((s) => s.title)).toEqual(['new 1', 'new 2', 'new 3']);
    expect(scenes.some((s) => s.isDirty())).toBe(false);
    expect(ctx.stash.requests.count('tagCreate')).toBe(1);
    expect((await ctx.client.findScene({ id: '2' }))?.title).toBe('new 2');
  });

  it('createStash returns a client and a store', async () => {
    const { client, store } = createStash({ url: ctx.stash.url, retry: { maxAttempts: 1 } });
    expect(await store.get(Tag, '2')).toMatchObject({ name: 'Indoor' });
    expect(store.client).toBe(client);
    await client.close();
  });
});
