import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/** Cycle checks: pkg/tag/update.go (ValidateHierarchy*), pkg/studio/validate.go, pkg/group/validate.go. */
describe('tag hierarchy', () => {
  it('parents and children are two views of one relation', async () => {
    const parent = await make.tag('p');
    const child = await make.tag('c', { parent_ids: [parent.id] });
    expect(target.sent.last('TagCreate')).toEqual({ input: { name: child.name, parent_ids: [parent.id] } });
    expect(child).toMatchObject({ parent_count: 1, parents: [{ id: parent.id, name: parent.name }] });
    expect(await target.client.findTag({ id: parent.id })).toMatchObject({
      child_count: 1,
      children: [{ id: child.id, name: child.name }],
    });
  });

  it('a tag cannot become the parent of its own ancestor (the path is in the message)', async () => {
    const g = await make.tag('g');
    const p = await make.tag('p', { parent_ids: [g.id] });
    const c = await make.tag('c', { parent_ids: [p.id] });
    await executionError(
      target.client.tagUpdate({ input: { id: g.id, parent_ids: [c.id] } }),
      `cannot apply tag "${c.name}" as a parent of "${g.name}" as it is already a descendant (${g.name}->${p.name}->${c.name})`,
      ['tagUpdate'],
    );
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: g.id, parent_ids: [c.id] } });
    expect((await target.client.findTag({ id: g.id }))?.parents).toEqual([]);
  });

  it('a tag cannot become the child of its own descendant', async () => {
    const p = await make.tag('p');
    const c = await make.tag('c', { parent_ids: [p.id] });
    await executionError(
      target.client.tagUpdate({ input: { id: c.id, child_ids: [p.id] } }),
      `cannot apply tag "${p.name}" as a child of "${c.name}" as it is already an ancestor (${p.name}->${c.name})`,
      ['tagUpdate'],
    );
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: c.id, child_ids: [p.id] } });
  });

  it('a tag cannot be its own parent', async () => {
    const t = await make.tag('self');
    await executionError(
      target.client.tagUpdate({ input: { id: t.id, parent_ids: [t.id] } }),
      `cannot apply tag "${t.name}" as a parent of "${t.name}" as it is already a descendant (${t.name})`,
    );
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: t.id, parent_ids: [t.id] } });
  });

  it('on create, one tag cannot be both parent and (through a child) descendant', async () => {
    const a = await make.tag('a');
    const b = await make.tag('b', { parent_ids: [a.id] });
    const input = { name: target.name('new'), parent_ids: [b.id], child_ids: [a.id] };
    await executionError(
      target.client.tagCreate({ input }),
      `cannot apply tag "${b.name}" as a parent of tag as it is already a descendant`,
      ['tagCreate'],
    );
    expect(target.sent.last('TagCreate')).toEqual({ input });
    expect(
      (await target.client.findTags({ tag_filter: { name: { value: input.name, modifier: 'EQUALS' } } })).count,
    ).toBe(0);
  });

  it('the parents filter with depth -1 finds every descendant of the value', async () => {
    const g = await make.tag('fg');
    const p = await make.tag('fp', { parent_ids: [g.id] });
    const c = await make.tag('fc', { parent_ids: [p.id] });
    const tag_filter = { parents: { value: [g.id], modifier: 'INCLUDES' as const, depth: -1 } };
    const found = await target.client.findTags({ tag_filter, filter: { per_page: -1, sort: 'id' } });
    expect(target.sent.last('FindTags')).toEqual({ tag_filter, filter: { per_page: -1, sort: 'id' } });
    expect(idsOf(found.tags)).toEqual([p.id, c.id]);
  });

  it('tagsMerge unions the hierarchy of the merged tags', async () => {
    const parentA = await make.tag('mp-a');
    const parentB = await make.tag('mp-b');
    const dest = await make.tag('m-dest', { parent_ids: [parentA.id] });
    const src = await make.tag('m-src', { parent_ids: [parentB.id] });
    const child = await make.tag('m-child', { parent_ids: [src.id] });
    const merged = await target.client.tagsMerge({ input: { source: [src.id], destination: dest.id } });
    expect(target.sent.last('TagsMerge')).toEqual({ input: { source: [src.id], destination: dest.id } });
    expect(idsOf(merged?.parents ?? []).sort()).toEqual([parentA.id, parentB.id].sort());
    expect(idsOf(merged?.children ?? [])).toEqual([child.id]);
  });
});

