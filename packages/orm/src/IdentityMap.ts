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
  // Type → id → entity: a lookup hashes the id string only (no `Type:id` string is built per lookup).
  readonly #byType = new Map<string, Map<string, Entity>>();

  get(typename: string, id: string): Entity | undefined {
    return this.#byType.get(typename)?.get(id);
  }

  add(entity: Entity): void {
    if (entity.isNew()) return;
    const typename = entity.typename;
    let byId = this.#byType.get(typename);
    if (!byId) {
      byId = new Map();
      this.#byType.set(typename, byId);
    }
    byId.set(entity.id, entity);
  }

  delete(entity: Entity): void {
    const byId = this.#byType.get(entity.typename);
    if (byId?.get(entity.id) === entity) byId.delete(entity.id);
  }

  get size(): number {
    let n = 0;
    for (const byId of this.#byType.values()) n += byId.size;
    return n;
  }

  *values(): IterableIterator<Entity> {
    for (const byId of this.#byType.values()) yield* byId.values();
  }
}
