/**
 * Django-style lookups typed from the generated filter maps (core's typeMaps.ts): `field`, `field__lookup` for the
 * lookups that field's criterion has (the vocabulary of compileFilter), and one hop through a related filter
 * (`studio__name__icontains`). Every key union is read off the flat generated maps, once per filter type, so a
 * consumer pays for the types it uses and nothing recursive. compileFilter still checks everything at run time.
 */
import type {
  EntityFilterTypes,
  EntitySortOptions,
  EntityTypename,
  FilterCriteria,
  FilterRelations,
} from '@stash-graphql/core';
import type { Entity, EntityTypes } from '@stash-graphql/orm';

type FilterName = keyof FilterCriteria;

/** A calendar date as Stash's Date criteria take it: `YYYY-MM-DD`. */
export type DateString = `${number}-${number}-${number}`;
/** An id as a multi criterion takes it: the id, or a saved entity of the criterion's type. */
export type IdOf<T> = string | number | (T extends keyof EntityTypes ? EntityTypes[T] : Entity);
type Ids<T> = IdOf<T> | readonly IdOf<T>[];
type Pair<V> = readonly [V, V];

interface NumberLookups {
  exact: number;
  ne: number;
  gt: number;
  gte: number;
  lt: number;
  lte: number;
  between: Pair<number>;
  not_between: Pair<number>;
  isnull: boolean;
}
interface DateLookups<V> {
  exact: V;
  ne: V;
  gt: V;
  gte: V;
  lt: V;
  lte: V;
  between: Pair<V>;
  not_between: Pair<V>;
  isnull: boolean;
}
interface StringLookups {
  exact: string;
  iexact: string;
  contains: string;
  icontains: string;
  startswith: string;
  istartswith: string;
  endswith: string;
  iendswith: string;
  regex: string;
  iregex: string;
  isnull: boolean;
}
type MultiValue<T, Depth> = Ids<T> | { value?: Ids<T>; excludes?: Ids<T>; depth?: Depth };
interface MultiLookups<T, H> {
  /** Stash takes no depth with EQUALS. */
  exact: MultiValue<T, never>;
  in: MultiValue<T, H extends true ? number : never>;
  includes: MultiValue<T, H extends true ? number : never>;
  includes_all: MultiValue<T, H extends true ? number : never>;
  excludes: MultiValue<T, H extends true ? number : never>;
  isnull: boolean;
}
interface ScalarLookups<V> {
  exact: V;
}
/** A criterion input: its own fields (`{ value, distance }`) or just its value; the modifier comes from the lookup. */
type CriterionBody<I> = Omit<I, 'modifier'> | (I extends { value?: infer V } ? NonNullable<V> : never);
interface ModifierLookups<I> {
  exact: CriterionBody<I>;
  ne: CriterionBody<I>;
  gt: CriterionBody<I>;
  lt: CriterionBody<I>;
  in: CriterionBody<I>;
  excludes: CriterionBody<I>;
  isnull: boolean;
}
interface InputLookups<I> {
  exact: CriterionBody<I>;
}

type LookupSet<C> = C extends { k: 'int' | 'float' }
  ? NumberLookups
  : C extends { k: 'date' }
    ? DateLookups<DateString | Date>
    : C extends { k: 'timestamp' }
      ? DateLookups<string | Date>
      : C extends { k: 'string' }
        ? StringLookups
        : C extends { k: 'multi'; e: infer T; h: infer H }
          ? MultiLookups<T, H>
          : C extends { k: 'scalar'; v: infer V }
            ? ScalarLookups<V>
            : C extends { k: 'modifier'; i: infer I }
              ? ModifierLookups<I>
              : C extends { k: 'input'; i: infer I }
                ? InputLookups<I>
                : never;

type Criteria<F extends FilterName> = FilterCriteria[F];
type Relations<F extends FilterName> = FilterRelations[F];

type OwnKeys<F extends FilterName> = {
  [K in keyof Criteria<F> & string]: K | `${K}__${keyof LookupSet<Criteria<F>[K]> & string}`;
}[keyof Criteria<F> & string];
type OwnValue<F extends FilterName, Key> = Key extends `${infer K}__${infer L}`
  ? K extends keyof Criteria<F>
    ? LookupSet<Criteria<F>[K]>[L & keyof LookupSet<Criteria<F>[K]>]
    : never
  : Key extends keyof Criteria<F>
    ? LookupSet<Criteria<F>[Key]>['exact' & keyof LookupSet<Criteria<F>[Key]>]
    : never;

/** The lookups of one filter type on its own fields. */
export type OwnLookups<F extends FilterName> = { [Key in OwnKeys<F>]?: OwnValue<F, Key> };

type HopKeys<F extends FilterName> = {
  [R in keyof Relations<F> & string]: Relations<F>[R] extends FilterName ? `${R}__${OwnKeys<Relations<F>[R]>}` : never;
}[keyof Relations<F> & string];
type HopValue<F extends FilterName, Key> = Key extends `${infer R}__${infer Rest}`
  ? R extends keyof Relations<F>
    ? Relations<F>[R] extends FilterName
      ? OwnValue<Relations<F>[R], Rest>
      : never
    : never
  : never;

/** The lookups of a filter type: its own fields and, one hop deep, those of its related filters. */
export type FilterLookups<F extends FilterName> = {
  [Key in OwnKeys<F> | HopKeys<F>]?: Key extends OwnKeys<F> ? OwnValue<F, Key> : HopValue<F, Key>;
};

/** The lookups `store.find(Type, …)` takes for an entity type (by typename). */
export type LookupsOf<T extends EntityTypename> = T extends keyof EntityFilterTypes
  ? FilterLookups<EntityFilterTypes[T]>
  : never;

/** Sort values the find query of an entity type takes (Stash's own allow-list, and `random_<seed>`). */
export type SortKeyOf<T extends EntityTypename> = T extends keyof EntitySortOptions
  ? EntitySortOptions[T] | `random_${number}`
  : never;
