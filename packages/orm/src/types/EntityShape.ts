/**
 * The instance type of an entity class, inferred from the generated schema types and its relation definitions
 * (Drizzle-style): plain fields from the schema object type, read-only references for entity-typed fields that are
 * not relations, and one accessor per relation (read as a RelationList or entity, written as an iterable or entity).
 * Nothing here exists at run time; registerEntity defines the accessors.
 */
import type { AccessorPairs, EntitySchemaTypes, EntityTypename } from '@stash-graphql/core/generated';
import type { Spec } from '../defineRelations.js';
import type { RelationList } from '../RelationList.js';
import type { EntityTypes } from './EntityTypes.js';

/** Carries an entity's value types on its instance type (never set at run time). */
export declare const ENTITY_TYPES: unique symbol;

export type Output<T extends EntityTypename> = EntitySchemaTypes[T]['output'];
type KeysOf<X> = [X] extends [never] ? never : keyof X;
type EntityOf<N> = N extends keyof EntityTypes ? EntityTypes[N] : never;
export type Item<V> = NonNullable<V> extends ReadonlyArray<infer X> ? X : NonNullable<V>;
export type EntityNameOf<X> = X extends { __typename?: infer N } ? (N extends EntityTypename ? N : never) : never;
type U2I<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Output fields that hold entities but are not declared relations (`scene.files`): read-only references. */
type RefNames<T extends EntityTypename, R> = {
  [K in keyof Output<T>]-?: K extends keyof R ? never : [EntityNameOf<Item<Output<T>[K]>>] extends [never] ? never : K;
}[keyof Output<T>];
type RefValue<V> =
  NonNullable<V> extends ReadonlyArray<infer X>
    ? readonly EntityOf<EntityNameOf<X>>[] | undefined
    : EntityOf<EntityNameOf<NonNullable<V>>> | (null extends V ? null : never) | undefined;

type PlainNames<T extends EntityTypename, R> = Exclude<keyof Output<T>, '__typename' | 'id' | keyof R | RefNames<T, R>>;
type WritableNames<T extends EntityTypename> =
  | KeysOf<EntitySchemaTypes[T]['create']>
  | KeysOf<EntitySchemaTypes[T]['update']>;

/** How a relation is read. */
type RelGet<S> = S extends { kind: 'belongsTo'; target: infer N }
  ? EntityOf<N> | null | undefined
  : S extends { kind: 'hasManyThrough'; '~item'?: infer I }
    ? RelationList<I>
    : S extends { target: infer N }
      ? RelationList<EntityOf<N>>
      : never;
/** How a relation is written; a belongsTo takes null when the schema field is nullable. */
type RelSet<T extends EntityTypename, K, S> = S extends { kind: 'belongsTo'; target: infer N }
  ? EntityOf<N> | (K extends keyof Output<T> ? (null extends Output<T>[K] ? null : never) : null)
  : S extends { kind: 'hasManyThrough'; '~item'?: infer I }
    ? Iterable<I>
    : S extends { target: infer N }
      ? Iterable<EntityOf<N>>
      : never;

type Accessors<T extends EntityTypename, R> = U2I<
  {
    [K in keyof R & string]: K extends keyof AccessorPairs<0, 0>
      ? AccessorPairs<RelGet<R[K]>, RelSet<T, K, R[K]>>[K]
      : { [P in K]: RelGet<R[K]> };
  }[keyof R & string]
>;

/** What the constructor, `set()` and `getOrCreate` take: writable schema fields and relations. */
export type EntityValues<T extends EntityTypename, R> = {
  [K in PlainNames<T, R> & WritableNames<T>]?: Output<T>[K];
} & { [K in keyof R]?: RelSet<T, K, R[K]> };

/** The instance side an entity class gets from `defineEntity`. */
export type EntityShape<T extends EntityTypename, R> = {
  -readonly [K in PlainNames<T, R>]-?: Output<T>[K] | undefined;
} & { readonly [K in RefNames<T, R>]: RefValue<Output<T>[K]> } & Accessors<T, R> & {
    readonly typename: T;
    readonly [ENTITY_TYPES]?: { readonly values: EntityValues<T, R>; readonly relations: R };
  };

/** The values an entity instance takes in `set()`, read off its instance type. */
export type ValuesOf<E> = E extends { readonly [ENTITY_TYPES]?: { readonly values: infer V } }
  ? V
  : Record<string, unknown>;

/** The relation declarations of an entity instance type. */
export type RelationsOf<E> = E extends { readonly [ENTITY_TYPES]?: { readonly relations: infer R } } ? R : never;

/** The relation specs an entity class was defined with, for typed relation specs. */
export type RelationSpecs = Readonly<Record<string, Spec>>;
