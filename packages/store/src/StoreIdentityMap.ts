import { type Entity, IdentityMap } from '@stash-graphql/orm';

type ByType<V> = Map<string, Map<string, V>>;

function slot<V>(byType: ByType<V>, typename: string): Map<string, V> {
  let byId = byType.get(typename);
  if (!byId) {
    byId = new Map();
    byType.set(typename, byId);
  }
  return byId;
}

/**
 * The orm's IdentityMap with two tiers: entities the caller got from get/find/populate/getOrCreate are held
 * strongly (so their unsaved edits survive until saveAll), entities streamed by findIter only weakly (so a long
 * iteration does not grow the heap). A weakly held entity is still the one object for its id while it lives.
 *
 * Weak adds are staged (held strongly) until `releaseStaged()`, which findIter calls right before it requests the
 * next page. A WeakRef keeps its target alive until the end of the job that created it, and a consumer's loop over
 * a page runs in the job that hydrated it; creating the refs just before the request (whose wait ends the job)
 * means a page the caller is done with is collectable as soon as the next one is requested.
 *
 * Entries of collected entities are swept while releasing: once the weak tier has doubled since the last sweep, so
 * it never holds more than about twice the entities alive at that sweep (amortized O(1) per add, no finalizers).
 */
export class StoreIdentityMap extends IdentityMap {
  readonly #strong: ByType<Entity> = new Map();
  readonly #weak: ByType<WeakRef<Entity>> = new Map();
  #staged: Entity[] = [];
  #weakSize = 0;
  #sweepAt = 1024;
  /** While true, new entities join weakly (set around synchronous findIter hydration). */
  weakAdds = false;

  override get(typename: string, id: string): Entity | undefined {
    return (
      this.#strong.get(typename)?.get(id) ??
      this.#staging.get(typename)?.get(id) ??
      this.#weak.get(typename)?.get(id)?.deref()
    );
  }

  readonly #staging: ByType<Entity> = new Map();

  override add(entity: Entity): void {
    if (entity.isNew()) return;
    const typename = entity.typename;
    const id = entity.id;
    const strong = slot(this.#strong, typename);
    if (strong.get(id) === entity) return;
    const weak = this.#weak.get(typename);
    const ref = weak?.get(id);
    if (this.weakAdds) {
      if (ref?.deref() === entity) return;
      const staging = slot(this.#staging, typename);
      if (staging.get(id) !== entity) {
        staging.set(id, entity);
        this.#staged.push(entity);
      }
      return;
    }
    strong.set(id, entity);
    this.#staging.get(typename)?.delete(id);
    if (ref && weak?.delete(id)) this.#weakSize--;
  }

  /** Moves the staged weak adds to the weak tier (see the class comment). */
  releaseStaged(): void {
    const staged = this.#staged;
    if (!staged.length) return;
    this.#staged = [];
    for (const entity of staged) {
      const typename = entity.typename;
      const staging = this.#staging.get(typename);
      if (staging?.get(entity.id) !== entity) continue;
      staging.delete(entity.id);
      const byId = slot(this.#weak, typename);
      if (!byId.has(entity.id)) this.#weakSize++;
      byId.set(entity.id, new WeakRef(entity));
    }
    if (this.#weakSize >= this.#sweepAt) this.#sweep();
  }

  /** Drops the weak entries whose entity was collected. */
  #sweep(): void {
    let live = 0;
    for (const byId of this.#weak.values()) {
      for (const [id, ref] of byId) {
        if (ref.deref() === undefined) byId.delete(id);
        else live++;
      }
    }
    this.#weakSize = live;
    this.#sweepAt = Math.max(1024, live * 2);
  }

  /** Holds an entity strongly from now on (the caller got it from a tracked read). */
  retain(entity: Entity): void {
    const before = this.weakAdds;
    this.weakAdds = false;
    this.add(entity);
    this.weakAdds = before;
  }

  override delete(entity: Entity): void {
    const strong = this.#strong.get(entity.typename);
    if (strong?.get(entity.id) === entity) strong.delete(entity.id);
    const staging = this.#staging.get(entity.typename);
    if (staging?.get(entity.id) === entity) staging.delete(entity.id);
    const weak = this.#weak.get(entity.typename);
    if (weak?.get(entity.id)?.deref() === entity && weak.delete(entity.id)) this.#weakSize--;
  }

  /** Forgets every entity. */
  clear(): void {
    this.#strong.clear();
    this.#weak.clear();
    this.#staging.clear();
    this.#staged = [];
    this.#weakSize = 0;
    this.#sweepAt = 1024;
  }

  override get size(): number {
    let n = this.#weakSize;
    for (const byId of this.#strong.values()) n += byId.size;
    for (const byId of this.#staging.values()) n += byId.size;
    return n;
  }

  override *values(): IterableIterator<Entity> {
    for (const byId of this.#strong.values()) yield* byId.values();
    for (const byId of this.#staging.values()) yield* byId.values();
    for (const byId of this.#weak.values()) {
      for (const ref of byId.values()) {
        const e = ref.deref();
        if (e) yield e;
      }
    }
  }
}
