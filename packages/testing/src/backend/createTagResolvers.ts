import type { BackendContext } from './BackendContext.js';
import { EntityStore } from './EntityStore.js';
import { asciiFold, goTrimSpace } from './goText.js';
import { expandDepth, walkWithPaths } from './hierarchy.js';
import {
  applyStrings,
  atoi,
  has,
  type Input,
  parseId,
  parseIds,
  readStashIds,
  rejectNulls,
  type StashIdValue,
  trimmed,
  type UpdateMode,
} from './inputs.js';
import { byTagSort, imageUrl, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

/** Tags: pkg/tag/validate.go, pkg/tag/update.go, internal/api/resolver_mutation_tag.go. */
export function createTagResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const L = state.links;
  const children = (id: string) => L.tagParents.inverse(id);
  const parents = (id: string) => L.tagParents.get(id);

  /** Objects tagged with this tag (or its descendants up to `depth`), via `link`. */
  const countVia = (links: (keyof typeof L)[], id: string, depth: unknown) => {
    const ids = expandDepth([id], children, (depth as number | null | undefined) ?? 0);
    const seen = new Set<string>();
    for (const t of ids) for (const link of links) for (const o of L[link].inverse(t)) seen.add(o);
    return seen.size;
  };

  const store = new EntityStore(ctx, {
    kind: 'tag',
    typeName: 'Tag',
    relations: [],
    skipColumns: ['image_path', 'stash_ids'],
    defaults: { stash_ids: [], has_image: false },
    proto: {
      scene_count(a) {
        return countVia(['sceneTags'], this.id, a.depth);
      },
      scene_marker_count(a) {
        return countVia(['markerTags', 'markerPrimaryTag'], this.id, a.depth);
      },
      image_count(a) {
        return countVia(['imageTags'], this.id, a.depth);
      },
      gallery_count(a) {
        return countVia(['galleryTags'], this.id, a.depth);
      },
      performer_count(a) {
        return countVia(['performerTags'], this.id, a.depth);
      },
      studio_count(a) {
        return countVia(['studioTags'], this.id, a.depth);
      },
      group_count(a) {
        return countVia(['groupTags'], this.id, a.depth);
      },
      movie_count(a) {
        return countVia(['groupTags'], this.id, a.depth);
      },
      parents() {
        return byTagSort(ctx.rows('tag', parents(this.id)));
      },
      children() {
        return byTagSort(ctx.rows('tag', children(this.id)));
      },
      parent_count() {
        return parents(this.id).length;
      },
      child_count() {
        return children(this.id).size;
      },
      image_path() {
        return imageUrl(ctx, `tag/${this.id}/image`, this, this.has_image === true);
      },
    },
  });

  const tagName = (id: string) => String(state.tags.get(id)?.name ?? '');
  const ancestors = (id: string) => walkWithPaths(id, parents, tagName, (p, n) => `${n}->${p}`);
  const descendants = (id: string) => walkWithPaths(id, children, tagName, (p, n) => `${p}->${n}`);

  function ensureNameUnique(id: string | null, name: string): void {
    const sameName = first(state.index.tagName.get(name));
    if (sameName !== undefined && sameName !== id) throw new Error(`tag with name '${name}' already exists`);
    const sameAlias = first(state.index.tagAlias.get(name));
    if (sameAlias !== undefined && sameAlias !== id) {
      throw new Error(`name '${name}' is used as alias for '${tagName(sameAlias)}'`);
    }
  }

  function hierarchyError(dir: 'parent' | 'child', invalid: string, path: string, applying?: string): Error {
    const rel = dir === 'parent' ? 'a descendant' : 'an ancestor';
    if (!applying) return new Error(`cannot apply tag "${invalid}" as a ${dir} of tag as it is already ${rel}`);
    return new Error(`cannot apply tag "${invalid}" as a ${dir} of "${applying}" as it is already ${rel} (${path})`);
  }

  /**
   * tagsMerge runs ValidateHierarchyExisting on the graph as the merge leaves it: the sources gone, the destination
   * holding the union of everyone's parents and children. A tag that ends up both above and below it fails.
   */
  function validateMergedHierarchy(dest: Row, gone: ReadonlySet<string>, ups: string[], downs: string[]): void {
    const d = dest.id;
    const after = (x: string, own: Iterable<string>, linked: string[]) => [
      ...[...own].filter((y) => !gone.has(y) && y !== d),
      ...(linked.includes(x) ? [d] : []),
    ];
    const up = (x: string) => (x === d ? ups : after(x, parents(x), downs));
    const down = (x: string) => (x === d ? downs : after(x, children(x), ups));
    const anc = walkWithPaths(d, up, tagName, (p, n) => `${n}->${p}`);
    const desc = walkWithPaths(d, down, tagName, (p, n) => `${p}->${n}`);
    for (const p of ups) {
      const path = desc.get(p);
      if (path !== undefined) throw hierarchyError('parent', tagName(p), path, String(dest.name));
    }
    for (const c of downs) {
      const path = anc.get(c);
      if (path !== undefined) throw hierarchyError('child', tagName(c), path, String(dest.name));
    }
  }

  /** ValidateHierarchyNew / ValidateHierarchyExisting. */
  function validateHierarchy(existing: Row | null, parentIds: string[], childIds: string[]): void {
    const allAnc = new Map<string, string>();
    const allDesc = new Map<string, string>();
    if (existing) {
      for (const [k, v] of ancestors(existing.id)) allAnc.set(k, v);
      for (const [k, v] of descendants(existing.id)) allDesc.set(k, v);
    } else {
      for (const p of parentIds) for (const [k, v] of ancestors(p)) allAnc.set(k, v);
      for (const c of childIds) for (const [k, v] of descendants(c)) allDesc.set(k, v);
    }
    const applying = existing ? String(existing.name) : undefined;
    for (const p of parentIds) {
      const path = allDesc.get(p);
      if (path !== undefined) throw hierarchyError('parent', tagName(p), path, applying);
    }
    for (const c of childIds) {
      const path = allAnc.get(c);
      if (path !== undefined) throw hierarchyError('child', tagName(c), path, applying);
    }
  }

  const checkTagIds = (ownerId: string, ids: string[], table: string, a: string, b: string) => {
    for (const id of ids) {
      if (!state.tags.has(id)) {
        throw new Error(
          `error executing \`INSERT INTO ${table} (${a}, ${b}) VALUES (?, ?) ON CONFLICT (${a}, ${b}) DO NOTHING\` [[${ownerId} ${id}]]: FOREIGN KEY constraint failed`,
        );
      }
    }
  };

  const setChildren = (id: string, childIds: readonly string[]) => {
    for (const c of [...children(id)]) L.tagParents.remove(c, [id]);
    for (const c of childIds) L.tagParents.add(c, [id]);
  };

  const applyMode = (existing: readonly string[], ids: string[], mode: UpdateMode) =>
    mode === 'SET'
      ? ids
      : mode === 'ADD'
        ? [...existing, ...ids.filter((i) => !existing.includes(i))]
        : existing.filter((i) => !ids.includes(i));

  function tagCreate({ input }: Record<string, unknown>): Row {
    const i = input as Input;
    const name = goTrimSpace(String(i.name ?? ''));
    const aliases = ((trimmed(i.aliases ?? []) as string[]) ?? []).filter((a) => a !== undefined);
    const parentIds = parseIds(i.parent_ids, 'parent tag ids');
    const childIds = parseIds(i.child_ids, 'child tag ids');
    if (name === '') throw new Error('tag name must not be blank');
    ensureNameUnique(null, name);
    for (const a of aliases) ensureNameUnique(null, a);
    if (parentIds.length > 0 || childIds.length > 0) validateHierarchy(null, parentIds, childIds);
    const nextId = state.tags.peekId();
    checkAliasRows(nextId, aliases);
    checkTagIds(nextId, parentIds, 'tags_relations', 'child_id', 'parent_id');
    checkTagIds(nextId, childIds, 'tags_relations', 'parent_id', 'child_id');
    const row = store.create({ ...i, name, aliases }, 'TagCreateInput', {
      stash_ids: readStashIds(i.stash_ids, ctx.now()),
      has_image: i.image != null && i.image !== '',
    });
    L.tagParents.set(row.id, parentIds);
    setChildren(row.id, childIds);
    return row;
  }

  /** Validates everything first and returns the write, so bulk updates are all-or-nothing like Stash's transaction. */
  function prepareUpdate(id: string, i: Input, bulk: boolean, claimed = new Map<string, string>()): () => Row {
    const existing = state.tags.get(id);
    if (!existing) throw new Error(`tag with id ${id} not found`);
    let name: string | undefined;
    if (Object.hasOwn(i, 'name') && i.name !== undefined) {
      name = goTrimSpace(String(i.name ?? ''));
      if (name === '') throw new Error('tag name must not be blank');
      ensureNameUnique(id, name);
    }
    let aliases: string[] | undefined;
    if (bulk) {
      const a = i.aliases as { values?: string[]; mode: UpdateMode } | null | undefined;
      if (a) aliases = applyStrings(existing.aliases as string[], a.values ?? [], a.mode);
    } else if (Object.hasOwn(i, 'aliases') && i.aliases !== undefined) {
      aliases = ((i.aliases as string[] | null) ?? []).map(goTrimSpace);
    }
    if (aliases) {
      for (const a of aliases) {
        ensureNameUnique(id, a);
        // Stash applies each bulk row before validating the next; emulate that for aliases.
        const other = claimed.get(asciiFold(a));
        if (other !== undefined && other !== id)
          throw new Error(`name '${a}' is used as alias for '${tagName(other)}'`);
      }
      for (const a of aliases) claimed.set(asciiFold(a), id);
    }

    const readIds = (field: string, label: string): { ids: string[]; mode: UpdateMode } | undefined => {
      if (!Object.hasOwn(i, field) || i[field] === undefined) return undefined;
      if (bulk) {
        const b = i[field] as { ids?: unknown; mode: UpdateMode } | null;
        return b ? { ids: parseIds(b.ids, label), mode: b.mode } : undefined;
      }
      return { ids: parseIds(i[field], label), mode: 'SET' };
    };
    const p = readIds('parent_ids', 'parent tag ids');
    const c = readIds('child_ids', 'child tag ids');
    const newParents = p ? applyMode(parents(id), p.ids, p.mode) : [...parents(id)];
    const newChildren = c ? applyMode([...children(id)], c.ids, c.mode) : [...children(id)];
    if (p || c) validateHierarchy(existing, newParents, newChildren);
    // UpdatePartial: the row's columns (a null for a NOT NULL one panics) before the alias rows
    rejectNulls(i, store.columns(bulk ? 'BulkTagUpdateInput' : 'TagUpdateInput'));
    if (aliases) checkAliasRows(id, aliases);
    checkTagIds(id, newParents, 'tags_relations', 'child_id', 'parent_id');
    checkTagIds(id, newChildren, 'tags_relations', 'parent_id', 'child_id');

    const patch: Input = { ...i };
    delete patch.aliases;
    if (name !== undefined) patch.name = name;
    return () => {
      store.update(existing, patch, bulk ? 'BulkTagUpdateInput' : 'TagUpdateInput', {
        changes: [],
        mutate: (row) => {
          if (aliases) row.aliases = keepStoredOrder(row.aliases as string[], aliases);
          if (!bulk && has(i, 'stash_ids')) row.stash_ids = readStashIds(i.stash_ids, ctx.now());
          if (!bulk && Object.hasOwn(i, 'stash_ids') && i.stash_ids === null) row.stash_ids = [];
          if (!bulk && Object.hasOwn(i, 'image') && i.image !== undefined)
            row.has_image = i.image != null && i.image !== '';
        },
      });
      if (p) L.tagParents.set(id, newParents);
      if (c) setChildren(id, newChildren);
      return existing;
    };
  }

  function destroyTag(id: string): void {
    if (L.markerPrimaryTag.inverse(id).size > 0)
      throw new Error('cannot delete tag used as a primary tag in scene markers');
    if (!state.tags.has(id)) throw new Error(`id ${id} does not exist in tags`);
    store.destroy(id);
  }

  function tagsMerge({ input }: Record<string, unknown>): Row | null {
    const i = input as { source: unknown[]; destination: unknown };
    const source = parseIds(i.source, 'source ids');
    const destination = parseId(i.destination, 'destination id');
    if (source.length === 0) return null;
    const dest = state.tags.get(destination);
    if (!dest) throw new Error(`tag with id ${destination} not found`);
    if (source.includes(destination)) throw new Error('cannot merge where source == destination');
    for (const s of source) if (!state.tags.has(s)) throw new Error(`id ${s} does not exist in tags`);
    // MergeHierarchy: union of everyone's parents/children minus the merged tags themselves.
    const all = [destination, ...source];
    const mergedParents: string[] = [];
    const mergedChildren: string[] = [];
    for (const id of all) {
      for (const p of parents(id)) if (!all.includes(p) && !mergedParents.includes(p)) mergedParents.push(p);
      for (const c of children(id)) if (!all.includes(c) && !mergedChildren.includes(c)) mergedChildren.push(c);
    }
    // Merge's `INSERT INTO tag_aliases (tag_id, alias) SELECT ?, name FROM tags WHERE id IN (...)` fails when a source
    // name already is an alias row (alias is UNIQUE; a tag may hold its own name as an alias); this precedes the
    // hierarchy check, which runs on the merged graph
    const aliasRows = new Set([...state.tags.values()].flatMap((t) => t.aliases as string[]));
    if (source.some((s) => aliasRows.has(tagName(s))))
      throw new Error(
        `error executing \`INSERT INTO tag_aliases (tag_id, alias) SELECT ?, name FROM tags WHERE id IN (${source.map(() => '?').join(', ')})\` [[${[destination, ...source, destination].join(' ')}]]: UNIQUE constraint failed: tag_aliases.alias`,
      );
    validateMergedHierarchy(dest, new Set(source), mergedParents, mergedChildren);
    const destAliases = [...(dest.aliases as string[])];
    const destStash = [...(dest.stash_ids as StashIdValue[])];
    for (const s of source) {
      const src = state.tags.get(s) as Row;
      for (const link of [
        'sceneTags',
        'markerTags',
        'galleryTags',
        'imageTags',
        'performerTags',
        'studioTags',
        'groupTags',
        'markerPrimaryTag',
      ] as const) {
        L[link].replaceRight(s, destination);
      }
      for (const a of [src.name as string, ...(src.aliases as string[])])
        if (!destAliases.includes(a)) destAliases.push(a);
      for (const sid of src.stash_ids as StashIdValue[]) {
        if (!destStash.some((d) => d.endpoint === sid.endpoint && d.stash_id === sid.stash_id)) destStash.push(sid);
      }
      store.destroy(s);
    }
    state.unindexRow('tag', dest);
    // Merge inserts each source name as an alias and moves the source aliases over, filtering nothing
    dest.aliases = destAliases;
    dest.stash_ids = destStash;
    dest.updated_at = ctx.now();
    state.indexRow('tag', dest);
    L.tagParents.set(destination, mergedParents);
    setChildren(destination, mergedChildren);
    return dest;
  }

  return {
    stores: { tag: store },
    query: {
      findTag: ({ id }) => state.tags.get(atoi(id)) ?? null,
      allTags: () => [...state.tags.values()],
    },
    mutation: {
      tagCreate,
      tagUpdate: ({ input }) => {
        const i = input as Input;
        return prepareUpdate(parseId(i.id), i, false)();
      },
      bulkTagUpdate: ({ input }) => {
        const i = input as Input;
        const ids = parseIds(i.ids);
        const claimed = new Map<string, string>();
        const writes = ids.map((id) => prepareUpdate(id, i, true, claimed));
        return writes.map((w) => w());
      },
      tagDestroy: ({ input }) => {
        destroyTag(parseId((input as Input).id));
        return true;
      },
      tagsDestroy: ({ ids }) => {
        const list = parseIds(ids);
        for (const id of list) {
          if (!state.tags.has(id)) throw new Error(`id ${id} does not exist in tags`);
          if (L.markerPrimaryTag.inverse(id).size > 0)
            throw new Error('cannot delete tag used as a primary tag in scene markers');
        }
        for (const id of list) destroyTag(id);
        return true;
      },
      tagsMerge,
    },
  };
}

/**
 * tag_aliases.alias is UNIQUE (binary) and Stash inserts the list as given, so an alias named twice fails the second
 * INSERT (goqu interpolates the values; the arguments list is empty).
 */
function checkAliasRows(tagId: string, aliases: readonly string[]): void {
  const seen = new Set<string>();
  for (const a of aliases) {
    if (seen.has(a))
      throw new Error(
        `inserting into tag_aliases: executing \`INSERT INTO \`tag_aliases\` (\`tag_id\`, \`alias\`) VALUES (${tagId}, '${a.replaceAll("'", "''")}')\` [[]]: UNIQUE constraint failed: tag_aliases.alias`,
      );
    seen.add(a);
  }
}

function first<T>(s: Iterable<T>): T | undefined {
  for (const v of s) return v;
  return undefined;
}

/**
 * tag_aliases is read without ORDER BY, so in row order: an update keeps the rows of aliases that stay (in their old
 * order) and inserts the new ones after them.
 */
function keepStoredOrder(stored: string[], next: string[]): string[] {
  return [...stored.filter((a) => next.includes(a)), ...next.filter((a) => !stored.includes(a))];
}
