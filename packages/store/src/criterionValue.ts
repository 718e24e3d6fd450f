import type { FilterField, StashCapabilities } from '@stash-graphql/core';
import { CriterionModifier } from '@stash-graphql/core/generated';
import { Entity } from '@stash-graphql/orm';
import { StashStoreError } from './StashStoreError.js';

// The value side of a lookup: checks a value for its criterion kind and writes Stash's criterion input for it.
// Which lookups a field takes is the generated vocabulary's (CRITERION_LOOKUPS, via capabilities' filterFields).

type Filter = Record<string, unknown>;
const M = CriterionModifier;

export const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

export function bad(where: string, expected: string, v: unknown): never {
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

function numeric(f: FilterField, lookup: string, v: unknown, where: string): Filter {
  const isInt = f.criterion === 'int';
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

function dated(f: FilterField, lookup: string, v: unknown, where: string): Filter {
  const isDate = f.criterion === 'date';
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
  if (lookup === 'regex') return re(v); // as given: escaping a long pattern (a lookup of many names) is wasted work
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
    default:
      return re(`(?i)${v}`);
  }
}

function isNull(lookup: string, v: unknown, where: string, placeholder: unknown): Filter {
  if (lookup !== 'isnull') throw new Error(`unreachable lookup ${lookup}`);
  if (typeof v !== 'boolean') bad(where, 'true or false', v);
  return { value: placeholder, modifier: v ? M.IS_NULL : M.NOT_NULL };
}

function multi(f: FilterField, lookup: string, v: unknown, where: string): Filter {
  const hierarchical = f.criterion === 'hierarchical';
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

function scalar(f: FilterField, v: unknown, where: string): unknown {
  const t = f.type;
  if (t === 'Boolean' && typeof v !== 'boolean') bad(where, 'true or false', v);
  if ((t === 'Int' || t === 'Float') && typeof v !== 'number') bad(where, 'a number', v);
  if ((t === 'String' || t === 'ID') && typeof v !== 'string') bad(where, 'a string', v);
  return v;
}

function other(caps: StashCapabilities, f: FilterField, lookup: string, v: unknown, where: string): unknown {
  const input = caps.fields(f.type);
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

/** One criterion's input for a lookup and value (`title__icontains: 'x'` → `{ value: '"x"', modifier: INCLUDES }`). */
export function criterionValue(
  caps: StashCapabilities,
  field: FilterField,
  lookup: string,
  value: unknown,
  where: string,
): unknown {
  if (value === undefined) bad(where, 'a value', value);
  switch (field.criterion) {
    case 'int':
    case 'float':
      return numeric(field, lookup, value, where);
    case 'date':
    case 'timestamp':
      return dated(field, lookup, value, where);
    case 'string':
      return stringy(lookup, value, where);
    case 'multi':
    case 'hierarchical':
      return multi(field, lookup, value, where);
    case 'scalar':
      return scalar(field, value, where);
    default:
      return other(caps, field, lookup, value, where);
  }
}
