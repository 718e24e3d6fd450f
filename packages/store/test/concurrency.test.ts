import { type Entity, Performer, Scene, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/index.js';
import { useStore } from './support.js';

const creates = (ctx: ReturnType<typeof useStore>, root: string) =>
  ctx.stash.requests.filter((r) => r.rootFields.includes(root)).flatMap((r) => r.rootFields.filter((f) => f === root));

describe('parallel work on one store', () => {
  const ctx = useStore();

  it('two saveAll calls at once create a new scene once; edits made meanwhile go out after', async () => {
    const scene = ctx.store.track(new Scene({ title: 'v1' }));
    const first = ctx.store.saveAll();
    const second = ctx.store.saveAll();
    scene.title = 'v2'; // while the create is in flight
    const [a, b] = await Promise.all([first, second]);
    expect(a.allSucceeded && b.allSucceeded).toBe(true);
    expect(creates(ctx, 'sceneCreate')).toHaveLength(1);
    await ctx.store.saveAll();
    expect(scene.isDirty()).toBe(false);
    const { scenes, count } = await ctx.client.findScenes({});
    expect(count).toBe(1);
    expect(scenes[0]?.title).toBe('v2');
    // The create carried v1; the update with v2 went after it.
    const sent = ctx.stash.requests
      .filter((r) => r.rootFields.some((f) => f === 'sceneCreate' || f === 'sceneUpdate'))
      .flatMap((r) => Object.values(r.variables ?? {}) as { title?: string }[])
      .map((i) => i.title);
    expect(sent).toEqual(['v1', 'v2']);
  });

  it('many tasks on overlapping entities: nothing created twice, no change lost', async () => {
    ctx.stash.faults.inject({ latencyMs: 2, times: Number.POSITIVE_INFINITY });
    const shared = Array.from({ length: 5 }, (_, i) => ctx.store.track(new Scene({ title: `shared ${i}` })));
    const names = ['Outdoor', ' outdoor', 'OUTDOOR ', 'Beach', 'beach', 'Sun_set', 'Ñandú', 'ñandú'];
    // What each task added (lists edited without being read are saved as ADDs and stay unloaded locally).
    const added = new Map(shared.map((s) => [s, { tags: new Set<Entity>(), performers: new Set<Entity>() }]));
    const tasks = Array.from({ length: 12 }, async (_, t) => {
      const tag = await ctx.store.getOrCreate(Tag, names[t % names.length] as string);
      const [performer] = await ctx.store.getOrCreateMany(Performer, [`P${t % 3}`, ` p${(t + 1) % 3}`]);
      const scene = shared[t % shared.length] as Scene;
      scene.tags.add(tag);
      added.get(scene)?.tags.add(tag);
      if (performer?.ok) {
        scene.performers.add(performer.entity);
        added.get(scene)?.performers.add(performer.entity);
      }
      scene.details = `task ${t}`;
      const own = new Scene({ title: `own ${t}`, tags: [tag] });
      if (t % 3 === 0) {
        ctx.store.track(own);
        return ctx.store.saveAll();
      }
      if (t % 3 === 1) return ctx.store.saveBatch([scene, own]);
      ctx.store.track(own);
      return ctx.store.saveBatch([own, ...shared]);
    });
    const results = await Promise.all(tasks);
    expect(results.every((r) => r.allSucceeded)).toBe(true);
    await ctx.store.saveAll(); // whatever was edited after a save's answer
    ctx.stash.faults.clear();

    const tags = (await ctx.client.findTags({ filter: { per_page: 100, sort: 'id' } })).tags.map((t) => t.name);
    expect(tags.sort()).toEqual(['Beach', 'Outdoor', 'Sun_set', 'Ñandú', 'ñandú']);
    const performers = (await ctx.client.findPerformers({ filter: { per_page: 100 } })).performers.map((p) => p.name);
    // Which spelling was created first depends on the interleaving; each name exists once.
    expect(performers.map((p) => p.toLowerCase()).sort()).toEqual(['p0', 'p1', 'p2']);
    const { scenes, count } = await ctx.client.findScenes({ filter: { per_page: 100, sort: 'id' } });
    expect(count).toBe(5 + 12);
    expect(creates(ctx, 'sceneCreate')).toHaveLength(17);
    // Every shared scene holds what its last local state says: nothing lost.
    for (const s of shared) {
      const server = scenes.find((x) => x.id === s.id);
      expect(s.isDirty()).toBe(false);
      expect(server?.details).toBe(s.details);
      const want = added.get(s);
      expect(server?.tags.map((t) => t.id).sort()).toEqual([...(want?.tags ?? [])].map((t) => t.id).sort());
      expect(server?.performers.map((p) => p.id).sort()).toEqual([...(want?.performers ?? [])].map((p) => p.id).sort());
    }
  });

  it('parallel ingests of overlapping items create each name once and apply every item', async () => {
    for (const p of ['/dl/c/1.mp4', '/dl/c/2.mp4', '/dl/c/3.mp4']) ctx.stash.library.addFile({ path: p, size: 1 });
    const runs = await Promise.all(
      [0, 1, 2].map((i) =>
        ingest(ctx.store, [
          { path: `/dl/c/${i + 1}.mp4`, title: `T${i}`, tags: ['Shared', `own ${i}`], studio: ' Acme' },
          { path: '/dl/c/1.mp4', tags: ['shared '], performers: ['Alex'] },
        ]),
      ),
    );
    expect(runs.every((r) => r.failed === 0)).toBe(true);
    expect((await ctx.client.findTags({})).count).toBe(4);
    expect((await ctx.client.findStudios({})).count).toBe(1);
    expect((await ctx.client.findPerformers({})).count).toBe(1);
    const { scenes } = await ctx.client.findScenes({ filter: { sort: 'path', per_page: 10 } });
    expect(scenes.map((s) => s.title)).toEqual(['T0', 'T1', 'T2']);
    expect(scenes[0]?.performers.map((p) => p.name)).toEqual(['Alex']);
  });
});
