/**
 * Django-style lookups typed from the generated filter maps (core's typeMaps.ts): `field`, `field__lookup` for the
 * lookups that field's criterion has (compileFilter's vocabulary), and one hop through a related filter
 * (`studio__name__icontains`). Codegen writes each filter type's own lookups out flat, so tsc reads property types
 * off an interface instead of computing them; only the hop prefixes are mapped here. compileFilter still checks
 * everything at run time, for JavaScript callers and for deeper paths.
 */
import type {
  EntityFilterTypes,
  EntitySortOptions,
  EntityTypename,
  FilterLookupTypes,
  FilterRelations,
  LookupValueTypes,
} from '@stash-graphql/core/generated';
import type { Entity, EntityTypes } from '@stash-graphql/orm';

type FilterName = keyof FilterRelations;

/** A calendar date as Stash's Date criteria take it: `YYYY-MM-DD`, or a Date. */
export type DateString = `${number}-${number}-${number}`;
/** An id as a multi criterion takes it: the id, or a saved entity of the criterion's type. */
export type IdOf<T> = string | number | (T extends keyof EntityTypes ? EntityTypes[T] : Entity);
type Ids<T> = IdOf<T> | readonly IdOf<T>[];
type MultiValue<T, Depth> = Ids<T> | { value?: Ids<T>; excludes?: Ids<T>; depth?: Depth };

/** The store's value types for the generated lookups. */
interface StoreValueTypes extends LookupValueTypes {
  date: DateString | Date;
  timestamp: string | Date;
  ids: { [T in EntityTypename | 'Entity']: MultiValue<T, never> };
  idsWithDepth: { [T in EntityTypename | 'Entity']: MultiValue<T, number> };
}
type Generated = FilterLookupTypes<StoreValueTypes>;

/** The lookups of one filter type on its own fields. */
export type OwnLookups<F extends FilterName> = Generated[F];

type Relations<F extends FilterName> = FilterRelations[F];
type HopKeys<F extends FilterName> = {
  [R in keyof Relations<F> & string]: `${R}__${keyof Generated[Relations<F>[R] & FilterName] & string}`;
}[keyof Relations<F> & string];
// One template match and one indexed access per key; relation names have no `__`, so R is the first segment.
type HopValue<F extends FilterName, Key> = Key extends `${infer R extends keyof Relations<F> & string}__${infer Rest}`
  ? Generated[Relations<F>[R] & FilterName][Rest & keyof Generated[Relations<F>[R] & FilterName]]
  : never;

/** The lookups of a filter type: its own fields and, one hop deep, those of its related filters. */
export type FilterLookups<F extends FilterName> = OwnLookups<F> & { [Key in HopKeys<F>]?: HopValue<F, Key> };

/** The lookups `store.find(Type, …)` takes for an entity type (by typename). */
export type LookupsOf<T extends EntityTypename> = T extends keyof EntityFilterTypes
  ? FilterLookups<EntityFilterTypes[T]>
  : never;

/** Sort values the find query of an entity type takes (Stash's own allow-list, and `random_<seed>`). */
export type SortKeyOf<T extends EntityTypename> = T extends keyof EntitySortOptions
  ? EntitySortOptions[T] | `random_${number}`
  : never;

/**
 * Lookups or a `Q` expression of entity type T, as one object type: a QExpr<T> fits it through its `~entity`, so
 * tsc relates arguments to a single type rather than a union (which costs it every property of the lookups).
 */
export type FiltersOf<T extends EntityTypename> = LookupsOf<T> & { readonly '~entity'?: T };
