import type { StashClient } from '@stash-graphql/core';
import {
  type Entity,
  type EntityClass,
  IdentityMap,
  type PlannedSave,
  planSave,
  type SaveOptions,
  type SaveResult,
} from '@stash-graphql/orm';
import type { ChangedSince, ChangedSinceOptions, ChangedSinceStart } from './changedSince.js';
import { EntityLoader } from './EntityLoader.js';
import { EntityReader } from './EntityReader.js';
import { EntitySaver } from './EntitySaver.js';
import { Freshness } from './Freshness.js';
import { GetOrCreate } from './GetOrCreate.js';
import type { GetOrCreateOutcome } from './naturalKeys/NameResolver.js';
import type { PlanOptions } from './PlanOptions.js';
import { Populator } from './Populator.js';
import type { QExpr } from './Q.js';
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
  /** How long a fetched entity is served from memory (and kept alive for it). Default 60 s. */
  defaultTtlMs?: number | undefined;
  /** Per-type TTL, e.g. `{ Tag: 600_000 }`. */
  ttlByType?: Readonly<Record<string, number>> | undefined;
  /** Milliseconds now; injectable for tests. Default `Date.now`. */
  clock?: (() => number) | undefined;
}

type Inst<C extends EntityClass> = InstanceType<C>;

/**
 * One identity map per store over one client: the same Type:id is the same object across every read, with TTL
 * freshness, read-through gets, Django-style finds, lazy iteration, batched populate, get-or-create and saveAll.
 */
export class StashEntityStore {
  readonly client: StashClient;
  readonly #map = new IdentityMap();
  readonly #freshness: Freshness;
  readonly #loader: EntityLoader;
  readonly #populator: Populator;
  readonly #names: GetOrCreate;
  readonly #saver: EntitySaver;

