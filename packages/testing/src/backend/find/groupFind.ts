import { ENTITY_SORT_OPTIONS } from '@stash-graphql/core/generated';
import type { BackendContext } from '../BackendContext.js';
import type { FindSpec } from '../FindEngine.js';
import type { FindHelpers } from './createFindHelpers.js';

/** Groups: pkg/sqlite/group.go (groupSortOptions), group_filter.go. */
export function groupFind(ctx: BackendContext, h: FindHelpers): FindSpec {
  const { state } = ctx;
  const L = state.links;
  const { tagChildren, studioChildren, groupChildren, name, isMissing, byNameCandidates } = h;
  return {
    kind: 'group',
    filterType: 'GroupFilterType',
    sortOptions: ENTITY_SORT_OPTIONS.Group,
    defaultSort: 'name',
    search: (r) => [r.name as string, r.aliases as string],
    candidates: byNameCandidates('group', 'groupName'),
    tiebreak: name,
    fields: {
      studios: { fk: (r) => L.groupStudio.first(r.id), tree: studioChildren },
      is_missing: {
        custom: isMissing({
          front_image: (r) => r.has_front_image !== true,
          back_image: (r) => r.has_back_image !== true,
          scenes: (r) => L.sceneGroups.inverse(r.id).size === 0,
        }),
      },
      url: (r) => r.urls,
      performers: {
        ids: (r) => {
          const s = new Set<string>();
          for (const sc of L.sceneGroups.inverse(r.id)) for (const p of L.scenePerformers.get(sc)) s.add(p);
          return [...s];
        },
      },
      tags: { ids: (r) => L.groupTags.get(r.id), tree: tagChildren },
      tag_count: (r) => L.groupTags.get(r.id).length,
      o_counter: (r) =>
        [...L.sceneGroups.inverse(r.id)].reduce(
          (n, s) => n + ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length,
          0,
        ),
      // same walks as the tag parents/children above (filter_hierarchical.go)
      containing_groups: { ids: (r) => [...L.groupSubGroups.inverse(r.id)], tree: groupChildren },
      sub_groups: { ids: (r) => L.groupSubGroups.get(r.id), tree: (id) => L.groupSubGroups.inverse(id) },
      containing_group_count: (r) => L.groupSubGroups.inverse(r.id).size,
      sub_group_count: (r) => L.groupSubGroups.get(r.id).length,
      scenes_filter: { ids: (r) => [...L.sceneGroups.inverse(r.id)], related: 'scene' },
      studios_filter: { fk: (r) => L.groupStudio.first(r.id), tree: () => [], related: 'studio' },
    },
    sortKeys: {
      name,
      rating: (r) => r.rating100,
      scenes_count: (r) => L.sceneGroups.inverse(r.id).size,
      tag_count: (r) => L.groupTags.get(r.id).length,
      sub_group_order: (r) => Number(r.id),
      id: (r) => Number(r.id),
    },
  };
}
