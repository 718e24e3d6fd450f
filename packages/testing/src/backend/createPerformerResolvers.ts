import type { BackendContext } from './BackendContext.js';
import { createCrud } from './createCrud.js';
import { EntityStore } from './EntityStore.js';
import { applyStrings, type Input, parseId, type UpdateMode } from './inputs.js';
import { byName, imageUrl, type ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';

const SOCIAL = { twitter: /(twitter\.com|x\.com)\//i, instagram: /instagram\.com\//i };

/** Performers: pkg/performer/validate.go, internal/api/resolver_mutation_performer.go. */
export function createPerformerResolvers(ctx: BackendContext): ResolverModule {
  const { state } = ctx;
  const L = state.links;
  const scenesOf = (id: string) => L.scenePerformers.inverse(id);

  const store = new EntityStore(ctx, {
    kind: 'performer',
    typeName: 'Performer',
    relations: [
      {
        input: 'tag_ids',
        link: 'performerTags',
        target: 'tag',
        join: ['performers_tags', 'performer_id', 'tag_id'],
        label: 'tag ids',
      },
    ],
    skipColumns: ['image_path'],
    defaults: { has_image: false },
    proto: {
      url() {
        return (this.urls as string[]).find((u) => !SOCIAL.twitter.test(u) && !SOCIAL.instagram.test(u)) ?? null;
      },
      twitter() {
        return (this.urls as string[]).find((u) => SOCIAL.twitter.test(u)) ?? null;
      },
      instagram() {
        return (this.urls as string[]).find((u) => SOCIAL.instagram.test(u)) ?? null;
      },
      tags() {
        return byName(ctx.rows('tag', L.performerTags.get(this.id)));
      },
      image_path() {
        return imageUrl(ctx, `performer/${this.id}/image`, this, this.has_image === true);
      },
      scene_count() {
        return scenesOf(this.id).size;
      },
      image_count() {
        return L.imagePerformers.inverse(this.id).size;
      },
      gallery_count() {
        return L.galleryPerformers.inverse(this.id).size;
      },
      group_count() {
        return groupsOf(this.id).size;
      },
      movie_count() {
        return groupsOf(this.id).size;
      },
      performer_count() {
        const co = new Set<string>();
        for (const s of scenesOf(this.id)) for (const p of L.scenePerformers.get(s)) co.add(p);
        for (const i of L.imagePerformers.inverse(this.id)) for (const p of L.imagePerformers.get(i)) co.add(p);
        for (const g of L.galleryPerformers.inverse(this.id)) for (const p of L.galleryPerformers.get(g)) co.add(p);
        co.delete(this.id);
        return co.size;
      },
      o_counter() {
        let n = 0;
        for (const s of scenesOf(this.id)) n += ((state.scenes.get(s)?.o_history as unknown[]) ?? []).length;
        for (const i of L.imagePerformers.inverse(this.id)) n += Number(state.images.get(i)?.o_counter ?? 0);
        return n;
      },
      scenes() {
        return ctx.rows('scene', scenesOf(this.id));
      },
      groups() {
        return byName(ctx.rows('group', groupsOf(this.id)));
      },
      movies() {
        return byName(ctx.rows('group', groupsOf(this.id)));
      },
    },
  });

  const groupsOf = (id: string) => {
    const g = new Set<string>();
    for (const s of scenesOf(id)) for (const x of L.sceneGroups.get(s)) g.add(x);
    return g;
  };

  /** validateName: name EQUALS + disambiguation EQUALS (or IS_NULL when empty), ignoring self. */
  function validateName(id: string | null, name: string, disambig: string): void {
    if (name === '') throw new Error('performer name must not be blank');
    for (const other of state.index.performerName.get(name)) {
      if (other === id) continue;
      const d = String(state.performers.get(other)?.disambiguation ?? '').trim();
      const same = disambig === '' ? d === '' : d.toLowerCase() === disambig.toLowerCase();
      if (same) {
        throw new Error(
          disambig
            ? `performer with name '${name}' and disambiguation '${disambig}' already exists`
            : `performer with name '${name}' already exists`,
        );
      }
    }
  }

  function validateAliases(name: string, aliases: string[]): void {
    const seen = new Set([name.toLowerCase()]);
    for (const a of aliases) {
      if (seen.has(a.toLowerCase())) throw new Error(`performer contains duplicate alias '${a}'`);
      seen.add(a.toLowerCase());
    }
  }

  function validateDates(birth: unknown, death: unknown): void {
    if (typeof birth === 'string' && typeof death === 'string' && birth && death && birth > death) {
      throw new Error(`death date ${death} should be after birthdate ${birth}`);
    }
  }

  function validateLegacyUrls(i: Input): void {
    if (!Object.hasOwn(i, 'urls') || i.urls === undefined) return;
    for (const f of ['url', 'twitter', 'instagram']) {
      if (Object.hasOwn(i, f) && i[f] !== undefined)
        throw new Error(`${f} field must not be included if urls is included`);
    }
  }

  const str = (v: unknown) => (v == null ? '' : String(v).trim());
  const pick = (i: Input, row: Row, f: string) => (Object.hasOwn(i, f) && i[f] !== undefined ? i[f] : row[f]);

  const crud = createCrud(ctx, store, {
    createInput: 'PerformerCreateInput',
    updateInput: 'PerformerUpdateInput',
    bulkInput: 'BulkPerformerUpdateInput',
    notFound: (id) => `performer with id ${id} not found`,
    validateCreate: (i) => {
      validateName(null, str(i.name), str(i.disambiguation));
      validateAliases(
        str(i.name),
        ((i.alias_list as string[] | null) ?? []).map((a) => a.trim()),
      );
      validateDates(i.birthdate, i.death_date);
      return { has_image: i.image != null && i.image !== '' };
    },
    validateUpdate: (row, i, bulk) => {
      if (!bulk) validateLegacyUrls(i);
      const nameSet = Object.hasOwn(i, 'name') && i.name !== undefined;
      const disSet = Object.hasOwn(i, 'disambiguation') && i.disambiguation !== undefined;
      const name = str(pick(i, row, 'name'));
      if (nameSet || disSet) validateName(row.id, name, str(pick(i, row, 'disambiguation')));
      const aliasInput = i.alias_list;
      if (nameSet || aliasInput !== undefined) {
        let aliases = row.alias_list as string[];
        if (bulk && aliasInput) {
          const b = aliasInput as { values?: string[]; mode: UpdateMode };
          aliases = applyStrings(aliases, b.values ?? [], b.mode);
        } else if (!bulk && aliasInput !== undefined) {
          aliases = ((aliasInput as string[] | null) ?? []).map((a) => a.trim());
        }
        validateAliases(name, aliases);
      }
      validateDates(pick(i, row, 'birthdate'), pick(i, row, 'death_date'));
    },
    mutate: (row, i, bulk) => {
      if (bulk && i.alias_list) {
        const b = i.alias_list as { values?: string[]; mode: UpdateMode };
        row.alias_list = applyStrings(row.alias_list as string[], b.values ?? [], b.mode);
      }
    },
  });

  return {
    stores: { performer: store },
    query: {
      findPerformer: ({ id }) => state.performers.get(parseId(id)) ?? null,
      allPerformers: () => [...state.performers.values()],
    },
    mutation: {
      performerCreate: (a) => {
        const i = a.input as Input;
        validateLegacyUrls(i);
        return crud.create({ input: { ...i, name: str(i.name) } });
      },
      performerUpdate: crud.update,
      bulkPerformerUpdate: (a) => {
        const i = a.input as Input;
        // bulk alias_list is BulkUpdateStrings, not a plain list: keep it out of the generic column copy
        return crud.bulk({ input: i });
      },
      performerDestroy: crud.destroy,
      performersDestroy: ({ ids }) => crud.destroyMany(ids),
    },
  };
}
