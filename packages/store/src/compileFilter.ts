import type { StashCapabilities } from '@stash-graphql/core';
import { CriterionModifier } from '@stash-graphql/core/generated';
import { Entity } from '@stash-graphql/orm';
import { type Lookups, type QExpr, type QNode, toNode } from './Q.js';
import { StashStoreError } from './StashStoreError.js';
import { type FieldShape, fieldsOfType } from './schemaShape.js';

type Filter = Record<string, unknown>;
const M = CriterionModifier;
const OPS = ['AND', 'OR', 'NOT'] as const;

/** Lookups per criterion kind; the table is keyed by the criterion input type the server's filter field has. */
const LOOKUPS = {
  int: ['exact', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'isnull'],
  date: ['exact', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'isnull'],
  string: [
    'exact',
    'iexact',
    'contains',
    'icontains',
    'startswith',
    'istartswith',
    'endswith',
    'iendswith',
    'regex',
    'iregex',
    'isnull',
  ],
  multi: ['exact', 'in', 'includes', 'includes_all', 'excludes', 'isnull'],
  scalar: ['exact'],
  other: ['exact', 'ne', 'gt', 'lt', 'in', 'excludes', 'isnull'],
} as const;
type Kind = keyof typeof LOOKUPS;
const ALL_LOOKUPS = new Set<string>(Object.values(LOOKUPS).flat());

