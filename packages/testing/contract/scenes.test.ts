import { describe, expect, it } from 'vitest';
import { executionError, ms, sleep, sorted } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

const T1 = '2024-03-01T10:00:00Z';
const T2 = '2024-03-02T10:00:00Z';
const T3 = '2024-03-03T10:00:00Z';

describe('scenes', () => {
  it('sceneCreate stores scalars and every relation, groups with their scene_index', async () => {
    const studio = await make.studio('scene-studio');
    const performer = await make.performer('scene-perf');
    const tag = await make.tag('scene-tag');
    const gallery = await make.gallery('scene-gallery');
    const group = await make.group('scene-group');
    const title = target.name('full');
    const input = {
      title: ` ${title} `,
      code: 'ABC-123',
      details: 'details',
      director: 'someone',
      date: '2021-06-15',
      rating100: 55,
      organized: true,
      urls: ['https://example.com/s1'],
      studio_id: studio.id,
      performer_ids: [performer.id],
      tag_ids: [tag.id],
      gallery_ids: [gallery.id],
      groups: [{ group_id: group.id, scene_index: 3 }],
      stash_ids: [{ endpoint: 'https://stashdb.org/graphql', stash_id: `sid-${title}` }],
    };
    const scene = target.track('scene', (await target.client.sceneCreate({ input }))?.id);
    expect(target.sent.last('SceneCreate')).toEqual({ input });
    const found = await target.client.findScene({ id: scene! });
    expect(found).toMatchObject({
      title,
      code: 'ABC-123',
      details: 'details',
      director: 'someone',
      date: '2021-06-15',
      rating100: 55,
      organized: true,
      urls: ['https://example.com/s1'],
      studio: { id: studio.id, name: studio.name },
      performers: [{ id: performer.id, name: performer.name }],
      tags: [{ id: tag.id, name: tag.name }],
      galleries: [{ id: gallery.id, title: gallery.title }],
      groups: [{ group: { id: group.id, name: group.name }, scene_index: 3 }],
      files: [],
      o_counter: 0,
      play_count: 0,
      o_history: [],
      play_history: [],
      last_played_at: null,
      resume_time: 0,
      play_duration: 0,
    });
    expect(found?.stash_ids.map((s) => s.stash_id)).toEqual([`sid-${title}`]);
    expect((await target.client.findGroup({ id: group.id }))?.scene_count).toBe(1);
  });

  it('a scene without files needs a title', async () => {
    await executionError(
      target.client.sceneCreate({ input: { title: '   ', details: 'x' } }),
      'title must be set if scene has no files',
      ['sceneCreate'],
    );
    expect(target.sent.last('SceneCreate')).toEqual({ input: { title: '   ', details: 'x' } });
    const scene = await make.scene('titled');
    await executionError(
      target.client.sceneUpdate({ input: { id: scene.id, title: '' } }),
      'title must be set if scene has no files',
      ['sceneUpdate'],
    );
    expect((await target.client.findScene({ id: scene.id }))?.title).toBe(scene.title);
  });

  it('sceneUpdate is partial: omitted fields stay, null clears, [] empties a relation', async () => {
    const studio = await make.studio('upd-studio');
    const tag = await make.tag('upd-tag');
    const scene = await make.scene('upd', {
      details: 'keep',
      rating100: 30,
      studio_id: studio.id,
      tag_ids: [tag.id],
      date: '2020-01-01',
    });
    await sleep(1100); // second-precision timestamps on Stash
    const input = { id: scene.id, rating100: null, studio_id: null, tag_ids: [], date: null };
    const updated = await target.client.sceneUpdate({ input });
    expect(target.sent.last('SceneUpdate')).toEqual({ input });
    expect(updated).toMatchObject({
      title: scene.title,
      details: 'keep',
      rating100: null,
      studio: null,
      tags: [],
      date: null,
    });
    expect(ms(updated?.updated_at)).toBeGreaterThan(ms(scene.updated_at));
    expect(updated?.created_at).toBe(scene.created_at);
  });

  it('urls replace the list; legacy url is used only without urls', async () => {
    const scene = await make.scene('urls', { url: 'https://legacy.example' });
    expect(scene.urls).toEqual(['https://legacy.example']);
    const input = { id: scene.id, urls: ['https://a.example', 'https://b.example'] };
    const updated = await target.client.sceneUpdate({ input });
    expect(target.sent.last('SceneUpdate')).toEqual({ input });
    expect(updated?.urls).toEqual(['https://a.example', 'https://b.example']);
  });

  it('sceneAddO / sceneDeleteO / sceneResetO keep o_counter equal to the history length', async () => {
    const scene = await make.scene('o');
    const added = await target.client.sceneAddO({ id: scene.id, times: [T1, T2, T3] });
    expect(target.sent.last('SceneAddO')).toEqual({ id: scene.id, times: [T1, T2, T3] });
    expect(added?.count).toBe(3);
    expect(sorted((added?.history ?? []).map((t) => ms(t)))).toEqual([ms(T1), ms(T2), ms(T3)]);
    // without times, the most recent entry goes
    const deleted = await target.client.sceneDeleteO({ id: scene.id });
    expect(target.sent.last('SceneDeleteO')).toEqual({ id: scene.id });
    expect(sorted((deleted?.history ?? []).map((t) => ms(t)))).toEqual([ms(T1), ms(T2)]);
    const byTime = await target.client.sceneDeleteO({ id: scene.id, times: [T1] });
    expect((byTime?.history ?? []).map((t) => ms(t))).toEqual([ms(T2)]);
    expect((await target.client.findScene({ id: scene.id }))?.o_counter).toBe(1);
    expect(await target.client.sceneResetO({ id: scene.id })).toBe(0);
    expect((await target.client.findScene({ id: scene.id }))?.o_history).toEqual([]);
  });

  it('history lists come back newest first', async () => {
    const scene = await make.scene('order');
    const added = await target.client.sceneAddPlay({ id: scene.id, times: [T1, T3, T2] });
    expect(target.sent.last('SceneAddPlay')).toEqual({ id: scene.id, times: [T1, T3, T2] });
    expect((added?.history ?? []).map((t) => ms(t))).toEqual([ms(T3), ms(T2), ms(T1)]);
    // a given time deletes one entry, not every entry at that time (pkg/sqlite/table.go deleteDates: LIMIT 1)
    await target.client.sceneAddPlay({ id: scene.id, times: [T1] });
    const deleted = await target.client.sceneDeletePlay({ id: scene.id, times: [T1] });
    expect(target.sent.last('SceneDeletePlay')).toEqual({ id: scene.id, times: [T1] });
    expect((deleted?.history ?? []).map((t) => ms(t))).toEqual([ms(T3), ms(T2), ms(T1)]);
  });

  it('sceneAddPlay sets play_count and last_played_at; sceneResetPlayCount clears them', async () => {
    const scene = await make.scene('play');
    const added = await target.client.sceneAddPlay({ id: scene.id, times: [T1, T2] });
    expect(target.sent.last('SceneAddPlay')).toEqual({ id: scene.id, times: [T1, T2] });
    expect(added?.count).toBe(2);
    const found = await target.client.findScene({ id: scene.id });
    expect(found?.play_count).toBe(2);
    expect(ms(found?.last_played_at)).toBe(ms(T2));
    expect(await target.client.sceneResetPlayCount({ id: scene.id })).toBe(0);
    expect(await target.client.findScene({ id: scene.id })).toMatchObject({ play_count: 0, last_played_at: null });
  });

  it('sceneSaveActivity sets resume_time and adds every play duration, even a negative one', async () => {
    const scene = await make.scene('activity');
    expect(await target.client.sceneSaveActivity({ id: scene.id, resume_time: 12.5, playDuration: 30 })).toBe(true);
    await target.client.sceneSaveActivity({ id: scene.id, resume_time: 40, playDuration: 15 });
    // pkg/sqlite/scene.go SaveActivity: play_duration = play_duration + ?, with no sign check
    await target.client.sceneSaveActivity({ id: scene.id, playDuration: -5 });
    expect(target.sent.last('SceneSaveActivity')).toEqual({ id: scene.id, playDuration: -5 });
    expect(await target.client.findScene({ id: scene.id })).toMatchObject({ resume_time: 40, play_duration: 40 });
    await target.client.sceneResetActivity({ id: scene.id, reset_resume: true, reset_duration: false });
    expect(await target.client.findScene({ id: scene.id })).toMatchObject({ resume_time: 0, play_duration: 40 });
  });

  it('sceneMerge applies values to the destination, moves o history on request, deletes the sources', async () => {
    const tag = await make.tag('merge-tag');
    const dest = await make.scene('merge-dest');
    const src = await make.scene('merge-src');
    await target.client.sceneAddO({ id: src.id, times: [T1] });
    await target.client.sceneAddPlay({ id: src.id, times: [T2] });
    const input = {
      source: [src.id],
      destination: dest.id,
      values: { id: dest.id, tag_ids: [tag.id], details: 'merged' },
      o_history: true,
      play_history: false,
    };
    const merged = await target.client.sceneMerge({ input });
    expect(target.sent.last('SceneMerge')).toEqual({ input });
    expect(merged).toMatchObject({ id: dest.id, title: dest.title, details: 'merged', o_counter: 1, play_count: 0 });
    expect(idsOf(merged?.tags ?? [])).toEqual([tag.id]);
    expect(await target.client.findScene({ id: src.id })).toBeNull();
  });

  it('sceneMerge refuses a destination inside the source list', async () => {
    const a = await make.scene('merge-self');
    await executionError(
      target.client.sceneMerge({ input: { source: [a.id], destination: a.id } }),
      'destination scene cannot be in source list',
      ['sceneMerge'],
    );
    expect(target.sent.last('SceneMerge')).toEqual({ input: { source: [a.id], destination: a.id } });
    expect((await target.client.findScene({ id: a.id }))?.id).toBe(a.id);
  });

  it('scenesUpdate applies several full updates in one call', async () => {
    const a = await make.scene('many-a');
    const b = await make.scene('many-b');
    const input = [
      { id: a.id, rating100: 10 },
      { id: b.id, organized: true, details: 'b' },
    ];
    const result = await target.client.scenesUpdate({ input });
    expect(target.sent.last('ScenesUpdate')).toEqual({ input });
    expect(result?.map((s) => [s?.id, s?.rating100, s?.organized])).toEqual([
      [a.id, 10, false],
      [b.id, null, true],
    ]);
  });

  it('scenesUpdate is one transaction: a failing row leaves the earlier rows unchanged', async () => {
    const a = await make.scene('txn-a', { rating100: 10 });
    const b = await make.scene('txn-b');
    const input = [
      { id: a.id, rating100: 90 },
      { id: b.id, tag_ids: ['999999999'] },
    ];
    const detail = await executionError(target.client.scenesUpdate({ input }), /FOREIGN KEY constraint failed/);
    expect(detail.path).toEqual(['scenesUpdate']);
    expect(target.sent.last('ScenesUpdate')).toEqual({ input });
    expect((await target.client.findScene({ id: a.id }))?.rating100).toBe(10);
  });

  it('scenesDestroy removes the scenes; findScene answers null', async () => {
    const a = await make.scene('destroy-a');
    const b = await make.scene('destroy-b');
    const input = { ids: [a.id, b.id], delete_file: false, delete_generated: true };
    expect(await target.client.scenesDestroy({ input })).toBe(true);
    expect(target.sent.last('ScenesDestroy')).toEqual({ input });
    expect(await target.client.findScene({ id: a.id })).toBeNull();
    expect(await target.client.findScene({ id: b.id })).toBeNull();
    // FindMany fails the whole find on the first missing id (pkg/sqlite/scene.go)
    await executionError(target.client.findScenes({ ids: [a.id, b.id] }), `scene with id ${a.id} not found`);
  });
});
