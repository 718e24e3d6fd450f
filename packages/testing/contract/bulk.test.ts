import { StashExecutionError } from '@stash-graphql/core';
import { describe, expect, it } from 'vitest';
import { executionError, sorted } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** BulkUpdateIds / BulkUpdateStrings: SET replaces, ADD unions, REMOVE subtracts (pkg/models/update.go). */
describe('bulk updates', () => {
  it('bulkSceneUpdate tag_ids ADD keeps each scene’s own tags', async () => {
    const [t1, t2, t3] = [await make.tag('b1'), await make.tag('b2'), await make.tag('b3')];
    const s1 = await make.scene('add1', { tag_ids: [t1.id] });
    const s2 = await make.scene('add2', { tag_ids: [t2.id] });
    const input = { ids: [s1.id, s2.id], tag_ids: { ids: [t3.id], mode: 'ADD' as const } };
    const result = await target.client.bulkSceneUpdate({ input });
    expect(target.sent.last('BulkSceneUpdate')).toEqual({ input });
    expect(result?.map((s) => sorted(idsOf(s.tags)))).toEqual([sorted([t1.id, t3.id]), sorted([t2.id, t3.id])]);
  });

  it('bulkSceneUpdate performer_ids REMOVE takes away only the named ids', async () => {
    const [p1, p2] = [await make.performer('r1'), await make.performer('r2')];
    const s1 = await make.scene('rm1', { performer_ids: [p1.id, p2.id] });
    const s2 = await make.scene('rm2', { performer_ids: [p1.id] });
    const input = { ids: [s1.id, s2.id], performer_ids: { ids: [p1.id], mode: 'REMOVE' as const } };
    const result = await target.client.bulkSceneUpdate({ input });
    expect(target.sent.last('BulkSceneUpdate')).toEqual({ input });
    expect(result?.map((s) => idsOf(s.performers))).toEqual([[p2.id], []]);
  });

  it('bulkSceneUpdate SET replaces, and scalars apply to every scene while omitted ones stay', async () => {
    const [t1, t2] = [await make.tag('set1'), await make.tag('set2')];
    const studio = await make.studio('set');
    const s1 = await make.scene('set1', { tag_ids: [t1.id], details: 'one' });
    const s2 = await make.scene('set2', { details: 'two' });
    const input = {
      ids: [s1.id, s2.id],
      tag_ids: { ids: [t2.id], mode: 'SET' as const },
      rating100: 90,
      organized: true,
      studio_id: studio.id,
    };
    const result = await target.client.bulkSceneUpdate({ input });
    expect(target.sent.last('BulkSceneUpdate')).toEqual({ input });
    expect(result?.map((s) => [idsOf(s.tags), s.rating100, s.organized, s.studio?.id, s.details])).toEqual([
      [[t2.id], 90, true, studio.id, 'one'],
      [[t2.id], 90, true, studio.id, 'two'],
    ]);
  });

  it('bulkPerformerUpdate alias_list ADD and REMOVE', async () => {
    const p1 = await make.performer('al1', { alias_list: ['keep', 'drop'] });
    const p2 = await make.performer('al2');
    const add = { ids: [p1.id, p2.id], alias_list: { values: ['shared'], mode: 'ADD' as const } };
    const added = await target.client.bulkPerformerUpdate({ input: add });
    expect(target.sent.last('BulkPerformerUpdate')).toEqual({ input: add });
    expect(added?.map((p) => sorted(p.alias_list))).toEqual([['drop', 'keep', 'shared'], ['shared']]);
    const remove = { ids: [p1.id], alias_list: { values: ['drop'], mode: 'REMOVE' as const } };
    const removed = await target.client.bulkPerformerUpdate({ input: remove });
    expect(sorted(removed?.[0]?.alias_list ?? [])).toEqual(['keep', 'shared']);
  });

  it('bulkTagUpdate parent_ids ADD and description apply to every tag', async () => {
    const parent = await make.tag('bulk-parent');
    const [a, b] = [await make.tag('bulk-a'), await make.tag('bulk-b')];
    const input = { ids: [a.id, b.id], parent_ids: { ids: [parent.id], mode: 'ADD' as const }, description: 'bulk' };
    const result = await target.client.bulkTagUpdate({ input });
    expect(target.sent.last('BulkTagUpdate')).toEqual({ input });
    expect(result?.map((t) => [t.parent_count, t.description])).toEqual([
      [1, 'bulk'],
      [1, 'bulk'],
    ]);
    expect((await target.client.findTag({ id: parent.id }))?.child_count).toBe(2);
  });

  it('bulkTagUpdate is all-or-nothing: an alias that collides on the second tag rolls back the first', async () => {
    const [a, b] = [await make.tag('txn-a'), await make.tag('txn-b')];
    const alias = target.name('collide');
    const input = { ids: [a.id, b.id], aliases: { values: [alias], mode: 'ADD' as const } };
    await executionError(target.client.bulkTagUpdate({ input }), `name '${alias}' is used as alias for '${a.name}'`, [
      'bulkTagUpdate',
    ]);
    expect(target.sent.last('BulkTagUpdate')).toEqual({ input });
    expect((await target.client.findTags({ ids: [a.id, b.id] })).tags.map((t) => t.aliases)).toEqual([[], []]);
  });

  it('a null for a NOT NULL column fails before any join is written, so before a missing id could', async () => {
    const scene = await make.scene('nullbool');
    // pkg/sqlite/record.go setBool panics in fromPartial; the performers join (whose FK would fail) comes after
    const input = { ids: [scene.id], organized: null, performer_ids: { ids: ['999999999'], mode: 'ADD' as const } };
    await executionError(
      target.client.bulkSceneUpdate({ input }),
      'Internal system error. Error <null value not allowed in optional bool>',
      ['bulkSceneUpdate'],
    );
    expect(target.sent.last('BulkSceneUpdate')).toEqual({ input });
    const after = await target.client.findScene({ id: scene.id });
    expect(after?.performers).toEqual([]);
  });

  it('bulkGalleryUpdate urls ADD and performer_ids SET', async () => {
    const p = await make.performer('gal');
    const g1 = await make.gallery('bu1', { urls: ['https://one.example'] });
    const g2 = await make.gallery('bu2');
    const input = {
      ids: [g1.id, g2.id],
      urls: { values: ['https://shared.example'], mode: 'ADD' as const },
      performer_ids: { ids: [p.id], mode: 'SET' as const },
    };
    const result = await target.client.bulkGalleryUpdate({ input });
    expect(target.sent.last('BulkGalleryUpdate')).toEqual({ input });
    expect(result?.map((g) => [g.urls, idsOf(g.performers)])).toEqual([
      [['https://one.example', 'https://shared.example'], [p.id]],
      [['https://shared.example'], [p.id]],
    ]);
  });
});

