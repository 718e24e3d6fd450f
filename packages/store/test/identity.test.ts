import { inspect } from 'node:util';
import { Scene, Studio, Tag } from '@stash-graphql/orm';
import { createFakeStash } from '@stash-graphql/testing';
import { describe, expect, it } from 'vitest';
import { createStash, StashEntityStore } from '../src/index.js';
import { reads, useStore } from './support.js';

const seed = {
  studios: [{ name: 'Acme' }],
  tags: [{ name: 'Outdoor' }, { name: 'Indoor' }],
  scenes: [
    { title: 'Hike', studio_id: '1', tag_ids: ['1'], rating100: 80 },
    { title: 'Swim', studio_id: '1', tag_ids: ['1', '2'], rating100: 40 },
  ],
};

describe('identity map', () => {
  const ctx = useStore(seed);

  it('gives one object per Type:id across queries, nested objects included', async () => {
    const scenes = await ctx.store.find(Scene, {});
    const studio = await ctx.store.get(Studio, '1');
    expect(scenes.map((s) => s.title)).toEqual(['Hike', 'Swim']);
    expect(scenes[0]?.studio).toBe(studio);
    expect(scenes[1]?.studio).toBe(studio);
    expect(studio?.name).toBe('Acme');
    expect(await ctx.store.get(Scene, '1')).toBe(scenes[0]);
    expect(reads(ctx.stash, 'findScenes')).toHaveLength(1);
    expect(reads(ctx.stash, 'findStudios')[0]?.variables).toEqual({ ids: ['1'] });
  });

  it('keeps stores (and clients) apart', async () => {
    const other = new StashEntityStore(ctx.client);
    const a = await ctx.store.get(Tag, '1');
    const b = await other.get(Tag, '1');
    expect(a).not.toBe(b);
    expect(a?.name).toBe(b?.name);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(2);
  });

  it('merges a newer response: fills fields, keeps unsaved edits dirty against the new snapshot', async () => {
    const scene = (await ctx.store.get(Scene, '1', { fields: ['title'] })) as Scene;
    expect(scene.isLoaded('details')).toBe(false);
    scene.title = 'Mine';
    await ctx.client.sceneUpdate({ input: { id: '1', title: 'Theirs', details: 'server' } });
    ctx.store.invalidate(scene);
    const again = await ctx.store.get(Scene, '1');
    expect(again).toBe(scene);
    expect(scene.details).toBe('server');
    expect(scene.title).toBe('Mine');
    expect(scene.getChangedFields()).toEqual({ id: '1', title: 'Mine' });
    // Setting it back to the new server value makes it clean: the snapshot moved.
    scene.title = 'Theirs';
    expect(scene.isDirty()).toBe(false);
    expect(reads(ctx.stash, 'findScenes')).toHaveLength(2);
  });
});

describe('identity map tiers: dirty and tracked strong, clean weak', () => {
  const ctx = useStore(seed);

  it('clean reads are weak in the map (kept for their TTL beside it); a write makes one strong, saving it weak again', async () => {
    const [hike, swim] = (await ctx.store.find(Scene, {})) as [Scene, Scene];
    const map = ctx.store.identityMap;
    expect(map.holdOf(hike)).toBe('weak');
    expect(map.holdOf(hike.studio as Studio)).toBe('weak');
    // Within the TTL the store answers from memory: the keep-alive sits beside the map, not in it.
    expect(await ctx.store.get(Scene, '1')).toBe(hike);
    expect(reads(ctx.stash, 'findScenes')).toHaveLength(1);

    hike.title = 'Hike (edited)';
    swim.tags.add((await ctx.store.get(Tag, '2')) as Tag);
    expect(map.holdOf(hike)).toBe('strong');
    expect(map.holdOf(swim)).toBe('strong');
    ctx.stash.requests.clear();
    const result = await ctx.store.saveAll();
    expect(ctx.stash.requests.filter((r) => r.rootFields.includes('sceneUpdate'))).toHaveLength(1);
    expect(result.saved).toEqual([hike, swim]);
    expect(map.holdOf(hike)).toBe('weak');
    expect(map.holdOf(swim)).toBe('weak');
    expect((await ctx.client.findScene({ id: '1' }))?.title).toBe('Hike (edited)');
    expect((await ctx.client.findScene({ id: '2' }))?.tags.map((t) => t.id).sort()).toEqual(['1', '2']);
  });

  it('an entity edited during findIter (a streamed, weakly held page) is held strongly and saved by saveAll', async () => {
    const map = ctx.store.identityMap;
    let edited: Scene | undefined;
    for await (const scene of ctx.store.findIter(Scene, {}, { pageSize: 1 })) {
      expect(map.holdOf(scene)).toBe('weak');
      if (scene.id === '1') {
        scene.rating100 = 99;
        edited = scene;
      }
    }
    expect(map.holdOf(edited as Scene)).toBe('strong');
    ctx.stash.requests.clear();
    const result = await ctx.store.saveAll();
    expect(result.saved).toEqual([edited]);
    expect(ctx.stash.requests.filter((r) => r.rootFields.includes('sceneUpdate'))[0]?.variables).toEqual({
      input0: { id: '1', rating100: 99 },
    });
    expect((await ctx.client.findScene({ id: '1' }))?.rating100).toBe(99);
    expect(map.holdOf(edited as Scene)).toBe('weak');
  });

  it('track holds a new entity strongly until saveAll creates it; clear forgets every tier', async () => {
    const map = ctx.store.identityMap;
    const tag = ctx.store.track(new Tag({ name: 'Tracked' }));
    expect(map.holdOf(tag)).toBe('strong');
    const result = await ctx.store.saveAll();
    expect(result.saved).toEqual([tag]);
    expect(ctx.stash.requests.filter((r) => r.rootFields.includes('tagCreate'))).toHaveLength(1);
    expect(map.get('Tag', tag.id)).toBe(tag);
    expect(map.holdOf(tag)).toBe('weak');
    tag.description = 'pending';
    ctx.store.clear();
    expect(map.holdOf(tag)).toBeUndefined();
    expect(map.size).toBe(0);
    expect((await ctx.store.saveAll()).saved).toEqual([]);
  });
});

describe('secrets', () => {
  it('a store built by createStash never shows the API key', async () => {
    const key = 'store-secret-key-0123456789';
    const stash = await createFakeStash({ apiKey: key });
    const { client, store } = createStash({ url: stash.url, apiKey: key });
    try {
      const tag = await store.getOrCreate(Tag, { name: 'visible' });
      expect(tag.name).toBe('visible');
      expect(stash.requests.at(-1)?.headers.apikey).toBe('[redacted]');
      for (const shown of [
        inspect(store, { depth: 8, showHidden: true }),
        inspect(tag, { depth: 8 }),
        JSON.stringify(client),
      ]) {
        expect(shown).not.toContain(key);
      }
    } finally {
      await client.close();
      await stash.close();
    }
  });
});
