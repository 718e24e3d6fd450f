// Type tests (vitest typecheck): entity fields and accessors are inferred from the schema types and the relation
// declarations; what does not compile is marked with @ts-expect-error, which fails the run if it ever compiles.
import type { StashIDInput } from '@stash-graphql/core/generated';
import {
  Gallery,
  type GroupDescriptionItem,
  type Image,
  Performer,
  type RelationList,
  type SaveResult,
  Scene,
  type SceneGroupItem,
  SceneMarker,
  Studio,
  saveMany,
  Tag,
  type VideoFile,
} from '@stash-graphql/orm';
import { describe, expectTypeOf, it } from 'vitest';

declare const scene: Scene;
declare const tag: Tag;
declare const studio: Studio;

describe('entity fields', () => {
  it('plain fields come from the schema type: undefined is never loaded, null a loaded null', () => {
    expectTypeOf(scene.title).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(scene.rating100).toEqualTypeOf<number | null | undefined>();
    expectTypeOf(scene.organized).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(tag.name).toEqualTypeOf<string | undefined>();
    expectTypeOf(scene.id).toEqualTypeOf<string>();
    expectTypeOf(scene.typename).toEqualTypeOf<'Scene'>();
    expectTypeOf(Scene.typename).toEqualTypeOf<'Scene'>();
    // @ts-expect-error no such field
    scene.titel = 'x';
    // @ts-expect-error a number field
    scene.rating100 = '5';
  });

  it('constructor and set() take the writable fields and relations, checked per class', () => {
    new Scene({ title: 'x', rating100: 50, studio, tags: [tag], organized: true });
    new Tag({ name: 'x', aliases: ['y'], parents: new Set([tag]) });
    scene.set({ title: 'y', studio: null, galleries: [] });
    expectTypeOf(scene.set({ title: 'y' })).toEqualTypeOf<Scene>();
    // @ts-expect-error unknown field
    new Scene({ titel: 'x' });
    // @ts-expect-error unknown field
    scene.set({ titel: 'x' });
    // @ts-expect-error read-only: no input writes it
    scene.set({ created_at: '2024-01-01T00:00:00Z' });
    // @ts-expect-error wrong value type
    scene.set({ rating100: 'high' });
    // @ts-expect-error a Studio is not a Tag
    scene.set({ tags: [studio] });
    // @ts-expect-error the studio field takes a Studio
    new Scene({ studio: tag });
  });
});

describe('relation accessors', () => {
  it('belongsTo reads an entity (or null / undefined) and takes an entity or null where the schema allows', () => {
    expectTypeOf(scene.studio).toEqualTypeOf<Studio | null | undefined>();
    scene.studio = studio;
    scene.studio = null;
    expectTypeOf(new Gallery().cover).toEqualTypeOf<Image | null | undefined>();
    const marker = new SceneMarker();
    marker.scene = scene;
    // @ts-expect-error SceneMarker.scene is non-null in the schema
    marker.scene = null;
    // @ts-expect-error a Tag is not a Studio
    scene.studio = tag;
  });

  it('lists read a RelationList and take any iterable', () => {
    expectTypeOf(scene.tags).toEqualTypeOf<RelationList<Tag>>();
    expectTypeOf(scene.performers).toEqualTypeOf<RelationList<Performer>>();
    scene.tags = [tag];
    scene.tags = new Set([tag]);
    scene.tags.add(tag);
    // @ts-expect-error a Studio is not a Tag
    scene.tags = [studio];
    // @ts-expect-error a Studio is not a Tag
    scene.tags.add(studio);
    expectTypeOf(tag.parents).toEqualTypeOf<RelationList<Tag>>();
  });

  it('inverse lists (hasMany) are declared once, on their side, and typed from that declaration', () => {
    expectTypeOf(tag.scenes).toEqualTypeOf<RelationList<Scene>>();
    expectTypeOf(studio.scenes).toEqualTypeOf<RelationList<Scene>>();
    expectTypeOf(new Performer().galleries).toEqualTypeOf<RelationList<Gallery>>();
    expectTypeOf(new Gallery().images).toEqualTypeOf<RelationList<Image>>();
    tag.scenes = [scene];
  });

  it('through lists are typed by their transform', () => {
    expectTypeOf(scene.groups).toEqualTypeOf<RelationList<SceneGroupItem>>();
    expectTypeOf(scene.stash_ids).toEqualTypeOf<RelationList<StashIDInput>>();
    expectTypeOf(new Studio().stash_ids).toEqualTypeOf<RelationList<StashIDInput>>();
    scene.stash_ids = [{ endpoint: 'https://stashdb.org/graphql', stash_id: 'abc' }];
    // @ts-expect-error a stash id needs its endpoint
    scene.stash_ids = [{ stash_id: 'abc' }];
  });

  it('entity fields that are not relations are read-only references', () => {
    expectTypeOf(scene.files).toEqualTypeOf<readonly VideoFile[] | undefined>();
    expectTypeOf(studio.child_studios).toEqualTypeOf<readonly Studio[] | undefined>();
    // @ts-expect-error read-only
    scene.files = [];
    expectTypeOf<GroupDescriptionItem['group']>().toHaveProperty('sub_groups');
  });
});

describe('save results', () => {
  it('SaveResult is typed by the entities given', async () => {
    const r = await saveMany(null as never, [scene]);
    expectTypeOf(r).toEqualTypeOf<SaveResult<Scene>>();
    expectTypeOf(r.saved[0]?.title).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(await scene.save(null as never)).toEqualTypeOf<Scene>();
  });
});
