import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers.js';

describe('performers', () => {
  it('enforces name + disambiguation uniqueness, aliases, custom fields', async () => {
    const t = makeBackend({ seed: { performers: [{ name: 'Jane', custom_fields: { eye: 'blue', n: 1 } }] } });
    expect(await t.fail('PerformerCreate', { input: { name: 'jane' } })).toBe(
      "performer with name 'jane' already exists",
    );
    const ok = await t.ok<{ performerCreate: { id: string; disambiguation: string } }>('PerformerCreate', {
      input: { name: 'Jane', disambiguation: 'II' },
    });
    expect(ok.performerCreate).toMatchObject({ id: '2', disambiguation: 'II' });
    expect(await t.fail('PerformerCreate', { input: { name: 'Jane', disambiguation: 'ii' } })).toBe(
      "performer with name 'Jane' and disambiguation 'ii' already exists",
    );
    expect(await t.fail('PerformerCreate', { input: { name: 'Bob', alias_list: ['bob'] } })).toBe(
      "performer contains duplicate alias 'bob'",
    );
    expect(
      await t.fail('PerformerCreate', { input: { name: 'Bob', birthdate: '2000-01-01', death_date: '1999-01-01' } }),
    ).toBe('death date 1999-01-01 should be after birthdate 2000-01-01');
    const u = await t.ok<{ performerUpdate: { custom_fields: Record<string, unknown> } }>('PerformerUpdate', {
      input: { id: '1', custom_fields: { partial: { hair: 'red' }, remove: ['n'] } },
    });
    expect(u.performerUpdate.custom_fields).toEqual({ eye: 'blue', hair: 'red' });
    const f = await t.ok<{ findPerformers: { count: number } }>('FindPerformers', {
      performer_filter: { custom_fields: [{ field: 'hair', modifier: 'EQUALS', value: ['red'] }] },
    });
    expect(f.findPerformers.count).toBe(1);
    expect(await t.fail('PerformerUpdate', { input: { id: '9' } })).toBe('performer with id 9 not found');
    expect(await t.fail('PerformerDestroy', { input: { id: '9' } })).toBe('id 9 does not exist in performers');
    const b = await t.ok<{ bulkPerformerUpdate: { favorite: boolean }[] }>('BulkPerformerUpdate', {
      input: { ids: ['1', '2'], favorite: true },
    });
    expect(b.bulkPerformerUpdate.map((p) => p.favorite)).toEqual([true, true]);
  });
});

describe('studios', () => {
  it('checks names, aliases and parent cycles', async () => {
    const t = makeBackend({
      seed: {
        studios: [
          { name: 'A', aliases: ['Alpha'] },
          { name: 'B', parent_id: '1' },
          { name: 'C', parent_id: '2' },
        ],
      },
    });
    expect(await t.fail('StudioCreate', { input: { name: 'a' } })).toBe("studio with name 'a' already exists");
    expect(await t.fail('StudioCreate', { input: { name: 'alpha' } })).toBe("name 'alpha' is used as alias for 'A'");
    expect(await t.fail('StudioUpdate', { input: { id: '1', parent_id: '3' } })).toBe(
      'studio cannot be an ancestor of itself',
    );
    expect(await t.fail('StudioUpdate', { input: { id: '1', parent_id: '1' } })).toBe(
      'studio cannot be an ancestor of itself',
    );
    const s = await t.ok<{ findStudio: { child_studios: { id: string }[]; scene_count: number } }>('FindStudio', {
      id: '1',
    });
    expect(s.findStudio.child_studios.map((c) => c.id)).toEqual(['2']);
    await t.ok('StudioDestroy', { input: { id: '2' } });
    const c = await t.ok<{ findStudio: { parent_studio: null } }>('FindStudio', { id: '3' });
    expect(c.findStudio.parent_studio).toBeNull();
    if (t.schema.getMutationType()?.getFields().bulkStudioUpdate) {
      const b = await t.ok<{ bulkStudioUpdate: { rating100: number }[] }>('BulkStudioUpdate', {
        input: { ids: ['1', '3'], rating100: 40 },
      });
      expect(b.bulkStudioUpdate.map((x) => x.rating100)).toEqual([40, 40]);
    }
  });
});

