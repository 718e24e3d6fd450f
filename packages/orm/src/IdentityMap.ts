import { Entity } from './Entity.js';
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

/** A weak entry; it names its slot so that the finalizer can drop exactly it. */
class EntityRef extends WeakRef<Entity> {
  constructor(
    entity: Entity,
    readonly byId: Map<string, Entity | EntityRef>,
    readonly id: string,
  ) {
    super(entity);
  }
}

/**
 * One object per `Type:id`: hydration reuses what is here and adds what it creates. Holds saved entities; a new
 * entity joins when `saveMany` is given the map and the server assigns its id.
 *
 * An entity with unsaved changes, or one the caller tracks, is held strongly: nothing a user changed is lost before
 * it is saved. A clean entity is held weakly (WeakRef), so reading many entities keeps only what the caller keeps;
 * its entry leaves when it is collected (FinalizationRegistry). An entity moves to the strong tier on its first
 * write (the entity tells its watcher, see writeWatch.ts), and back to the weak tier when the map next sees it clean:
 * when a save through the map settles it, when hydration meets it again, or when `unsaved()` walks past it.
 */
export class IdentityMap {
  // Type → id → entity (strong) or EntityRef (weak): a lookup hashes the id string only.
  readonly #byType = new Map<string, Map<string, Entity | EntityRef>>();
  /** Tracked entities: held strongly until saved, whether dirty or not; new ones wait here for their id. */
  readonly #tracked = new Set<Entity>();
  readonly #finalizer = new FinalizationRegistry<EntityRef>((ref) => {
    if (ref.byId.get(ref.id) === ref) ref.byId.delete(ref.id);
  });

  get(typename: string, id: string): Entity | undefined {
    const v = this.#byType.get(typename)?.get(id);
    return v instanceof EntityRef ? v.deref() : v;
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
    if (entity.isDirty() || this.#tracked.has(entity)) {
      if (had === entity) return;
      if (had instanceof EntityRef) this.#finalizer.unregister(had);
      byId.set(id, entity);
      unwatchWrites(entity, this);
      return;
    }
    if (had instanceof EntityRef && had.deref() === entity) return;
    if (had instanceof EntityRef) this.#finalizer.unregister(had);
    const ref = new EntityRef(entity, byId, id);
    byId.set(id, ref);
    this.#finalizer.register(entity, ref, ref);
    watchWrites(entity, this);
  }

  /**
   * The entity is about to be written to: hold it strongly from now on (called by the entity, see writeWatch.ts).
   * @internal
   */
  wrote(entity: Entity): void {
    const byId = this.#byType.get(entity.typename);
    const had = byId?.get(entity.id);
    if (!byId || !(had instanceof EntityRef) || had.deref() !== entity) return;
    this.#finalizer.unregister(had);
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
    else if (had instanceof EntityRef && had.deref() === entity) {
      this.#finalizer.unregister(had);
      byId?.delete(entity.id);
      unwatchWrites(entity, this);
    }
  }

  /** Forgets every entity. */
  clear(): void {
    for (const byId of this.#byType.values()) {
      for (const v of byId.values()) {
        if (!(v instanceof EntityRef)) continue;
        this.#finalizer.unregister(v);
        const e = v.deref();
        if (e) unwatchWrites(e, this);
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
    return v instanceof EntityRef && v.deref() === entity ? 'weak' : undefined;
  }

  /** Entries, counting weak ones whose entity was collected but not yet finalized. */
  get size(): number {
    let n = 0;
    for (const byId of this.#byType.values()) n += byId.size;
    return n;
  }

  /** The live entities with an id. */
  *values(): IterableIterator<Entity> {
    for (const byId of this.#byType.values()) {
      for (const v of byId.values()) {
        const e = v instanceof EntityRef ? v.deref() : v;
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
        const e = v instanceof EntityRef ? v.deref() : v;
        if (e?.isDirty()) out.push(e);
        else if (e === v && !this.#tracked.has(e)) clean.push(e);
      }
    }
    for (const e of out) if (!e.isNew()) this.add(e);
    for (const e of clean) this.add(e);
    return out;
  }
}
