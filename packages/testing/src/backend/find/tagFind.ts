import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { Row } from '../Table.js';
import type { FindHelpers } from './createFindHelpers.js';

/** Tags: pkg/sqlite/tag.go (tagSortOptions), tag_filter.go. */
export function tagFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const { tagChildren, isMissing, byNameCandidates } = h;
  // COALESCE(sort_name, name): a blank sort_name is NULL in the database (EntityStore GO_STRING_COLUMNS)
  const sortName = (r: Row) => (r.sort_name as string | null) || r.name;
  const tagCount =
    (link: 'sceneTags' | 'imageTags' | 'galleryTags' | 'performerTags' | 'studioTags' | 'groupTags') => (r: Row) =>
      L[link].inverse(r.id).size;
  const markerCount = (r: Row) => new Set([...L.markerTags.inverse(r.id), ...L.markerPrimaryTag.inverse(r.id)]).size;
  return {
    kind: 'tag',
    filterType: 'TagFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Tag,
    defaultSort: 'name',
    search: (r) => [r.name as string, ...(r.aliases as string[]), r.sort_name as string],
    candidates: byNameCandidates('tag', 'tagName'),
    tiebreak: sortName,
    fields: {
      is_missing: { custom: isMissing({ image: (r) => r.has_image !== true }) },
      scene_count: tagCount('sceneTags'),
      image_count: tagCount('imageTags'),
      gallery_count: tagCount('galleryTags'),
      performer_count: tagCount('performerTags'),
      studio_count: tagCount('studioTags'),
      movie_count: tagCount('groupTags'),
      group_count: tagCount('groupTags'),
      marker_count: markerCount,
      // pkg/sqlite/filter_hierarchical.go: `parents` walks down from the values (a match is a descendant within
      // depth + 1), `children` walks up (an ancestor); so the value set expands the other way from the relation
      parents: { ids: (r) => L.tagParents.get(r.id), tree: tagChildren },
      children: { ids: (r) => [...L.tagParents.inverse(r.id)], tree: (id) => L.tagParents.get(id) },
      parent_count: (r) => L.tagParents.get(r.id).length,
      child_count: (r) => L.tagParents.inverse(r.id).size,
      scenes_filter: { ids: (r) => [...L.sceneTags.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageTags.inverse(r.id)], related: 'image' },
      galleries_filter: { ids: (r) => [...L.galleryTags.inverse(r.id)], related: 'gallery' },
    },
    sortKeys: {
      name: sortName,
      scenes_count: tagCount('sceneTags'),
      images_count: tagCount('imageTags'),
      galleries_count: tagCount('galleryTags'),
      performers_count: tagCount('performerTags'),
      studios_count: tagCount('studioTags'),
      groups_count: tagCount('groupTags'),
      movies_count: tagCount('groupTags'),
      scene_markers_count: markerCount,
      id: (r) => Number(r.id),
    },
  };
}