/** executeBatch sends aliased multi-field mutations; Stash runs each root field in its own transaction. */
describe('executeBatch', () => {
  it('one request per chunk; a failing operation does not stop the others', async () => {
    const dup = target.name('batch-dup');
    const other = target.name('batch-other');
    const before = target.sent.mark();
    const result = await target.client.executeBatch([
      { mutation: 'tagCreate', variables: { input: { name: dup } } },
      { mutation: 'tagCreate', variables: { input: { name: dup.toUpperCase() } } },
      { mutation: 'tagCreate', variables: { input: { name: other } } },
    ]);
    for (const r of result.succeeded) target.track('tag', r.result?.id);
    // only batch documents count: a client may also send its own probe or bookkeeping queries
    const sent = target.sent.since(before).filter((r) => r.operationName === 'StashBatch');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toEqual({
      input0: { name: dup },
      input1: { name: dup.toUpperCase() },
      input2: { name: other },
    });
    expect(result.results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(result.succeeded.map((r) => r.result?.name)).toEqual([dup, other]);
    const failure = result.failed[0]!.error;
    expect(failure).toBeInstanceOf(StashExecutionError);
    expect((failure as StashExecutionError).errors.map((e) => [e.message, e.path])).toEqual([
      [`tag with name '${dup.toUpperCase()}' already exists`, ['op1']],
    ]);
  });

  it('chunkSize splits the operations over several requests', async () => {
    const names = [target.name('c1'), target.name('c2'), target.name('c3')];
    const before = target.sent.mark();
    const result = await target.client.executeBatch(
      names.map((name) => ({ mutation: 'tagCreate' as const, variables: { input: { name } } })),
      { chunkSize: 2 },
    );
    for (const r of result.succeeded) target.track('tag', r.result?.id);
    const batches = target.sent.since(before).filter((r) => r.operationName === 'StashBatch');
    expect(batches.map((r) => r.variables)).toEqual([
      { input0: { name: names[0] }, input1: { name: names[1] } },
      { input0: { name: names[2] } },
    ]);
    expect(result.allSucceeded).toBe(true);
    expect(result.succeeded.map((r) => r.result?.name)).toEqual(names);
  });
});