function kindOf(f: FieldShape): Kind {
  switch (f.type) {
    case 'IntCriterionInput':
    case 'FloatCriterionInput':
      return 'int';
    case 'DateCriterionInput':
    case 'TimestampCriterionInput':
      return 'date';
    case 'StringCriterionInput':
      return 'string';
    case 'MultiCriterionInput':
    case 'HierarchicalMultiCriterionInput':
      return 'multi';
  }
  return f.kind === 'leaf' ? 'scalar' : 'other';
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

function bad(where: string, expected: string, v: unknown): never {
  throw new StashStoreError('invalid-value', `${where}: expected ${expected}, got ${describe(v)} ${JSON.stringify(v)}`);
}

// Go RE2 and JS share this escape set.
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// SQL LIKE in Stash has no escape character: only values free of wildcards can use EQUALS/INCLUDES.
const likeSafe = (s: string) => !/[%_"]/.test(s);

const DAY = 86_400_000;
function shiftDate(where: string, v: unknown, days: number): string {
  const d = toDate(where, v);
  return new Date(Date.parse(`${d}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
function toDate(where: string, v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    bad(where, 'a date YYYY-MM-DD or a Date', v);
  }
  return v;
}
function toTimestamp(where: string, v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) bad(where, 'an ISO timestamp string or a Date', v);
  return v;
}
const TIME_MIN = '0001-01-01T00:00:00Z';
const TIME_MAX = '9999-12-31T23:59:59Z';

function toId(where: string, v: unknown): string {
  if (v instanceof Entity) {
    if (v.isNew()) throw new StashStoreError('invalid-value', `${where}: ${v.typename} ${v.id} is not saved yet`);
    return v.id;
  }
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  bad(where, 'an id or a saved entity', v);
}

function pair(where: string, v: unknown): [unknown, unknown] {
  if (!Array.isArray(v) || v.length !== 2) bad(where, 'a [low, high] pair', v);
  return [v[0], v[1]];
}

function numeric(f: FieldShape, lookup: string, v: unknown, where: string): Filter {
  const isInt = f.type === 'IntCriterionInput';
  const num = (x: unknown) => {
    if (typeof x !== 'number' || (isInt ? !Number.isInteger(x) : !Number.isFinite(x))) {
      bad(where, isInt ? 'an integer' : 'a number', x);
    }
    return x;
  };
  const MAX = isInt ? 2_147_483_647 : Number.MAX_VALUE;
  switch (lookup) {
    case 'exact':
      return { value: num(v), modifier: M.EQUALS };
    case 'ne':
      return { value: num(v), modifier: M.NOT_EQUALS };
    case 'gt':
      return { value: num(v), modifier: M.GREATER_THAN };
    case 'lt':
      return { value: num(v), modifier: M.LESS_THAN };
    // Stash's GREATER_THAN/LESS_THAN are strict: ints step by one, floats use the inclusive BETWEEN.
    case 'gte':
      return isInt
        ? { value: num(v) - 1, modifier: M.GREATER_THAN }
        : { value: num(v), value2: MAX, modifier: M.BETWEEN };
    case 'lte':
      return isInt
        ? { value: num(v) + 1, modifier: M.LESS_THAN }
        : { value: -MAX, value2: num(v), modifier: M.BETWEEN };
    case 'between':
    case 'not_between': {
      const [a, b] = pair(where, v);
      return { value: num(a), value2: num(b), modifier: lookup === 'between' ? M.BETWEEN : M.NOT_BETWEEN };
    }
  }
  return isNull(lookup, v, where, 0);
}

function dated(f: FieldShape, lookup: string, v: unknown, where: string): Filter {
  const isDate = f.type === 'DateCriterionInput';
  const val = (x: unknown) => (isDate ? toDate(where, x) : toTimestamp(where, x));
  switch (lookup) {
    case 'exact':
      return { value: val(v), modifier: M.EQUALS };
    case 'ne':
      return { value: val(v), modifier: M.NOT_EQUALS };
    case 'gt':
      return { value: val(v), modifier: M.GREATER_THAN };
    case 'lt':
      return { value: val(v), modifier: M.LESS_THAN };
    // Dates compare as YYYY-MM-DD strings, so a day step is exact; timestamps use BETWEEN (inclusive) with an
    // explicit far bound because value2 would otherwise default to tomorrow.
    case 'gte':
      return isDate
        ? { value: shiftDate(where, v, -1), modifier: M.GREATER_THAN }
        : { value: val(v), value2: TIME_MAX, modifier: M.BETWEEN };
    case 'lte':
      return isDate
        ? { value: shiftDate(where, v, 1), modifier: M.LESS_THAN }
        : { value: TIME_MIN, value2: val(v), modifier: M.BETWEEN };
    case 'between':
    case 'not_between': {
      const [a, b] = pair(where, v);
      return { value: val(a), value2: val(b), modifier: lookup === 'between' ? M.BETWEEN : M.NOT_BETWEEN };
    }
  }
  return isNull(lookup, v, where, '');
}

function stringy(lookup: string, v: unknown, where: string): Filter {
  if (lookup === 'isnull') return isNull(lookup, v, where, '');
  if (typeof v !== 'string') bad(where, 'a string', v);
  const re = (pattern: string) => ({ value: pattern, modifier: M.MATCHES_REGEX });
  const e = escapeRegex(v);
  switch (lookup) {
    case 'exact':
      return re(`^${e}$`);
    case 'iexact':
      return likeSafe(v) ? { value: v, modifier: M.EQUALS } : re(`(?i)^${e}$`);
    case 'contains':
      return re(e);
    case 'icontains':
      return likeSafe(v) && v !== '' ? { value: `"${v}"`, modifier: M.INCLUDES } : re(`(?i)${e}`);
    case 'startswith':
      return re(`^${e}`);
    case 'istartswith':
      return likeSafe(v) ? { value: `${v}%`, modifier: M.EQUALS } : re(`(?i)^${e}`);
    case 'endswith':
      return re(`${e}$`);
    case 'iendswith':
      return likeSafe(v) ? { value: `%${v}`, modifier: M.EQUALS } : re(`(?i)${e}$`);
    case 'regex':
      return re(v);
    default:
      return re(`(?i)${v}`);
  }
}

function isNull(lookup: string, v: unknown, where: string, placeholder: unknown): Filter {
  if (lookup !== 'isnull') throw new Error(`unreachable lookup ${lookup}`);
  if (typeof v !== 'boolean') bad(where, 'true or false', v);
  return { value: placeholder, modifier: v ? M.IS_NULL : M.NOT_NULL };
}

function multi(f: FieldShape, lookup: string, v: unknown, where: string): Filter {
  const hierarchical = f.type === 'HierarchicalMultiCriterionInput';
  if (lookup === 'isnull') {
    const c = isNull(lookup, v, where, []);
    return c;
  }
  let value: unknown = v;
  let depth: unknown;
  let excludes: unknown;
  if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Entity)) {
    const o = v as Record<string, unknown>;
    const allowed = hierarchical ? ['value', 'depth', 'excludes'] : ['value', 'excludes'];
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) {
        throw new StashStoreError('invalid-value', `${where}: unknown option ${JSON.stringify(k)}`, allowed);
      }
    }
    ({ value, depth, excludes } = o);
  }
  const ids = (x: unknown, w: string) => (Array.isArray(x) ? x : [x]).map((i, n) => toId(`${w}[${n}]`, i));
  const out: Filter = {
    value: value === undefined ? [] : ids(value, where),
    modifier: {
      exact: M.EQUALS,
      in: M.INCLUDES,
      includes: M.INCLUDES,
      includes_all: M.INCLUDES_ALL,
      excludes: M.EXCLUDES,
    }[lookup as 'exact'],
  };
  if (excludes !== undefined) out.excludes = ids(excludes, `${where}.excludes`);
  if (depth !== undefined) {
    if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < -1)
      bad(`${where}.depth`, 'an integer ≥ -1', depth);
    if (lookup === 'exact') {
      throw new StashStoreError('unsupported', `${where}: Stash does not support depth with exact (EQUALS)`, [
        'in',
        'includes',
        'includes_all',
        'excludes',
      ]);
    }
    out.depth = depth;
  }
  return out;
}

function scalar(f: FieldShape, v: unknown, where: string): unknown {
  const t = f.type;
  if (t === 'Boolean' && typeof v !== 'boolean') bad(where, 'true or false', v);
  if ((t === 'Int' || t === 'Float') && typeof v !== 'number') bad(where, 'a number', v);
  if ((t === 'String' || t === 'ID') && typeof v !== 'string') bad(where, 'a string', v);
  return v;
}

function other(caps: StashCapabilities, f: FieldShape, lookup: string, v: unknown, where: string): unknown {
  const input = fieldsOfType(caps, f.type);
  const hasModifier = !!input?.has('modifier');
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    // A criterion's own shape (phash_distance { value, distance }): checked against its input type.
    for (const k of Object.keys(v)) {
      if (!input?.has(k) || k === 'modifier') {
        throw new StashStoreError(
          'invalid-value',
          `${where}: ${f.type} has no field ${JSON.stringify(k)}`,
          [...(input?.keys() ?? [])].filter((x) => x !== 'modifier'),
        );
      }
    }
  }
  const body = v && typeof v === 'object' && !Array.isArray(v) ? { ...v } : { value: v };
  if (!hasModifier) {
    if (lookup !== 'exact') {
      throw new StashStoreError('unknown-lookup', `${where}: ${f.type} takes no modifier`, ['exact']);
    }
    return body;
  }
  const modifier = {
    exact: M.EQUALS,
    ne: M.NOT_EQUALS,
    gt: M.GREATER_THAN,
    lt: M.LESS_THAN,
    in: M.INCLUDES,
    excludes: M.EXCLUDES,
    isnull: v ? M.IS_NULL : M.NOT_NULL,
  }[lookup as 'exact'];
  if (lookup === 'isnull') {
    if (typeof v !== 'boolean') bad(where, 'true or false', v);
    return { modifier };
  }
  return { ...body, modifier };
}

// --- field resolution ----------------------------------------------------------------------------------------------

interface Resolved {
  kind: 'criterion' | 'related';
  key: string;
  field: FieldShape;
  lookup: string;
  /** For related: the lookup key inside the related filter. */
  rest: string;
}

function validNames(fields: Map<string, FieldShape>): string[] {
  const out: string[] = [];
  for (const f of fields.values()) {
    if ((OPS as readonly string[]).includes(f.name)) continue;
    out.push(f.name.endsWith('_filter') ? `${f.name.slice(0, -'_filter'.length)}__<field>` : f.name);
  }
  return out.sort();
}

function resolve(caps: StashCapabilities, filterType: string, key: string): Resolved {
  const fields = fieldsOfType(caps, filterType);
  if (!fields) throw new StashStoreError('unsupported', `this Stash has no ${filterType}`);
  const segs = key.split('__');
  const [seg, ...rest] = segs as [string, ...string[]];
  const isLookup = rest.length === 0 || (rest.length === 1 && ALL_LOOKUPS.has(rest[0] as string));
  if (isLookup) {
    const name = [seg, `${seg}s`].find((n) => {
      const f = fields.get(n);
      return f && !n.endsWith('_filter') && !(OPS as readonly string[]).includes(n);
    });
    if (name) {
      const field = fields.get(name) as FieldShape;
      const lookup = rest[0] ?? 'exact';
      const valid = LOOKUPS[kindOf(field)] as readonly string[];
      if (!valid.includes(lookup)) {
        throw new StashStoreError(
          'unknown-lookup',
          `${filterType}.${name} (${field.type}) has no lookup ${JSON.stringify(lookup)} (in ${key})`,
          valid,
        );
      }
      return { kind: 'criterion', key: name, field, lookup, rest: '' };
    }
  }
  if (rest.length) {
    const candidates = [`${seg}_filter`, `${seg}s_filter`, `${seg}es_filter`];
    const name = candidates.find((n) => fields.get(n)?.kind === 'input');
    if (name)
      return { kind: 'related', key: name, field: fields.get(name) as FieldShape, lookup: '', rest: rest.join('__') };
    const since = candidates.map((c) => StashCapabilitiesMin(caps, `${filterType}.${c}`)).find(Boolean);
    if (since) {
      throw new StashStoreError(
        'unsupported',
        `${key}: ${filterType} on this Stash (${caps.version}) has no related filter for ${seg}; it needs Stash ≥ ${since}`,
        validNames(fields),
      );
    }
  }
  const plain = [seg, `${seg}s`].find((n) => {
    const f = fields.get(n);
    return f && !n.endsWith('_filter') && !(OPS as readonly string[]).includes(n);
  });
  const field = plain ? (fields.get(plain) as FieldShape) : undefined;
  // `title__foo`, `date__after`: the field exists, the lookup does not. (On a list of entities, `tags__x` may mean a
  // related filter this server lacks; that stays an unknown field.)
  if (field && rest.length === 1 && kindOf(field) !== 'multi') {
    throw new StashStoreError(
      'unknown-lookup',
      `${filterType}.${plain} (${field.type}) has no lookup ${JSON.stringify(rest[0])} (in ${key})`,
      LOOKUPS[kindOf(field)],
    );
  }
  throw new StashStoreError(
    'unknown-field',
    `${filterType} has no filter field ${JSON.stringify(seg)} (in ${key})`,
    validNames(fields),
  );
}

function StashCapabilitiesMin(caps: StashCapabilities, coordinate: string): string | undefined {
  return (caps.constructor as { minVersion?: (c: string) => string | undefined }).minVersion?.(coordinate);
}

function criterion(caps: StashCapabilities, r: Resolved, value: unknown, where: string): unknown {
  if (value === undefined) bad(where, 'a value', value);
  switch (kindOf(r.field)) {
    case 'int':
      return numeric(r.field, r.lookup, value, where);
    case 'date':
      return dated(r.field, r.lookup, value, where);
    case 'string':
      return stringy(r.lookup, value, where);
    case 'multi':
      return multi(r.field, r.lookup, value, where);
    case 'scalar':
      return scalar(r.field, value, where);
    default:
      return other(caps, r.field, r.lookup, value, where);
  }
}

// --- composition ---------------------------------------------------------------------------------------------------
// Stash evaluates a filter as (own criteria) AND|OR|AND NOT (one sub-filter), with at most one of AND/OR/NOT per
// level and each criterion key at most once. and/or below keep to that shape, using De Morgan when both sides
// already carry an operator.

const opOf = (f: Filter) => OPS.find((o) => f[o] !== undefined);
const ownKeys = (f: Filter) => Object.keys(f).filter((k) => !(OPS as readonly string[]).includes(k));
const isPureNot = (f: Filter) => opOf(f) === 'NOT' && ownKeys(f).length === 0;

function and(a: Filter, b: Filter, depth = 0): Filter {
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

function or(a: Filter, b: Filter, depth = 0): Filter {
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

function not(a: Filter): Filter {
  return isPureNot(a) ? (a.NOT as Filter) : { NOT: a };
}

function leaf(caps: StashCapabilities, filterType: string, lookups: Lookups): Filter {
  if (!lookups || typeof lookups !== 'object' || Array.isArray(lookups))
    bad(filterType, 'an object of lookups', lookups);
  const atoms: Filter[] = [];
  const related = new Map<string, { field: FieldShape; lookups: Record<string, unknown> }>();
  for (const [key, value] of Object.entries(lookups)) {
    const r = resolve(caps, filterType, key);
    if (r.kind === 'related') {
      let g = related.get(r.key);
      if (!g) {
        g = { field: r.field, lookups: {} };
        related.set(r.key, g);
      }
      g.lookups[r.rest] = value;
    } else {
      atoms.push({ [r.key]: criterion(caps, r, value, key) });
    }
  }
  // One related sub-filter per relation, so that `tags__name…` lookups in one Q apply to the same related row.
  for (const [key, g] of related) atoms.push({ [key]: leaf(caps, g.field.type, g.lookups) });
  return atoms.reduce((acc, f) => and(acc, f), {} as Filter);
}

function compileNode(caps: StashCapabilities, filterType: string, node: QNode): Filter {
  switch (node.op) {
    case 'leaf':
      return leaf(caps, filterType, node.lookups);
    case 'and':
      return node.children.map((c) => compileNode(caps, filterType, c)).reduce((a, b) => and(a, b), {});
    case 'or': {
      const parts = node.children.map((c) => compileNode(caps, filterType, c));
      return parts.slice(1).reduce((a, b) => or(a, b), parts[0] ?? {});
    }
    case 'not':
      return not(compileNode(caps, filterType, node.child));
  }
}

/**
 * Django-style lookups (or a Q expression) → the server's filter input (`SceneFilterType`), checked against this
 * server's schema: an unknown field or lookup, a wrong value type or something this version cannot express throws
 * StashStoreError before any request.
 */
export function compileFilter(caps: StashCapabilities, filterType: string, filters: Lookups | QExpr): Filter {
  return compileNode(caps, filterType, toNode(filters));
}
