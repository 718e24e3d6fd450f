import { type Entity, IdentityMap } from '@stash-graphql/orm';

/**
 * The orm's IdentityMap with two tiers: entities the caller got from get/find/populate/getOrCreate are held
 * strongly (so their unsaved edits survive until saveAll), entities streamed by findIter only weakly (so a long
 * iteration does not grow the heap). A weakly held entity is still the one object for its id while it lives.
 */
export class StoreIdentityMap extends IdentityMap {
  readonly #strong = new Map<string, Entity>();
  readonly #weak = new Map<string, WeakRef<Entity>>();
  readonly #registry = new FinalizationRegistry<string>((key) => {
    if (!this.#weak.get(key)?.deref()) this.#weak.delete(key);
  });
  /** While true, new entities join weakly (set around synchronous findIter hydration). */
  weakAdds = false;

  override get(typename: string, id: string): Entity | undefined {
    const key = `${typename}:${id}`;
    return this.#strong.get(key) ?? this.#weak.get(key)?.deref();
  }

  override add(entity: Entity): void {
    if (entity.isNew()) return;
    const key = `${entity.typename}:${entity.id}`;
    if (this.#strong.get(key) === entity) return;
    if (this.weakAdds) {
      if (this.#weak.get(key)?.deref() !== entity) {
        this.#weak.set(key, new WeakRef(entity));
        this.#registry.register(entity, key);
      }
      return;
    }
    this.#strong.set(key, entity);
    this.#weak.delete(key);
  }

  /** Holds an entity strongly from now on (the caller got it from a tracked read). */
  retain(entity: Entity): void {
    const before = this.weakAdds;
    this.weakAdds = false;
    this.add(entity);
    this.weakAdds = before;
  }

  override delete(entity: Entity): void {
    const key = `${entity.typename}:${entity.id}`;
    if (this.#strong.get(key) === entity) this.#strong.delete(key);
    if (this.#weak.get(key)?.deref() === entity) this.#weak.delete(key);
  }

  override get size(): number {
    return this.#strong.size + this.#weak.size;
  }

  override *values(): IterableIterator<Entity> {
    yield* this.#strong.values();
    for (const ref of this.#weak.values()) {
      const e = ref.deref();
      if (e) yield e;
    }
  }
}