describe('groups', () => {
  it('handles sub groups and loops', async () => {
    const t = makeBackend({
      seed: {
        groups: [
          { name: 'Top' },
          { name: 'Mid', containing_groups: [{ group_id: '1', description: 'part 1' }] },
          { name: 'Leaf' },
        ],
      },
    });
    expect(await t.fail('GroupCreate', { input: { name: ' ' } })).toBe('name cannot be empty');
    expect(await t.fail('GroupUpdate', { input: { id: '1', containing_groups: [{ group_id: '2' }] } })).toBe(
      'a group cannot be contained by one of its subgroups',
    );
    await t.ok('AddGroupSubGroups', { input: { containing_group_id: '2', sub_groups: [{ group_id: '3' }] } });
    expect(
      await t.fail('AddGroupSubGroups', { input: { containing_group_id: '2', sub_groups: [{ group_id: '3' }] } }),
    ).toBe('subgroups with IDs [3] already in group');
    const g = await t.ok<{
      findGroup: { sub_group_count: number; sub_groups: { group: { id: string }; description: string | null }[] };
    }>('FindGroup', { id: '1' });
    expect(g.findGroup.sub_groups).toEqual(
      [{ group: { id: '2', name: 'Mid' }, description: 'part 1' }].map((x) => ({
        ...x,
        group: expect.objectContaining({ id: x.group.id }),
      })),
    );
    const f = await t.ok<{ findGroups: { count: number } }>('FindGroups', {
      group_filter: { sub_groups: { value: ['3'], modifier: 'INCLUDES', depth: -1 } },
    });
    // sub_groups walks up from the value (pkg/sqlite/filter_hierarchical.go): Mid and, through it, Top
    expect(f.findGroups.count).toBe(2);
  });
});

describe('galleries, images, markers, saved filters', () => {
  it('works end to end', async () => {
    const t = makeBackend({
      seed: {
        tags: [{ name: 'T' }],
        scenes: [{ title: 'S' }],
        galleries: [{ title: 'G', scene_ids: ['1'] }],
        images: [
          { title: 'I1', files: [{ path: '/img/a.jpg', md5: 'm1' }], gallery_ids: ['1'] },
          { files: [{ path: '/img/b.png' }] },
        ],
      },
    });
    expect(await t.fail('GalleryCreate', { input: { title: '' } })).toBe('title must not be empty');
    const g = await t.ok<{ findGallery: { image_count: number; scenes: { id: string }[] } }>('FindGallery', {
      id: '1',
    });
    expect(g.findGallery).toMatchObject({ image_count: 1, scenes: [{ id: '1' }] });
    await t.ok('AddGalleryImages', { input: { gallery_id: '1', image_ids: ['2'] } });
    expect(await t.fail('GalleryChapterCreate', { input: { gallery_id: '1', title: 'c', image_index: 3 } })).toBe(
      'Image # must greater than zero and in range of the gallery images',
    );
    await t.ok('GalleryChapterCreate', { input: { gallery_id: '1', title: 'c', image_index: 2 } });
    const img = await t.ok<{ findImages: { count: number } }>('FindImages', {
      image_filter: { path: { value: '/img/b.png', modifier: 'EQUALS' } },
    });
    expect(img.findImages.count).toBe(1);
    const o = await t.ok<{ imageIncrementO: number }>('ImageIncrementO', { id: '1' });
    expect(o.imageIncrementO).toBe(1);
    expect(
      await t.fail('SceneMarkerCreate', {
        input: { scene_id: '1', primary_tag_id: '1', title: 'm', seconds: 5, end_seconds: 2 },
      }),
    ).toBe('end_seconds (2.000000) must be greater than or equal to seconds (5.000000)');
    await t.ok('SceneMarkerCreate', { input: { scene_id: '1', primary_tag_id: '1', title: 'm', seconds: 5 } });
    expect(await t.fail('TagDestroy', { input: { id: '1' } })).toBe(
      'cannot delete tag used as a primary tag in scene markers',
    );
    const tag = await t.ok<{ findTag: { scene_marker_count: number } }>('FindTag', { id: '1' });
    expect(tag.findTag.scene_marker_count).toBe(1);
    const sf = await t.ok<{ saveFilter: { id: string; mode: string } }>('SaveFilter', {
      input: { mode: 'SCENES', name: 'mine', find_filter: { q: 'x' } },
    });
    expect(sf.saveFilter).toMatchObject({ id: '1', mode: 'SCENES' });
    expect(await t.fail('SaveFilter', { input: { mode: 'SCENES', name: '' } })).toBe('name must be non-empty');
    const list = await t.ok<{ findSavedFilters: unknown[] }>('FindSavedFilters', { mode: 'SCENES' });
    expect(list.findSavedFilters).toHaveLength(1);
    await t.ok('DestroySavedFilter', { input: { id: '1' } });
    expect((await t.ok<{ findSavedFilters: unknown[] }>('FindSavedFilters', {})).findSavedFilters).toHaveLength(0);
    t.backend.reset();
    expect(t.backend.state.tables.savedFilter.size).toBe(0);
    expect(t.backend.state.images.size).toBe(2);
  });
});
