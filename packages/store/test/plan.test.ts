import { formatPlan, planSave, Scene, Studio, saveMany, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { expectSentAsPlanned, mutations } from './planSupport.js';
import { useStore } from './support.js';

const seed = {
  studios: [{ name: 'Acme' }],
  tags: [{ name: 'Outdoor' }, { name: 'Indoor' }],
  scenes: Array.from({ length: 6 }, (_, i) => ({
    title: `s${i + 1}`,
    studio_id: '1',
    tag_ids: ['2'],
    files: [{ path: `/library/s${i + 1}.mp4`, size: 1000 + i }],
  })),
};

describe('store.plan(): a dry run of saveAll', () => {
  const ctx = useStore(seed);

  /** Edits of every kind: a field, a new reference, a shared ADD, a removal, a new entity's create, a side mutation. */
  async function edit() {
    const { store } = ctx;
    const scenes = await store.find(Scene, {}, { fields: ['tags__id'] });
    const [s1, s2, s3, s4, s5] = scenes as [Scene, Scene, Scene, Scene, Scene];
    const outdoor = (await store.get(Tag, '1')) as Tag;
    const indoor = (await store.get(Tag, '2')) as Tag;
    const fresh = store.track(new Tag({ name: 'Fresh' }));
    const studio = store.track(new Studio({ name: 'New Studio' }));
    s1.title = 'First, renamed';
    s1.tags.add(fresh);
    s1.tags.remove(indoor);
    // The same ADD on two scenes: one bulk mutation carries both.
    s2.tags.add(outdoor);
    s3.tags.add(outdoor);
    s4.studio = studio;
    s5.addPlay(['2025-01-01T10:00:00Z']);
    return { scenes, s1, s2, s3, s4, s5, outdoor, indoor, fresh, studio };
  }

  it('sends no request, leaves every entity dirty, then saveAll sends exactly the planned operations', async () => {
    const { store, stash } = ctx;
    const e = await edit();
    const mapBefore = [...store.identityMap.values()];
    stash.requests.clear();

    const plan = store.plan();

    // Planning needs no read and sends no write.
    expect(stash.requests).toHaveLength(0);
    // Nothing was marked saved; the new entities are still new, the identity map is as it was.
    for (const s of [e.s1, e.s2, e.s3, e.s4, e.s5]) expect(s.isDirty()).toBe(true);
    expect([e.fresh.isNew(), e.studio.isNew()]).toEqual([true, true]);
    expect([...store.identityMap.values()]).toEqual(mapBefore);

    // Creates first (phase 0), then what needs their ids (phase 1), in one request per phase.
    expect(plan.requests.map((r) => [r.step, r.phase, r.operations.map((o) => o.mutation)])).toEqual([
      ['save', 0, ['tagCreate', 'studioCreate', 'sceneAddPlay', 'bulkSceneUpdate']],
      ['save', 1, ['sceneUpdate', 'sceneUpdate']],
    ]);
    const ops = plan.operations;
    expect(ops[0]?.variables).toEqual({ input: { name: 'Fresh' } });
    expect(ops[0]?.entities).toEqual([`Tag:${e.fresh.id}`]);
    // s2 and s3 add the same tag: one bulk ADD carries both.
    expect(ops[3]).toMatchObject({
      mutation: 'bulkSceneUpdate',
      variables: { input: { ids: [e.s2.id, e.s3.id], tag_ids: { ids: ['1'], mode: 'ADD' } } },
      entities: [`Scene:${e.s2.id}`, `Scene:${e.s3.id}`],
    });
    // s1: its title, and its loaded tag list whole, with the new tag's temp id.
    expect(ops.find((o) => o.entities.includes(`Scene:${e.s1.id}`))?.variables).toEqual({
      input: { id: e.s1.id, title: 'First, renamed', tag_ids: [e.fresh.id] },
    });

    // The diff, per entity.
    expect(plan.changesOf(e.s1)).toEqual({
      ref: { __typename: 'Scene', id: e.s1.id, name: 'First, renamed' },
      action: 'update',
      fields: [{ field: 'title', old: 's1', new: 'First, renamed' }],
      lists: [
        {
          field: 'tags',
          added: [{ __typename: 'Tag', id: e.fresh.id, name: 'Fresh' }],
          removed: [{ __typename: 'Tag', id: '2', name: 'Indoor' }],
          loaded: true,
        },
      ],
      side: [],
    });
    expect(plan.changesOf(e.s4)?.fields).toEqual([
      {
        field: 'studio',
        // A reference read as an id only: its name is not known, so not shown.
        old: { __typename: 'Studio', id: '1' },
        new: { __typename: 'Studio', id: e.studio.id, name: 'New Studio' },
      },
    ]);
    expect(plan.changesOf(e.s5)?.side).toEqual(['addPlay']);
    expect(plan.creates().map((c) => c.ref)).toEqual([
      { __typename: 'Tag', id: e.fresh.id, name: 'Fresh' },
      { __typename: 'Studio', id: e.studio.id, name: 'New Studio' },
    ]);
    expect(plan.creates('Tag')).toHaveLength(1);
    expect(plan.changesOf(e.outdoor)).toBeUndefined();

    // Now for real: the mutations sent are the plan's, temp ids replaced by the ids the creates answered.
    const result = await store.saveAll();
    expect(result.allSucceeded).toBe(true);
    const ids = expectSentAsPlanned(plan, mutations(stash));
    expect(Object.fromEntries(ids)).toEqual({
      [plan.creates('Tag')[0]?.ref.id as string]: e.fresh.id,
      [plan.creates('Studio')[0]?.ref.id as string]: e.studio.id,
    });
    expect(e.fresh.isNew()).toBe(false);
    // And the server holds what the diff said.
    const back = await ctx.client.findScene({ id: e.s1.id });
    expect(back?.title).toBe('First, renamed');
    expect(back?.tags.map((t) => t.name)).toEqual(['Fresh']);
  });

  it('a bulk ADD on lists never read is planned as the one bulk mutation the save sends', async () => {
    const { store, stash } = ctx;
    const scenes = await store.find(Scene, { id__lte: 3 });
    const outdoor = (await store.get(Tag, '1')) as Tag;
    for (const s of scenes) s.tags.add(outdoor);
    stash.requests.clear();
    const plan = store.plan();
    expect(stash.requests).toHaveLength(0);
    expect(plan.operations.map((o) => [o.mutation, o.variables, o.entities])).toEqual([
      [
        'bulkSceneUpdate',
        { input: { ids: ['1', '2', '3'], tag_ids: { ids: ['1'], mode: 'ADD' } } },
        ['Scene:1', 'Scene:2', 'Scene:3'],
      ],
    ]);
    expect(plan.changesOf(scenes[0] as Scene)?.lists).toEqual([
      { field: 'tags', added: [{ __typename: 'Tag', id: '1', name: 'Outdoor' }], removed: [], loaded: false },
    ]);
    await store.saveAll();
    expectSentAsPlanned(plan, mutations(stash));
  });

  it('batches as the save batches: chunkSize operations per request', async () => {
    const { store, stash } = ctx;
    const scenes = await store.find(Scene, {});
    scenes.forEach((s, i) => {
      s.title = `renamed ${i}`;
    });
    // Bad input: refused before anything, naming what is valid.
    expect(() => store.plan({ chunkSize: 0 })).toThrow('chunkSize must be a positive integer');
    const plan = store.plan({ chunkSize: 4 });
    expect(plan.requests.map((r) => r.operations.length)).toEqual([4, 2]);
    stash.requests.clear();
    await store.saveAll({ chunkSize: 4 });
    expectSentAsPlanned(plan, mutations(stash));
    // Only the entities given, when given.
    scenes[0]!.title = 'only this one';
    scenes[1]!.title = 'not this one';
    expect(store.plan({ entities: [scenes[0]!] }).operations.map((o) => o.entities)).toEqual([['Scene:1']]);
  });

  it('shows what the save would refuse, and what depends on it, with the save’s own errors', async () => {
    const { store, stash } = ctx;
    const nameless = store.track(new Tag({ description: 'no name' }));
    const s1 = (await store.get(Scene, '1')) as Scene;
    s1.tags.add(nameless);
    const plan = store.plan();
    expect(plan.refused.map((r) => [r.label, r.error.code])).toEqual([
      [`tagCreate Tag:${nameless.id}`, 'invalid-value'],
      [`bulkSceneUpdate ADD Scene:1`, 'unsaved-reference'],
    ]);
    expect(plan.operations).toEqual([]);
    stash.requests.clear();
    const result = await store.saveAll();
    expect(mutations(stash)).toHaveLength(0);
    expect(result.failed.map((f) => [f.entity, f.error.message])).toEqual(
      plan.refused.map((r, i) => [i === 0 ? nameless : s1, r.error.message]),
    );
  });

  it('is a value: plain JSON of a documented shape, and a table', async () => {
    const e = await edit();
    const plan = ctx.store.plan();
    const json = plan.toJSON();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Object.keys(json)).toEqual(['version', 'requests', 'entities', 'refused', 'notes']);
    expect(json.version).toBe(1);
    // Later edits do not change it.
    e.s1.title = 'edited after planning';
    expect(plan.changesOf(e.s1)?.fields[0]?.new).toBe('First, renamed');
    const table = plan.toTable();
    expect(table).toBe(formatPlan(json));
    expect(table.split('\n')[0]).toBe(
      'Dry run: 2 requests, 6 operations; 2 to create, 5 to update, 0 refused. Nothing was sent.',
    );
    expect(table).toMatch(/1\s+save\s+0\s+tagCreate\s+Tag:tmp:\d+ \(Fresh\)/);
    expect(table).toMatch(/2\s+save\s+1\s+sceneUpdate\s+Scene:4 \(s4\)/);
    expect(table).toMatch(/Scene:1 \(First, renamed\)\s+update\s+title\s+"s1"\s+"First, renamed"/);
    expect(table).toMatch(/tags\s+-Tag:2 \(Indoor\)\s+\+Tag:tmp:\d+ \(Fresh\)/);
    expect(table).toMatch(/\(side\)\s+addPlay/);
    // Nothing to save: an empty plan.
    ctx.store.clear();
    expect(ctx.store.plan().isEmpty).toBe(true);
  });

  it('planSave (orm) plans saveMany: a chain of new entities, phase by phase, with temp ids the creates resolve', async () => {
    const { store, stash, client } = ctx;
    const scene = (await store.get(Scene, '1')) as Scene;
    const parent = new Studio({ name: 'Parent Co' });
    const child = new Studio({ name: 'Child Co', parent_studio: parent });
    scene.studio = child;
    const plan = planSave([scene]);
    expect(
      plan.requests.map((r) => [r.phase, r.operations.map((o) => [o.mutation, o.variables, o.returning])]),
    ).toEqual([
      [0, [['studioCreate', { input: { name: 'Parent Co' } }, ['id']]]],
      [1, [['studioCreate', { input: { name: 'Child Co', parent_id: parent.id } }, expect.any(Array)]]],
      [2, [['sceneUpdate', { input: { id: '1', studio_id: child.id } }, expect.any(Array)]]],
    ]);
    stash.requests.clear();
    const result = await saveMany(client, [scene]);
    expect(result.allSucceeded).toBe(true);
    const ids = expectSentAsPlanned(plan, mutations(stash));
    expect([...ids.keys()]).toEqual([plan.creates()[0]?.ref.id, plan.creates()[1]?.ref.id]);
    expect([...ids.values()]).toEqual([parent.id, child.id]);
  });
});
