import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { Row } from '../Table.js';
import type { FindHelpers } from './createFindHelpers.js';

/** Scene markers: pkg/sqlite/scene_marker.go (sceneMarkerSortOptions), scene_marker_filter.go. */
export function sceneMarkerFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const { tagChildren } = h;
  const markerScene = (r: Row) => state.scenes.get(L.markerScene.first(r.id));
  return {
    kind: 'sceneMarker',
    filterType: 'SceneMarkerFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.SceneMarker,
    defaultSort: 'title',
    search: (r) => [
      r.title as string,
      markerScene(r)?.title as string,
      state.tags.get(L.markerPrimaryTag.first(r.id))?.name as string,
    ],
    fields: {
      tags: { ids: (r) => [...L.markerPrimaryTag.get(r.id), ...L.markerTags.get(r.id)], tree: tagChildren },
      scene_tags: { ids: (r) => L.sceneTags.get(L.markerScene.first(r.id) ?? ''), tree: tagChildren },
      performers: { ids: (r) => L.scenePerformers.get(L.markerScene.first(r.id) ?? '') },
      scenes: { ids: (r) => L.markerScene.get(r.id) },
      duration: (r) => (r.end_seconds == null ? null : Number(r.end_seconds) - Number(r.seconds)),
      scene_date: (r) => (markerScene(r)?.date as string | null) ?? null,
      scene_created_at: (r) => markerScene(r)?.created_at ?? null,
      scene_updated_at: (r) => markerScene(r)?.updated_at ?? null,
      scene_filter: { ids: (r) => L.markerScene.get(r.id), related: 'scene' },
    },
    sortKeys: {
      scene_id: (r) => Number(L.markerScene.first(r.id)),
      scenes_updated_at: (r) => markerScene(r)?.updated_at ?? null,
      duration: (r) => (r.end_seconds == null ? null : Number(r.end_seconds) - Number(r.seconds)),
      id: (r) => Number(r.id),
    },
  };
}
