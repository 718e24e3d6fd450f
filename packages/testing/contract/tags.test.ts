import { describe, expect, it } from 'vitest';
import { gql } from './support/documents.js';
import { executionError, ms, sleep, sorted } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** Tag counts with an explicit depth, which the generated TagSlim fragment does not pass. */
const TagCountsDocument = gql<
  { findTag: { id: string; scene_count: number; performer_count: number; studio_count: number } | null },
  { id: string; depth?: number | null }
>(`
  query TagCounts($id: ID!, $depth: Int) {
    findTag(id: $id) { id scene_count(depth: $depth) performer_count(depth: $depth) studio_count(depth: $depth) }
  }
`);

describe('tags', () => {
  it('tagCreate stores every scalar and list it is given, trimmed', async () => {
    const name = target.name('create');
    const input = {
      name: `  ${name}  `,
      sort_name: `${name}-sort`,
      description: 'a description',
      aliases: [` ${name}-alias1 `, `${name}-alias2`],
      favorite: true,
      ignore_auto_tag: true,
      stash_ids: [{ endpoint: 'https://stashdb.org/graphql', stash_id: `sid-${name}` }],
    };
    const tag = await make.tag('unused', input);
    expect(target.sent.last('TagCreate')).toEqual({ input });
    expect(tag).toMatchObject({
      name,
      sort_name: `${name}-sort`,
      description: 'a description',
      aliases: [`${name}-alias1`, `${name}-alias2`],
      favorite: true,
      ignore_auto_tag: true,
      scene_count: 0,
      parent_count: 0,
      child_count: 0,
      parents: [],
      children: [],
    });
    expect(tag.stash_ids.map(({ endpoint, stash_id }) => ({ endpoint, stash_id }))).toEqual(input.stash_ids);
    // a new row: both timestamps are the creation time
    expect(ms(tag.updated_at)).toBe(ms(tag.created_at));
    expect(Math.abs(ms(tag.created_at) - Date.now())).toBeLessThan(60_000);
    expect(await target.client.findTag({ id: tag.id })).toEqual(tag);
  });

  it('tagUpdate is partial: omitted fields stay, lists are replaced, updated_at moves', async () => {
    const tag = await make.tag('partial', { description: 'keep me', aliases: [target.name('a1')], favorite: true });
    await sleep(1100); // Stash stores timestamps with second precision
    const newAliases = [target.name('a2'), target.name('a3')];
    const updated = await target.client.tagUpdate({ input: { id: tag.id, aliases: newAliases } });
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: tag.id, aliases: newAliases } });
    expect(updated).toMatchObject({ name: tag.name, description: 'keep me', favorite: true, aliases: newAliases });
    expect(updated?.created_at).toBe(tag.created_at);
    expect(ms(updated?.updated_at)).toBeGreaterThan(ms(tag.updated_at));
  });

  it('tagUpdate with an empty alias list removes every alias', async () => {
    const tag = await make.tag('noalias', { aliases: [target.name('x1'), target.name('x2')] });
    const updated = await target.client.tagUpdate({ input: { id: tag.id, aliases: [] } });
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: tag.id, aliases: [] } });
    expect(updated?.aliases).toEqual([]);
  });

  it('null clears a string field; Stash reads it back as an empty string', async () => {
    const tag = await make.tag('clear', { description: 'gone soon', sort_name: 'zzz' });
    const updated = await target.client.tagUpdate({ input: { id: tag.id, description: null, sort_name: null } });
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: tag.id, description: null, sort_name: null } });
    // models.Tag.Description is a Go string: SQL NULL comes back as ""
    expect(updated).toMatchObject({ description: '', sort_name: '' });
  });

  it('scene_count, performer_count and studio_count follow what is tagged; depth counts descendants', async () => {
    const parent = await make.tag('count-parent');
    const child = await make.tag('count-child', { parent_ids: [parent.id] });
    await make.scene('counted1', { tag_ids: [parent.id] });
    await make.scene('counted2', { tag_ids: [parent.id, child.id] });
    await make.scene('counted3', { tag_ids: [child.id] });
    await make.performer('counted', { tag_ids: [parent.id] });
    await make.studio('counted', { tag_ids: [child.id] });
    const found = await target.client.findTag({ id: parent.id });
    expect(found).toMatchObject({ scene_count: 2, performer_count: 1, studio_count: 0, child_count: 1 });
    expect(found?.children).toEqual([{ id: child.id, name: child.name }]);
    const deep = await target.client.request(TagCountsDocument, { id: parent.id, depth: -1 });
    expect(target.sent.last('TagCounts')).toEqual({ id: parent.id, depth: -1 });
    // scene 2 carries both tags but is counted once
    expect(deep.findTag).toEqual({ id: parent.id, scene_count: 3, performer_count: 1, studio_count: 1 });
    const own = await target.client.request(TagCountsDocument, { id: parent.id, depth: 0 });
    expect(own.findTag).toEqual({ id: parent.id, scene_count: 2, performer_count: 1, studio_count: 0 });
  });

  it('tagDestroy removes the tag and its links; findTag then answers null', async () => {
    const tag = await make.tag('destroy');
    const scene = await make.scene('tagged', { tag_ids: [tag.id] });
    expect(await target.client.tagDestroy({ input: { id: tag.id } })).toBe(true);
    expect(target.sent.last('TagDestroy')).toEqual({ input: { id: tag.id } });
    expect(await target.client.findTag({ id: tag.id })).toBeNull();
    expect((await target.client.findScene({ id: scene.id }))?.tags).toEqual([]);
  });

  it('tagsDestroy removes several tags at once', async () => {
    const a = await make.tag('multi-a');
    const b = await make.tag('multi-b');
    expect(await target.client.tagsDestroy({ ids: [a.id, b.id] })).toBe(true);
    expect(target.sent.last('TagsDestroy')).toEqual({ ids: [a.id, b.id] });
    expect(await target.client.findTag({ id: a.id })).toBeNull();
    expect(await target.client.findTag({ id: b.id })).toBeNull();
    // FindMany fails the whole find on the first missing id (pkg/sqlite/tag.go)
    await executionError(target.client.findTags({ ids: [a.id, b.id] }), `tag with id ${a.id} not found`);
  });

  it('tagsMerge moves every reference to the destination and turns source names into aliases', async () => {
    const dest = await make.tag('merge-dest', { aliases: [target.name('dest-alias')] });
    const src1 = await make.tag('merge-src1', { aliases: [target.name('src1-alias')] });
    const src2 = await make.tag('merge-src2');
    const scene = await make.scene('merge', { tag_ids: [src1.id] });
    const performer = await make.performer('merge', { tag_ids: [src2.id, dest.id] });
    const merged = await target.client.tagsMerge({ input: { source: [src1.id, src2.id], destination: dest.id } });
    expect(target.sent.last('TagsMerge')).toEqual({ input: { source: [src1.id, src2.id], destination: dest.id } });
    expect(merged?.id).toBe(dest.id);
    expect(sorted(merged?.aliases ?? [])).toEqual(sorted([...dest.aliases, src1.name, ...src1.aliases, src2.name]));
    expect(merged).toMatchObject({ scene_count: 1, performer_count: 1 });
    expect((await target.client.findScene({ id: scene.id }))?.tags).toEqual([{ id: dest.id, name: dest.name }]);
    expect((await target.client.findPerformer({ id: performer.id }))?.tags).toEqual([{ id: dest.id, name: dest.name }]);
    expect(await target.client.findTag({ id: src1.id })).toBeNull();
    expect(await target.client.findTag({ id: src2.id })).toBeNull();
  });

  it('tagsMerge refuses a destination that is also a source', async () => {
    const a = await make.tag('self-merge');
    await executionError(
      target.client.tagsMerge({ input: { source: [a.id], destination: a.id } }),
      'cannot merge where source == destination',
      ['tagsMerge'],
    );
    expect(target.sent.last('TagsMerge')).toEqual({ input: { source: [a.id], destination: a.id } });
    expect(await target.client.findTag({ id: a.id })).toMatchObject({ id: a.id, name: a.name });
  });

  it('stash_ids given on update replace the previous list', async () => {
    const tag = await make.tag('stashids', { stash_ids: [{ endpoint: 'https://a.example/graphql', stash_id: 'one' }] });
    const next = [{ endpoint: 'https://b.example/graphql', stash_id: 'two' }];
    const updated = await target.client.tagUpdate({ input: { id: tag.id, stash_ids: next } });
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: tag.id, stash_ids: next } });
    expect(updated?.stash_ids.map(({ endpoint, stash_id }) => ({ endpoint, stash_id }))).toEqual(next);
  });
});
