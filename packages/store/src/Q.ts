/** Lookups as written by callers: `{ rating100__gte: 60, tags__includes_all: [a, b] }` (all must hold). */
export type Lookups = Readonly<Record<string, unknown>>;

export type QNode =
  | { op: 'leaf'; lookups: Lookups }
  | { op: 'and' | 'or'; children: readonly QNode[] }
  | { op: 'not'; child: QNode };

/** A composable filter: `Q({ a: 1 }).or(Q({ b: 2 })).not()`. Immutable; compiled by the store per server. */
export class QExpr {
  constructor(readonly node: QNode) {}

  and(...others: (QExpr | Lookups)[]): QExpr {
    return new QExpr({ op: 'and', children: [this.node, ...others.map((o) => toNode(o))] });
  }

  or(...others: (QExpr | Lookups)[]): QExpr {
    return new QExpr({ op: 'or', children: [this.node, ...others.map((o) => toNode(o))] });
  }

  not(): QExpr {
    return new QExpr({ op: 'not', child: this.node });
  }
}

export function toNode(value: QExpr | Lookups): QNode {
  return value instanceof QExpr ? value.node : { op: 'leaf', lookups: value };
}

/** Starts a filter expression from lookups (Django's `Q`). */
export function Q(lookups: Lookups = {}): QExpr {
  return new QExpr({ op: 'leaf', lookups });
}
