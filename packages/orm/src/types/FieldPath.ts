import type { EntityTypename } from '@stash-graphql/core/generated';
import type { EntityNameOf, Item, Output, RelationsOf } from './EntityShape.js';
import type { EntityTypes } from './EntityTypes.js';

type Specs<T extends EntityTypename> = RelationsOf<EntityTypes[T]>;
type FieldNames<T extends EntityTypename> = (Exclude<keyof Output<T>, '__typename'> | keyof Specs<T>) & string;
/** The entity a path goes on to through field K: a declared relation's target, or an entity-typed schema field. */
type HopTarget<T extends EntityTypename, K> = K extends keyof Specs<T>
  ? Specs<T>[K] extends { kind: 'belongsTo' | 'habtm' | 'hasMany'; target: infer N extends EntityTypename }
    ? N
    : never
  : K extends keyof Output<T>
    ? EntityNameOf<Item<Output<T>[K]>>
    : never;
type Path<T extends EntityTypename, Depth extends unknown[]> = {
  [K in FieldNames<T>]:
    | K
    | (Depth extends [unknown, ...infer Rest]
        ? [HopTarget<T, K>] extends [never]
          ? never
          : `${K}__${Path<HopTarget<T, K>, Rest>}`
        : never);
}[FieldNames<T>];

/**
 * A field path as `populate` and the `fields` options take it: a field of the entity, or up to two hops through
 * entity fields and relations (`studio__parent_studio__name`, `performers__tags`).
 */
export type FieldPath<T extends EntityTypename> = Path<T, [1, 1]>;
