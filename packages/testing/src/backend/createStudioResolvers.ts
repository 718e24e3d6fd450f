import type { BackendContext } from './BackendContext.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { goTrimSpace } from './goText.js';
import { expandDepth } from './hierarchy.js';
import { applyStrings, atoi, type Input, type UpdateMode } from './inputs.js';
import { byName, byTagSort, imageUrl, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

/** Studios: pkg/studio/validate.go, internal/api/resolver_mutation_studio.go, resolver_model_studio.go. */
export function createStudioResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const L = state.links;
  const childIds = (id: string) => L.studioParent.inverse(id);
  const within = (id: string, depth: unknown) => expandDepth([id], childIds, (depth as number | null) ?? 0);
  const countVia = (
    link: 'sceneStudio' | 'imageStudio' | 'galleryStudio' | 'groupStudio',
    id: string,
    depth: unknown,
  ) => {
    let n = 0;
    for (const s of within(id, depth)) n += L[link].inverse(s).size;
    return n;
  };

  const store = new EntityStore(ctx, {
    kind: 'studio',
    typeName: 'Studio',
    relations: [
      {
        input: 'parent_id',
        link: 'studioParent',
        target: 'studio',
        join: ['studios', 'id', 'parent_id'],
        single: true,
        label: 'parent id',
      },
      {
        input: 'tag_ids',
        link: 'studioTags',
        target: 'tag',
        join: ['studios_tags', 'studio_id', 'tag_id'],
        label: 'tag ids',
      },
    ],
    skipColumns: ['image_path'],
    defaults: { has_image: false },
    proto: {
      url() {
        return (this.urls as string[])[0] ?? null;
      },
      parent_studio() {
        return state.studios.get(L.studioParent.first(this.id)) ?? null;
      },
      child_studios() {
        return byName(ctx.rows('studio', childIds(this.id)));
      },
      tags() {
        return byTagSort(ctx.rows('tag', L.studioTags.get(this.id)));
      },
      image_path() {
        return imageUrl(ctx, `studio/${this.id}/image`, this, this.has_image === true);
      },
      scene_count(a) {
        return countVia('sceneStudio', this.id, a.depth);
      },
      image_count(a) {
        return countVia('imageStudio', this.id, a.depth);
      },
      gallery_count(a) {
        return countVia('galleryStudio', this.id, a.depth);
      },
      group_count(a) {
        return countVia('groupStudio', this.id, a.depth);
      },
      movie_count(a) {
        return countVia('groupStudio', this.id, a.depth);
      },
      performer_count(a) {
        const perf = new Set<string>();
        for (const s of within(this.id, a.depth)) {
          for (const sc of L.sceneStudio.inverse(s)) for (const p of L.scenePerformers.get(sc)) perf.add(p);
          for (const im of L.imageStudio.inverse(s)) for (const p of L.imagePerformers.get(im)) perf.add(p);
          for (const g of L.galleryStudio.inverse(s)) for (const p of L.galleryPerformers.get(g)) perf.add(p);
        }
        return perf.size;
      },
      groups() {
        return byName(ctx.rows('group', L.groupStudio.inverse(this.id)));
      },
      movies() {
        return byName(ctx.rows('group', L.groupStudio.inverse(this.id)));
      },
      o_counter() {
        let n = 0;
        for (const s of L.sceneStudio.inverse(this.id))
          n += ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length;
        return n;
      },
    },
  });

  const studioName = (id: string) => String(state.studios.get(id)?.name ?? '');

  /** validateName + EnsureStudioNameUnique. */
  function validateName(id: string | null, name: string, alias = false): void {
    if (name === '')
      throw new Error(alias ? 'studio alias must not be an empty string' : 'studio name must not be blank');
    // ByName / ByAlias: the first match only (per_page 1), as Stash does.
    const sameName = state.index.studioName.get(name)[0];
    if (sameName !== undefined && sameName !== id) throw new Error(`studio with name '${name}' already exists`);
    const sameAlias = state.index.studioAlias.get(name)[0];
    if (sameAlias !== undefined && sameAlias !== id) {
      throw new Error(`name '${name}' is used as alias for '${studioName(sameAlias)}'`);
    }
  }

  /** validateParent: walk up from the new parent; reaching the studio itself is a cycle. */
  function validateParent(id: string, parentId: string): void {
    let cur: string | null = parentId;
    const seen = new Set<string>();
    while (cur !== null && !seen.has(cur)) {
      if (cur === id) throw new Error('studio cannot be an ancestor of itself');
      seen.add(cur);
      if (!state.studios.has(cur)) throw new Error(`studio with id ${cur} not found`);
      cur = L.studioParent.first(cur);
    }
  }

  const crud = createCrud(ctx, store, {
    createInput: 'StudioCreateInput',
    updateInput: 'StudioUpdateInput',
    bulkInput: 'BulkStudioUpdateInput',
    notFound: (id) => `studio with id ${id} not found`,
    validateCreate: (i) => {
      validateName(null, goTrimSpace(String(i.name ?? '')));
      for (const a of (i.aliases as string[] | null) ?? []) validateName(null, goTrimSpace(a), true);
      return { has_image: i.image != null && i.image !== '' };
    },
    validateUpdate: (row, i, bulk, changes) => {
      const parent = changes.find((c) => c.spec.input === 'parent_id');
      if (parent?.ids[0]) validateParent(row.id, parent.ids[0]);
      if (!bulk && Object.hasOwn(i, 'aliases') && i.aliases !== undefined) {
        for (const a of (i.aliases as string[] | null) ?? []) validateName(row.id, goTrimSpace(a), true);
      }
      if (bulk && i.aliases) {
        const b = i.aliases as { values?: string[]; mode: UpdateMode };
        for (const a of applyStrings(row.aliases as string[], b.values ?? [], b.mode)) validateName(row.id, a, true);
      }
      if (typeof i.name === 'string' && goTrimSpace(i.name) !== row.name) validateName(row.id, goTrimSpace(i.name));
      if (Object.hasOwn(i, 'name') && i.name === null) throw new Error('studio name must not be blank');
    },
    mutate: (row, i, bulk) => {
      if (bulk && i.aliases) {
        const b = i.aliases as { values?: string[]; mode: UpdateMode };
        row.aliases = applyStrings(row.aliases as string[], b.values ?? [], b.mode);
      }
    },
  });

  return {
    stores: { studio: store },
    query: {
      findStudio: ({ id }) => state.studios.get(atoi(id)) ?? null,
      allStudios: () => [...state.studios.values()],
    },
    mutation: {
      studioCreate: (a) =>
        crud.create({ input: { ...(a.input as Input), name: goTrimSpace(String((a.input as Input).name ?? '')) } }),
      studioUpdate: crud.update,
      bulkStudioUpdate: crud.bulk,
      studioDestroy: crud.destroy,
      studiosDestroy: ({ ids }) => crud.destroyMany(ids),
    },
  };
}

export type { Row };
