import type { StashClient } from '@stash-graphql/core';
import type { Entity, EntityClass, IdentityMap } from '@stash-graphql/orm';
import { ChangedSince, type ChangedSinceOptions, type ChangedSinceStart } from './changedSince.js';
import { type EntityReader, PAGE } from './EntityReader.js';
import type { Freshness } from './Freshness.js';
import type { QExpr } from './Q.js';
import { StashStoreError } from './StashStoreError.js';
import type { Filters, FindIterOptions, FindOptions, GetOptions } from './types/storeTypes.js';

type Inst<C extends EntityClass> = InstanceType<C>;

/** What the loader works on. */
export interface EntityLoaderDeps {
  readonly client: StashClient;
  readonly map: IdentityMap;
  readonly freshness: Freshness;
  readonly reader: EntityReader;
}

/**
 * The store's reads as the caller sees them: read-through gets (fresh entities from memory, concurrent reads of one
 * entity sharing a request), finds, counts, lazy iteration and changedSince, all over EntityReader.
 */
export class EntityLoader {
  readonly #client: StashClient;
  readonly #map: IdentityMap;
  readonly #freshness: Freshness;
  readonly #reader: EntityReader;
  readonly #inflight = new Map<string, Promise<Entity | null>>();

  constructor(deps: EntityLoaderDeps) {
    this.#client = deps.client;
    this.#map = deps.map;
    this.#freshness = deps.freshness;
    this.#reader = deps.reader;
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
      if (cached && this.#freshness.isFresh(cached, options.fields)) {
        this.#freshness.keep(cached);
        waits.set(id, Promise.resolve(cached));
        continue;
      }
      const pending = this.#inflight.get(`${cls.typename}:${id}|${fieldsKey}`);
      if (pending) waits.set(id, pending);
      else misses.push(id);
    }
    if (misses.length) {
      const batch = this.#reader
        .selection(cls, options.fields, true)
        .then((sel) => this.#reader.fetchIds(cls, misses, sel, !options.fields?.length));
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

  /** Entities matching Django-style lookups or a Q expression, as tracked objects of the identity map. */
  async find<C extends EntityClass>(
    cls: C,
    filters: Filters<C> = {} as Filters<C>,
    options: FindOptions<C> = {},
  ): Promise<Inst<C>[]> {
    const { filter } = await this.#reader.filterOf(cls, filters);
    const sel = await this.#reader.selection(cls, options.fields);
    const sort = { sort: options.sort ?? 'id', direction: options.direction ?? 'ASC' };
    if (options.limit !== undefined) {
      if (!Number.isInteger(options.limit) || options.limit < 1) {
        throw new StashStoreError('invalid-value', `limit must be a positive integer, got ${options.limit}`);
      }
      const { items } = await this.#reader.query(
        cls,
        { filter, page: { ...sort, per_page: options.limit, page: 1 } },
        sel,
      );
      return this.#reader.hydrate(cls, items, true);
    }
    const out: Inst<C>[] = [];
    for (let page = 1; ; page++) {
      const { items, count } = await this.#reader.query(cls, { filter, page: { ...sort, per_page: PAGE, page } }, sel);
      out.push(...this.#reader.hydrate(cls, items, true));
      // The count says when the last page was read: no extra request for an empty page.
      if (items.length < PAGE || page * PAGE >= count) return out;
    }
  }

  /**
   * Name and path lookups read only the key fields (and the id): the default tier would cost the server far more.
   * One request for every match (`per_page: -1`), with neither count nor sort: Stash would run the filter twice to
   * count, and an ORDER BY or a LIMIT costs it more than ordering a lookup's few rows by id here.
   */
  async findKeys(cls: EntityClass, filters: QExpr, fields: readonly string[]): Promise<Entity[]> {
    const { filter } = await this.#reader.filterOf(cls, filters);
    const sel = await this.#reader.selection(cls, fields, true);
    const { items } = await this.#reader.query(cls, { filter, page: { per_page: -1 } }, sel, false);
    return this.#reader.hydrate(cls, items, false).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** How many match (one request, `per_page: 0`). */
  async count<C extends EntityClass>(cls: C, filters: Filters<C> = {} as Filters<C>): Promise<number> {
    const { filter } = await this.#reader.filterOf(cls, filters);
    return (await this.#reader.query(cls, { filter, page: { per_page: 0 } }, null)).count;
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
    const { filter } = await this.#reader.filterOf(cls, filters);
    const sel = await this.#reader.selection(cls, options.fields);
    for await (const page of this.#reader.pages(cls, filter, pageSize, sel, true)) {
      // Handed out one by one and dropped from the page as they go: neither this generator nor #pages (whose
      // suspended frames keep the array) holds an entity the caller is done with.
      for (let i = 0; i < page.length; i++) {
        const entity = page[i] as Inst<C>;
        (page as (Inst<C> | undefined)[])[i] = undefined;
        yield entity;
      }
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
      capabilities: () => this.#client.capabilities(),
      compile: async (f) => (await this.#reader.filterOf(cls, f)).filter,
      page: async (filter, page, fields) =>
        this.#reader.page(cls, filter, page, await this.#reader.selection(cls, fields), true),
      clock: this.#freshness.clock,
    });
  }
}
