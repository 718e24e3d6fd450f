import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers.js';

type Scene = {
  id: string;
  title: string | null;
  files: { path: string; basename: string; fingerprints: { type: string; value: string }[] }[];
};

const seed = {
  tags: [{ name: 'Outdoor' }, { name: 'Beach', parent_ids: ['1'] }],
  studios: [{ name: 'Acme' }, { name: 'Acme Sub', parent_id: '1' }],
  performers: [{ name: 'Jane', birthdate: '1990-01-01' }],
  scenes: [
    {
      title: 'First',
      tag_ids: ['2'],
      studio_id: '2',
      performer_ids: ['1'],
      date: '2020-05-01',
      rating100: 80,
      files: [
        {
          path: '/data/videos/first.mp4',
          oshash: 'aaaa1111',
          md5: 'md5first',
          phash: 'ffff0000ffff0000',
          duration: 100,
        },
      ],
    },
    {
      title: 'Second',
      organized: true,
      files: [{ path: '/data/videos/sub/second.mkv', oshash: 'bbbb2222', duration: 50 }],
    },
    { title: 'No file here' },
  ],
};

describe('scenes', () => {
  it('resolves by path, hash and regex', async () => {
    const t = makeBackend({ seed });
    const byPath = await t.ok<{ findScenes: { count: number; scenes: Scene[] } }>('FindScenes', {
      scene_filter: { path: { value: '/data/videos/first.mp4', modifier: 'EQUALS' } },
    });
    expect(byPath.findScenes.count).toBe(1);
    expect(byPath.findScenes.scenes[0]).toMatchObject({ id: '1', title: 'First' });
    expect(byPath.findScenes.scenes[0]?.files[0]).toMatchObject({ basename: 'first.mp4' });
    const hash = await t.ok<{ findSceneByHash: Scene }>('FindSceneByHash', { input: { oshash: 'BBBB2222' } });
    expect(hash.findSceneByHash.id).toBe('2');
    const md5 = await t.ok<{ findSceneByHash: Scene }>('FindSceneByHash', { input: { checksum: 'md5first' } });
    expect(md5.findSceneByHash.id).toBe('1');
    const rx = await t.ok<{ findScenesByPathRegex: { count: number } }>('FindScenesByPathRegex', {
      filter: { q: 'SUB/.*\\.mkv$' },
    });
    expect(rx.findScenesByPathRegex.count).toBe(1);
    const files = await t.ok<{ findFile: { path: string } }>('FindFile', { path: '/data/videos/sub/second.mkv' });
    expect(files.findFile.path).toBe('/data/videos/sub/second.mkv');
    const folder = await t.ok<{ findFolder: { path: string; parent_folder: { path: string } } }>('FindFolder', {
      path: '/data/videos/sub',
    });
    expect(folder.findFolder.parent_folder.path).toBe('/data/videos');
  });

  it('filters with criteria, paging and sorting', async () => {
    const t = makeBackend({ seed });
    const q = async (scene_filter: unknown, filter?: unknown) =>
      (await t.ok<{ findScenes: { count: number; scenes: Scene[] } }>('FindScenes', { scene_filter, filter }))
        .findScenes;
    expect((await q({ title: { value: 'f%', modifier: 'EQUALS' } })).count).toBe(1);
    expect((await q({ title: { value: 'first second', modifier: 'INCLUDES' } })).count).toBe(2);
    expect((await q({ title: { value: 'first', modifier: 'EXCLUDES' } })).count).toBe(2);
    expect((await q({ title: { value: '^F', modifier: 'MATCHES_REGEX' } })).count).toBe(1);
    expect((await q({ title: { value: '^f', modifier: 'MATCHES_REGEX' } })).count).toBe(0);
    expect((await q({ rating100: { value: 80, modifier: 'GREATER_THAN' } })).count).toBe(0);
    expect((await q({ rating100: { value: 70, modifier: 'BETWEEN', value2: 80 } })).count).toBe(1);
    expect((await q({ rating100: { value: 0, modifier: 'IS_NULL' } })).count).toBe(2);
    expect((await q({ organized: true })).scenes.map((s) => s.id)).toEqual(['2']);
    expect((await q({ tags: { value: ['1'], modifier: 'INCLUDES' } })).count).toBe(0);
    expect((await q({ tags: { value: ['1'], modifier: 'INCLUDES', depth: -1 } })).count).toBe(1);
    expect((await q({ tags: { value: [], modifier: 'IS_NULL' } })).count).toBe(2);
    expect((await q({ studios: { value: ['1'], modifier: 'INCLUDES', depth: 1 } })).count).toBe(1);
    expect((await q({ performers: { value: ['1'], modifier: 'EXCLUDES' } })).count).toBe(2);
    expect((await q({ date: { value: '2020-01-01', modifier: 'GREATER_THAN' } })).count).toBe(1);
    expect((await q({ duration: { value: 60, modifier: 'LESS_THAN' } })).count).toBe(1);
    expect((await q({ phash_distance: { value: 'ffff0000ffff0001', modifier: 'EQUALS', distance: 2 } })).count).toBe(1);
    expect(
      (
        await q({
          title: { value: 'First', modifier: 'EQUALS' },
          OR: { title: { value: 'Second', modifier: 'EQUALS' } },
        })
      ).count,
    ).toBe(2);
    expect((await q({ NOT: { organized: true } })).count).toBe(2);
    expect((await q({ performers_filter: { name: { value: 'jane', modifier: 'EQUALS' } } })).count).toBe(1);
    expect((await q(null, { per_page: 0 })).scenes).toHaveLength(0);
    expect((await q(null, { per_page: 0 })).count).toBe(3);
    expect((await q(null, { per_page: 2, page: 2 })).scenes.map((s) => s.id)).toEqual(['3']);
    expect((await q(null, { per_page: -1, sort: 'title', direction: 'DESC' })).scenes.map((s) => s.title)).toEqual([
      'Second',
      'No file here',
      'First',
    ]);
    expect(await t.fail('FindScenes', { filter: { sort: 'bogus' } })).toBe('invalid sort: bogus');
    expect(await t.fail('FindScenes', { scene_filter: { tags: { value: ['1'], modifier: 'NOT_EQUALS' } } })).toBe(
      'not equals modifier is not supported for hierarchical multi criterion input',
    );
    expect((await q(null, { q: 'second' })).count).toBe(1);
    const ids = await t.ok<{ findScenes: { scenes: Scene[] } }>('FindScenes', { ids: ['3', '1'] });
    expect(ids.findScenes.scenes.map((s) => s.id)).toEqual(['3', '1']);
  });

  it('create/update/bulk/destroy with Stash rules', async () => {
    const t = makeBackend({ seed });
    expect(await t.fail('SceneCreate', { input: {} })).toBe('title must be set if scene has no files');
    expect(await t.fail('SceneCreate', { input: { title: 'x', tag_ids: ['99'] } })).toContain(
      'FOREIGN KEY constraint failed',
    );
    expect(t.backend.state.scenes.size).toBe(3);
    const c = await t.ok<{ sceneCreate: Scene & { urls: string[] } }>('SceneCreate', {
      input: { title: ' New ', url: 'http://a' },
    });
    expect(c.sceneCreate).toMatchObject({ id: '4', title: 'New', urls: ['http://a'] });
    const u = await t.ok<{ sceneUpdate: { details: string | null; tags: { id: string }[]; studio: null } }>(
      'SceneUpdate',
      {
        input: { id: '1', details: 'd', studio_id: null },
      },
    );
    expect(u.sceneUpdate).toMatchObject({ details: 'd', studio: null, tags: [{ id: '2' }] });
    const b = await t.ok<{ bulkSceneUpdate: { tags: { id: string }[] }[] }>('BulkSceneUpdate', {
      input: { ids: ['1', '2'], tag_ids: { ids: ['1'], mode: 'ADD' } },
    });
    expect(b.bulkSceneUpdate.map((s) => s.tags.map((x) => x.id))).toEqual([['2', '1'], ['1']]); // tags sort by name
    const r = await t.ok<{ bulkSceneUpdate: { tags: { id: string }[] }[] }>('BulkSceneUpdate', {
      input: { ids: ['1'], tag_ids: { ids: ['2'], mode: 'REMOVE' } },
    });
    expect(r.bulkSceneUpdate[0]?.tags.map((x) => x.id)).toEqual(['1']);
    expect(await t.fail('SceneDestroy', { input: { id: '42' } })).toBe('scene with id 42 not found');
    await t.ok('ScenesDestroy', { input: { ids: ['3', '4'] } });
    expect(t.backend.state.scenes.size).toBe(2);
    const tag = await t.ok<{ findTag: { scene_count: number } }>('FindTag', { id: '1' });
    expect(tag.findTag.scene_count).toBe(2);
  });

  it('play and o counters', async () => {
    let now = new Date('2024-01-01T00:00:00Z');
    const t = makeBackend({ seed, now: () => now });
    const a = await t.ok<{ sceneAddO: { count: number; history: string[] } }>('SceneAddO', { id: '1' });
    expect(a.sceneAddO.count).toBe(1);
    now = new Date('2024-01-02T00:00:00Z');
    await t.ok('SceneAddO', { id: '1', times: ['2023-06-01T00:00:00Z'] });
    const d = await t.ok<{ sceneDeleteO: { count: number; history: string[] } }>('SceneDeleteO', { id: '1' });
    expect(d.sceneDeleteO.history).toEqual(['2023-06-01T00:00:00Z']);
    expect((await t.ok<{ sceneResetO: number }>('SceneResetO', { id: '1' })).sceneResetO).toBe(0);
    await t.ok('SceneAddPlay', { id: '1' });
    await t.ok('SceneSaveActivity', { id: '1', resume_time: 12.5, playDuration: 30 });
    await t.ok('SceneSaveActivity', { id: '1', playDuration: 10 });
    const s = await t.ok<{
      findScene: {
        play_count: number;
        play_duration: number;
        resume_time: number;
        o_counter: number;
        last_played_at: string;
      };
    }>('FindScene', { id: '1' });
    expect(s.findScene).toMatchObject({
      play_count: 1,
      play_duration: 40,
      resume_time: 12.5,
      o_counter: 0,
      last_played_at: '2024-01-02T00:00:00Z',
    });
    expect(await t.fail('SceneAddO', { id: '77' })).toBe('scene with id 77 not found');
  });

  it('merges scenes', async () => {
    const t = makeBackend({ seed });
    await t.ok('SceneAddPlay', { id: '2' });
    const m = await t.ok<{ sceneMerge: Scene & { play_count: number } }>('SceneMerge', {
      input: { source: ['2'], destination: '1', play_history: true },
    });
    expect(m.sceneMerge.files.map((f) => f.basename)).toEqual(['first.mp4', 'second.mkv']);
    expect(m.sceneMerge.play_count).toBe(1);
    expect(await t.fail('SceneMerge', { input: { source: ['1'], destination: '1' } })).toBe(
      'destination scene cannot be in source list',
    );
  });
});
