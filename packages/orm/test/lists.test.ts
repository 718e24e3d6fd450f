import { hydrate, Scene, saveMany, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { mutationRequests, sent, useFakeStash } from './support.js';

const ctx = useFakeStash();

async function scenesWithTags(n: number) {
  const a = new Tag({ name: 'A' });
  const b = new Tag({ name: 'B' });
  const scenes = Array.from({ length: n }, (_, i) => new Scene({ title: `s${i}`, tags: [a] }));
  await saveMany(ctx.client, [b, ...scenes]);
  ctx.stash.requests.clear();
  return { a, b, scenes };
}

describe('list semantics', () => {
  it('set / add / remove; one entity sends the full resulting list', async () => {
    const { a, b, scenes } = await scenesWithTags(1);
    const scene = scenes[0] as Scene;
    scene.tags.add(b);
    scene.tags.remove(a);
    expect(scene.tags.toArray()).toEqual([b]);
    expect(scene.getChangedFields()).toEqual({ id: scene.id, tag_ids: [b.id] });
    await scene.save(ctx.client);
    expect(sent(ctx.stash, 'sceneUpdate')).toEqual([{ input: { id: scene.id, tag_ids: [b.id] } }]);
    scene.tags.set([a, b]);
    await scene.save(ctx.client);
    expect(sent(ctx.stash, 'sceneUpdate')[1]).toEqual({ input: { id: scene.id, tag_ids: [a.id, b.id] } });
    expect((await ctx.client.findScene({ id: scene.id }))?.tags.map((t) => t.id)).toEqual([a.id, b.id]);
  });

  it('many entities with the same add use one bulk mutation with ADD', async () => {
    const { a, b, scenes } = await scenesWithTags(3);
    for (const s of scenes) s.tags.add(b);
    const result = await saveMany(ctx.client, scenes);
    expect(result.allSucceeded).toBe(true);
    expect(mutationRequests(ctx.stash)).toEqual([['bulkSceneUpdate']]);
    expect(sent(ctx.stash, 'bulkSceneUpdate')).toEqual([
      { input: { ids: scenes.map((s) => s.id), tag_ids: { ids: [b.id], mode: 'ADD' } } },
    ]);
    for (const s of scenes) {
      expect(s.isDirty()).toBe(false);
      expect(s.tags.toArray()).toEqual([a, b]);
    }
    const found = await ctx.client.findScenes({ ids: scenes.map((s) => s.id) });
    expect(found.scenes.map((s) => s.tags.map((t) => t.name))).toEqual([
      ['A', 'B'],
      ['A', 'B'],
      ['A', 'B'],
    ]);
  });

  it('add/remove on a list that was never loaded is saved as bulk ADD/REMOVE', async () => {
    const { a, b, scenes } = await scenesWithTags(2);
    const stamp = '2020-01-01T00:00:00Z';
    const partial = scenes.map((s) => hydrate(Scene, { id: s.id, title: s.title, updated_at: stamp }));
    for (const s of partial) {
      expect(s.updated_at).toBe(stamp);
      expect(s.tags.loaded).toBe(false);
      s.tags.add(b);
      s.tags.remove(a);
      expect(s.tags.pending).toEqual({ add: [b], remove: [a] });
    }
    await saveMany(ctx.client, partial);
    expect(mutationRequests(ctx.stash)).toEqual([['bulkSceneUpdate', 'bulkSceneUpdate']]);
    expect(sent(ctx.stash, 'bulkSceneUpdate')).toEqual([
      { input: { ids: partial.map((s) => s.id), tag_ids: { ids: [b.id], mode: 'ADD' } } },
      { input: { ids: partial.map((s) => s.id), tag_ids: { ids: [a.id], mode: 'REMOVE' } } },
    ]);
    for (const r of ctx.stash.requests.filter((x) => x.rootFields.includes('bulkSceneUpdate'))) {
      expect(r.query).not.toContain('updated_at');
    }
    for (const s of partial) {
      expect(s.dirtyFields()).toEqual([]);
      expect(s.isDirty()).toBe(false);
      // Bulk answers carry ids only: the list was never loaded and still is not (never a guess); the server stamped
      // the rows, so the old stamp is gone too.
      expect(s.tags.loaded).toBe(false);
      expect(s.isLoaded('updated_at')).toBe(false);
      expect((await ctx.client.findScene({ id: s.id }))?.tags.map((t) => t.id)).toEqual([b.id]);
    }
  });
});
