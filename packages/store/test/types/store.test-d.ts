// Type tests (vitest typecheck) for the store's per-class fields, sort keys, paths and results.
import { type Entity, type SaveResult, Scene, Studio, Tag } from '@stash-graphql/orm';
import type { StashEntityStore } from '@stash-graphql/store';
import { describe, expectTypeOf, it } from 'vitest';

declare const store: StashEntityStore;
declare const scenes: Scene[];
declare const scene: Scene;

describe('results are typed by entity class', () => {
  it('find, findOne, get, getMany, findIter, filterAndPopulate', async () => {
    expectTypeOf(await store.find(Scene)).toEqualTypeOf<Scene[]>();
    expectTypeOf(await store.findOne(Tag, { name: 'x' })).toEqualTypeOf<Tag | null>();
    expectTypeOf(await store.get(Studio, '1')).toEqualTypeOf<Studio | null>();
    expectTypeOf(await store.getMany(Tag, ['1', '2'])).toEqualTypeOf<(Tag | null)[]>();
    expectTypeOf(store.findIter(Scene)).toMatchTypeOf<AsyncIterable<Scene>>();
    for await (const s of store.findIter(Scene)) expectTypeOf(s).toEqualTypeOf<Scene>();
    expectTypeOf(await store.filterAndPopulate(Scene, {}, ['studio__name'])).toEqualTypeOf<Scene[]>();
    expectTypeOf(await store.count(Scene)).toEqualTypeOf<number>();
  });

  it('SaveResult<E>: saved lists the given entities', async () => {
    const r = await store.saveBatch(scenes);
    expectTypeOf(r).toEqualTypeOf<SaveResult<Scene>>();
    expectTypeOf(r.saved[0]?.title).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(r.references).toEqualTypeOf<Entity[]>();
    expectTypeOf(await store.saveAll()).toEqualTypeOf<SaveResult<Entity>>();
  });
});

describe('getOrCreate', () => {
  it('takes the values of the class, with a name', async () => {
    expectTypeOf(await store.getOrCreate(Tag, { name: 'x', aliases: ['y'] })).toEqualTypeOf<Tag>();
    await store.getOrCreate(Studio, { name: 'x', url: 'https://acme.example' }, { onCreate: (s) => s.name });
    // @ts-expect-error unknown field
    await store.getOrCreate(Tag, { nmae: 'x' });
    // @ts-expect-error the name is required
    await store.getOrCreate(Tag, { aliases: ['y'] });
    // @ts-expect-error a tag has no url
    await store.getOrCreate(Tag, { name: 'x', url: 'u' });
  });
});

describe('paths', () => {
  it('populate: a field, or hops through entity fields and relations, typed per hop', async () => {
    expectTypeOf(await store.populate(scenes, ['studio__name', 'tags', 'performers__tags__name'])).toEqualTypeOf<
      Scene[]
    >();
    await store.populate(scene, ['studio__parent_studio__name', 'files__path', 'galleries']);
    await store.populate(new Tag(), ['scenes__studio', 'parents']);
    // @ts-expect-error unknown field of the second hop
    await store.populate(scenes, ['studio__nmae']);
    // @ts-expect-error unknown field
    await store.populate(scenes, ['studi']);
    // @ts-expect-error a tag has no studio
    await store.populate(new Tag(), ['studio']);
    // @ts-expect-error title is not an entity: no further hop
    await store.populate(scene, ['title__name']);
  });

  it('fields options of get / find / findIter', async () => {
    await store.get(Scene, '1', { fields: ['studio__name', 'tags__name'] });
    await store.find(Scene, {}, { fields: ['performers__tags'] });
    store.findIter(Scene, {}, { fields: ['files__path'], pageSize: 10 });
    // @ts-expect-error unknown field
    await store.get(Scene, '1', { fields: ['titel'] });
    // @ts-expect-error unknown field
    await store.find(Scene, {}, { fields: ['studio__nmae'] });
  });
});

describe('sort keys', () => {
  it("are the find query's sort values", async () => {
    await store.find(Scene, {}, { sort: 'title', direction: 'DESC' });
    await store.find(Scene, {}, { sort: 'random_42' });
    await store.find(Tag, {}, { sort: 'scenes_count' });
    await store.findOne(Scene, {}, { sort: 'date' });
    // @ts-expect-error Stash answers `invalid sort: titel`
    await store.find(Scene, {}, { sort: 'titel' });
    // @ts-expect-error not a sort value of tags
    await store.find(Tag, {}, { sort: 'title' });
  });
});
