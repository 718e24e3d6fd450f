import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { FindHelpers } from './createFindHelpers.js';

/** Images: pkg/sqlite/image.go (imageSortOptions), image_filter.go. */
export function imageFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const {
    tagChildren,
    studioChildren,
    paths,
    fingerprints,
    primary,
    performerTagsOf,
    favoritePerformer,
    performerAge,
    resolution,
    orientation,
    isMissing,
    byPathCandidates,
  } = h;
  return {
    kind: 'image',
    filterType: 'ImageFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Image,
    defaultSort: 'title',
    tiebreak: (r) => (r.title as string) || Number(r.id), // COALESCE(images.title, images.id) COLLATE NATURAL_CI
    search: (r) => [r.title as string, ...paths('imageFiles')(r), ...fingerprints('imageFiles', 'md5')(r)],
    candidates: byPathCandidates('imageFiles', 'image'),
    fields: {
      id: (r) => Number(r.id),
      path: paths('imageFiles'),
      checksum: fingerprints('imageFiles', 'md5'),
      file_count: (r) => L.imageFiles.get(r.id).length,
      url: (r) => r.urls,
      resolution: { custom: resolution('imageFiles') },
      orientation: { custom: orientation('imageFiles') },
      is_missing: {
        custom: isMissing({
          studio: (r) => L.imageStudio.get(r.id).length === 0,
          performers: (r) => L.imagePerformers.get(r.id).length === 0,
          galleries: (r) => L.imageGalleries.get(r.id).length === 0,
          tags: (r) => L.imageTags.get(r.id).length === 0,
        }),
      },
      studios: { fk: (r) => L.imageStudio.first(r.id), tree: studioChildren },
      tags: { ids: (r) => L.imageTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.imageTags.get(r.id).length,
      performer_tags: { ids: performerTagsOf('imagePerformers'), tree: tagChildren },
      performers: { ids: (r) => L.imagePerformers.get(r.id) },
      performer_count: (r) => L.imagePerformers.get(r.id).length,
      performer_favorite: { custom: favoritePerformer('imagePerformers') },
      performer_age: { custom: performerAge('imagePerformers') },
      galleries: { ids: (r) => L.imageGalleries.get(r.id) },
      galleries_filter: { ids: (r) => L.imageGalleries.get(r.id), related: 'gallery' },
      performers_filter: { ids: (r) => L.imagePerformers.get(r.id), related: 'performer' },
      studios_filter: { fk: (r) => L.imageStudio.first(r.id), tree: () => [], related: 'studio' },
      tags_filter: { ids: (r) => L.imageTags.get(r.id), related: 'tag' },
      files_filter: { ids: (r) => L.imageFiles.get(r.id), related: 'file' },
    },
    sortKeys: {
      title: (r) => (r.title as string | null) || (primary('imageFiles', r)?.basename as string | undefined) || null,
      path: (r) => paths('imageFiles')(r)[0] ?? '',
      rating: (r) => r.rating100,
      tag_count: (r) => L.imageTags.get(r.id).length,
      performer_count: (r) => L.imagePerformers.get(r.id).length,
      file_count: (r) => L.imageFiles.get(r.id).length,
      filesize: (r) => (primary('imageFiles', r)?.size as number | undefined) ?? null,
      file_mod_time: (r) => (primary('imageFiles', r)?.mod_time as string | undefined) ?? null,
      id: (r) => Number(r.id),
    },
  };
}
