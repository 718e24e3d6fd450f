import { type Entity, identifyEntity, stateOf } from './Entity.js';
import { currentValue, type FieldInfo, isFieldLoaded } from './entityState.js';
import { StashOrmError } from './StashOrmError.js';
import { editList, setList } from './writeField.js';

/** For a list of wrappers such as SceneGroupItem `{ group, scene_index }`: the wrapped entity type. */
export type WrappedEntity<T> = T extends { group: infer G } ? G : never;

/**
 * A view of one relation list of one entity: `scene.tags.add(tag)`, `.remove(tag)`, `.set([...])`. Reading an
 * unloaded list throws (`loaded` tells); add/remove on an unloaded list are recorded and saved as bulk ADD/REMOVE.
 */
export class RelationList<T> implements Iterable<T> {
  readonly #owner: Entity;
  readonly #info: FieldInfo;

  constructor(owner: Entity, info: FieldInfo) {
    this.#owner = owner;
    this.#info = info;
  }

  get loaded(): boolean {
    return isFieldLoaded(stateOf(this.#owner), this.#info.name);
  }

  /** The items; throws StashOrmError `not-loaded` when the list was never loaded. */
  toArray(): readonly T[] {
    const s = stateOf(this.#owner);
    if (!isFieldLoaded(s, this.#info.name)) {
      throw new StashOrmError('not-loaded', `${identifyEntity(this.#owner)}.${this.#info.name} is not loaded`);
    }
    return currentValue(s, this.#info.name) as readonly T[];
  }

  get length(): number {
    return this.toArray().length;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.toArray()[Symbol.iterator]();
  }

  has(item: T): boolean {
    return this.toArray().includes(item);
  }

  /** Replaces the whole list (the same as assigning `entity.field = items`). */
  set(items: Iterable<T>): this {
    setList(this.#owner, this.#info, items);
    return this;
  }

  /** Adds items; on a list of wrappers (`{ group, scene_index }`) the entity alone stands for its wrapper. */
  add(...items: (T | WrappedEntity<T>)[]): this {
    editList(this.#owner, this.#info, items, true);
    return this;
  }

  remove(...items: (T | WrappedEntity<T>)[]): this {
    editList(this.#owner, this.#info, items, false);
    return this;
  }

  /** Pending ADD/REMOVE recorded while the list is not loaded. */
  get pending(): { add: readonly T[]; remove: readonly T[] } {
    const d = stateOf(this.#owner).deltas?.[this.#info.name];
    return { add: (d?.add ?? []) as unknown as T[], remove: (d?.remove ?? []) as unknown as T[] };
  }

  toJSON(): unknown {
    return this.loaded ? this.toArray() : { loaded: false, ...this.pending };
  }
}
