import type { EntityMeta, EntityTypename } from '@stash-graphql/core/generated';
import { defineRelations, type Relations } from './defineRelations.js';
import { Entity } from './Entity.js';
import type { EntityShape, EntityValues, RelationSpecs } from './types/EntityShape.js';

/** The base class `defineEntity` returns: typed constructor and statics; instances carry the inferred fields. */
export interface EntityBase<T extends EntityTypename, R> {
  new (values?: EntityValues<T, R>): Entity & EntityShape<T, R>;
  readonly typename: T;
  readonly relations: Relations;
  readonly meta: EntityMeta;
}

/**
 * The base of an entity class: `class Scene extends defineEntity('Scene', { studio: belongsTo('Studio') })`. The
 * relations are checked against the schema here (once, at load), and the instance type is inferred from the schema
 * type and these declarations: no accessor is written by hand. `registerEntity(Scene)` then defines the accessors.
 */
export function defineEntity<T extends EntityTypename, const R extends RelationSpecs = Record<never, never>>(
  typename: T,
  relations?: R,
): EntityBase<T, R> {
  const resolved = defineRelations(typename, relations ?? {});
  abstract class Base extends Entity {
    static override readonly typename = typename;
    static override readonly relations = resolved;
  }
  return Base as unknown as EntityBase<T, R>;
}