  constructor(client: StashClient, options: StashEntityStoreOptions = {}) {
    this.client = client;
    // Each concern gets what it needs, never the store: the name index hears every read and save through callbacks.
    this.#freshness = new Freshness(options);
    const base = { client, map: this.#map, freshness: this.#freshness };
    const reader = new EntityReader({ ...base, onHydrate: (cls, entities) => this.#names.index(cls, entities) });
    this.#loader = new EntityLoader({ ...base, reader });
    this.#populator = new Populator({ client, reader });
    this.#names = new GetOrCreate({
      ...base,
      findKeys: (cls, q, fields) => this.#loader.findKeys(cls, q, fields),
      saveBatch: (entities, returning) => this.saveBatch(entities, { returning }),
    });
    this.#saver = new EntitySaver({ ...base, reader, onSaved: (entities) => this.#names.index(undefined, entities) });
  }

  /** The store's identity map (shared with the orm's hydrate and saveMany). */
  get identityMap(): IdentityMap {
    return this.#map;
  }

  /** Marks one entity, or every entity of a type, as stale: the next get reads it again. */
  invalidate(target: Entity | EntityClass): void {
    this.#freshness.invalidate(target);
  }

  /** Forgets everything: identity map, freshness, tracked new entities. */
  clear(): void {
    this.#map.clear();
    this.#freshness.clear();
    this.#names.clear();
  }

  /** Tracks a new entity so that saveAll creates it. */
  track<E extends Entity>(entity: E): E {
    this.#map.track(entity);
    return entity;
  }

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
  getMany<C extends EntityClass>(
    cls: C,
    ids: readonly string[],
    options: GetOptions<C> = {},
  ): Promise<(Inst<C> | null)[]> {
    return this.#loader.getMany(cls, ids, options);
  }

  /** Entities matching Django-style lookups or a Q expression, as tracked objects of the identity map. */
  find<C extends EntityClass>(
    cls: C,
    filters: Filters<C> = {} as Filters<C>,
    options: FindOptions<C> = {},
  ): Promise<Inst<C>[]> {
    return this.#loader.find(cls, filters, options);
  }

  /** @internal Only `fields` (and the id) of every match, as partial entities: ingest's path lookups. */
  findFields(cls: EntityClass, filters: QExpr, fields: readonly string[]): Promise<Entity[]> {
    return this.#loader.findKeys(cls, filters, fields);
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
  count<C extends EntityClass>(cls: C, filters: Filters<C> = {} as Filters<C>): Promise<number> {
    return this.#loader.count(cls, filters);
  }

  /** find + populate in one request: the selection carries the extra paths. */
  filterAndPopulate<C extends EntityClass>(
    cls: C,
    filters: Filters<C>,
    fields: readonly FieldPathOf<C>[],
  ): Promise<Inst<C>[]> {
    return this.find(cls, filters, { fields });
  }

  /**
   * Every match, one page per request, in id order. Entities are held weakly by the store (kept only while the
   * caller keeps them), so memory stays at about one page plus what the caller retains.
   */
  findIter<C extends EntityClass>(
    cls: C,
    filters: Filters<C> = {} as Filters<C>,
    options: FindIterOptions<C> = {},
  ): AsyncGenerator<Inst<C>> {
    return this.#loader.findIter(cls, filters, options);
  }

  /** Entities updated after `since` (or a saved cursor), oldest first, resumable and weakly held: see changedSince.ts. */
  changedSince<C extends EntityClass>(
    cls: C,
    since: ChangedSinceStart,
    filters: Filters = {},
    options: ChangedSinceOptions = {},
  ): ChangedSince<Inst<C>> {
    return this.#loader.changedSince(cls, since, filters, options);
  }

  /**
   * Loads `a__b__c` paths on entities, reading only what is missing: one request per entity type and level (ids
   * in bulk), hasMany lists through one filter query on the other side for all owners.
   */
  populate<T extends Entity | readonly Entity[]>(target: T, paths: readonly PopulatePath<T>[]): Promise<T> {
    return this.#populator.populate(target, paths);
  }

  /**
   * The entity Stash would consider the same (see `naturalKeys/rules.ts`: names trimmed and compared the way Stash
   * does, tags and studios also by alias, performers with their disambiguation), else a new one created from `props`.
   * The store's name index is checked first, so a name it already knows costs no request. Throws a
   * StashNameConflictError when Stash would refuse the name because of another entity (a LIKE clash).
   */
  getOrCreate<C extends EntityClass>(
    cls: C,
    props: string | GetOrCreateProps<C>,
    options: { onCreate?: ((entity: Inst<C>) => void) | undefined } = {},
  ): Promise<Inst<C>> {
    return this.#names.getOrCreate(cls, props, options);
  }

  /**
   * getOrCreate for many names in a constant number of requests: one lookup for every name and alias the store does
   * not know yet, one batched create for the missing, one re-lookup for creates lost to a concurrent writer.
   * Outcomes align with `items`; one item's problem (a blank name, a conflict, a server refusal) is its outcome,
   * and only a run-wide failure (connection, auth) rejects.
   */
  getOrCreateMany<C extends EntityClass>(
    cls: C,
    items: readonly (string | Readonly<Record<string, unknown>>)[],
  ): Promise<GetOrCreateOutcome<Inst<C>>[]> {
    return this.#names.getOrCreateMany(cls, items);
  }

  /**
   * Saves entities (and new entities they reference) through the orm's dependency-ordered batches. Failed entities
   * keep every change; run again to finish them. Aggregates the changes make stale are invalidated.
   */
  saveBatch<E extends Entity>(
    entities: Iterable<E>,
    options: Omit<SaveOptions, 'identityMap'> = {},
  ): Promise<SaveResult<E>> {
    return this.#saver.saveBatch(entities, options);
  }

  /** Saves every new (tracked) or dirty entity of the identity map. */
  saveAll(options: Omit<SaveOptions, 'identityMap'> = {}): Promise<SaveResult<Entity>> {
    return this.#saver.saveAll(options);
  }

  /**
   * The dry run of `saveAll` (or of `saveBatch(entities)`): every operation it would send, in order and batched as it
   * would batch them, and the diff per entity; nothing is sent and nothing is marked saved (see docs/dry-run.md).
   */
  plan(options: PlanOptions = {}): PlannedSave {
    const { entities, ...rest } = options;
    return planSave(entities ? [...entities] : this.#map.unsaved(), rest);
  }
}
