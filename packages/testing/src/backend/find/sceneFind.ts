import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { Row } from '../Table.js';
import type { FindHelpers } from './createFindHelpers.js';
import { type PhashCriterion, phashMatch } from './phashMatch.js';

/** Scenes: pkg/sqlite/scene.go (sceneSortOptions), scene_filter.go. */
export function sceneFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const {
    tagChildren,
    studioChildren,
    groupChildren,
    files,
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
  const oCount = (r: Row) => (r.o_history as unknown[]).length;
  const duration = (r: Row) => Number(primary('sceneFiles', r)?.duration ?? 0);
  return {
    kind: 'scene',
    filterType: 'SceneFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Scene,
    defaultSort: null,
    // COALESCE(scenes.title, scenes.id) COLLATE NATURAL_CI ASC; a blank title is NULL (zero.String)
    tiebreak: (r) => (r.title as string) || Number(r.id),
    search: (r) => [
      r.title as string,
      r.details as string,
      ...paths('sceneFiles')(r),
      ...files('sceneFiles', r.id).flatMap((f) => (f.fingerprints as { value: string }[]).map((x) => x.value)),
      ...ctx.rows('sceneMarker', L.markerScene.inverse(r.id)).map((m) => m.title as string),
    ],
    candidates: byPathCandidates('sceneFiles', 'scene'),
    fields: {
      id: (r) => Number(r.id),
      path: paths('sceneFiles'),
      file_count: (r) => L.sceneFiles.get(r.id).length,
      oshash: fingerprints('sceneFiles', 'oshash'),
      checksum: fingerprints('sceneFiles', 'md5'),
      phash: {
        custom: (c, r) =>
          phashMatch({ ...(c as object), distance: 0 } as PhashCriterion, fingerprints('sceneFiles', 'phash')(r)),
      },
      phash_distance: { custom: (c, r) => phashMatch(c as PhashCriterion, fingerprints('sceneFiles', 'phash')(r)) },
      o_counter: oCount,
      duplicated: { ignore: true },
      resolution: { custom: resolution('sceneFiles') },
      orientation: { custom: orientation('sceneFiles') },
      framerate: (r) => (primary('sceneFiles', r) ? Math.round(Number(primary('sceneFiles', r)?.frame_rate)) : null),
      bitrate: (r) => (primary('sceneFiles', r)?.bit_rate as number | undefined) ?? null,
      video_codec: (r) => (primary('sceneFiles', r)?.video_codec as string | undefined) ?? null,
      audio_codec: (r) => (primary('sceneFiles', r)?.audio_codec as string | undefined) ?? null,
      duration: (r) => (primary('sceneFiles', r) ? Math.trunc(duration(r)) : null),
      has_markers: { custom: (v, r) => L.markerScene.inverse(r.id).size > 0 === (v === 'true') },
      is_missing: {
        custom: isMissing({
          url: (r) => (r.urls as string[]).length === 0,
          galleries: (r) => L.sceneGalleries.get(r.id).length === 0,
          studio: (r) => L.sceneStudio.get(r.id).length === 0,
          movie: (r) => L.sceneGroups.get(r.id).length === 0,
          group: (r) => L.sceneGroups.get(r.id).length === 0,
          performers: (r) => L.scenePerformers.get(r.id).length === 0,
          tags: (r) => L.sceneTags.get(r.id).length === 0,
          stash_id: (r) => (r.stash_ids as unknown[]).length === 0,
          phash: (r) => fingerprints('sceneFiles', 'phash')(r).length === 0,
          cover: (r) => r.has_cover_image !== true,
        }),
      },
      studios: { fk: (r) => L.sceneStudio.first(r.id), tree: studioChildren },
      movies: { ids: (r) => L.sceneGroups.get(r.id) },
      groups: { ids: (r) => L.sceneGroups.get(r.id), tree: groupChildren },
      galleries: { ids: (r) => L.sceneGalleries.get(r.id) },
      tags: { ids: (r) => L.sceneTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.sceneTags.get(r.id).length,
      performer_tags: { ids: performerTagsOf('scenePerformers'), tree: tagChildren },
      performer_favorite: { custom: favoritePerformer('scenePerformers') },
      performer_age: { custom: performerAge('scenePerformers') },
      performers: { ids: (r) => L.scenePerformers.get(r.id) },
      performer_count: (r) => L.scenePerformers.get(r.id).length,
      url: (r) => r.urls,
      interactive: (r) => primary('sceneFiles', r)?.interactive === true,
      interactive_speed: (r) => (primary('sceneFiles', r)?.interactive_speed as number | undefined) ?? null,
      captions: (r) => ((r.captions as { language_code: string }[] | null) ?? []).map((c) => c.language_code),
      resume_time: (r) => Math.trunc(Number(r.resume_time ?? 0)),
      play_duration: (r) => Math.trunc(Number(r.play_duration ?? 0)),
      play_count: (r) => (r.play_history as unknown[]).length,
      last_played_at: (r) => [...(r.play_history as string[])].sort().at(-1) ?? '1970-01-01T00:00:00Z',
      galleries_filter: { ids: (r) => L.sceneGalleries.get(r.id), related: 'gallery' },
      performers_filter: { ids: (r) => L.scenePerformers.get(r.id), related: 'performer' },
      studios_filter: { fk: (r) => L.sceneStudio.first(r.id), tree: () => [], related: 'studio' },
      tags_filter: { ids: (r) => L.sceneTags.get(r.id), related: 'tag' },
      movies_filter: { ids: (r) => L.sceneGroups.get(r.id), related: 'group' },
      groups_filter: { ids: (r) => L.sceneGroups.get(r.id), related: 'group' },
      markers_filter: { ids: (r) => [...L.markerScene.inverse(r.id)], related: 'sceneMarker' },
      files_filter: { ids: (r) => L.sceneFiles.get(r.id), related: 'file' },
    },
    sortKeys: {
      title: (r) => (r.title as string | null) || (primary('sceneFiles', r)?.basename as string | undefined) || null,
      path: (r) => paths('sceneFiles')(r)[0] ?? '',
      rating: (r) => r.rating100,
      o_counter: oCount,
      play_count: (r) => (r.play_history as unknown[]).length,
      last_played_at: (r) => [...(r.play_history as string[])].sort().at(-1) ?? null,
      last_o_at: (r) => [...(r.o_history as string[])].sort().at(-1) ?? null,
      tag_count: (r) => L.sceneTags.get(r.id).length,
      performer_count: (r) => L.scenePerformers.get(r.id).length,
      file_count: (r) => L.sceneFiles.get(r.id).length,
      filesize: (r) => (primary('sceneFiles', r)?.size as number | undefined) ?? null,
      duration: (r) => (primary('sceneFiles', r)?.duration as number | undefined) ?? null,
      bitrate: (r) => (primary('sceneFiles', r)?.bit_rate as number | undefined) ?? null,
      framerate: (r) => (primary('sceneFiles', r)?.frame_rate as number | undefined) ?? null,
      file_mod_time: (r) => (primary('sceneFiles', r)?.mod_time as string | undefined) ?? null,
      studio: (r) => state.studios.get(L.sceneStudio.first(r.id))?.name ?? null,
      id: (r) => Number(r.id),
    },
  };
}
