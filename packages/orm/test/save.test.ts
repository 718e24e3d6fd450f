import { StashClient, StashExecutionError } from '@stash-graphql/core';
import {
  buildSaveOperations,
  hydrate,
  Performer,
  Scene,
  StashOrmError,
  Studio,
  saveMany,
  Tag,
} from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { mutationRequests, sent, useFakeStash } from './support.js';

const ctx = useFakeStash();

describe('save, delete, merge', () => {
  it('a big save goes a chunk at a time, one request in flight, each answer applied to its own entities', async () => {
    let inFlight = 0;
    let most = 0;
    const client = new StashClient({
      url: ctx.stash.url,
      retry: { maxAttempts: 1 },
      fetch: async (input, init) => {
        most = Math.max(most, ++inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    await new Tag({ name: 'taken' }).save(client);
    ctx.stash.requests.clear();
    const tags = Array.from({ length: 25 }, (_, i) => new Tag({ name: i === 13 ? 'taken' : `t${i}` }));
    const result = await saveMany(client, tags, { chunkSize: 10 });
    await client.close();

    const batches = ctx.stash.requests.filter((r) => r.rootFields.every((f) => f === 'tagCreate'));
    expect(batches.map((r) => r.rootFields.length)).toEqual([10, 10, 5]);
    expect(most).toBe(1);
    expect(result.failed.map((f) => f.entity)).toEqual([tags[13]]);
    expect(result.failed[0]?.error.message).toMatch(/already exists/);
    expect(result.saved).toHaveLength(24);
    const stored = await ctx.client.findTags({ filter: { per_page: -1 } });
    const byName = new Map(stored.tags.map((t) => [t.name, t.id]));
    for (const t of result.saved) expect([t.id, t.isDirty()]).toEqual([byName.get(t.name ?? ''), false]);
    expect(tags[13]?.isNew()).toBe(true);
  });

  it('on failure keeps every change and throws a typed error', async () => {
    const a = new Tag({ name: 'dup' });
    await a.save(ctx.client);
    const b = new Tag({ name: 'other' });
    await b.save(ctx.client);
    b.name = 'dup';
    b.description = 'kept';
    const error = await b.save(ctx.client).catch((e) => e);
    expect(error).toBeInstanceOf(StashExecutionError);
    expect(error.message).toMatch(/already exists/);
    expect(sent(ctx.stash, 'tagUpdate').at(-1)).toEqual({ input: { id: b.id, name: 'dup', description: 'kept' } });
    expect(b.isDirty()).toBe(true);
    expect(b.getChangedFields()).toEqual({ id: b.id, name: 'dup', description: 'kept' });
  });

  it('delete with destroy options; saving a reference to a deleted entity fails before any request', async () => {
    const scene = new Scene({ title: 'gone' });
    const tag = new Tag({ name: 'del' });
    await saveMany(ctx.client, [scene, tag]);
    await scene.delete(ctx.client, { delete_file: true });
    expect(sent(ctx.stash, 'sceneDestroy')).toEqual([{ input: { id: scene.id, delete_file: true } }]);
    expect(scene.isDeleted()).toBe(true);
    expect(await ctx.client.findScene({ id: scene.id })).toBeNull();
    await expect(scene.delete(ctx.client, { nope: true })).resolves.toBeUndefined();
    await expect(tag.delete(ctx.client, { delete_file: true })).rejects.toThrow(
      /tagDestroy has no option "delete_file"/,
    );
    // A reference made before the delete is caught at save time, before any request.
    const live = new Scene({ title: 'live' });
    const studio = new Studio({ name: 'doomed' });
    await studio.save(ctx.client);
    live.studio = studio;
    await studio.delete(ctx.client);
    ctx.stash.requests.clear();
    await expect(live.save(ctx.client)).rejects.toMatchObject({ code: 'deleted-reference' });
    expect(ctx.stash.requests.length).toBe(0);
  });

  it('merges tags with tagsMerge', async () => {
    const [dest, src] = [new Tag({ name: 'keep' }), new Tag({ name: 'merge-me' })];
    await saveMany(ctx.client, [dest, src]);
    await dest.mergeFrom(ctx.client, [src]);
    expect(sent(ctx.stash, 'tagsMerge')).toEqual([{ input: { source: [src.id], destination: dest.id } }]);
    expect(src.isDeleted()).toBe(true);
    expect(dest.aliases).toContain('merge-me');
  });

  it('merges scenes with sceneMerge, sending pending changes as values', async () => {
    const [dest, src] = [new Scene({ title: 'a' }), new Scene({ title: 'b' })];
    await saveMany(ctx.client, [dest, src]);
    dest.details = 'merged';
    await dest.mergeFrom(ctx.client, [src], { o_history: true });
    expect(sent(ctx.stash, 'sceneMerge')).toEqual([
      {
        input: { source: [src.id], destination: dest.id, values: { id: dest.id, details: 'merged' }, o_history: true },
      },
    ]);
    expect(dest.isDirty()).toBe(false);
    expect(dest.details).toBe('merged');
    expect(await ctx.client.findScene({ id: src.id })).toBeNull();
  });
});

describe('buildSaveOperations and saveMany', () => {
  it('creates new entities in dependency order, in as few requests as the phases need', async () => {
    const parent = new Studio({ name: 'Parent' });
    const studio = new Studio({ name: 'Child', parent_studio: parent });
    const performer = new Performer({ name: 'Perf' });
    const tags = [new Tag({ name: 't1' }), new Tag({ name: 't2' })];
    const scene = new Scene({ title: 'All new', studio, performers: [performer], tags });
    const plan = buildSaveOperations([scene]);
    expect(plan.entities).toHaveLength(6);
    expect(plan.phases.map((p) => p.units.map((u) => u.label.split(' ')[0]))).toEqual([
      ['studioCreate', 'performerCreate', 'tagCreate', 'tagCreate'],
      ['studioCreate'],
      ['sceneCreate'],
    ]);
    expect(plan.phases[0]?.operations()[0]).toEqual({
      mutation: 'studioCreate',
      variables: { input: { name: 'Parent' } },
      returning: ['id'],
    });
    const result = await saveMany(ctx.client, [scene]);
    expect(result.allSucceeded).toBe(true);
    expect(mutationRequests(ctx.stash)).toEqual([
      ['studioCreate', 'performerCreate', 'tagCreate', 'tagCreate'],
      ['studioCreate'],
      ['sceneCreate'],
    ]);
    expect(sent(ctx.stash, 'sceneCreate')).toEqual([
      {
        input: {
          title: 'All new',
          studio_id: studio.id,
          performer_ids: [performer.id],
          tag_ids: tags.map((t) => t.id),
        },
      },
    ]);
    expect(sent(ctx.stash, 'studioCreate')[1]).toEqual({ input: { name: 'Child', parent_id: parent.id } });
    for (const e of plan.entities) expect(e.isNew() || e.isDirty()).toBe(false);
    expect(scene.studio).toBe(studio);
    expect(studio.parent_studio).toBe(parent);
  });

  it('answers carry the id and what the server may normalise; the rest is not loaded, never guessed', async () => {
    const tag = new Tag({ name: '  Spaced  ', description: 'plain', ignore_auto_tag: true });
    const plain = new Tag({ name: 'Plain' });
    await saveMany(ctx.client, [tag, plain]);
    const batch = ctx.stash.requests.filter((r) => r.operationName === 'StashBatch').at(-1);
    expect(batch?.query).toContain('op0: tagCreate(input: $input0) {\n    id\n    name\n  }');
    expect(batch?.query).toContain('op1: tagCreate(input: $input1) {\n    id\n  }');
    // What the entity reports for what it sent is what Stash stored (it trims names).
    expect(tag.name).toBe('Spaced');
    expect(plain.name).toBe('Plain');
    expect(tag.description).toBe('plain');
    expect(tag.ignore_auto_tag).toBe(true);
    // The server stamped updated_at; it was not read back, so it is not loaded (never the old stamp).
    expect(tag.isLoaded('updated_at')).toBe(false);
    expect(tag.isLoaded('scene_count')).toBe(false);
    expect(tag.isLoaded('created_at')).toBe(false);
    expect((await ctx.client.findTag({ id: tag.id }))?.name).toBe('Spaced');
    // After a relation change, the entity's own counts are no longer loaded (the server moved them).
    const parent = new Tag({ name: 'Parent tag' });
    await parent.save(ctx.client, { returning: ['child_count'] });
    expect(parent.child_count).toBe(0);
    parent.children = [tag];
    await parent.save(ctx.client);
    expect(parent.isLoaded('child_count')).toBe(false);
    // A stamp that was loaded goes with the update that moved it; asked for, it comes back as the server has it.
    parent.description = 'read back';
    await parent.save(ctx.client, { returning: ['updated_at'] });
    expect(parent.updated_at).toBe((await ctx.client.findTag({ id: parent.id }))?.updated_at);
    parent.description = 'edited';
    await parent.save(ctx.client);
    expect(parent.isLoaded('updated_at')).toBe(false);
    expect(ctx.stash.requests.filter((r) => r.operationName === 'StashBatch').at(-1)?.query).not.toContain(
      'updated_at',
    );
    parent.description = 'edited again';
    await parent.save(ctx.client, { returning: ['updated_at'] });
    expect(parent.updated_at).toBe((await ctx.client.findTag({ id: parent.id }))?.updated_at);
  });

  it('a cycle among new entities is an error naming them', () => {
    const a = new Tag({ name: 'a' });
    const b = new Tag({ name: 'b', parents: [a] });
    a.parents = [b];
    expect(() => buildSaveOperations([a])).toThrow(StashOrmError);
    try {
      buildSaveOperations([a]);
    } catch (e) {
      expect((e as StashOrmError).code).toBe('cycle');
      expect((e as StashOrmError).message).toContain(`Tag:${a.id}`);
      expect((e as StashOrmError).message).toContain(`Tag:${b.id}`);
    }
    expect(ctx.stash.requests.count('tagCreate')).toBe(0);
  });

  it('partial failure: failed entities keep changes, succeeded ones are clean with server ids', async () => {
    const taken = new Tag({ name: 'taken' });
    await taken.save(ctx.client);
    ctx.stash.requests.clear();
    const ok = new Tag({ name: 'fresh' });
    const bad = new Tag({ name: 'taken' });
    const dependent = new Scene({ title: 'needs bad', tags: [bad] });
    const fine = new Scene({ title: 'fine', tags: [ok] });
    const result = await saveMany(ctx.client, [dependent, fine]);
    expect(result.allSucceeded).toBe(false);
    expect(result.failed.map((f) => f.entity)).toEqual([bad, dependent]);
    expect(result.failed[0]?.error.message).toMatch(/already exists/);
    expect(result.failed[1]?.error).toMatchObject({ code: 'unsaved-reference' });
    expect(mutationRequests(ctx.stash)).toEqual([['tagCreate', 'tagCreate'], ['sceneCreate']]);
    expect(ok.isNew()).toBe(false);
    expect(fine.isNew()).toBe(false);
    expect(fine.isDirty()).toBe(false);
    expect(bad.isNew()).toBe(true);
    expect(bad.getChangedFields()).toEqual({ name: 'taken' });
    expect(dependent.isDirty()).toBe(true);
    bad.name = 'now unique';
    const retry = await saveMany(ctx.client, [dependent]);
    expect(retry.allSucceeded).toBe(true);
    expect((await ctx.client.findScene({ id: dependent.id }))?.tags.map((t) => t.name)).toEqual(['now unique']);
    void hydrate;
  });
});
