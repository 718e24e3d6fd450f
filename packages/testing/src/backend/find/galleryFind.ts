import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { Row } from '../Table.js';
import type { FindHelpers } from './createFindHelpers.js';

/** Galleries: pkg/sqlite/gallery.go (gallerySortOptions), gallery_filter.go. */
export function galleryFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const {
    tagChildren,
    studioChildren,
    fingerprints,
    primary,
    performerTagsOf,
    favoritePerformer,
    performerAge,
    isMissing,
  } = h;
  const galleryPath = (r: Row) => {
    const f = primary('galleryFiles', r);
    if (f) return f.path as string;
    return (state.folders.get(L.galleryFolder.first(r.id))?.path as string | undefined) ?? null;
  };
  return {
    kind: 'gallery',
    filterType: 'GalleryFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Gallery,
    defaultSort: 'path',
    tiebreak: (r) => (r.title as string) || Number(r.id), // COALESCE(galleries.title, galleries.id) COLLATE NATURAL_CI
    search: (r) => [
      r.title as string,
      galleryPath(r),
      ...fingerprints('galleryFiles', 'md5')(r),
      ...ctx.rows('galleryChapter', L.chapterGallery.inverse(r.id)).map((c) => c.title as string),
    ],
    fields: {
      id: (r) => Number(r.id),
      path: (r) => [galleryPath(r)].filter((p): p is string => p != null),
      checksum: fingerprints('galleryFiles', 'md5'),
      file_count: (r) => L.galleryFiles.get(r.id).length,
      is_zip: (r) => L.galleryFiles.get(r.id).length > 0,
      has_chapters: { custom: (v, r) => L.chapterGallery.inverse(r.id).size > 0 === (v === 'true') },
      average_resolution: { ignore: true },
      is_missing: {
        custom: isMissing({
          scenes: (r) => L.sceneGalleries.inverse(r.id).size === 0,
          studio: (r) => L.galleryStudio.get(r.id).length === 0,
          performers: (r) => L.galleryPerformers.get(r.id).length === 0,
          tags: (r) => L.galleryTags.get(r.id).length === 0,
        }),
      },
      scenes: { ids: (r) => [...L.sceneGalleries.inverse(r.id)] },
      studios: { fk: (r) => L.galleryStudio.first(r.id), tree: studioChildren },
      tags: { ids: (r) => L.galleryTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.galleryTags.get(r.id).length,
      performer_tags: { ids: performerTagsOf('galleryPerformers'), tree: tagChildren },
      performers: { ids: (r) => L.galleryPerformers.get(r.id) },
      performer_count: (r) => L.galleryPerformers.get(r.id).length,
      performer_favorite: { custom: favoritePerformer('galleryPerformers') },
      performer_age: { custom: performerAge('galleryPerformers') },
      image_count: (r) => L.imageGalleries.inverse(r.id).size,
      url: (r) => r.urls,
      scenes_filter: { ids: (r) => [...L.sceneGalleries.inverse(r.id)], related: 'scene' },
      images_filter: { ids: (r) => [...L.imageGalleries.inverse(r.id)], related: 'image' },
      performers_filter: { ids: (r) => L.galleryPerformers.get(r.id), related: 'performer' },
      studios_filter: { fk: (r) => L.galleryStudio.first(r.id), tree: () => [], related: 'studio' },
      tags_filter: { ids: (r) => L.galleryTags.get(r.id), related: 'tag' },
      files_filter: { ids: (r) => L.galleryFiles.get(r.id), related: 'file' },
      folders_filter: { ids: (r) => L.galleryFolder.get(r.id), related: 'folder' },
    },
    sortKeys: {
      path: (r) => galleryPath(r) ?? '',
      title: (r) => (r.title as string | null) || galleryPath(r),
      rating: (r) => r.rating100,
      images_count: (r) => L.imageGalleries.inverse(r.id).size,
      tag_count: (r) => L.galleryTags.get(r.id).length,
      performer_count: (r) => L.galleryPerformers.get(r.id).length,
      file_count: (r) => L.galleryFiles.get(r.id).length,
      id: (r) => Number(r.id),
    },
  };
}
