import { describe, expect, it } from 'vitest';
import { executionError, sorted } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

const subIds = (g: { sub_groups: { group: { id: string } }[] } | null | undefined) =>
  (g?.sub_groups ?? []).map((d) => d.group.id);

describe('groups', () => {
  it('groupCreate stores scalars, studio, tags and sub groups with descriptions', async () => {
    const studio = await make.studio('grp-studio');
    const tag = await make.tag('grp-tag');
    const sub = await make.group('sub');
    const name = target.name('full');
    const input = {
      name,
      aliases: 'alt name',
      duration: 5400,
      date: '2018-08-08',
      rating100: 65,
      director: 'dir',
      synopsis: 'syn',
      urls: ['https://example.com/grp'],
      studio_id: studio.id,
      tag_ids: [tag.id],
      sub_groups: [{ group_id: sub.id, description: 'part one' }],
    };
    const id = target.track('group', (await target.client.groupCreate({ input }))?.id);
    expect(target.sent.last('GroupCreate')).toEqual({ input });
    const found = await target.client.findGroup({ id: id! });
    expect(found).toMatchObject({
      name,
      aliases: 'alt name',
      duration: 5400,
      date: '2018-08-08',
      rating100: 65,
      director: 'dir',
      synopsis: 'syn',
      urls: ['https://example.com/grp'],
      studio: { id: studio.id, name: studio.name },
      tags: [{ id: tag.id, name: tag.name }],
      sub_group_count: 1,
      containing_groups: [],
      sub_groups: [{ group: { id: sub.id, name: sub.name }, description: 'part one' }],
    });
    const subFound = await target.client.findGroup({ id: sub.id });
    expect(subFound?.containing_groups).toEqual([{ group: { id, name }, description: 'part one' }]);
  });

  it('groupCreate needs a name', async () => {
    await executionError(target.client.groupCreate({ input: { name: '  ' } }), 'name cannot be empty', ['groupCreate']);
    expect(target.sent.last('GroupCreate')).toEqual({ input: { name: '  ' } });
  });

  it('scene groups carry a scene_index and feed scene_count', async () => {
    const group = await make.group('scenes');
    const s1 = await make.scene('gs1', { groups: [{ group_id: group.id, scene_index: 1 }] });
    const s2 = await make.scene('gs2', { groups: [{ group_id: group.id, scene_index: 2 }] });
    const input = { id: s2.id, groups: [{ group_id: group.id, scene_index: 7 }] };
    const updated = await target.client.sceneUpdate({ input });
    expect(target.sent.last('SceneUpdate')).toEqual({ input });
    expect(updated?.groups).toEqual([{ group: { id: group.id, name: group.name }, scene_index: 7 }]);
    const found = await target.client.findGroup({ id: group.id });
    expect(found?.scene_count).toBe(2);
    expect(sorted(idsOf(found?.scenes ?? []))).toEqual(sorted([s1.id, s2.id]));
  });

  /** Sub groups of `parent` set to [b, c] with groupUpdate, plus a fresh group d. */
  async function parentWithTwo(label: string) {
    const parent = await make.group(`${label}-parent`);
    const [b, c, d] = [await make.group(`${label}-b`), await make.group(`${label}-c`), await make.group(`${label}-d`)];
    await target.client.groupUpdate({
      input: { id: parent.id, sub_groups: [{ group_id: b.id }, { group_id: c.id }] },
    });
    return { parent, b, c, d };
  }

  it('addGroupSubGroups without insert_index appends', async () => {
    const { parent, b, c, d } = await parentWithTwo('append');
    const add = { containing_group_id: parent.id, sub_groups: [{ group_id: d.id, description: 'last' }] };
    expect(await target.client.addGroupSubGroups({ input: add })).toBe(true);
    expect(target.sent.last('AddGroupSubGroups')).toEqual({ input: add });
    const found = await target.client.findGroup({ id: parent.id });
    expect(subIds(found)).toEqual([b.id, c.id, d.id]);
    expect(found?.sub_groups[2]?.description).toBe('last');
  });

  // Stash matches insert_index against the stored order_index, which starts at 1 (pkg/sqlite/group_relationships.go
  // createRelationships / AddSubGroups); an index with no group there appends.
  it('insert_index is matched against order_index, which starts at 1', async () => {
    const { parent, b, c, d } = await parentWithTwo('index');
    const add = { containing_group_id: parent.id, sub_groups: [{ group_id: d.id }], insert_index: 1 };
    expect(await target.client.addGroupSubGroups({ input: add })).toBe(true);
    expect(target.sent.last('AddGroupSubGroups')).toEqual({ input: add });
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([d.id, b.id, c.id]);
  });

  // Removing a sub group leaves a gap in groups_relations.order_index (only a SET renumbers 1…n), and insert_index
  // is matched against the stored index: after removing the first of [b, c] (indexes 2, 3) index 1 matches nothing
  // and appends, index 3 lands before c.
  it('insert_index matches the stored order_index, which keeps gaps after removals', async () => {
    const { parent, b, c, d } = await parentWithTwo('gap');
    await target.client.removeGroupSubGroups({ input: { containing_group_id: parent.id, sub_group_ids: [b.id] } });
    await target.client.addGroupSubGroups({
      input: { containing_group_id: parent.id, sub_groups: [{ group_id: b.id }] },
    });
    // c = 2, b = 3
    const add1 = { containing_group_id: parent.id, sub_groups: [{ group_id: d.id }], insert_index: 1 };
    expect(await target.client.addGroupSubGroups({ input: add1 })).toBe(true);
    expect(target.sent.last('AddGroupSubGroups')).toEqual({ input: add1 });
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([c.id, b.id, d.id]);
    const e = await make.group('gap-e');
    const add3 = { containing_group_id: parent.id, sub_groups: [{ group_id: e.id }], insert_index: 3 };
    expect(await target.client.addGroupSubGroups({ input: add3 })).toBe(true);
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([c.id, e.id, b.id, d.id]);
  });

  // reorderSubGroup moves each group to the insertion point's index (with insert_after: the next index in use) and
  // shifts everything from there up, so several groups moved after one point end up reversed.
  it('reorderSubGroups keeps the order before a point and reverses it after one', async () => {
    const { parent, b, c, d } = await parentWithTwo('reorder');
    const e = await make.group('reorder-e');
    await target.client.addGroupSubGroups({
      input: { containing_group_id: parent.id, sub_groups: [{ group_id: d.id }, { group_id: e.id }] },
    });
    const after = { group_id: parent.id, sub_group_ids: [d.id, e.id], insert_at_id: b.id, insert_after: true };
    expect(await target.client.reorderSubGroups({ input: after })).toBe(true);
    expect(target.sent.last('ReorderSubGroups')).toEqual({ input: after });
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([b.id, e.id, d.id, c.id]);
    const before = { group_id: parent.id, sub_group_ids: [c.id, b.id], insert_at_id: e.id, insert_after: false };
    expect(await target.client.reorderSubGroups({ input: before })).toBe(true);
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([c.id, b.id, e.id, d.id]);
  });

  it('reorderSubGroups needs the insertion point to be a sub group', async () => {
    const { parent, d } = await parentWithTwo('reorder-missing');
    const input = { group_id: parent.id, sub_group_ids: [d.id], insert_at_id: d.id };
    await executionError(
      target.client.reorderSubGroups({ input }),
      `sub-group ${d.id} not found in containing group ${parent.id}`,
      ['reorderSubGroups'],
    );
    expect(target.sent.last('ReorderSubGroups')).toEqual({ input });
  });

  // addJoins inserts one groups_relations row per group, so adding a pair that exists is a UNIQUE failure and the
  // whole bulk update is rolled back.
  it('bulkGroupUpdate ADD of a sub group already present fails on the UNIQUE constraint', async () => {
    const { parent, b, c, d } = await parentWithTwo('bulk-dup');
    const input = {
      ids: [parent.id],
      sub_groups: { mode: 'ADD' as const, groups: [{ group_id: d.id }, { group_id: b.id }] },
    };
    await executionError(
      target.client.bulkGroupUpdate({ input }),
      /UNIQUE constraint failed: groups_relations\.containing_id, groups_relations\.sub_id$/,
      ['bulkGroupUpdate'],
    );
    expect(target.sent.last('BulkGroupUpdate')).toEqual({ input });
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([b.id, c.id]);
  });

  it('addGroupSubGroups refuses groups already contained, naming their ids', async () => {
    const { parent, b } = await parentWithTwo('dup');
    const add = { containing_group_id: parent.id, sub_groups: [{ group_id: b.id }] };
    await executionError(
      target.client.addGroupSubGroups({ input: add }),
      `subgroups with IDs [${b.id}] already in group`,
      ['addGroupSubGroups'],
    );
    expect(target.sent.last('AddGroupSubGroups')).toEqual({ input: add });
  });

  it('removeGroupSubGroups drops only the named sub groups', async () => {
    const parent = await make.group('rm-parent');
    const [a, b] = [await make.group('rm-a'), await make.group('rm-b')];
    await target.client.addGroupSubGroups({
      input: { containing_group_id: parent.id, sub_groups: [{ group_id: a.id }, { group_id: b.id }] },
    });
    const input = { containing_group_id: parent.id, sub_group_ids: [a.id] };
    expect(await target.client.removeGroupSubGroups({ input })).toBe(true);
    expect(target.sent.last('RemoveGroupSubGroups')).toEqual({ input });
    expect(subIds(await target.client.findGroup({ id: parent.id }))).toEqual([b.id]);
    expect((await target.client.findGroup({ id: a.id }))?.containing_groups).toEqual([]);
  });
});

