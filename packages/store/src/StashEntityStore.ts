import { ENTITY_META, type StashCapabilities, type StashClient, StashError } from '@stash-graphql/core';
import {
  adoptServerEntity,
  allEntities,
  Entity,
  type EntityClass,
  type HasMany,
  hydrateMany,
  loadRelation,
  type SaveOptions,
  type SaveResult,
  saveMany,
} from '@stash-graphql/orm';
import { ChangedSince, type ChangedSinceOptions, type ChangedSinceStart } from './changedSince.js';
import { compileFilter } from './compileFilter.js';
import { type GetOrCreateOutcome, NameResolver } from './naturalKeys/NameResolver.js';
import { NaturalKeyIndex } from './naturalKeys/NaturalKeyIndex.js';
import { reconcileUncertain } from './naturalKeys/reconcileUncertain.js';
import { NATURAL_KEY_RULES } from './naturalKeys/rules.js';
import type { QExpr } from './Q.js';
import { StashStoreError } from './StashStoreError.js';
import { StoreIdentityMap } from './StoreIdentityMap.js';
import { fieldsOfType } from './schemaShape.js';
import {
  addPaths,
  aliasedDocument,
  cachedDocument,
  defaultSelection,
  queryDocument,
  type Selection,
  selectionKey,
  withArguments,
} from './selection.js';
import type {
  FieldPathOf,
  Filters,
  FindIterOptions,
  FindOptions,
  GetOptions,
  GetOrCreateProps,
  PopulatePath,
} from './types/storeTypes.js';

export type { Filters, FindIterOptions, FindOptions, GetOptions };

export interface StashEntityStoreOptions {
  /** How long a fetched entity is served from memory. Default 60 s. */
  defaultTtlMs?: number | undefined;
  /** Per-type TTL, e.g. `{ Tag: 600_000 }`. */
  ttlByType?: Readonly<Record<string, number>> | undefined;
  /** Milliseconds now; injectable for tests. Default `Date.now`. */
  clock?: (() => number) | undefined;
}

type Inst<C extends EntityClass> = InstanceType<C>;

interface Freshness {
  at: number;
  gen: number;
  /** Fetched with the default selection (every field). */
  full: boolean;
}

const PAGE = 1000;
const IDS_PER_REQUEST = 5000;
/** Stash's find-by-ids error for a missing id (`pkg/sqlite` FindMany): the whole query fails. */
const NOT_FOUND = /with id (\S+) not found/;

/**
 * One identity map per store over one client: the same Type:id is the same object across every read, with TTL
 * freshness, read-through gets, Django-style finds, lazy iteration, batched populate, get-or-create and saveAll.
 */
