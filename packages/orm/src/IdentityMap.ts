import { Entity, stateOf } from './Entity.js';
import { unwatchWrites, watchWrites } from './writeWatch.js';

/** `Type:id` for an entity or a payload with `__typename` and `id` (Apollo's `identify`); undefined otherwise. */
export function identify(value: unknown): string | undefined {
  if (value instanceof Entity) return `${value.typename}:${value.id}`;
  if (typeof value === 'object' && value !== null) {
    const { __typename, id } = value as { __typename?: unknown; id?: unknown };
    if (typeof __typename === 'string' && typeof id === 'string') return `${__typename}:${id}`;
  }
  return undefined;
}

/** How the map holds an entity: `strong` (dirty or tracked: never lost) or `weak` (clean: kept while used). */
export type Hold = 'strong' | 'weak';

/** A weak entry; a plain WeakRef (a subclass of it costs a slower construction path per entity). */
type EntityRef = WeakRef<Entity>;

/** Sweeps of collected entries wait until the weak tier has doubled since the last one, and at least this. */
const MIN_SWEEP = 1024;

/**
 * One object per `Type:id`: hydration reuses what is here and adds what it creates. Holds saved entities; a new
 * entity joins when `saveMany` is given the map and the server assigns its id.
 *
 * An entity with unsaved changes, or one the caller tracks, is held strongly: nothing a user changed is lost before
 * it is saved. A clean entity is held weakly (WeakRef), so reading many entities keeps only what the caller keeps;
 * entries of collected entities are swept once the weak tier has doubled since the last sweep (amortized O(1) per
 * add). An entity moves to the strong tier on its first write (the entity tells its watcher, see writeWatch.ts), and
 * back to the weak tier when the map next sees it clean: when a save through the map settles it, when hydration
 * meets it again, or when `unsaved()` walks past it.
 *
 * No FinalizationRegistry: registering every entity made hydration about 1.3× slower in a side-by-side run (bare
 * WeakRef map ≈ 1.0–1.15× of a plain Map; bench/store.ts section 4 prints the weak-vs-strong ratio). The sweep
 * runs in a task of its own, because `deref()` keeps an object alive until the end of the job that called it, and
 * a sweep inside a findIter page would so keep the previous page alive one page longer.
 */
export class IdentityMap {
  // Type → id → entity (strong) or EntityRef (weak): a lookup hashes the id string only.
  readonly #byType = new Map<string, Map<string, Entity | EntityRef>>();
  /** Tracked entities: held strongly until saved, whether dirty or not; new ones wait here for their id. */
  readonly #tracked = new Set<Entity>();
  #weakAdds = 0;
  #sweepAt = MIN_SWEEP;
  #sweeping: Promise<void> | undefined;

  get(typename: string, id: string): Entity | undefined {
    const v = this.#byType.get(typename)?.get(id);
    return v instanceof WeakRef ? v.deref() : v;
  }

  /** Adds (or re-classifies) a saved entity: strong while dirty or tracked, else weak. New entities are ignored. */
  add(entity: Entity): void {
    if (entity.isNew()) return;
    const typename = entity.typename;
    let byId = this.#byType.get(typename);
    if (!byId) {
      byId = new Map();
      this.#byType.set(typename, byId);
    }
    this.#put(byId, entity);
  }

  #put(byId: Map<string, Entity | EntityRef>, entity: Entity): void {
    const id = entity.id;
    const had = byId.get(id);
    if (entity.isDirty() || (this.#tracked.size > 0 && this.#tracked.has(entity))) {
      if (had === entity) return;
      byId.set(id, entity);
      unwatchWrites(stateOf(entity), this);
      return;
    }
    if (had instanceof WeakRef && had.deref() === entity) return;
    byId.set(id, new WeakRef(entity));
    watchWrites(stateOf(entity), this);
    if (++this.#weakAdds >= this.#sweepAt && !this.#sweeping) {
      this.#sweeping = new Promise((resolve) => {
        setTimeout(() => resolve(this.#sweep()), 0).unref?.();
      });
    }
  }

