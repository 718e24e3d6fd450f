import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { FindHelpers } from './createFindHelpers.js';

/** Studios: pkg/sqlite/studio.go (studioSortOptions), studio_filter.go. */
export function studioFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const { tagChildren, name, isMissing, byNameCandidates } = h;
  return {
    kind: 'studio',
    filterType: 'StudioFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Studio,
    defaultSort: 'name',
    search: (r) => [r.name as string, ...(r.aliases as string[])],
    candidates: byNameCandidates('studio', 'studioName'),
    tiebreak: name,
    fields: {
      parents: { ids: (r) => L.studioParent.get(r.id) },
      tags: { ids: (r) => L.studioTags.get(r.id), tree: tagChildren },
      is_missing: {
        custom: isMissing({
          image: (r) => r.has_image !== true,
          stash_id: (r) => (r.stash_ids as unknown[]).length === 0,
          details: (r) => !r.details,
        }),
      },
      scene_count: (r) => L.sceneStudio.inverse(r.id).size,
      image_count: (r) => L.imageStudio.inverse(r.id).size,
      gallery_count: (r) => L.galleryStudio.inverse(r.id).size,
      tag_count: (r) => L.studioTags.get(r.id).length,
      child_count: (r) => L.studioParent.inverse(r.id).size,
      url: (r) => r.urls,
      scenes_filter: { ids: (r) => [...L.sceneStudio.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageStudio.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryStudio.inverse(r.id)], related: 'gallery' },
    },
    sortKeys: {
      name,
      rating: (r) => r.rating100,
      scenes_count: (r) => L.sceneStudio.inverse(r.id).size,
      images_count: (r) => L.imageStudio.inverse(r.id).size,
      galleries_count: (r) => L.galleryStudio.inverse(r.id).size,
      child_count: (r) => L.studioParent.inverse(r.id).size,
      tag_count: (r) => L.studioTags.get(r.id).length,
      id: (r) => Number(r.id),
    },
  };
}