export class StashEntityStore {
  readonly client: StashClient;
  #map = new StoreIdentityMap();
  #fresh = new WeakMap<Entity, Freshness>();
  #gen = 0;
  #typeGen = new Map<string, number>();
  /** Types the caller invalidated (the name index follows only these, see #namesFresh). */
  #namesGen = new Map<string, number>();
  readonly #inflight = new Map<string, Promise<Entity | null>>();
  readonly #nameIndex = new NaturalKeyIndex();
  readonly #names = new NameResolver({
    find: (cls, q, fields) => this.#findKeys(cls, q, fields),
    saveBatch: (entities, returning) => this.saveBatch(entities, { returning }),
    cached: (cls, id, fields) => {
      const e = this.#map.get(cls.typename, id);
      return e && this.#namesFresh(e, fields) ? e : undefined;
    },
    index: this.#nameIndex,
  });
  readonly #tracked = new Set<Entity>();
  readonly #defaultTtl: number;
  readonly #ttlByType: Readonly<Record<string, number>>;
  readonly #clock: () => number;

  constructor(client: StashClient, options: StashEntityStoreOptions = {}) {
    this.client = client;
    this.#defaultTtl = options.defaultTtlMs ?? 60_000;
    this.#ttlByType = options.ttlByType ?? {};
    this.#clock = options.clock ?? Date.now;
  }

  /** The store's identity map (shared with the orm's hydrate and saveMany). */
  get identityMap(): StoreIdentityMap {
    return this.#map;
  }

  // --- freshness -------------------------------------------------------------------------------------------------

  #ttl(typename: string): number {
    return this.#ttlByType[typename] ?? this.#defaultTtl;
  }

  #isFresh(e: Entity, fields?: readonly string[]): boolean {
    const f = this.#fresh.get(e);
    if (!f || f.gen <= (this.#typeGen.get(e.typename) ?? 0)) return false;
    if (this.#clock() - f.at >= this.#ttl(e.typename)) return false;
    return fields ? fields.every((p) => pathLoaded(e, p.split('__'))) : f.full;
  }

  /**
   * Fresh enough to answer a name lookup: within the TTL and not invalidated by the caller. Saves mark whole types
   * stale for their aggregates (counts), which says nothing about names, so that mark is ignored here.
   */
  #namesFresh(e: Entity, fields: readonly string[]): boolean {
    const f = this.#fresh.get(e);
    if (!f || f.gen <= (this.#namesGen.get(e.typename) ?? 0)) return false;
    if (this.#clock() - f.at >= this.#ttl(e.typename)) return false;
    return fields.every((p) => pathLoaded(e, [p]));
  }

  #touch(entities: readonly Entity[], full: boolean): void {
    const at = this.#clock();
    const gen = ++this.#gen;
    for (const e of entities) {
      const before = this.#fresh.get(e);
      // A partial read refreshes nothing it did not read: keep `full` only while the old record is still valid.
      const stillFull = !!before && before.full && this.#isFresh(e);
      this.#fresh.set(e, { at, gen, full: full || stillFull });
    }
  }

  /** Marks one entity, or every entity of a type, as stale: the next get reads it again. */
  invalidate(target: Entity | EntityClass): void {
    if (target instanceof Entity) this.#fresh.delete(target);
    else {
      this.#typeGen.set(target.typename, ++this.#gen);
      this.#namesGen.set(target.typename, this.#gen);
    }
  }

  /** Forgets everything: identity map, freshness, tracked new entities. */
  clear(): void {
    this.#map = new StoreIdentityMap();
    this.#fresh = new WeakMap();
    this.#typeGen = new Map();
    this.#namesGen = new Map();
    this.#tracked.clear();
    this.#nameIndex.clear();
  }

  /** Tracks a new entity so that saveAll creates it. */
  track<E extends Entity>(entity: E): E {
    if (entity.isNew()) this.#tracked.add(entity);
    else this.#map.retain(entity);
    return entity;
  }

  // --- requests --------------------------------------------------------------------------------------------------

  #find(cls: EntityClass) {
    const find = ENTITY_META[cls.typename].find;
    if (!find?.resultField) {
      throw new StashStoreError('unsupported', `${cls.typename} has no find query`, findableTypes());
    }
    return find as typeof find & { resultField: string };
  }

  async #query(
    cls: EntityClass,
    vars: {
      filter?: Record<string, unknown> | undefined;
      ids?: readonly string[] | undefined;
      page?: Record<string, unknown> | undefined;
    },
    sel: Selection | null,
  ): Promise<{ count: number; items: unknown[] }> {
    const caps = await this.client.capabilities();
    const find = this.#find(cls);
    const args: { name: string; type: string }[] = [];
    const variables: Record<string, unknown> = {};
    if (vars.filter) {
      args.push({ name: find.filterArg, type: find.filterType });
      variables[find.filterArg] = vars.filter;
    }
    if (vars.ids) {
      if (!queryHasArg(caps, find.query, 'ids')) {
        throw new StashStoreError('unsupported', `${find.query} on this Stash (${caps.version}) cannot read by ids`);
      }
      args.push({ name: 'ids', type: '[ID!]' });
      variables.ids = vars.ids;
    }
    if (vars.page) {
      args.push({ name: 'filter', type: 'FindFilterType' });
      variables.filter = vars.page;
    }
    const root: Selection = new Map([['count', new Map()]]);
    if (sel) root.set(find.resultField, sel);
    const key = `${find.query}(${args.map((a) => `${a.name}:${a.type}`).join(',')}){${selectionKey(root)}}`;
    const doc = cachedDocument(key, () =>
      withArguments(
        queryDocument(`Store${find.query[0]?.toUpperCase()}${find.query.slice(1)}`, find.query, args, root),
        args.map((a) => a.name),
      ),
    );
    const { data, error } = await this.client.execute(doc as Parameters<StashClient['execute']>[0], variables);
    if (error) throw error;
    const out = (data as Record<string, { count: number } & Record<string, unknown[]>>)[find.query];
    return { count: out?.count ?? 0, items: (out?.[find.resultField] as unknown[] | undefined) ?? [] };
  }

  #hydrate<C extends EntityClass>(cls: C, items: unknown[], full: boolean, weak = false): Inst<C>[] {
    this.#map.weakAdds = weak;
    try {
      const entities = hydrateMany(cls, items, { identityMap: this.#map });
      if (!weak) for (const e of entities) this.#map.retain(e);
      if (NATURAL_KEY_RULES[cls.typename]) this.#nameIndex.add(entities);
      this.#touch(entities, full);
      return entities;
    } finally {
      this.#map.weakAdds = false;
    }
  }

  /** The default selection plus `fields`, or (`only`) just the id and `fields`. */
  async #selection(cls: EntityClass, fields?: readonly string[], only = false): Promise<Selection> {
    const caps = await this.client.capabilities();
    const sel: Selection = only && fields?.length ? new Map([['id', new Map()]]) : defaultSelection(caps, cls.typename);
    if (fields?.length) addPaths(caps, cls.typename, sel, fields);
    return sel;
  }

  async #fetchIds<C extends EntityClass>(cls: C, ids: readonly string[], sel: Selection, full: boolean) {
    const out: Inst<C>[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
      const chunk = ids.slice(i, i + IDS_PER_REQUEST);
      let items: unknown[];
      try {
        ({ items } = await this.#query(cls, { ids: chunk }, sel));
      } catch (e) {
        // Stash's find-by-ids fails as a whole when one id does not exist ("tag with id 9 not found").
        if (!(e instanceof StashError) || !NOT_FOUND.test(e.message)) throw e;
        items = await this.#fetchEach(cls, chunk, sel, e);
      }
      out.push(...this.#hydrate(cls, items, full));
    }
    return out;
  }

  /**
   * The fallback when some ids are missing: one request with an aliased single-entity find per id (`findTag(id:)`
   * answers null for a missing id); where the server has no such query, the ids it reports missing are dropped one
   * by one.
   */
  async #fetchEach(cls: EntityClass, ids: readonly string[], sel: Selection, first: StashError): Promise<unknown[]> {
    const caps = await this.client.capabilities();
    const single = fieldsOfType(caps, 'Query')?.get(`find${cls.typename}`);
    const idArg = single?.args.find((a) => a.name === 'id');
    if (single && idArg && single.type === cls.typename) {
      const doc = cachedDocument(`each ${single.name}(id:${idArg.type})*${ids.length}{${selectionKey(sel)}}`, () =>
        aliasedDocument(`StoreFind${cls.typename}Each`, single.name, idArg.type, ids.length, sel),
      );
      const variables = Object.fromEntries(ids.map((id, n) => [`id${n}`, id]));
      const { data, error } = await this.client.execute(doc as Parameters<StashClient['execute']>[0], variables);
      if (error && !data) throw error;
      return Object.values((data ?? {}) as Record<string, unknown>).filter((x) => x != null);
    }
    let left = [...ids];
    let error: StashError = first;
    while (left.length) {
      const missing = NOT_FOUND.exec(error.message)?.[1];
      const next = left.filter((id) => id !== missing);
      if (next.length === left.length) throw error;
      left = next;
      if (!left.length) return [];
      try {
        return (await this.#query(cls, { ids: left }, sel)).items;
      } catch (e) {
        if (!(e instanceof StashError) || !NOT_FOUND.test(e.message)) throw e;
        error = e;
      }
    }
    return [];
  }

  // --- reads -----------------------------------------------------------------------------------------------------

  /** Read-through: the cached entity while fresh (and carrying `fields`), else one request; null when missing. */
  async get<C extends EntityClass>(cls: C, id: string, options: GetOptions<C> = {}): Promise<Inst<C> | null> {
    const [e] = await this.getMany(cls, [id], options);
    return e ?? null;
  }

  /**
   * Many ids in one request for all the misses; results align with `ids` (null where the server has none).
   * Concurrent reads of the same entity share one request. Stash's `findTags(ids:)` fails as a whole when one id
   * is missing, so a miss costs a second request: one aliased `findTag(id:)` per id, which answers null for it.
   */
  async getMany<C extends EntityClass>(
    cls: C,
    ids: readonly string[],
    options: GetOptions<C> = {},
  ): Promise<(Inst<C> | null)[]> {
    const fieldsKey = options.fields?.join(',') ?? '';
    const waits = new Map<string, Promise<Entity | null>>();
    const misses: string[] = [];
    for (const id of new Set(ids)) {
      const cached = this.#map.get(cls.typename, id);
      if (cached && this.#isFresh(cached, options.fields)) {
        this.#map.retain(cached);
        waits.set(id, Promise.resolve(cached));
        continue;
      }
      const pending = this.#inflight.get(`${cls.typename}:${id}|${fieldsKey}`);
      if (pending) waits.set(id, pending);
      else misses.push(id);
    }
    if (misses.length) {
      const batch = this.#selection(cls, options.fields, true).then((sel) =>
        this.#fetchIds(cls, misses, sel, !options.fields?.length),
      );
      for (const id of misses) {
        const key = `${cls.typename}:${id}|${fieldsKey}`;
        const p = batch.then((found) => found.find((e) => e.id === id) ?? null);
        this.#inflight.set(key, p);
        waits.set(id, p);
        const done = () => this.#inflight.get(key) === p && this.#inflight.delete(key);
        p.then(done, done);
      }
    }
    const got = new Map<string, Entity | null>();
    for (const [id, p] of waits) got.set(id, await p);
    return ids.map((id) => (got.get(id) ?? null) as Inst<C> | null);
  }

  async #filterOf(
    cls: EntityClass,
    filters: Filters,
  ): Promise<{ caps: StashCapabilities; filter: Record<string, unknown> }> {
    const caps = await this.client.capabilities();
    return { caps, filter: compileFilter(caps, this.#find(cls).filterType, filters) };
  }

  /** Entities matching Django-style lookups or a Q expression, as tracked objects of the identity map. */
  async find<C extends EntityClass>(
    cls: C,
    filters: Filters<C> = {} as Filters<C>,
    options: FindOptions<C> = {},
  ): Promise<Inst<C>[]> {
    const { filter } = await this.#filterOf(cls, filters);
    const sel = await this.#selection(cls, options.fields);
    const sort = { sort: options.sort ?? 'id', direction: options.direction ?? 'ASC' };
    if (options.limit !== undefined) {
      if (!Number.isInteger(options.limit) || options.limit < 1) {
        throw new StashStoreError('invalid-value', `limit must be a positive integer, got ${options.limit}`);
      }
      const { items } = await this.#query(cls, { filter, page: { ...sort, per_page: options.limit, page: 1 } }, sel);
      return this.#hydrate(cls, items, true);
    }
    const out: Inst<C>[] = [];
    for (let page = 1; ; page++) {
      const { items, count } = await this.#query(cls, { filter, page: { ...sort, per_page: PAGE, page } }, sel);
      out.push(...this.#hydrate(cls, items, true));
      // The count says when the last page was read: no extra request for an empty page.
      if (items.length < PAGE || page * PAGE >= count) return out;
    }
  }

  /** Name lookups read only the natural-key fields (and the id): the default tier would cost the server far more. */
  async #findKeys(cls: EntityClass, filters: QExpr, fields: readonly string[]): Promise<Entity[]> {
    const { filter } = await this.#filterOf(cls, filters);
    const sel = await this.#selection(cls, fields, true);
    const out: Entity[] = [];
    for (let page = 1; ; page++) {
      const p = { sort: 'id', direction: 'ASC', per_page: PAGE, page };
      const { items, count } = await this.#query(cls, { filter, page: p }, sel);
      out.push(...this.#hydrate(cls, items, false));
      if (items.length < PAGE || page * PAGE >= count) return out;
    }
  }

  /** @internal Only `fields` (and the id) of every match, as partial entities: ingest's path lookups. */
  findFields(cls: EntityClass, filters: QExpr, fields: readonly string[]): Promise<Entity[]> {
    return this.#findKeys(cls, filters, fields);
  }

  async findOne<C extends EntityClass>(
    cls: C,
    filters: Filters<C> = {} as Filters<C>,
    options: Omit<FindOptions<C>, 'limit'> = {},
  ): Promise<Inst<C> | null> {
    const [e] = await this.find(cls, filters, { ...options, limit: 1 });
    return e ?? null;
  }

  /** How many match (one request, `per_page: 0`). */
  async count<C extends EntityClass>(cls: C, filters: Filters<C> = {} as Filters<C>): Promise<number> {
    const { filter } = await this.#filterOf(cls, filters);
    return (await this.#query(cls, { filter, page: { per_page: 0 } }, null)).count;
  }

  /** find + populate in one request: the selection carries the extra paths. */
  filterAndPopulate<C extends EntityClass>(
    cls: C,
    filters: Filters<C>,
    fields: readonly FieldPathOf<C>[],
  ): Promise<Inst<C>[]> {
    return this.find(cls, filters, { fields });
  }

  async *#pages<C extends EntityClass>(
    cls: C,
    filter: Record<string, unknown>,
    pageSize: number,
    sel: Selection,
    weak: boolean,
  ): AsyncGenerator<Inst<C>[]> {
    const caps = await this.client.capabilities();
    const idCriterion = fieldsOfType(caps, this.#find(cls).filterType)?.get('id')?.type === 'IntCriterionInput';
    const page = { sort: 'id', direction: 'ASC', per_page: pageSize };
    if (idCriterion) {
      // Keyset paging: each page starts after the last id seen, so inserts and deletes never shift a page.
      let after: number | null = null;
      for (;;) {
        const f: Record<string, unknown> = after === null ? filter : andId(filter, after);
        const { entities, size, count }: { entities: Inst<C>[]; size: number; count: number } = await this.#page(
          cls,
          f,
          { ...page, page: 1 },
          sel,
          weak,
        );
        if (!entities.length) return;
        after = Number((entities.at(-1) as Entity).id);
        yield entities;
        // `count` is what matched after the last id: when this page held all of it, there is no next page.
        if (size < pageSize || size >= count) return;
      }
    }
    // Offset paging by id where the filter has no id criterion: ids already yielded are skipped.
    const seen = new Set<string>();
    for (let n = 1; ; n++) {
      const { entities, size, count } = await this.#page(cls, filter, { ...page, page: n }, sel, weak);
      const fresh = entities.filter((e) => !seen.has(e.id));
      for (const e of fresh) seen.add(e.id);
      if (fresh.length) yield fresh;
      if (size < pageSize || n * pageSize >= count) return;
    }
  }

  /** One page, hydrated; the raw answer is dropped here so that a paused iterator holds only entities. */
  async #page<C extends EntityClass>(
    cls: C,
    filter: Record<string, unknown>,
    page: Record<string, unknown>,
    sel: Selection,
    weak: boolean,
  ): Promise<{ entities: Inst<C>[]; size: number; count: number }> {
    // The previous page goes weak now, right before the wait (see StoreIdentityMap).
    if (weak) this.#map.releaseStaged();
    const { items, count } = await this.#query(cls, { filter, page }, sel);
    return { entities: this.#hydrate(cls, items, true, weak), size: items.length, count };
  }

  /**
   * Every match, one page per request, in id order. Entities are held weakly by the store (kept only while the
   * caller keeps them), so memory stays at about one page plus what the caller retains.
   */
  async *findIter<C extends EntityClass>(
    cls: C,
    filters: Filters<C> = {} as Filters<C>,
    options: FindIterOptions<C> = {},
  ): AsyncGenerator<Inst<C>> {
    const pageSize = options.pageSize ?? 500;
    if (!Number.isInteger(pageSize) || pageSize < 1) {
      throw new StashStoreError('invalid-value', `pageSize must be a positive integer, got ${pageSize}`);
    }
    const { filter } = await this.#filterOf(cls, filters);
    const sel = await this.#selection(cls, options.fields);
    try {
      for await (const page of this.#pages(cls, filter, pageSize, sel, true)) {
        // Handed out one by one and dropped from the page as they go: neither this generator nor #pages (whose
        // suspended frames keep the array) holds an entity the caller is done with.
        for (let i = 0; i < page.length; i++) {
          const entity = page[i] as Inst<C>;
          (page as (Inst<C> | undefined)[])[i] = undefined;
          yield entity;
        }
      }
    } finally {
      this.#map.releaseStaged();
    }
  }

  /** Entities updated after `since` (or a saved cursor), oldest first, resumable and weakly held: see changedSince.ts. */
  changedSince<C extends EntityClass>(
    cls: C,
    since: ChangedSinceStart,
    filters: Filters = {},
    options: ChangedSinceOptions = {},
  ): ChangedSince<Inst<C>> {
    return new ChangedSince<Inst<C>>(cls, since, filters, options, {
      capabilities: () => this.client.capabilities(),
      compile: async (f) => (await this.#filterOf(cls, f)).filter,
      page: async (filter, page, fields) => this.#page(cls, filter, page, await this.#selection(cls, fields), true),
      release: () => this.#map.releaseStaged(),
      clock: this.#clock,
    });
  }

  // --- populate --------------------------------------------------------------------------------------------------

  /**
   * Loads `a__b__c` paths on entities, reading only what is missing: one request per entity type and level (ids
   * in bulk), hasMany lists through one filter query on the other side for all owners.
   */
  async populate<T extends Entity | readonly Entity[]>(target: T, paths: readonly PopulatePath<T>[]): Promise<T> {
    const entities = (Array.isArray(target) ? target : [target]) as Entity[];
    const caps = await this.client.capabilities();
    for (const path of paths) await this.#populatePath(caps, entities, path.split('__'));
    return target;
  }

  async #populatePath(caps: StashCapabilities, entities: readonly Entity[], segs: readonly string[]): Promise<void> {
    const [seg, ...rest] = segs as [string, ...string[]];
    const byType = new Map<EntityClass, Entity[]>();
    for (const e of new Set(entities)) {
      if (e.isNew()) continue;
      const cls = e.constructor as EntityClass;
      byType.get(cls)?.push(e) ?? byType.set(cls, [e]);
    }
    for (const [cls, group] of byType) {
      const rel = cls.relations[seg];
      if (rel?.kind === 'hasMany') {
        await this.#loadHasMany(
          rel,
          group.filter((e) => !e.isLoaded(seg)),
        );
        if (rest.length)
          await this.#populatePath(
            caps,
            group.flatMap((e) => valuesOf(e, seg)),
            rest,
          );
        continue;
      }
      if (!fieldsOfType(caps, cls.typename)?.has(seg)) {
        throw new StashStoreError('unknown-field', `${cls.typename} has no field ${JSON.stringify(seg)}`, [
          ...(fieldsOfType(caps, cls.typename)?.keys() ?? []),
          ...Object.keys(cls.relations),
        ]);
      }
      const missing = group.filter((e) => !e.isLoaded(seg));
      const loaded = group.filter((e) => e.isLoaded(seg));
      if (rest.length && loaded.length) {
        const next = loaded.flatMap((e) => valuesOf(e, seg));
        const nextType = next[0]?.typename;
        if (
          nextType &&
          ENTITY_META[nextType].find &&
          queryHasArg(caps, ENTITY_META[nextType].find?.query ?? '', 'ids')
        ) {
          await this.#populatePath(caps, next, rest);
        } else {
          // Not readable by id on its own (files): read it again through the owner.
          missing.push(...loaded.filter((e) => !pathLoaded(e, segs)));
        }
      }
      if (missing.length) {
        const sel: Selection = new Map([['id', new Map()]]);
        addPaths(caps, cls.typename, sel, [segs.join('__')]);
        await this.#fetchIds(
          cls,
          missing.map((e) => e.id),
          sel,
          false,
        );
      }
    }
  }

  async #loadHasMany(rel: HasMany, owners: readonly Entity[]): Promise<void> {
    if (!owners.length) return;
    const target = entityClassOf(rel.target);
    const caps = await this.client.capabilities();
    const sel = defaultSelection(caps, rel.target, 0, true);
    addPaths(caps, rel.target, sel, [`${rel.inverse}__id`]);
    const criterion: Record<string, unknown> = { value: owners.map((o) => o.id), modifier: 'INCLUDES' };
    if (
      fieldsOfType(caps, this.#find(target).filterType)?.get(rel.criterion)?.type === 'HierarchicalMultiCriterionInput'
    ) {
      criterion.depth = 0;
    }
    const lists = new Map<Entity, Entity[]>(owners.map((o) => [o, []]));
    for await (const page of this.#pages(target, { [rel.criterion]: criterion }, PAGE, sel, false)) {
      for (const item of page) {
        for (const owner of valuesOf(item, rel.inverse)) lists.get(owner)?.push(item);
      }
    }
    for (const [owner, items] of lists) loadRelation(owner, rel.name, items);
  }

  // --- get or create ---------------------------------------------------------------------------------------------

  /**
   * The entity Stash would consider the same (see `naturalKeys/rules.ts`: names trimmed and compared the way Stash
   * does, tags and studios also by alias, performers with their disambiguation), else a new one created from `props`.
   * The store's name index is checked first, so a name it already knows costs no request. Throws a
   * StashNameConflictError when Stash would refuse the name because of another entity (a LIKE clash).
   */
  async getOrCreate<C extends EntityClass>(
    cls: C,
    props: string | GetOrCreateProps<C>,
    options: { onCreate?: ((entity: Inst<C>) => void) | undefined } = {},
  ): Promise<Inst<C>> {
    const [outcome] = await this.getOrCreateMany(cls, [props]);
    if (!outcome?.ok) throw outcome?.error;
    // Only the call that created it hears about it; concurrent callers for the same name just get the entity.
    if (outcome.created) options.onCreate?.(outcome.entity);
    return outcome.entity;
  }

  /**
   * getOrCreate for many names in a constant number of requests: one lookup for every name and alias the store does
   * not know yet, one batched create for the missing, one re-lookup for creates lost to a concurrent writer.
   * Outcomes align with `items`; one item's problem (a blank name, a conflict, a server refusal) is its outcome,
   * and only a run-wide failure (connection, auth) rejects.
   */
  async getOrCreateMany<C extends EntityClass>(
    cls: C,
    items: readonly (string | Readonly<Record<string, unknown>>)[],
  ): Promise<GetOrCreateOutcome<Inst<C>>[]> {
    const outcomes = await this.#names.getOrCreateMany(cls, items);
    for (const o of outcomes) if (o.ok) this.#map.retain(o.entity);
    return outcomes as GetOrCreateOutcome<Inst<C>>[];
  }

  // --- saving ----------------------------------------------------------------------------------------------------

  /**
   * Saves entities (and new entities they reference) through the orm's dependency-ordered batches. Failed entities
   * keep every change; run again to finish them. Aggregates the changes make stale are invalidated.
   */
  async saveBatch<E extends Entity>(
    entities: Iterable<E>,
    options: Omit<SaveOptions, 'identityMap'> = {},
  ): Promise<SaveResult<E>> {
    const list = [...entities];
    const stale = new Set<string>();
    for (const e of list) {
      const cls = e.constructor as EntityClass;
      const changed = e.isNew() ? Object.keys(cls.relations) : e.dirtyFields();
      for (const f of changed) {
        const t = cls.relations[f]?.target;
        if (t) stale.add(t);
      }
      if (e.isNew() || changed.length) stale.add(e.typename);
    }
    const result = await saveMany(this.client, list, { ...options, identityMap: this.#map });
    // A create whose answer was lost may have been applied: find it by its name before anyone creates it again.
    await reconcileUncertain(result, {
      query: async (cls, q) => {
        const { filter } = await this.#filterOf(cls, q);
        const page = { per_page: PAGE, page: 1, sort: 'id', direction: 'ASC' };
        return (await this.#query(cls, { filter, page }, await this.#selection(cls))).items as Record<
          string,
          unknown
        >[];
      },
      adopt: (entity, payload) => {
        if (this.#map.get(entity.typename, String(payload.id))) return false;
        adoptServerEntity(entity, payload as { id: string }, this.#map);
        return true;
      },
    });
    for (const e of [...result.saved, ...result.references]) {
      this.#tracked.delete(e);
      this.#map.retain(e);
    }
    this.#nameIndex.add([...result.saved, ...result.references]);
    // Counts (scene_count, tag_count …) on the other side changed: read them again on next use.
    for (const t of stale) if (t !== undefined) this.#typeGen.set(t, ++this.#gen);
    this.#touch([...result.saved, ...result.references], false);
    return result;
  }

  /** Saves every new (tracked) or dirty entity of the identity map. */
  saveAll(options: Omit<SaveOptions, 'identityMap'> = {}): Promise<SaveResult<Entity>> {
    const dirty = [...this.#tracked];
    for (const e of this.#map.values()) if (e.isDirty()) dirty.push(e);
    return this.saveBatch(dirty, options);
  }
}

function andId(filter: Record<string, unknown>, after: number): Record<string, unknown> {
  const id = { value: after, modifier: 'GREATER_THAN' };
  if (!('id' in filter) && !filter.AND && !filter.OR && !filter.NOT) return { ...filter, id };
  return { id, AND: filter };
}

function queryHasArg(caps: StashCapabilities, query: string, arg: string): boolean {
  return !!fieldsOfType(caps, 'Query')
    ?.get(query)
    ?.args.some((a) => a.name === arg);
}

function findableTypes(): string[] {
  return Object.values(ENTITY_META)
    .filter((m) => m.find?.resultField)
    .map((m) => m.typename);
}

const CLASS_BY_NAME = new Map<string, EntityClass>((allEntities as readonly EntityClass[]).map((c) => [c.typename, c]));
function entityClassOf(typename: string): EntityClass {
  const cls = CLASS_BY_NAME.get(typename);
  if (!cls) throw new StashStoreError('unknown-type', `${typename} is not an entity type`, [...CLASS_BY_NAME.keys()]);
  return cls;
}

/** What a field holds, as a list: nothing, a reference, a RelationList, or an array (e.g. SceneGroup wrappers). */
function itemsOf(e: Entity, field: string): unknown[] {
  const v = (e as unknown as Record<string, unknown>)[field];
  if (v == null) return [];
  if (typeof (v as { toArray?: unknown | undefined }).toArray === 'function')
    return [...(v as { toArray(): unknown[] }).toArray()];
  return Array.isArray(v) ? v : [v];
}

/** The entities a field holds. */
function valuesOf(e: Entity, field: string): Entity[] {
  return itemsOf(e, field).filter((x): x is Entity => x instanceof Entity);
}

function pathLoaded(e: Entity, segs: readonly string[]): boolean {
  const [seg, ...rest] = segs as [string, ...string[]];
  try {
    if (!e.isLoaded(seg)) return false;
  } catch (err) {
    if (err instanceof StashError) return false;
    throw err;
  }
  if (!rest.length) return true;
  const items = itemsOf(e, seg);
  return items.every((x) =>
    x instanceof Entity ? pathLoaded(x, rest) : x && typeof x === 'object' ? Object.hasOwn(x, rest[0] as string) : true,
  );
}
