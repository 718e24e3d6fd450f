import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers.js';

type Tag = { id: string; name: string; aliases: string[]; parents: { id: string }[]; children: { id: string }[] };

describe('tags', () => {
  it('creates with increasing ids and reads back', async () => {
    const t = makeBackend();
    const a = await t.ok<{ tagCreate: Tag }>('TagCreate', { input: { name: '  Alpha ', aliases: ['A1'] } });
    const b = await t.ok<{ tagCreate: Tag }>('TagCreate', { input: { name: 'Beta', parent_ids: [a.tagCreate.id] } });
    expect(a.tagCreate).toMatchObject({ id: '1', name: 'Alpha', aliases: ['A1'] });
    expect(b.tagCreate).toMatchObject({ id: '2', parents: [{ id: '1' }] });
    const found = await t.ok<{ findTag: Tag & { child_count: number } }>('FindTag', { id: '1' });
    expect(found.findTag.children).toEqual([{ id: '2', name: 'Beta' }]);
    expect(found.findTag.child_count).toBe(1);
  });

  it('enforces Stash uniqueness messages', async () => {
    const t = makeBackend({ seed: { tags: [{ name: 'Alpha', aliases: ['Other'] }] } });
    expect(await t.fail('TagCreate', { input: { name: 'alpha' } })).toBe("tag with name 'alpha' already exists");
    expect(await t.fail('TagCreate', { input: { name: 'OTHER' } })).toBe("name 'OTHER' is used as alias for 'Alpha'");
    expect(await t.fail('TagCreate', { input: { name: 'New', aliases: ['alpha'] } })).toBe(
      "tag with name 'alpha' already exists",
    );
    expect(await t.fail('TagCreate', { input: { name: '  ' } })).toBe('tag name must not be blank');
    expect(await t.fail('TagUpdate', { input: { id: '99', name: 'x' } })).toBe('tag with id 99 not found');
    expect(await t.fail('TagUpdate', { input: { id: 'abc' } })).toBe(
      'converting id: strconv.Atoi: parsing "abc": invalid syntax',
    );
  });

  it('update: omitted unchanged, null clears, list replaces', async () => {
    const t = makeBackend({
      seed: { tags: [{ name: 'P' }, { name: 'T', description: 'd', aliases: ['x', 'y'], parent_ids: ['1'] }] },
    });
    const r = await t.ok<{ tagUpdate: Tag & { description: string | null } }>('TagUpdate', {
      input: { id: '2', description: null, aliases: ['z'] },
    });
    expect(r.tagUpdate).toMatchObject({ name: 'T', description: '', aliases: ['z'], parents: [{ id: '1' }] });
    const r2 = await t.ok<{ tagUpdate: Tag }>('TagUpdate', { input: { id: '2', parent_ids: null } });
    expect(r2.tagUpdate.parents).toEqual([]);
  });

  it('rejects hierarchy cycles with Stash messages', async () => {
    const t = makeBackend({
      seed: { tags: [{ name: 'A' }, { name: 'B', parent_ids: ['1'] }, { name: 'C', parent_ids: ['2'] }] },
    });
    expect(await t.fail('TagUpdate', { input: { id: '1', parent_ids: ['3'] } })).toBe(
      'cannot apply tag "C" as a parent of "A" as it is already a descendant (A->B->C)',
    );
    expect(await t.fail('TagUpdate', { input: { id: '3', child_ids: ['1'] } })).toBe(
      'cannot apply tag "A" as a child of "C" as it is already an ancestor (A->B->C)',
    );
    expect(await t.fail('TagCreate', { input: { name: 'D', parent_ids: ['3'], child_ids: ['1'] } })).toBe(
      'cannot apply tag "C" as a parent of tag as it is already a descendant',
    );
  });

  it('bulk update with ADD/REMOVE and all-or-nothing', async () => {
    const t = makeBackend({ seed: { tags: [{ name: 'A', aliases: ['a1'] }, { name: 'B' }, { name: 'P' }] } });
    // the second tag fails the alias check because the first now owns "shared" (Stash validates per tag in order)
    expect(
      await t.fail('BulkTagUpdate', { input: { ids: ['1', '2'], aliases: { values: ['shared'], mode: 'ADD' } } }),
    ).toBe("name 'shared' is used as alias for 'A'");
    const r = await t.ok<{ bulkTagUpdate: Tag[] }>('BulkTagUpdate', {
      input: { ids: ['1', '2'], aliases: { values: ['x'], mode: 'REMOVE' }, parent_ids: { ids: ['3'], mode: 'ADD' } },
    });
    expect(r.bulkTagUpdate.map((x) => (x as unknown as { parent_count: number }).parent_count)).toEqual([1, 1]);
    const bad = await t.fail('BulkTagUpdate', { input: { ids: ['1', '99'], favorite: true } });
    expect(bad).toBe('tag with id 99 not found');
    const one = await t.ok<{ findTag: { favorite: boolean } }>('FindTag', { id: '1' });
    expect(one.findTag.favorite).toBe(false);
  });

  it('destroys and merges', async () => {
    const t = makeBackend({ seed: { tags: [{ name: 'A' }, { name: 'B', aliases: ['bee'] }, { name: 'C' }] } });
    const m = await t.ok<{ tagsMerge: Tag }>('TagsMerge', { input: { source: ['2'], destination: '1' } });
    expect(m.tagsMerge.aliases).toEqual(['B', 'bee']);
    expect(await t.fail('TagsMerge', { input: { source: ['1'], destination: '1' } })).toBe(
      'cannot merge where source == destination',
    );
    expect((await t.ok<{ tagDestroy: boolean }>('TagDestroy', { input: { id: '3' } })).tagDestroy).toBe(true);
    expect(await t.fail('TagDestroy', { input: { id: '3' } })).toBe('id 3 does not exist in tags');
    expect(t.backend.state.tags.size).toBe(1);
  });
});
