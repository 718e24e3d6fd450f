/**
 * The store's option and argument types per entity class. A call with a concrete class (`store.find(Scene, …)`) is
 * checked against that type's lookups, sort values and field paths; code generic over `EntityClass` gets the
 * untyped forms, which the run time checks.
 */
import type { EntityTypename } from '@stash-graphql/core/generated';
import type { Entity, EntityClass, FieldPath, ValuesOf } from '@stash-graphql/orm';
import type { Lookups, QExpr } from '../Q.js';
import type { FiltersOf, SortKeyOf } from './lookups.js';

type NameOf<C extends EntityClass> = C['typename'];
/** True when the class is not one concrete entity type (generic code over `EntityClass`). */
type Untyped<T extends EntityTypename> = EntityTypename extends T ? true : false;

/** Lookups or a Q expression for entity class C. */
export type Filters<C extends EntityClass = EntityClass> =
  Untyped<NameOf<C>> extends true ? Lookups | QExpr : FiltersOf<NameOf<C>>;

/** A field path (`studio__name`) of entity class C. */
export type FieldPathOf<C extends EntityClass> = Untyped<NameOf<C>> extends true ? string : FieldPath<NameOf<C>>;

/** A sort value of entity class C's find query. */
export type SortKey<C extends EntityClass> = Untyped<NameOf<C>> extends true ? string : SortKeyOf<NameOf<C>>;

/** Field paths of the entities in a populate target (one entity or a list). */
export type PopulatePath<T extends Entity | readonly Entity[]> = T extends readonly (infer E extends Entity)[]
  ? PathOfEntity<E>
  : T extends Entity
    ? PathOfEntity<T>
    : never;
type PathOfEntity<E extends Entity> = Untyped<E['typename']> extends true ? string : FieldPath<E['typename']>;

/** What getOrCreate creates from: the entity's values, with the name it is matched by. */
export type GetOrCreateProps<C extends EntityClass> = ValuesOf<InstanceType<C>> & { name: string };

export interface GetOptions<C extends EntityClass = EntityClass> {
  /** Read only these `a__b` paths (and the id); default: every field of the type (nested entities as ids). */
  fields?: readonly FieldPathOf<C>[] | undefined;
}

export interface FindOptions<C extends EntityClass = EntityClass> extends GetOptions<C> {
  sort?: SortKey<C> | undefined;
  direction?: 'ASC' | 'DESC' | undefined;
  /** At most this many (one request); without it every match is read, a page of 1,000 at a time. */
  limit?: number | undefined;
}

export interface FindIterOptions<C extends EntityClass = EntityClass> extends GetOptions<C> {
  pageSize?: number | undefined;
}
