import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { Row } from '../Table.js';
import type { FindHelpers } from './createFindHelpers.js';
import { enumMatch } from './enumMatch.js';

/** Performers: pkg/sqlite/performer.go (performerSortOptions), performer_filter.go. */
export function performerFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const { tagChildren, studioChildren, groupChildren, name, age, isMissing, byNameCandidates } = h;
  const scenesOfPerformer = (id: string) => L.scenePerformers.inverse(id);
  const countOf = (fn: (r: Row) => number) => fn;
  const performerScenesCount = (r: Row) => scenesOfPerformer(r.id).size;
  return {
    kind: 'performer',
    filterType: 'PerformerFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Performer,
    defaultSort: 'name',
    search: (r) => [r.name as string, ...(r.alias_list as string[])],
    candidates: byNameCandidates('performer', 'performerName'),
    tiebreak: name,
    fields: {
      filter_favorites: (r) => r.favorite,
      birth_year: (r) => (typeof r.birthdate === 'string' && r.birthdate ? Number(r.birthdate.slice(0, 4)) : null),
      death_year: (r) => (typeof r.death_date === 'string' && r.death_date ? Number(r.death_date.slice(0, 4)) : null),
      age: (r) => age(r.birthdate, r.death_date || ctx.nowDate().toISOString().slice(0, 10)),
      aliases: (r) => r.alias_list,
      circumcised: { custom: (c, r) => enumMatch(c, r.circumcised) },
      gender: { custom: (c, r) => enumMatch(c, r.gender) },
      is_missing: {
        custom: isMissing({
          scenes: (r) => performerScenesCount(r) === 0,
          image: (r) => r.has_image !== true,
          stash_id: (r) => (r.stash_ids as unknown[]).length === 0,
          aliases: (r) => (r.alias_list as unknown[]).length === 0,
        }),
      },
      tags: { ids: (r) => L.performerTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.performerTags.get(r.id).length,
      scene_count: countOf(performerScenesCount),
      image_count: (r) => L.imagePerformers.inverse(r.id).size,
      gallery_count: (r) => L.galleryPerformers.inverse(r.id).size,
      play_count: (r) =>
        [...scenesOfPerformer(r.id)].reduce(
          (n, s) => n + ((state.scenes.get(s)?.play_history as unknown[]) ?? []).length,
          0,
        ),
      o_counter: (r) =>
        [...scenesOfPerformer(r.id)].reduce(
          (n, s) => n + ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length,
          0,
        ),
      url: (r) => r.urls,
      studios: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of scenesOfPerformer(r.id)) for (const st of L.sceneStudio.get(sc)) s.add(st);
          for (const im of L.imagePerformers.inverse(r.id)) for (const st of L.imageStudio.get(im)) s.add(st);
          for (const g of L.galleryPerformers.inverse(r.id)) for (const st of L.galleryStudio.get(g)) s.add(st);
          return [...s];
        },
        tree: studioChildren,
      },
      groups: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of scenesOfPerformer(r.id)) for (const g of L.sceneGroups.get(sc)) s.add(g);
          return [...s];
        },
        tree: groupChildren,
      },
      performers: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of scenesOfPerformer(r.id)) for (const p of L.scenePerformers.get(sc)) if (p !== r.id) s.add(p);
          return [...s];
        },
      },
      scenes_filter: { ids: (r) => [...scenesOfPerformer(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imagePerformers.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryPerformers.inverse(r.id)], related: 'gallery' },
      tags_filter: { ids: (r) => L.performerTags.get(r.id), related: 'tag' },
    },
    sortKeys: {
      name,
      rating: (r) => r.rating100,
      height: (r) => r.height_cm,
      scenes_count: performerScenesCount,
      images_count: (r) => L.imagePerformers.inverse(r.id).size,
      galleries_count: (r) => L.galleryPerformers.inverse(r.id).size,
      tag_count: (r) => L.performerTags.get(r.id).length,
      id: (r) => Number(r.id),
    },
  };
}
