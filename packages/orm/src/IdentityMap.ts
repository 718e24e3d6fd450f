import { Entity } from './Entity.js';

/** `Type:id` for an entity or a payload with `__typename` and `id` (Apollo's `identify`); undefined otherwise. */
export function identify(value: unknown): string | undefined {
  if (value instanceof Entity) return `${value.typename}:${value.id}`;
  if (typeof value === 'object' && value !== null) {
    const { __typename, id } = value as { __typename?: unknown; id?: unknown };
    if (typeof __typename === 'string' && typeof id === 'string') return `${__typename}:${id}`;
  }
  return undefined;
}

/**
 * One object per `Type:id`: hydration reuses what is here and adds what it creates. Holds saved entities only; a
 * new entity joins when `saveMany` is given the map and the server assigns its id.
 */
export class IdentityMap {
  readonly #byKey = new Map<string, Entity>();

  get(typename: string, id: string): Entity | undefined {
    return this.#byKey.get(`${typename}:${id}`);
  }

  add(entity: Entity): void {
    if (!entity.isNew()) this.#byKey.set(`${entity.typename}:${entity.id}`, entity);
  }

  delete(entity: Entity): void {
    const key = `${entity.typename}:${entity.id}`;
    if (this.#byKey.get(key) === entity) this.#byKey.delete(key);
  }

  get size(): number {
    return this.#byKey.size;
  }

  values(): IterableIterator<Entity> {
    return this.#byKey.values();
  }
}
