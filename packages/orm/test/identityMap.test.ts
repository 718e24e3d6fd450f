import { hydrate, IdentityMap, Scene, saveMany, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { sent, useFakeStash } from './support.js';

const ctx = useFakeStash();

/** Saves a scene and a tag on the fake, then reads them into `map` as clean entities. */
async function cleanPair(map: IdentityMap): Promise<[Scene, Tag]> {
  const scene = new Scene({ title: 'kept' });
  const tag = new Tag({ name: 'kept tag' });
  await saveMany(ctx.client, [scene, tag]);
  const { scenes } = await ctx.client.findScenes({ ids: [scene.id] });
  const read = hydrate(Scene, scenes[0], { identityMap: map });
  const readTag = hydrate(Tag, { id: tag.id, name: 'kept tag' }, { identityMap: map });
  return [read, readTag];
}

describe('IdentityMap: dirty and tracked strong, clean weak', () => {
  it('holds a clean entity weakly and moves it to the strong tier on its first write of any kind', async () => {
    const map = new IdentityMap();
    const [scene, tag] = await cleanPair(map);
    expect(map.holdOf(scene)).toBe('weak');
    expect(map.holdOf(tag)).toBe('weak');
    expect(map.get('Scene', scene.id)).toBe(scene);

    scene.title = 'edited';
    expect(map.holdOf(scene)).toBe('strong');
    // A list ADD on a list that was never loaded (a delta, not a field change) counts as a write too.
    tag.scenes.add(scene);
    expect(map.holdOf(tag)).toBe('strong');
    expect(map.unsaved()).toEqual([scene, tag]);
    // Hydrating the same entity again (a newer read) does not demote it while it is dirty.
    const again = (await ctx.client.findScenes({ ids: [scene.id] })).scenes[0];
    expect(hydrate(Scene, again, { identityMap: map })).toBe(scene);
    expect(map.holdOf(scene)).toBe('strong');
    expect(scene.title).toBe('edited');
  });

  it('a write that ends clean (set back, revert) is demoted when the map next looks at it', async () => {
    const map = new IdentityMap();
    const [scene] = await cleanPair(map);
    scene.title = 'changed';
    scene.title = 'kept';
    expect(scene.isDirty()).toBe(false);
    expect(map.holdOf(scene)).toBe('strong');
    expect(map.unsaved()).toEqual([]);
    expect(map.holdOf(scene)).toBe('weak');
    // And the write watch is re-armed: the next write promotes it again.
    scene.rating100 = 60;
    expect(map.holdOf(scene)).toBe('strong');
    scene.revert();
    map.add(scene);
    expect(map.holdOf(scene)).toBe('weak');
    // A queued side mutation is a write as well.
    scene.addPlay();
    expect(map.holdOf(scene)).toBe('strong');
    expect(map.unsaved()).toEqual([scene]);
  });

  it('a dirty entity saved through the map becomes weak; a failed one stays strong and dirty', async () => {
    const map = new IdentityMap();
    const [scene, tag] = await cleanPair(map);
    const taken = new Tag({ name: 'taken' });
    await taken.save(ctx.client);
    ctx.stash.requests.clear();
    scene.title = 'saved title';
    tag.name = 'taken';
    const result = await saveMany(ctx.client, [scene, tag], { identityMap: map });
    expect(sent(ctx.stash, 'sceneUpdate')).toEqual([{ input: { id: scene.id, title: 'saved title' } }]);
    expect(sent(ctx.stash, 'tagUpdate')).toEqual([{ input: { id: tag.id, name: 'taken' } }]);
    expect(result.saved).toEqual([scene]);
    expect(result.failed.map((f) => f.entity)).toEqual([tag]);
    expect(map.holdOf(scene)).toBe('weak');
    expect(scene.isDirty()).toBe(false);
    expect(map.holdOf(tag)).toBe('strong');
    expect(tag.getChangedFields()).toEqual({ id: tag.id, name: 'taken' });
  });

  it('tracks entities strongly until saved: a new one waits for its id, then joins and goes weak', async () => {
    const map = new IdentityMap();
    const fresh = new Tag({ name: 'tracked new' });
    map.track(fresh);
    expect(map.holdOf(fresh)).toBe('strong');
    expect(map.size).toBe(0);
    expect(map.unsaved()).toEqual([fresh]);
    const [scene] = await cleanPair(map);
    map.track(scene);
    expect(map.holdOf(scene)).toBe('strong');
    expect(map.unsaved()).toEqual([fresh]);
    ctx.stash.requests.clear();
    const result = await saveMany(ctx.client, map.unsaved(), { identityMap: map });
    expect(sent(ctx.stash, 'tagCreate')).toEqual([{ input: { name: 'tracked new' } }]);
    expect(result.saved).toEqual([fresh]);
    expect(fresh.isNew()).toBe(false);
    expect(map.get('Tag', fresh.id)).toBe(fresh);
    expect(map.holdOf(fresh)).toBe('weak');
    expect(map.unsaved()).toEqual([]);
    // Tracked but never saved: still strong, until a save settles it.
    expect(map.holdOf(scene)).toBe('strong');
    map.settle(scene);
    expect(map.holdOf(scene)).toBe('weak');
  });

  it('delete and clear forget entities of either tier', async () => {
    const map = new IdentityMap();
    const [scene, tag] = await cleanPair(map);
    scene.title = 'dirty';
    map.delete(tag);
    expect(map.get('Tag', tag.id)).toBeUndefined();
    expect(map.holdOf(tag)).toBeUndefined();
    expect([...map.values()]).toEqual([scene]);
    map.clear();
    expect(map.get('Scene', scene.id)).toBeUndefined();
    expect(map.size).toBe(0);
    expect(map.unsaved()).toEqual([]);
    // Written to after clear: no map hears about it, nothing breaks.
    tag.name = 'after clear';
    expect(map.holdOf(tag)).toBeUndefined();
  });

  it('the sweep of collected entries (after the weak tier doubles, in a task of its own) keeps every live entry', async () => {
    const map = new IdentityMap();
    const tags = Array.from({ length: 2500 }, (_, i) =>
      hydrate(Tag, { id: String(i + 1), name: `t${i}` }, { identityMap: map }),
    );
    tags[7]!.name = 'dirty';
    const sweep = map.sweeping;
    expect(sweep).toBeInstanceOf(Promise);
    await sweep;
    expect(map.sweeping).toBeUndefined();
    expect(map.size).toBe(2500);
    expect(tags.every((t) => map.get('Tag', t.id) === t)).toBe(true);
    expect(map.holdOf(tags[7]!)).toBe('strong');
    expect(map.holdOf(tags[8]!)).toBe('weak');
    expect(map.unsaved()).toEqual([tags[7]]);
  });
});