describe('scene markers', () => {
  it('sceneMarkerCreate stores times and tags; the primary tag is not repeated in tags', async () => {
    const scene = await make.scene('markers');
    const primary = await make.tag('primary');
    const other = await make.tag('other');
    const input = {
      scene_id: scene.id,
      title: ' chorus ',
      seconds: 12.5,
      end_seconds: 20,
      primary_tag_id: primary.id,
      tag_ids: [primary.id, other.id],
    };
    const marker = await make.marker(input);
    expect(target.sent.last('SceneMarkerCreate')).toEqual({ input });
    expect(marker).toMatchObject({
      title: 'chorus',
      seconds: 12.5,
      end_seconds: 20,
      scene: { id: scene.id, title: scene.title },
      primary_tag: { id: primary.id, name: primary.name },
      tags: [{ id: other.id, name: other.name }],
    });
    expect((await target.client.findScene({ id: scene.id }))?.scene_markers).toEqual([
      { id: marker.id, title: 'chorus' },
    ]);
    expect((await target.client.findTag({ id: primary.id }))?.scene_marker_count).toBe(1);
    expect((await target.client.findTag({ id: other.id }))?.scene_marker_count).toBe(1);
  });

  it('end_seconds before seconds is refused with Go’s %f formatting', async () => {
    const scene = await make.scene('bad-marker');
    const tag = await make.tag('bad-marker');
    const input = { scene_id: scene.id, title: 'x', seconds: 10, end_seconds: 5.5, primary_tag_id: tag.id };
    await executionError(
      target.client.sceneMarkerCreate({ input }),
      'end_seconds (5.500000) must be greater than or equal to seconds (10.000000)',
      ['sceneMarkerCreate'],
    );
    expect(target.sent.last('SceneMarkerCreate')).toEqual({ input });
    expect((await target.client.findScene({ id: scene.id }))?.scene_markers).toEqual([]);
  });

  it('a tag used as a marker’s primary tag cannot be destroyed', async () => {
    const scene = await make.scene('primary-guard');
    const tag = await make.tag('primary-guard');
    await make.marker({ scene_id: scene.id, title: 'm', seconds: 1, primary_tag_id: tag.id });
    await executionError(
      target.client.tagDestroy({ input: { id: tag.id } }),
      'cannot delete tag used as a primary tag in scene markers',
      ['tagDestroy'],
    );
    expect(target.sent.last('TagDestroy')).toEqual({ input: { id: tag.id } });
    expect((await target.client.findTag({ id: tag.id }))?.id).toBe(tag.id);
  });

  it('sceneMarkerUpdate is partial and findSceneMarkers filters by primary or secondary tag', async () => {
    const scene = await make.scene('m-upd');
    const t1 = await make.tag('m-t1');
    const t2 = await make.tag('m-t2');
    const m1 = await make.marker({ scene_id: scene.id, title: 'one', seconds: 1, primary_tag_id: t1.id });
    const m2 = await make.marker({ scene_id: scene.id, title: 'two', seconds: 2, primary_tag_id: t2.id });
    const input = { id: m2.id, tag_ids: [t1.id], end_seconds: 9 };
    const updated = await target.client.sceneMarkerUpdate({ input });
    expect(target.sent.last('SceneMarkerUpdate')).toEqual({ input });
    expect(updated).toMatchObject({ title: 'two', seconds: 2, end_seconds: 9, primary_tag: { id: t2.id } });
    const filter = { tags: { value: [t1.id], modifier: 'INCLUDES' as const } };
    const found = await target.client.findSceneMarkers({ scene_marker_filter: filter, filter: { sort: 'seconds' } });
    expect(target.sent.last('FindSceneMarkers')).toEqual({ scene_marker_filter: filter, filter: { sort: 'seconds' } });
    expect(idsOf(found.scene_markers)).toEqual([m1.id, m2.id]);
  });

  it('destroying a scene destroys its markers', async () => {
    const scene = await make.scene('m-cascade');
    const tag = await make.tag('m-cascade');
    const marker = await make.marker({ scene_id: scene.id, title: 'bye', seconds: 3, primary_tag_id: tag.id });
    await target.client.sceneDestroy({ input: { id: scene.id, delete_file: false, delete_generated: true } });
    expect(target.sent.last('SceneDestroy')).toEqual({
      input: { id: scene.id, delete_file: false, delete_generated: true },
    });
    await executionError(
      target.client.findSceneMarkers({ ids: [marker.id] }),
      `scene marker with id ${marker.id} not found`,
    );
    expect((await target.client.findTag({ id: tag.id }))?.scene_marker_count).toBe(0);
  });
});
