import { StashStoreError } from './StashStoreError.js';

type Filter = Record<string, unknown>;
const OPS = ['AND', 'OR', 'NOT'] as const;

// Stash evaluates a filter as (own criteria) AND|OR|AND NOT (one sub-filter), with at most one of AND/OR/NOT per
// level and each criterion key at most once. and/or below keep to that shape, using De Morgan when both sides
// already carry an operator.

const opOf = (f: Filter) => OPS.find((o) => f[o] !== undefined);
const ownKeys = (f: Filter) => Object.keys(f).filter((k) => !(OPS as readonly string[]).includes(k));
const isPureNot = (f: Filter) => opOf(f) === 'NOT' && ownKeys(f).length === 0;

export function and(a: Filter, b: Filter, depth = 0): Filter {
  if (!Object.keys(a).length) return b;
  if (!Object.keys(b).length) return a;
  const oa = opOf(a);
  const ob = opOf(b);
  if (!oa && !ob && !ownKeys(a).some((k) => k in b)) return { ...a, ...b };
  if (!oa) return { ...a, AND: b };
  if (!ob) return { ...b, AND: a };
  if (depth < 4 && isPureNot(a)) return not(or(a.NOT as Filter, not(b), depth + 1));
  if (depth < 4 && isPureNot(b)) return not(or(b.NOT as Filter, not(a), depth + 1));
  throw new StashStoreError(
    'unsupported',
    'this AND of two compound filters cannot be written as a Stash filter (one AND/OR/NOT per level); restructure it',
  );
}

export function or(a: Filter, b: Filter, depth = 0): Filter {
  if (!Object.keys(a).length || !Object.keys(b).length) return {};
  if (!opOf(a) && ownKeys(a).length) return { ...a, OR: b };
  if (!opOf(b) && ownKeys(b).length) return { ...b, OR: a };
  if (depth < 4 && isPureNot(a)) return not(and(a.NOT as Filter, not(b), depth + 1));
  if (depth < 4 && isPureNot(b)) return not(and(b.NOT as Filter, not(a), depth + 1));
  throw new StashStoreError(
    'unsupported',
    'this OR of two compound filters cannot be written as a Stash filter (one AND/OR/NOT per level); restructure it',
  );
}

export function not(a: Filter): Filter {
  return isPureNot(a) ? (a.NOT as Filter) : { NOT: a };
}