  /**
   * The queued sweep of collected entries, if one is queued: a test awaits it instead of guessing when it ran.
   * @internal
   */
  get sweeping(): Promise<void> | undefined {
    return this.#sweeping;
  }

  /** Drops the entries whose entity was collected. */
  #sweep(): void {
    this.#sweeping = undefined;
    let live = 0;
    for (const byId of this.#byType.values()) {
      for (const [id, v] of byId) {
        if (!(v instanceof WeakRef)) continue;
        if (v.deref() === undefined) byId.delete(id);
        else live++;
      }
    }
    this.#weakAdds = 0;
    this.#sweepAt = Math.max(MIN_SWEEP, live);
  }

  /**
   * The entity is about to be written to: hold it strongly from now on (called by the entity, see writeWatch.ts).
   * @internal
   */
  wrote(entity: Entity): void {
    const byId = this.#byType.get(entity.typename);
    const had = byId?.get(entity.id);
    if (!byId || !(had instanceof WeakRef) || had.deref() !== entity) return;
    byId.set(entity.id, entity);
  }

  /** Holds an entity strongly until it is saved (`settle`), even while clean; a new one until it has an id. */
  track(entity: Entity): void {
    this.#tracked.add(entity);
    this.add(entity);
  }

  /** The entity was saved: it is no longer tracked, and is held weakly once clean. */
  settle(entity: Entity): void {
    this.#tracked.delete(entity);
    this.add(entity);
  }

  delete(entity: Entity): void {
    this.#tracked.delete(entity);
    const byId = this.#byType.get(entity.typename);
    const had = byId?.get(entity.id);
    if (had === entity) byId?.delete(entity.id);
    else if (had instanceof WeakRef && had.deref() === entity) {
      byId?.delete(entity.id);
      unwatchWrites(stateOf(entity), this);
    }
  }

  /** Forgets every entity. */
  clear(): void {
    for (const byId of this.#byType.values()) {
      for (const v of byId.values()) {
        const e = v instanceof WeakRef ? v.deref() : undefined;
        if (e) unwatchWrites(stateOf(e), this);
      }
    }
    this.#byType.clear();
    this.#tracked.clear();
  }

  /** How the map holds the entity (undefined: not here). For tests and diagnostics. */
  holdOf(entity: Entity): Hold | undefined {
    if (entity.isNew()) return this.#tracked.has(entity) ? 'strong' : undefined;
    const v = this.#byType.get(entity.typename)?.get(entity.id);
    if (v === entity) return 'strong';
    return v instanceof WeakRef && v.deref() === entity ? 'weak' : undefined;
  }

  /** Entries, counting weak ones whose entity was collected but not yet swept. */
  get size(): number {
    let n = 0;
    for (const byId of this.#byType.values()) n += byId.size;
    return n;
  }

  /** The live entities with an id. */
  *values(): IterableIterator<Entity> {
    for (const byId of this.#byType.values()) {
      for (const v of byId.values()) {
        const e = v instanceof WeakRef ? v.deref() : v;
        if (e) yield e;
      }
    }
  }

  /**
   * What a save of everything would write: tracked new entities, then every dirty entity. Strong entries found
   * clean (reverted, or saved without the map) go back to the weak tier on the way.
   */
  unsaved(): Entity[] {
    const out = [...this.#tracked].filter((e) => e.isNew());
    const clean: Entity[] = [];
    for (const byId of this.#byType.values()) {
      for (const v of byId.values()) {
        // A weak entry is clean unless something wrote to it without telling (then it is kept from now on).
        const e = v instanceof WeakRef ? v.deref() : v;
        if (e?.isDirty()) out.push(e);
        else if (e === v && !this.#tracked.has(e)) clean.push(e);
      }
    }
    for (const e of out) if (!e.isNew()) this.add(e);
    for (const e of clean) this.add(e);
    return out;
  }
}
