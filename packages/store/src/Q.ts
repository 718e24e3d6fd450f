import type { EntityTypename } from '@stash-graphql/core/generated';
import type { Entity } from '@stash-graphql/orm';
import type { FiltersOf, LookupsOf } from './types/lookups.js';

/** Lookups as the run time takes them: `{ rating100__gte: 60, tags__includes_all: [a, b] }` (all must hold). */
export type Lookups = Readonly<Record<string, unknown>>;

export type QNode =
  | { op: 'leaf'; lookups: Lookups }
  | { op: 'and' | 'or'; children: readonly QNode[] }
  | { op: 'not'; child: QNode };

/**
 * A composable filter for entity type `T`: `Q<Scene>({ a: 1 }).or({ b: 2 }).not()`. Immutable; compiled by the
 * store per server.
 */
// Declared invariant (a QExpr<Tag> is never a QExpr<Scene>), so tsc need not measure it over every lookup.
export class QExpr<in out T extends EntityTypename = EntityTypename> {
  /** Type only: the entity type whose lookups this expression holds. */
  declare readonly '~entity'?: T;

  constructor(readonly node: QNode) {}

  and(...others: FiltersOf<T>[]): QExpr<T> {
    return new QExpr({ op: 'and', children: [this.node, ...others.map((o) => toNode(o as Lookups | QExpr))] });
  }

  or(...others: FiltersOf<T>[]): QExpr<T> {
    return new QExpr({ op: 'or', children: [this.node, ...others.map((o) => toNode(o as Lookups | QExpr))] });
  }

  not(): QExpr<T> {
    return new QExpr({ op: 'not', child: this.node });
  }
}

export function toNode(value: QExpr<EntityTypename> | Lookups): QNode {
  return value instanceof QExpr ? value.node : { op: 'leaf', lookups: value };
}

/**
 * Starts a filter expression from lookups (Django's `Q`), typed by the entity: `Q<Scene>({ organized: true })`, or
 * by where it goes (`store.find(Scene, Q({ … }))`, `q.or(Q({ … }))`).
 */
export function Q<T extends EntityTypename>(lookups?: LookupsOf<T>): QExpr<T>;
export function Q<E extends Entity>(lookups?: LookupsOf<E['typename']>): QExpr<E['typename']>;
export function Q(lookups?: Lookups): QExpr {
  return new QExpr({ op: 'leaf', lookups: (lookups ?? {}) as Lookups });
}
