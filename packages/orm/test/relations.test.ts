import {
  belongsTo,
  defineRelations,
  Gallery,
  Group,
  habtm,
  hasMany,
  hydrate,
  IdentityMap,
  populate,
  populationStrategy,
  Scene,
  StashOrmError,
  Studio,
  Tag,
} from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { sent, useFakeStash } from './support.js';

const ctx = useFakeStash();

describe('relationship DSL', () => {
  it('derives input fields from the schema metadata', () => {
    expect(Scene.relations.studio).toMatchObject({ kind: 'belongsTo', input: 'studio_id' });
    expect(Scene.relations.tags).toMatchObject({ kind: 'habtm', input: 'tag_ids', bulkInput: 'tag_ids' });
    expect(Scene.relations.galleries).toMatchObject({ input: 'gallery_ids' });
    expect(Studio.relations.parent_studio).toMatchObject({ input: 'parent_id' });
    expect(Tag.relations.children).toMatchObject({ input: 'child_ids' });
    expect(Scene.relations.groups).toMatchObject({ kind: 'hasManyThrough', input: 'groups', via: 'group' });
    expect(defineRelations('Scene', { studio: belongsTo('Studio', { input: 'studio_id' }) }).studio).toMatchObject({
      input: 'studio_id',
    });
  });

  it('fails at definition time naming both sides', () => {
    expect(() => defineRelations('Scene', { tags: habtm('Tagz' as 'Tag') })).toThrow(
      /Scene\.tags → Tagz.*unknown entity type/,
    );
    expect(() => defineRelations('Scene', { tagz: habtm('Tag') })).toThrow(
      /Scene\.tagz → Tag: Scene has no field "tagz"/,
    );
    expect(() => defineRelations('Scene', { studio: belongsTo('Studio', { input: 'nope_id' }) })).toThrow(
      /Scene\.studio → Studio: Scene has no input field "nope_id"/,
    );
    expect(() => defineRelations('Tag', { scenes: hasMany('Scene', { inverse: 'labels' }) })).toThrow(
      /Tag\.scenes → Scene: Scene has no field "labels"/,
    );
    expect(() => defineRelations('Scene', { studio: belongsTo('Tag') })).toThrow(StashOrmError);
  });

  it('exports the population strategy of hasMany lists and reads them through the filter', async () => {
    expect(populationStrategy(Tag, 'scenes')).toEqual({
      kind: 'filter',
      query: 'findScenes',
      filterArg: 'scene_filter',
      criterion: 'tags',
      modifier: 'INCLUDES',
      resultField: 'scenes',
      target: 'Scene',
    });
    expect(populationStrategy(Studio, 'scenes')).toMatchObject({ criterion: 'studios' });
    expect(populationStrategy(Scene, 'tags')).toEqual({ kind: 'field', field: 'tags' });
    const tag = new Tag({ name: 'pop' });
    const scene = new Scene({ title: 'in', tags: [tag] });
    await scene.save(ctx.client);
    ctx.stash.requests.clear();
    const fresh = hydrate(Tag, { id: tag.id, name: 'pop' });
    expect(fresh.scenes.loaded).toBe(false);
    await populate(ctx.client, fresh, 'scenes');
    expect(sent(ctx.stash, 'findScenes')[0]).toMatchObject({
      scene_filter: { tags: { value: [tag.id], modifier: 'INCLUDES' } },
      // Pages, never per_page -1; the count says this page was the last one.
      filter: { per_page: 1000, page: 1, sort: 'id', direction: 'ASC' },
    });
    expect(sent(ctx.stash, 'findScenes')).toHaveLength(1);
    expect(fresh.scenes.toArray().map((s) => s.id)).toEqual([scene.id]);
  });

  it('hasManyThrough builds the wrapper input (SceneGroupInput with scene_index)', async () => {
    const group = new Group({ name: 'G' });
    const scene = new Scene({ title: 'grouped', groups: [{ group, scene_index: 2 }] });
    await scene.save(ctx.client);
    expect(sent(ctx.stash, 'sceneCreate')).toEqual([
      { input: { title: 'grouped', groups: [{ group_id: group.id, scene_index: 2 }] } },
    ]);
    expect(scene.groups.toArray()[0]?.group).toBe(group);
    expect(scene.groups.toArray()[0]?.scene_index).toBe(2);
  });

  it('keeps the inverse list in memory in step, without dirtying it', async () => {
    const tag = new Tag({ name: 'inv' });
    const s1 = new Scene({ title: 'one', tags: [tag] });
    await s1.save(ctx.client);
    // Identity across queries is the identity map's job (the store's): the scene loaded by populate is s1.
    const identityMap = new IdentityMap();
    identityMap.add(s1);
    await populate(ctx.client, tag, 'scenes', { identityMap });
    expect(tag.scenes.toArray()).toEqual([s1]);
    const s2 = new Scene({ title: 'two' });
    await s2.save(ctx.client);
    s2.tags.add(tag);
    expect(tag.scenes.toArray()).toEqual([s1, s2]);
    expect(tag.isDirty()).toBe(false);
    s1.tags.remove(tag);
    expect(tag.scenes.toArray()).toEqual([s2]);
    // And the other way round: a gallery's scenes and the scene's galleries.
    const g = new Gallery({ title: 'gal' });
    await g.save(ctx.client);
    g.scenes = [];
    g.markClean();
    s2.galleries.add(g);
    expect(g.scenes.toArray()).toEqual([s2]);
    // The pair is declared once, on Scene.galleries; it follows from the gallery's side too, as tag.parents does
    // from tag.children.
    const s3 = new Scene({ title: 'three', galleries: [] });
    g.scenes.add(s3);
    expect(s3.galleries.toArray()).toEqual([g]);
    expect(Gallery.relations.scenes).toMatchObject({ kind: 'habtm', inverse: null });
    const parent = new Tag({ name: 'parent', children: [] });
    const child = new Tag({ name: 'child', parents: [] });
    parent.children.add(child);
    expect(child.parents.toArray()).toEqual([parent]);
    child.parents.remove(parent);
    expect(parent.children.toArray()).toEqual([]);
    expect(ctx.stash.requests.count('sceneUpdate')).toBe(0);
  });
});
