import { Group, hydrate, Scene, type SceneGroupItem, type StashOrmError, saveMany, Tag } from '@stash-graphql/orm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { sent, useFakeStash } from './support.js';

const ctx = useFakeStash();
const EP = 'https://stashdb.org/graphql';

describe('add/remove on lists of wrappers (stash ids, scene groups, sub-groups)', () => {
  it('stash_ids: add a new one, add one already there (no change), remove one; the whole list is sent', async () => {
    const created = await ctx.client.sceneCreate({
      input: { title: 's', stash_ids: [{ endpoint: EP, stash_id: 'a' }] },
    });
    const scene = hydrate(Scene, await ctx.client.findScene({ id: created?.id ?? '' }));
    scene.stash_ids.add({ endpoint: EP, stash_id: 'a' });
    expect(scene.isDirty()).toBe(false);
    scene.stash_ids.add({ endpoint: EP, stash_id: 'b' });
    expect(scene.stash_ids.toArray().map((s) => s.stash_id)).toEqual(['a', 'b']);
    ctx.stash.requests.clear();
    await scene.save(ctx.client);
    expect(sent(ctx.stash, 'sceneUpdate')).toEqual([
      {
        input: {
          id: scene.id,
          stash_ids: [
            { endpoint: EP, stash_id: 'a', updated_at: expect.any(String) },
            { endpoint: EP, stash_id: 'b' },
          ],
        },
      },
    ]);
    scene.stash_ids.remove({ endpoint: EP, stash_id: 'a' });
    await scene.save(ctx.client);
    expect((await ctx.client.findScene({ id: scene.id }))?.stash_ids.map((s) => s.stash_id)).toEqual(['b']);
  });

  it('scene groups and sub-groups: add an entity or a wrapper, re-add to change its index, remove by entity', async () => {
    const g1 = new Group({ name: 'G1' });
    const g2 = new Group({ name: 'G2' });
    const scene = new Scene({ title: 's', groups: [] });
    const parent = new Group({ name: 'Parent', sub_groups: [] });
    await saveMany(ctx.client, [g1, g2, scene, parent]);
    scene.groups.add(g1, { group: g2, scene_index: 3 });
    parent.sub_groups.add({ group: g1, description: 'first' }, g2);
    await saveMany(ctx.client, [scene, parent]);
    const read = await ctx.client.findScene({ id: scene.id });
    expect(read?.groups.map((g) => [g.group.id, g.scene_index])).toEqual([
      [g1.id, null],
      [g2.id, 3],
    ]);
    scene.groups.add({ group: g2, scene_index: 4 });
    scene.groups.remove(g1);
    parent.sub_groups.remove(g1);
    ctx.stash.requests.clear();
    await saveMany(ctx.client, [scene, parent]);
    expect(sent(ctx.stash, 'sceneUpdate')[0]?.input).toEqual({
      id: scene.id,
      groups: [{ group_id: g2.id, scene_index: 4 }],
    });
    expect((await ctx.client.findScene({ id: scene.id }))?.groups.map((g) => [g.group.id, g.scene_index])).toEqual([
      [g2.id, 4],
    ]);
    expect((await ctx.client.findGroup({ id: parent.id }))?.sub_groups.map((g) => g.group.id)).toEqual([g2.id]);
  });

  it('types: a wrapper list takes its wrapper or the wrapped entity, nothing else', () => {
    const scene = new Scene({ title: 't' });
    expectTypeOf(scene.groups.add).parameter(0).toEqualTypeOf<SceneGroupItem | Group>();
    // @ts-expect-error a tag is not a group
    expect(() => scene.groups.add(new Tag({ name: 'x' }))).toThrow();
  });

  it('an unloaded list of wrappers is a typed not-loaded error, nothing recorded', () => {
    const scene = hydrate(Scene, { id: '77', title: 'x' });
    let error: unknown;
    try {
      scene.stash_ids.add({ endpoint: EP, stash_id: 'z' });
    } catch (e) {
      error = e;
    }
    expect((error as StashOrmError).code).toBe('not-loaded');
    expect((error as Error).message).toMatch(/Scene:77\.stash_ids is not loaded: populate it first/);
    expect(scene.isDirty()).toBe(false);
  });
});
