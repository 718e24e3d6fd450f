import { Entity, type EntityClass } from '@stash-graphql/orm';
import { pathLoaded } from './entityPaths.js';

export interface FreshnessOptions {
  /** How long a fetched entity is served from memory. Default 60 s. */
  defaultTtlMs?: number | undefined;
  /** Per-type TTL, e.g. `{ Tag: 600_000 }`. */
  ttlByType?: Readonly<Record<string, number>> | undefined;
  /** Milliseconds now; injectable for tests. Default `Date.now`. */
  clock?: (() => number) | undefined;
}

interface Stamp {
  readonly at: number;
  readonly gen: number;
  /** Fetched with the default selection (every field). */
  readonly full: boolean;
}

/**
 * When the store last read each entity, beside the identity map (which holds clean entities only weakly): an entity
 * is served from memory while its stamp is within its type's TTL and no invalidation came after it (TanStack
 * Query's staleTime). Like TanStack's Removable (gcTime), an entity a get, find or populate read is also kept alive
 * here until its TTL ends, so a read-through cache hit does not depend on the caller holding on to it; streamed
 * reads (findIter, changedSince) are stamped but not kept, so their memory stays bounded by what the caller keeps.
 * Expired keeps are dropped in insertion order at the next read (no timers).
 */
export class Freshness {
  readonly clock: () => number;
  readonly #defaultTtl: number;
  readonly #ttlByType: Readonly<Record<string, number>>;
  #fresh = new WeakMap<Entity, Stamp>();
  #gen = 0;
  #typeGen = new Map<string, number>();
  /** Types the caller invalidated (the name index follows only these, see namesFresh). */
  #namesGen = new Map<string, number>();
  /** Type → entity → when its keep ends, in the order of the last read (a Map keeps insertion order). */
  #kept = new Map<string, Map<Entity, number>>();

  constructor(options: FreshnessOptions = {}) {
    this.#defaultTtl = options.defaultTtlMs ?? 60_000;
    this.#ttlByType = options.ttlByType ?? {};
    this.clock = options.clock ?? Date.now;
  }

  #ttl(typename: string): number {
    return this.#ttlByType[typename] ?? this.#defaultTtl;
  }

  /** Within the TTL, not invalidated, and carrying `fields` (else: read with the default selection). */
  isFresh(e: Entity, fields?: readonly string[]): boolean {
    const f = this.#fresh.get(e);
    if (!f || f.gen <= (this.#typeGen.get(e.typename) ?? 0)) return false;
    if (this.clock() - f.at >= this.#ttl(e.typename)) return false;
    return fields ? fields.every((p) => pathLoaded(e, p.split('__'))) : f.full;
  }

  /**
   * Fresh enough to answer a name lookup: within the TTL and not invalidated by the caller. Saves mark whole types
   * stale for their aggregates (counts), which says nothing about names, so that mark is ignored here.
   */
  namesFresh(e: Entity, fields: readonly string[]): boolean {
    const f = this.#fresh.get(e);
    if (!f || f.gen <= (this.#namesGen.get(e.typename) ?? 0)) return false;
    if (this.clock() - f.at >= this.#ttl(e.typename)) return false;
    return fields.every((p) => pathLoaded(e, [p]));
  }

  /** Stamps entities just read (`full`: with the default selection); `keep`: hold them until their TTL ends. */
  touch(entities: readonly Entity[], full: boolean, keep = true): void {
    const at = this.clock();
    const gen = ++this.#gen;
    // Stamps are values: the entities of one read share the two this read can give.
    const fullStamp: Stamp = { at, gen, full: true };
    const partialStamp: Stamp = full ? fullStamp : { at, gen, full: false };
    for (const e of entities) {
      const before = this.#fresh.get(e);
      // A partial read refreshes nothing it did not read: keep `full` only while the old record is still valid.
      const stillFull = !full && !!before && before.full && this.isFresh(e);
      this.#fresh.set(e, full || stillFull ? fullStamp : partialStamp);
    }
    if (keep) this.#keep(entities, at);
  }

  /** Keeps an entity served from memory alive until its current stamp's TTL ends (a cache hit, like a new observer). */
  keep(e: Entity): void {
    const f = this.#fresh.get(e);
    if (!f) return;
    let kept = this.#kept.get(e.typename);
    if (!kept) {
      kept = new Map();
      this.#kept.set(e.typename, kept);
    }
    kept.delete(e);
    kept.set(e, f.at + this.#ttl(e.typename));
  }

  #keep(entities: readonly Entity[], at: number): void {
    let typename: string | undefined;
    let kept: Map<Entity, number> | undefined;
    let until = 0;
    for (const e of entities) {
      if (e.typename !== typename) {
        typename = e.typename;
        kept = this.#kept.get(typename);
        if (!kept) {
          kept = new Map();
          this.#kept.set(typename, kept);
        }
        until = at + this.#ttl(typename);
        for (const [old, end] of kept) {
          if (end > at) break;
          kept.delete(old);
        }
      }
      kept?.delete(e);
      kept?.set(e, until);
    }
  }

  /** Marks one entity, or every entity of a type, as stale. */
  invalidate(target: Entity | EntityClass): void {
    if (target instanceof Entity) {
      this.#fresh.delete(target);
      this.#kept.get(target.typename)?.delete(target);
    } else {
      this.#typeGen.set(target.typename, ++this.#gen);
      this.#namesGen.set(target.typename, this.#gen);
      this.#kept.delete(target.typename);
    }
  }

  /** Marks the aggregates (counts) of these types stale after a save; names stay fresh. */
  staleAggregates(typenames: Iterable<string>): void {
    for (const t of typenames) if (t !== undefined) this.#typeGen.set(t, ++this.#gen);
  }

  clear(): void {
    this.#fresh = new WeakMap();
    this.#typeGen = new Map();
    this.#namesGen = new Map();
    this.#kept = new Map();
  }
}
