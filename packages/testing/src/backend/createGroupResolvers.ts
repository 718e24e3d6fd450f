import type { BackendContext } from './BackendContext.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { expandDepth } from './hierarchy.js';
import { atoi, type Input, parseId, parseIds, type UpdateMode } from './inputs.js';
import { byName, imageUrl, type ResolverModule } from './ResolverModule.js';
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
  const containing = (id: string) => L.groupSubGroups.inverse(id);
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
        return byName(ctx.rows('tag', L.groupTags.get(this.id)));
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
    [...containing(id)].map((c) => ({ group_id: c, description: state.groupDescriptions.get(descKey(c, id)) ?? null }));
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

  function setContaining(id: string, descs: Desc[]): void {
    for (const c of [...containing(id)]) {
      L.groupSubGroups.remove(c, [id]);
      state.groupDescriptions.delete(descKey(c, id));
    }
    for (const d of descs) {
      L.groupSubGroups.add(d.group_id, [id]);
      state.groupDescriptions.set(descKey(d.group_id, id), d.description);
    }
  }

  function setSubs(id: string, descs: Desc[]): void {
    for (const s of subs(id)) state.groupDescriptions.delete(descKey(id, s));
    L.groupSubGroups.set(
      id,
      descs.map((d) => d.group_id),
    );
    for (const d of descs) state.groupDescriptions.set(descKey(id, d.group_id), d.description);
  }

  /** Pending hierarchy writes computed during validation, applied after the row update. */
  const pending = new Map<string, { containing?: Desc[]; subs?: Desc[] }>();

  function hierarchyChange(row: Row | null, i: Input, bulk: boolean): { containing?: Desc[]; subs?: Desc[] } {
    const out: { containing?: Desc[]; subs?: Desc[] } = {};
    const read = (field: string, existing: Desc[]): Desc[] | undefined => {
      if (!Object.hasOwn(i, field) || i[field] === undefined) return undefined;
      if (bulk) {
        const b = i[field] as { groups?: unknown; mode: UpdateMode } | null;
        return b ? applyDescs(existing, readDescs(b.groups), b.mode) : undefined;
      }
      return readDescs(i[field]);
    };
    out.containing = read('containing_groups', row ? currentContaining(row.id) : []);
    out.subs = read('sub_groups', row ? currentSubs(row.id) : []);
    if (out.containing || out.subs) {
      const c = (out.containing ?? (row ? currentContaining(row.id) : [])).map((d) => d.group_id);
      const s = (out.subs ?? (row ? currentSubs(row.id) : [])).map((d) => d.group_id);
      validateHierarchy(row?.id ?? null, c, s);
      const owner = row?.id ?? state.groups.peekId();
      checkExists(owner, out.containing ?? [], 'containing_id');
      checkExists(owner, out.subs ?? [], 'sub_id');
    }
    return out;
  }

  const crud = createCrud(ctx, store, {
    createInput: 'GroupCreateInput',
    updateInput: 'GroupUpdateInput',
    bulkInput: 'BulkGroupUpdateInput',
    notFound: () => 'not found',
    validateCreate: (i) => {
      if (String(i.name ?? '').trim() === '') throw new Error('name cannot be empty');
      pending.set('new', hierarchyChange(null, i, false));
      return {
        has_front_image: i.front_image != null && i.front_image !== '',
        has_back_image: i.back_image != null && i.back_image !== '',
      };
    },
    afterCreate: (row) => {
      const h = pending.get('new');
      pending.delete('new');
      if (h?.containing) setContaining(row.id, h.containing);
      if (h?.subs) setSubs(row.id, h.subs);
    },
    validateUpdate: (row, i, bulk) => {
      if (Object.hasOwn(i, 'name') && i.name !== undefined && String(i.name ?? '').trim() === '')
        throw new Error('name cannot be empty');
      pending.set(row.id, hierarchyChange(row, i, bulk));
    },
    afterUpdate: (row) => {
      const h = pending.get(row.id);
      pending.delete(row.id);
      if (h?.containing) setContaining(row.id, h.containing);
      if (h?.subs) setSubs(row.id, h.subs);
    },
  });

  const createGroup = (a: Record<string, unknown>) => {
    const i = a.input as Input;
    return crud.create({ input: { ...i, name: String(i.name ?? '').trim() } });
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
        const already = incoming.filter((d) => subs(id).includes(d.group_id)).map((d) => Number(d.group_id));
        if (already.length > 0) throw new Error(`subgroups with IDs [${already.join(' ')}] already in group`);
        const merged = currentSubs(id);
        validateHierarchy(
          id,
          currentContaining(id).map((d) => d.group_id),
          [...merged, ...incoming].map((d) => d.group_id),
        );
        const idx = i.insert_index as number | null | undefined;
        if (idx != null && idx < 0) throw new Error('invalid insert index');
        checkExists(id, incoming, 'sub_id');
        // pkg/sqlite/group_relationships.go AddSubGroups: the new groups are appended, then moved before the group whose
        // order_index equals insert_index (order_index starts at 1); no group there leaves them at the end
        const at = idx != null && idx >= 1 && idx <= merged.length ? idx - 1 : merged.length;
        merged.splice(at, 0, ...incoming);
        setSubs(id, merged);
        return true;
      },
      removeGroupSubGroups: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.containing_group_id, 'group id');
        const drop = parseIds(i.sub_group_ids, 'sub group ids');
        requireGroup(id);
        setSubs(
          id,
          currentSubs(id).filter((d) => !drop.includes(d.group_id)),
        );
        return true;
      },
      reorderSubGroups: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.group_id, 'group id');
        const moving = parseIds(i.sub_group_ids, 'sub group ids');
        const insertAt = parseId(i.insert_at_id, 'insert at id');
        requireGroup(id);
        if (Number(insertAt) < 0) throw new Error('invalid insert index');
        const all = currentSubs(id);
        const moved = all.filter((d) => moving.includes(d.group_id));
        const rest = all.filter((d) => !moving.includes(d.group_id));
        let at = rest.findIndex((d) => d.group_id === insertAt);
        if (at < 0) at = rest.length;
        else if (i.insert_after === true) at += 1;
        rest.splice(at, 0, ...moved);
        setSubs(id, rest);
        return true;
      },
    },
  };
}
