import { describe, expect, it } from 'vitest';
import { gql } from './support/documents.js';
import { executionError, ms, sorted } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

const StudioCountsDocument = gql<
  { findStudio: { scene_count: number; gallery_count: number; performer_count: number } | null },
  { id: string; depth?: number | null }
>(`
  query StudioCounts($id: ID!, $depth: Int) {
    findStudio(id: $id) { scene_count(depth: $depth) gallery_count(depth: $depth) performer_count(depth: $depth) }
  }
`);

describe('studios', () => {
  it('studioCreate stores urls, aliases, rating, flags, tags and a parent', async () => {
    const parent = await make.studio('parent');
    const tag = await make.tag('studio-tag');
    const name = target.name('full');
    const input = {
      name,
      urls: ['https://example.com/a', ' https://example.com/b '],
      aliases: [`${name}-alias`],
      details: 'about',
      rating100: 80,
      favorite: true,
      ignore_auto_tag: true,
      tag_ids: [tag.id],
      parent_id: parent.id,
    };
    const studio = target.track('studio', (await target.client.studioCreate({ input }))?.id);
    expect(target.sent.last('StudioCreate')).toEqual({ input });
    const found = await target.client.findStudio({ id: studio! });
    expect(found).toMatchObject({
      name,
      urls: ['https://example.com/a', 'https://example.com/b'],
      aliases: [`${name}-alias`],
      details: 'about',
      rating100: 80,
      favorite: true,
      ignore_auto_tag: true,
      tags: [{ id: tag.id, name: tag.name }],
      parent_studio: { id: parent.id, name: parent.name },
      child_studios: [],
      scene_count: 0,
    });
    expect(ms(found?.updated_at)).toBe(ms(found?.created_at));
    expect((await target.client.findStudio({ id: parent.id }))?.child_studios).toEqual([{ id: studio, name }]);
  });

  it('studioUpdate is partial: only the fields sent change', async () => {
    const studio = await make.studio('partial', { details: 'stays', rating100: 40, urls: ['https://a.example'] });
    const input = { id: studio.id, rating100: 60, urls: ['https://b.example', 'https://c.example'] };
    const updated = await target.client.studioUpdate({ input });
    expect(target.sent.last('StudioUpdate')).toEqual({ input });
    expect(updated).toMatchObject({
      name: studio.name,
      details: 'stays',
      rating100: 60,
      urls: ['https://b.example', 'https://c.example'],
    });
  });

  it('null clears the rating and the parent', async () => {
    const parent = await make.studio('clear-parent');
    const studio = await make.studio('clear', { parent_id: parent.id, rating100: 20 });
    const input = { id: studio.id, parent_id: null, rating100: null };
    const updated = await target.client.studioUpdate({ input });
    expect(target.sent.last('StudioUpdate')).toEqual({ input });
    expect(updated).toMatchObject({ parent_studio: null, rating100: null });
  });

  it('destroying a parent studio leaves its children without a parent', async () => {
    const parent = await make.studio('doomed-parent');
    const child = await make.studio('orphan', { parent_id: parent.id });
    expect(await target.client.studioDestroy({ input: { id: parent.id } })).toBe(true);
    expect(target.sent.last('StudioDestroy')).toEqual({ input: { id: parent.id } });
    expect(await target.client.findStudio({ id: parent.id })).toBeNull();
    expect((await target.client.findStudio({ id: child.id }))?.parent_studio).toBeNull();
  });

  it('scene_count counts the studio’s scenes; depth -1 adds its sub-studios’ scenes', async () => {
    const parent = await make.studio('count-parent');
    const child = await make.studio('count-child', { parent_id: parent.id });
    const performer = await make.performer('studio-count');
    await make.scene('p1', { studio_id: parent.id, performer_ids: [performer.id] });
    await make.scene('c1', { studio_id: child.id });
    await make.scene('c2', { studio_id: child.id, performer_ids: [performer.id] });
    await make.gallery('c-gallery', { studio_id: child.id });
    const own = await target.client.request(StudioCountsDocument, { id: parent.id, depth: 0 });
    const all = await target.client.request(StudioCountsDocument, { id: parent.id, depth: -1 });
    expect(target.sent.last('StudioCounts')).toEqual({ id: parent.id, depth: -1 });
    expect(own.findStudio).toEqual({ scene_count: 1, gallery_count: 0, performer_count: 1 });
    // the performer appears in both studios' scenes but is one performer
    expect(all.findStudio).toEqual({ scene_count: 3, gallery_count: 1, performer_count: 1 });
    expect((await target.client.findStudio({ id: child.id }))?.scene_count).toBe(2);
  });

  it('findStudios q matches names and aliases', async () => {
    const scope = target.scope('q');
    const a = await make.studio('unused', { name: `${scope}apple` });
    const b = await make.studio('unused', { name: `${scope}berry`, aliases: [`${scope}pineapple`] });
    await make.studio('unused', { name: `${scope}cherry` });
    const found = await target.client.findStudios({ filter: { q: `${scope} apple`, per_page: -1 } });
    expect(target.sent.last('FindStudios')).toEqual({ filter: { q: `${scope} apple`, per_page: -1 } });
    expect(sorted(idsOf(found.studios))).toEqual(sorted([a.id, b.id]));
    expect(found.count).toBe(2);
  });

  it('studioUpdate of a missing studio names the id', async () => {
    await executionError(
      target.client.studioUpdate({ input: { id: '999999999', details: 'x' } }),
      'studio with id 999999999 not found',
      ['studioUpdate'],
    );
    expect(target.sent.last('StudioUpdate')).toEqual({ input: { id: '999999999', details: 'x' } });
  });

  it('bulkStudioUpdate sets a parent on several studios and adds tags', async () => {
    const parent = await make.studio('bulk-parent');
    const tag = await make.tag('bulk-studio-tag');
    const s1 = await make.studio('bulk1');
    const s2 = await make.studio('bulk2');
    const input = { ids: [s1.id, s2.id], parent_id: parent.id, tag_ids: { ids: [tag.id], mode: 'ADD' as const } };
    const result = await target.client.bulkStudioUpdate({ input });
    expect(target.sent.last('BulkStudioUpdate')).toEqual({ input });
    expect(result?.map((s) => [s.id, s.parent_studio?.id, idsOf(s.tags)])).toEqual([
      [s1.id, parent.id, [tag.id]],
      [s2.id, parent.id, [tag.id]],
    ]);
  });
});
