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
