import type { StashClient } from '@stash-graphql/core';
import {
  type Entity,
  type EntityClass,
  type IdentityMap,
  type SaveOptions,
  type SaveResult,
  saveMany,
} from '@stash-graphql/orm';
import { adoptServerEntity } from '@stash-graphql/orm/internal';
import { type EntityReader, PAGE } from './EntityReader.js';
import type { Freshness } from './Freshness.js';
import { reconcileUncertain } from './naturalKeys/reconcileUncertain.js';

const TARGETS = new WeakMap<EntityClass, readonly string[]>();

/** The types a class's relations point at: a new entity's creation moves their counts. */
function relationTargets(cls: EntityClass): readonly string[] {
  let out = TARGETS.get(cls);
  if (!out) {
    out = [...new Set(Object.values(cls.relations).flatMap((r) => (r?.target ? [r.target] : [])))];
    TARGETS.set(cls, out);
  }
  return out;
}

/** What saving works on; `onSaved` hears every entity a save wrote. */
export interface EntitySaverDeps {
  readonly client: StashClient;
  readonly map: IdentityMap;
  readonly freshness: Freshness;
  readonly reader: EntityReader;
  onSaved(entities: readonly Entity[]): void;
}

/**
 * The store's writes: saveBatch through the orm's saveMany with the store's identity map, then the store's
 * bookkeeping (lost creates reconciled, aggregates marked stale, stamps); saveAll of what is tracked or dirty.
 */
export class EntitySaver {
  readonly #client: StashClient;
  readonly #map: IdentityMap;
  readonly #freshness: Freshness;
  readonly #reader: EntityReader;
  readonly #onSaved: EntitySaverDeps['onSaved'];

  constructor(deps: EntitySaverDeps) {
    this.#client = deps.client;
    this.#map = deps.map;
    this.#freshness = deps.freshness;
    this.#reader = deps.reader;
    this.#onSaved = deps.onSaved;
  }

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
      if (e.isNew()) {
        for (const t of relationTargets(cls)) stale.add(t);
        stale.add(e.typename);
        continue;
      }
      const changed = e.dirtyFields();
      for (const f of changed) {
        const t = cls.relations[f]?.target;
        if (t) stale.add(t);
      }
      if (changed.length) stale.add(e.typename);
    }
    const result = await saveMany(this.#client, list, { ...options, identityMap: this.#map });
    // A create whose answer was lost may have been applied: find it by its name before anyone creates it again.
    await reconcileUncertain(result, {
      query: async (cls, q) => {
        const { filter } = await this.#reader.filterOf(cls, q);
        const page = { per_page: PAGE, page: 1, sort: 'id', direction: 'ASC' };
        return (await this.#reader.query(cls, { filter, page }, await this.#reader.selection(cls))).items as Record<
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
    // Saved: no longer tracked, and held weakly by the map once clean (the freshness keep holds it for its TTL).
    const saved = result.references.length ? [...result.saved, ...result.references] : result.saved;
    for (const e of saved) this.#map.settle(e);
    this.#onSaved(saved);
    // Counts (scene_count, tag_count …) on the other side changed: read them again on next use.
    this.#freshness.staleAggregates(stale);
    this.#freshness.touch(saved, false);
    return result;
  }

  /** Saves every new (tracked) or dirty entity of the identity map. */
  saveAll(options: Omit<SaveOptions, 'identityMap'> = {}): Promise<SaveResult<Entity>> {
    return this.saveBatch(this.#map.unsaved(), options);
  }
}
