import type { BackendContext } from './BackendContext.js';
import { createCrud } from './createCrud.js';
import { like } from './criteria.js';
import { EntityStore } from './EntityStore.js';
import { goTrimSpace } from './goText.js';
import { applyStrings, atoi, type Input, type UpdateMode } from './inputs.js';
import { byName, byTagSort, imageUrl, type ResolverModule } from './ResolverModule.js';
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
        return byTagSort(ctx.rows('tag', L.performerTags.get(this.id)));
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
      // disambiguation EQUALS (LIKE) when given, else IS_NULL (NULL or blank).
      const d = String(state.performers.get(other)?.disambiguation ?? '');
      const same = disambig === '' ? d.trim() === '' : like(d, disambig);
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

  const str = (v: unknown) => (v == null ? '' : goTrimSpace(String(v)));

  // resolver_mutation_performer.go: legacy url/twitter/instagram become urls (utils.URLFromHandle for handles)
  const TWITTER_URL = /^https?:\/\/(?:www\.)?twitter\.com\//;
  const INSTAGRAM_URL = /^https?:\/\/(?:www\.)?instagram\.com\//;
  const fromHandle = (h: string, site: string) => (/^https?:\/\//.test(h) ? h : `${site}/${h}`);
  const given = (i: Input, f: string) => Object.hasOwn(i, f) && i[f] !== undefined;
  const withoutLegacy = (i: Input): Input => {
    const { url: _u, twitter: _t, instagram: _i, ...rest } = i;
    return rest;
  };
  /** PerformerCreate: url, twitter, instagram, then urls, appended as given (no de-duplication). */
  const createInput = (i: Input): Input => {
    if (!['url', 'twitter', 'instagram', 'urls'].some((f) => given(i, f))) return i;
    const urls: string[] = [];
    if (i.url != null) urls.push(str(i.url));
    if (i.twitter != null) urls.push(fromHandle(str(i.twitter), 'https://twitter.com'));
    if (i.instagram != null) urls.push(fromHandle(str(i.instagram), 'https://instagram.com'));
    for (const u of (i.urls as string[] | null) ?? []) urls.push(u.trim());
    return { ...withoutLegacy(i), urls };
  };
  /** handleLegacyURLs: url replaces the first non-social url, twitter/instagram the first of their kind, else append. */
  const legacyUrls = (existing: string[], i: Input): string[] => {
    const urls = [...existing];
    const replace = (value: string, match: (u: string) => boolean) => {
      const at = urls.findIndex(match);
      if (at >= 0) urls[at] = value;
      else urls.push(value);
    };
    if (given(i, 'url')) replace(str(i.url), (u) => !TWITTER_URL.test(u) && !INSTAGRAM_URL.test(u));
    if (given(i, 'twitter')) replace(fromHandle(str(i.twitter), 'https://twitter.com'), (u) => TWITTER_URL.test(u));
    if (given(i, 'instagram'))
      replace(fromHandle(str(i.instagram), 'https://instagram.com'), (u) => INSTAGRAM_URL.test(u));
    return urls;
  };
  const pick = (i: Input, row: Row, f: string) => (Object.hasOwn(i, f) && i[f] !== undefined ? i[f] : row[f]);
  const LEGACY = '__legacy_urls';
  /** Update inputs: urls forbids the legacy fields; otherwise they are applied per row in `mutate`. */
  const updateInput = (i: Input, bulk: boolean): Input => {
    if (given(i, 'urls')) {
      if (!bulk) validateLegacyUrls(i);
      return i;
    }
    if (!['url', 'twitter', 'instagram'].some((f) => given(i, f))) return i;
    return { ...withoutLegacy(i), [LEGACY]: i };
  };

  const crud = createCrud(ctx, store, {
    createInput: 'PerformerCreateInput',
    updateInput: 'PerformerUpdateInput',
    bulkInput: 'BulkPerformerUpdateInput',
    notFound: (id) => `performer with id ${id} not found`,
    validateCreate: (i) => {
      validateName(null, str(i.name), str(i.disambiguation));
      validateAliases(str(i.name), ((i.alias_list as string[] | null) ?? []).map(goTrimSpace));
      validateDates(i.birthdate, i.death_date);
      return { has_image: i.image != null && i.image !== '' };
    },
    validateUpdate: (row, i, bulk) => {
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
          aliases = ((aliasInput as string[] | null) ?? []).map(goTrimSpace);
        }
        validateAliases(name, aliases);
      }
      validateDates(pick(i, row, 'birthdate'), pick(i, row, 'death_date'));
    },
    mutate: (row, i, bulk) => {
      if (i[LEGACY]) row.urls = legacyUrls(row.urls as string[], i[LEGACY] as Input);
      if (bulk && i.alias_list) {
        const b = i.alias_list as { values?: string[]; mode: UpdateMode };
        row.alias_list = applyStrings(row.alias_list as string[], b.values ?? [], b.mode);
      }
    },
  });

  return {
    stores: { performer: store },
    query: {
      findPerformer: ({ id }) => state.performers.get(atoi(id)) ?? null,
      allPerformers: () => [...state.performers.values()],
    },
    mutation: {
      performerCreate: (a) => {
        const i = a.input as Input;
        return crud.create({ input: { ...createInput(i), name: str(i.name) } });
      },
      performerUpdate: (a) => crud.update({ input: updateInput(a.input as Input, false) }),
      bulkPerformerUpdate: (a) => {
        const i = a.input as Input;
        // bulk alias_list is BulkUpdateStrings, not a plain list: keep it out of the generic column copy
        return crud.bulk({ input: updateInput(i, true) });
      },
      performerDestroy: crud.destroy,
      performersDestroy: ({ ids }) => crud.destroyMany(ids),
    },
  };
}
