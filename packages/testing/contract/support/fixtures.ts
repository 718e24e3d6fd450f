import type { StashClient } from '@stash-graphql/core';
import type { Target } from '../target.js';

/** The `input` variable type of a typed method, e.g. `Input<'tagCreate'>`. */
export type Input<K extends keyof StashClient> = StashClient[K] extends (
  v: { input: infer I },
  ...rest: never[]
) => unknown
  ? I
  : never;

/** First argument of a typed method, e.g. `Vars<'findScenes'>`. */
export type Vars<K extends keyof StashClient> = StashClient[K] extends (v: infer V, ...rest: never[]) => unknown
  ? NonNullable<V>
  : never;

export type SceneFilter = NonNullable<Vars<'findScenes'>['scene_filter']>;
export type TagFilter = NonNullable<Vars<'findTags'>['tag_filter']>;
export type PerformerFilter = NonNullable<Vars<'findPerformers'>['performer_filter']>;
export type StudioFilter = NonNullable<Vars<'findStudios'>['studio_filter']>;
export type FindFilter = NonNullable<Vars<'findTags'>['filter']>;

const must = <T>(v: T | null | undefined, what: string): T => {
  if (v == null) throw new Error(`${what} returned null`);
  return v;
};

/** Creators that name everything uniquely and track it for cleanup. `label` becomes the end of the name. */
export function fixtures(t: Target) {
  return {
    async tag(label: string, input: Partial<Input<'tagCreate'>> = {}) {
      const tag = must(await t.client.tagCreate({ input: { name: t.name(label), ...input } }), 'tagCreate');
      t.track('tag', tag.id);
      return tag;
    },
    async studio(label: string, input: Partial<Input<'studioCreate'>> = {}) {
      const studio = must(await t.client.studioCreate({ input: { name: t.name(label), ...input } }), 'studioCreate');
      t.track('studio', studio.id);
      return studio;
    },
    async performer(label: string, input: Partial<Input<'performerCreate'>> = {}) {
      const performer = must(
        await t.client.performerCreate({ input: { name: t.name(label), ...input } }),
        'performerCreate',
      );
      t.track('performer', performer.id);
      return performer;
    },
    async scene(label: string, input: Partial<Input<'sceneCreate'>> = {}) {
      const scene = must(await t.client.sceneCreate({ input: { title: t.name(label), ...input } }), 'sceneCreate');
      t.track('scene', scene.id);
      return scene;
    },
    async gallery(label: string, input: Partial<Input<'galleryCreate'>> = {}) {
      const gallery = must(
        await t.client.galleryCreate({ input: { title: t.name(label), ...input } }),
        'galleryCreate',
      );
      t.track('gallery', gallery.id);
      return gallery;
    },
    async group(label: string, input: Partial<Input<'groupCreate'>> = {}) {
      const group = must(await t.client.groupCreate({ input: { name: t.name(label), ...input } }), 'groupCreate');
      t.track('group', group.id);
      return group;
    },
    async marker(input: Input<'sceneMarkerCreate'>) {
      const marker = must(await t.client.sceneMarkerCreate({ input }), 'sceneMarkerCreate');
      t.track('marker', marker.id);
      return marker;
    },
  };
}

/** Ids of a find result's items, in the order returned. */
export const idsOf = (items: readonly { id: string }[]) => items.map((i) => i.id);
