import { Scene, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { reads, useStore } from './support.js';

let now = 0;
const seed = { tags: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], scenes: [{ title: 'S', tag_ids: ['1'] }] };

describe('read-through', () => {
  const ctx = useStore(seed, { defaultTtlMs: 1000, ttlByType: { Scene: 10 }, clock: () => now });

  it('serves fresh entities from memory and refetches after the TTL (per type)', async () => {
    now = 0;
    const t = await ctx.store.get(Tag, '1');
    now = 500;
    expect(await ctx.store.get(Tag, '1')).toBe(t);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(1);
    now = 1000;
    expect(await ctx.store.get(Tag, '1')).toBe(t);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(2);
    await ctx.store.get(Scene, '1');
    now = 1010;
    await ctx.store.get(Scene, '1');
    expect(reads(ctx.stash, 'findScenes')).toHaveLength(2);
  });

  it('getMany reads all misses in one request; concurrent gets share it', async () => {
    now = 0;
    await ctx.store.get(Tag, '1');
    const [many, single] = await Promise.all([ctx.store.getMany(Tag, ['1', '2', '3']), ctx.store.get(Tag, '2')]);
    expect(many.map((t) => t?.name ?? null)).toEqual(['A', 'B', 'C']);
    expect(single).toBe(many[1]);
    const r = reads(ctx.stash, 'findTags');
    expect(r.map((x) => x.variables)).toEqual([{ ids: ['1'] }, { ids: ['2', '3'] }]);
  });

  it('getMany answers null for ids the server does not have, without failing the others', async () => {
    now = 0;
    const got = await ctx.store.getMany(Tag, ['1', '99', '2', '98']);
    expect(got.map((t) => t?.name ?? null)).toEqual(['A', null, 'B', null]);
    // Stash fails findTags(ids:) as a whole on a missing id; the fallback is one request of aliased findTag(id:).
    const sent = ctx.stash.requests.map((r) => [r.operationName, r.variables]);
    expect(sent).toEqual([
      ['StoreFindTags', { ids: ['1', '99', '2', '98'] }],
      ['StoreFindTagEach', { id0: '1', id1: '99', id2: '2', id3: '98' }],
    ]);
    expect(await ctx.store.get(Tag, '2')).toBe(got[2]);
    expect(await ctx.store.get(Tag, '97')).toBeNull();
    expect(ctx.stash.requests).toHaveLength(4);
  });

  it('invalidate(entity | Type) and clear() force a new read', async () => {
    now = 0;
    const t = await ctx.store.get(Tag, '1');
    ctx.store.invalidate(t as Tag);
    expect(await ctx.store.get(Tag, '1')).toBe(t);
    ctx.store.invalidate(Tag);
    await ctx.store.get(Tag, '1');
    ctx.store.clear();
    const fresh = await ctx.store.get(Tag, '1');
    expect(fresh).not.toBe(t);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(4);
  });

  it('invalidates aggregates a save makes stale (scene_count after a scene changes tags)', async () => {
    now = 0;
    // Aggregates are read only when asked for by name (each is SQL of its own in Stash).
    const [a, b] = (await ctx.store.getMany(Tag, ['1', '2'])) as Tag[];
    expect(a?.isLoaded('scene_count')).toBe(false);
    expect(reads(ctx.stash, 'findTags')[0]?.query).not.toContain('scene_count');
    await ctx.store.getMany(Tag, ['1', '2'], { fields: ['scene_count'] });
    expect([a?.scene_count, b?.scene_count]).toEqual([1, 0]);
    const scene = (await ctx.store.get(Scene, '1')) as Scene;
    scene.tags = [b as Tag];
    const result = await ctx.store.saveBatch([scene]);
    expect(result.allSucceeded).toBe(true);
    await ctx.store.getMany(Tag, ['1', '2'], { fields: ['scene_count'] });
    expect([a?.scene_count, b?.scene_count]).toEqual([0, 1]);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(3);
    expect(ctx.stash.requests.count('sceneUpdate')).toBe(1);
  });
});