describe('studio hierarchy', () => {
  it('a studio cannot be its own parent', async () => {
    const s = await make.studio('self');
    await executionError(
      target.client.studioUpdate({ input: { id: s.id, parent_id: s.id } }),
      'studio cannot be an ancestor of itself',
      ['studioUpdate'],
    );
    expect(target.sent.last('StudioUpdate')).toEqual({ input: { id: s.id, parent_id: s.id } });
  });

  it('a studio cannot get one of its descendants as parent', async () => {
    const top = await make.studio('top');
    const mid = await make.studio('mid', { parent_id: top.id });
    const leaf = await make.studio('leaf', { parent_id: mid.id });
    await executionError(
      target.client.studioUpdate({ input: { id: top.id, parent_id: leaf.id } }),
      'studio cannot be an ancestor of itself',
    );
    expect(target.sent.last('StudioUpdate')).toEqual({ input: { id: top.id, parent_id: leaf.id } });
    expect((await target.client.findStudio({ id: top.id }))?.parent_studio).toBeNull();
  });
});

describe('group containment', () => {
  it('a group cannot contain itself', async () => {
    const g = await make.group('self');
    const input = { id: g.id, sub_groups: [{ group_id: g.id }] };
    await executionError(target.client.groupUpdate({ input }), 'a group cannot be contained by one of its subgroups', [
      'groupUpdate',
    ]);
    expect(target.sent.last('GroupUpdate')).toEqual({ input });
  });

  it('a group cannot take an ancestor as sub group', async () => {
    const top = await make.group('top');
    const mid = await make.group('mid', { containing_groups: [{ group_id: top.id }] });
    const leaf = await make.group('leaf', { containing_groups: [{ group_id: mid.id }] });
    const input = { containing_group_id: leaf.id, sub_groups: [{ group_id: top.id }] };
    await executionError(
      target.client.addGroupSubGroups({ input }),
      'a group cannot be contained by one of its subgroups',
      ['addGroupSubGroups'],
    );
    expect(target.sent.last('AddGroupSubGroups')).toEqual({ input });
    expect((await target.client.findGroup({ id: leaf.id }))?.sub_groups).toEqual([]);
  });

  it('containing_groups filter with depth finds indirect sub groups', async () => {
    const top = await make.group('ftop');
    const mid = await make.group('fmid', { containing_groups: [{ group_id: top.id }] });
    const leaf = await make.group('fleaf', { containing_groups: [{ group_id: mid.id }] });
    const group_filter = { containing_groups: { value: [top.id], modifier: 'INCLUDES' as const, depth: -1 } };
    const found = await target.client.findGroups({ group_filter, filter: { per_page: -1, sort: 'id' } });
    expect(target.sent.last('FindGroups')).toEqual({ group_filter, filter: { per_page: -1, sort: 'id' } });
    expect(idsOf(found.groups)).toEqual([mid.id, leaf.id]);
  });

  it('containing_groups filter without depth finds direct sub groups; sub_group_count counts them', async () => {
    const top = await make.group('dtop');
    const mid = await make.group('dmid', { containing_groups: [{ group_id: top.id }] });
    await make.group('dleaf', { containing_groups: [{ group_id: mid.id }] });
    const group_filter = { containing_groups: { value: [top.id], modifier: 'INCLUDES' as const } };
    const found = await target.client.findGroups({ group_filter, filter: { per_page: -1 } });
    expect(target.sent.last('FindGroups')).toEqual({ group_filter, filter: { per_page: -1 } });
    expect(idsOf(found.groups)).toEqual([mid.id]);
    expect((await target.client.findGroup({ id: top.id }))?.sub_group_count).toBe(1);
  });
});
