import type { BackendContext } from './BackendContext.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { goTrimSpace } from './goText.js';
import { expandDepth } from './hierarchy.js';
import { atoi, type Input, parseId, parseIds, type UpdateMode } from './inputs.js';
import { byTagSort, imageUrl, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

interface Desc {
  group_id: string;
  description: string | null;
}

/**
 * Groups (and the deprecated Movie API on the same rows): pkg/group/*.go,
 * internal/api/resolver_mutation_group.go, resolver_mutation_movie.go.
 */
export function createGroupResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const L = state.links;
  const subs = (id: string) => L.groupSubGroups.get(id);
  /** Containing groups in order_index order (the group's index within each of them), as Stash lists them. */
  const containing = (id: string): string[] =>
    [...L.groupSubGroups.inverse(id)].sort((a, b) => orderIndex(a, id) - orderIndex(b, id));
  const descKey = (c: string, s: string) => `${c}:${s}`;
  const within = (id: string, depth: unknown) => expandDepth([id], subs, (depth as number | null) ?? 0);

  const store = new EntityStore(ctx, {
    kind: 'group',
    typeName: 'Group',
    relations: [
      {
        input: 'studio_id',
        link: 'groupStudio',
        target: 'studio',
        join: ['groups', 'id', 'studio_id'],
        single: true,
        label: 'studio id',
      },
      {
        input: 'tag_ids',
        link: 'groupTags',
        target: 'tag',
        join: ['groups_tags', 'group_id', 'tag_id'],
        label: 'tag ids',
      },
    ],
    skipColumns: ['front_image_path', 'back_image_path'],
    defaults: { has_front_image: false, has_back_image: false },
    proto: {
      url() {
        return (this.urls as string[])[0] ?? null;
      },
      studio() {
        return state.studios.get(L.groupStudio.first(this.id)) ?? null;
      },
      tags() {
        return byTagSort(ctx.rows('tag', L.groupTags.get(this.id)));
      },
      containing_groups() {
        return ctx
          .rows('group', containing(this.id))
          .map((g) => ({ group: g, description: state.groupDescriptions.get(descKey(g.id, this.id)) ?? null }));
      },
      sub_groups() {
        return ctx
          .rows('group', subs(this.id))
          .map((g) => ({ group: g, description: state.groupDescriptions.get(descKey(this.id, g.id)) ?? null }));
      },
      front_image_path() {
        return imageUrl(ctx, `group/${this.id}/frontimage`, this, this.has_front_image === true);
      },
      back_image_path() {
        return this.has_back_image ? imageUrl(ctx, `group/${this.id}/backimage`, this, true) : null;
      },
      scene_count(a) {
        const s = new Set<string>();
        for (const g of within(this.id, a.depth)) for (const sc of L.sceneGroups.inverse(g)) s.add(sc);
        return s.size;
      },
      performer_count(a) {
        const p = new Set<string>();
        for (const g of within(this.id, a.depth))
          for (const sc of L.sceneGroups.inverse(g)) for (const x of L.scenePerformers.get(sc)) p.add(x);
        return p.size;
      },
      sub_group_count(a) {
        return expandDepth(subs(this.id), subs, (a.depth as number | null) ?? 0).size; // containing_groups INCLUDES id
      },
      scenes() {
        return ctx.rows('scene', L.sceneGroups.inverse(this.id));
      },
      o_counter() {
        let n = 0;
        for (const s of L.sceneGroups.inverse(this.id))
          n += ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length;
        return n;
      },
    },
  });

  const readDescs = (v: unknown, label = 'containing group ids'): Desc[] =>
    ((v as Input[] | null) ?? []).map((d) => ({
      group_id: parseId(d.group_id, label),
      description: (d.description as string | null) ?? null,
    }));

  /** The final list a relationship change leaves (for validation); the writes themselves are in `applyChange`. */
  const applyDescs = (existing: Desc[], incoming: Desc[], mode: UpdateMode): Desc[] => {
    if (mode === 'SET') return incoming;
    if (mode === 'ADD')
      return [...existing.filter((e) => !incoming.some((i) => i.group_id === e.group_id)), ...incoming];
    return existing.filter((e) => !incoming.some((i) => i.group_id === e.group_id));
  };

  /** Ancestors (containing groups, transitively) of every id, inclusive. */
  const ancestorsOf = (ids: string[]) => expandDepth(ids, containing, -1);

  /** validateGroupHierarchy: a sub group may not also be an ancestor of a containing group. */
  function validateHierarchy(self: string | null, containingIds: string[], subIds: string[]): void {
    if (self !== null && (containingIds.includes(self) || subIds.includes(self))) {
      throw new Error('a group cannot be contained by one of its subgroups');
    }
    if (containingIds.length === 0 || subIds.length === 0) return;
    const anc = ancestorsOf(containingIds);
    if (subIds.some((s) => anc.has(s))) throw new Error('a group cannot be contained by one of its subgroups');
  }

  const currentContaining = (id: string): Desc[] =>
    containing(id).map((c) => ({ group_id: c, description: state.groupDescriptions.get(descKey(c, id)) ?? null }));
  const currentSubs = (id: string): Desc[] =>
    subs(id).map((s) => ({ group_id: s, description: state.groupDescriptions.get(descKey(id, s)) ?? null }));

  const checkExists = (ownerId: string, descs: Desc[], col: string) => {
    for (const d of descs) {
      if (!state.groups.has(d.group_id)) {
        throw new Error(
          `error executing \`INSERT INTO groups_relations\` [[${ownerId} ${d.group_id}]] (${col}): FOREIGN KEY constraint failed`,
        );
      }
    }
  };

  // groups_relations.order_index (pkg/sqlite/group_relationships.go): the sub groups of a group are listed in
  // order_index order; the indexes are only renumbered by a SET of the whole list, so removals leave gaps.
  const orderIndex = (c: string, s: string): number =>
    state.groupOrderIndexes.get(descKey(c, s)) ?? L.groupSubGroups.get(c).indexOf(s) + 1;
  const maxOrderIndex = (c: string): number => Math.max(0, ...subs(c).map((s) => orderIndex(c, s)));

  /** Re-sorts `c`'s sub groups by order_index after indexes changed. */
  function resort(c: string, indexes: Map<string, number>): void {
    for (const [s, n] of indexes) state.groupOrderIndexes.set(descKey(c, s), n);
    L.groupSubGroups.set(
      c,
      [...indexes.keys()].sort((x, y) => (indexes.get(x) ?? 0) - (indexes.get(y) ?? 0)),
    );
  }
  const indexesOf = (c: string) => new Map(subs(c).map((s) => [s, orderIndex(c, s)] as const));

  function unlink(c: string, s: string): void {
    L.groupSubGroups.remove(c, [s]);
    state.groupDescriptions.delete(descKey(c, s));
    state.groupOrderIndexes.delete(descKey(c, s));
  }

  /** One inserted groups_relations row; a pair already present is Stash's UNIQUE constraint failure. */
  function insertRow(c: string, s: string, description: string | null, index: number): void {
    if (L.groupSubGroups.has(c, s)) {
      throw new Error(
        `inserting into groups_relations: inserting into groups_relations: executing \`INSERT INTO \`groups_relations\` (\`containing_id\`, \`description\`, \`order_index\`, \`sub_id\`) VALUES (?, ?, ?, ?)\` [[${c} ${description || '<nil>'} ${index} ${s}]]: UNIQUE constraint failed: groups_relations.containing_id, groups_relations.sub_id`,
      );
    }
    const idx = indexesOf(c);
    idx.set(s, index);
    resort(c, idx);
    state.groupDescriptions.set(descKey(c, s), description);
  }

  interface Change {
    mode: UpdateMode;
    descs: Desc[];
  }

  /**
   * createRelationships / replaceJoins / addJoins / destroyJoins: SET renumbers a group's own sub groups 1…n; a
   * group joining a containing group (SET or ADD of containing_groups) goes after that group's highest index; ADD of
   * sub groups continues from the highest index; REMOVE leaves gaps.
   */
  function applyChange(id: string, change: Change, asContaining: boolean): void {
    const { mode, descs } = change;
    if (mode === 'REMOVE') {
      for (const d of descs) asContaining ? unlink(id, d.group_id) : unlink(d.group_id, id);
      return;
    }
    if (mode === 'SET') {
      if (asContaining) for (const s of [...subs(id)]) unlink(id, s);
      else for (const c of [...containing(id)]) unlink(c, id);
    }
    const base = asContaining ? maxOrderIndex(id) : 0;
    descs.forEach((d, i) => {
      if (asContaining) insertRow(id, d.group_id, d.description, base + i + 1);
      else insertRow(d.group_id, id, d.description, maxOrderIndex(d.group_id) + 1);
    });
  }

  /**
   * reorderSubGroup: the insertion point's index (or, with insert_after, the next index in use, else index + 1);
   * every index from there up is incremented and the moved group takes it. Moving several groups after one point
   * therefore leaves them in reverse order.
   */
  function reorder(c: string, moving: string[], insertPoint: string, after: boolean): void {
    for (const m of moving) {
      if (!L.groupSubGroups.has(c, insertPoint))
        throw new Error(`sub-group ${insertPoint} not found in containing group ${c}`);
      const idx = indexesOf(c);
      let at = idx.get(insertPoint) ?? 0;
      if (after) {
        const next = [...idx.values()].filter((n) => n > at);
        at = next.length > 0 ? Math.min(...next) : at + 1;
      }
      for (const [s, n] of idx) if (n >= at) idx.set(s, n + 1);
      if (idx.has(m)) idx.set(m, at);
      resort(c, idx);
    }
  }

  /** Pending hierarchy writes computed during validation, applied after the row update. */
  const pending = new Map<string, { containing?: Change; subs?: Change }>();

  function hierarchyChange(row: Row | null, i: Input, bulk: boolean): { containing?: Change; subs?: Change } {
    const out: { containing?: Change; subs?: Change } = {};
    const read = (field: string): Change | undefined => {
      if (!Object.hasOwn(i, field) || i[field] === undefined) return undefined;
      if (bulk) {
        const b = i[field] as { groups?: unknown; mode: UpdateMode } | null;
        return b ? { mode: b.mode, descs: readDescs(b.groups) } : undefined;
      }
      return { mode: 'SET', descs: readDescs(i[field]) };
    };
    out.containing = read('containing_groups');
    out.subs = read('sub_groups');
    if (out.containing || out.subs) {
      const final = (c: Change | undefined, existing: Desc[]) =>
        (c ? applyDescs(existing, c.descs, c.mode) : existing).map((d) => d.group_id);
      const c = final(out.containing, row ? currentContaining(row.id) : []);
      const s = final(out.subs, row ? currentSubs(row.id) : []);
      validateHierarchy(row?.id ?? null, c, s);
      const owner = row?.id ?? state.groups.peekId();
      if (out.containing?.mode !== 'REMOVE') checkExists(owner, out.containing?.descs ?? [], 'containing_id');
      if (out.subs?.mode !== 'REMOVE') checkExists(owner, out.subs?.descs ?? [], 'sub_id');
      if (row) {
        // addJoins inserts each row, so an ADD of a pair already present is a UNIQUE failure before anything changes
        const dup = (ch: Change | undefined, has: (g: string) => boolean, asContaining: boolean) => {
          if (ch?.mode !== 'ADD') return;
          const at = ch.descs.findIndex((x) => has(x.group_id));
          const d = ch.descs[at];
          if (!d) return;
          if (asContaining) insertRow(row.id, d.group_id, d.description, maxOrderIndex(row.id) + at + 1);
          else insertRow(d.group_id, row.id, d.description, maxOrderIndex(d.group_id) + 1);
        };
        dup(out.containing, (g) => L.groupSubGroups.has(g, row.id), false);
        dup(out.subs, (g) => L.groupSubGroups.has(row.id, g), true);
      }
    }
    return out;
  }

  const applyPending = (id: string, h: { containing?: Change; subs?: Change } | undefined) => {
    if (h?.containing) applyChange(id, h.containing, false);
    if (h?.subs) applyChange(id, h.subs, true);
  };

  const crud = createCrud(ctx, store, {
    createInput: 'GroupCreateInput',
    updateInput: 'GroupUpdateInput',
    bulkInput: 'BulkGroupUpdateInput',
    notFound: () => 'not found',
    validateCreate: (i) => {
      if (goTrimSpace(String(i.name ?? '')) === '') throw new Error('name cannot be empty');
      pending.set('new', hierarchyChange(null, i, false));
      return {
        has_front_image: i.front_image != null && i.front_image !== '',
        has_back_image: i.back_image != null && i.back_image !== '',
      };
    },
    afterCreate: (row) => {
      const h = pending.get('new');
      pending.delete('new');
      applyPending(row.id, h);
    },
    validateUpdate: (row, i, bulk) => {
      if (Object.hasOwn(i, 'name') && i.name !== undefined && goTrimSpace(String(i.name ?? '')) === '')
        throw new Error('name cannot be empty');
      pending.set(row.id, hierarchyChange(row, i, bulk));
    },
    afterUpdate: (row) => {
      const h = pending.get(row.id);
      pending.delete(row.id);
      applyPending(row.id, h);
    },
  });

  const createGroup = (a: Record<string, unknown>) => {
    const i = a.input as Input;
    return crud.create({ input: { ...i, name: goTrimSpace(String(i.name ?? '')) } });
  };

  function requireGroup(id: string): Row {
    const g = state.groups.get(id);
    if (!g) throw new Error('not found');
    return g;
  }

  return {
    stores: { group: store },
    query: {
      findGroup: ({ id }) => state.groups.get(atoi(id)) ?? null,
      findMovie: ({ id }) => state.groups.get(atoi(id)) ?? null,
      allMovies: () => [...state.groups.values()],
    },
    mutation: {
      groupCreate: createGroup,
      movieCreate: createGroup,
      groupUpdate: crud.update,
      movieUpdate: crud.update,
      bulkGroupUpdate: crud.bulk,
      bulkMovieUpdate: crud.bulk,
      groupDestroy: crud.destroy,
      movieDestroy: crud.destroy,
      groupsDestroy: ({ ids }) => crud.destroyMany(ids),
      moviesDestroy: ({ ids }) => crud.destroyMany(ids),
      addGroupSubGroups: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.containing_group_id, 'group id');
        const incoming = readDescs(i.sub_groups, 'sub group ids');
        requireGroup(id);
        const already = incoming.filter((d) => L.groupSubGroups.has(id, d.group_id)).map((d) => Number(d.group_id));
        if (already.length > 0) throw new Error(`subgroups with IDs [${already.join(' ')}] already in group`);
        validateHierarchy(
          id,
          currentContaining(id).map((d) => d.group_id),
          [...subs(id), ...incoming.map((d) => d.group_id)],
        );
        const idx = i.insert_index as number | null | undefined;
        if (idx != null && idx < 0) throw new Error('invalid insert index');
        checkExists(id, incoming, 'sub_id');
        // AddSubGroups: appended after the highest order_index, then moved before the group whose order_index
        // equals insert_index (no group there leaves them at the end)
        applyChange(id, { mode: 'ADD', descs: incoming }, true);
        if (idx != null) {
          const at = subs(id).find((s) => orderIndex(id, s) === idx);
          if (at !== undefined)
            reorder(
              id,
              incoming.map((d) => d.group_id),
              at,
              false,
            );
        }
        return true;
      },
      removeGroupSubGroups: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.containing_group_id, 'group id');
        const drop = parseIds(i.sub_group_ids, 'sub group ids');
        requireGroup(id);
        for (const s of drop) unlink(id, s);
        return true;
      },
      reorderSubGroups: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.group_id, 'group id');
        const moving = parseIds(i.sub_group_ids, 'sub group ids');
        const insertAt = parseId(i.insert_at_id, 'insert at id');
        requireGroup(id);
        if (Number(insertAt) < 0) throw new Error('invalid insert index');
        reorder(id, moving, insertAt, i.insert_after === true);
        return true;
      },
    },
  };
}
