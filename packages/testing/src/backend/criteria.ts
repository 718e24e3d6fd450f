/**
 * Criterion matchers reimplementing Stash's SQL (pkg/sqlite/criterion_handlers.go,
 * pkg/sqlite/sql.go) over in-memory values. SQL NULL semantics are kept: a
 * comparison against a missing value is false, except where Stash adds
 * `IS NULL OR` explicitly.
 */
import { asciiFold } from './goText.js';
import type { Neighbours } from './hierarchy.js';
import { expandDepth } from './hierarchy.js';

export type Modifier =
  | 'EQUALS'
  | 'NOT_EQUALS'
  | 'GREATER_THAN'
  | 'LESS_THAN'
  | 'IS_NULL'
  | 'NOT_NULL'
  | 'INCLUDES_ALL'
  | 'INCLUDES'
  | 'EXCLUDES'
  | 'MATCHES_REGEX'
  | 'NOT_MATCHES_REGEX'
  | 'BETWEEN'
  | 'NOT_BETWEEN';

export interface StringCriterion {
  value: string;
  modifier: Modifier;
}
export interface NumberCriterion {
  value: number;
  value2?: number | null;
  modifier: Modifier;
}
export interface DateCriterion {
  value: string;
  value2?: string | null;
  modifier: Modifier;
}
export interface MultiCriterion {
  value?: string[] | null;
  modifier: Modifier;
  excludes?: string[] | null;
  depth?: number | null;
}

const likeCache = new Map<string, RegExp>();

/** SQLite LIKE: `%` any run, `_` one character (code point), ASCII-only case folding, whole-string match. */
export function like(value: string, pattern: string): boolean {
  let re = likeCache.get(pattern);
  if (!re) {
    let src = '';
    for (const ch of asciiFold(pattern)) {
      if (ch === '%') src += '[\\s\\S]*';
      else if (ch === '_') src += '[\\s\\S]';
      else src += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    // No `i` flag: JavaScript would fold non-ASCII letters too (Ñ/ñ), which SQLite's LIKE does not.
    re = new RegExp(`^${src}$`, 'u');
    if (likeCache.size > 1000) likeCache.clear();
    likeCache.set(pattern, re);
  }
  return re.test(asciiFold(value));
}

/** Go RE2 regexps: translate the common inline `(?i)` flag; other syntax is shared with JS. */
export function goRegex(pattern: string): RegExp {
  let p = pattern;
  let flags = '';
  const m = /^\(\?([imsU]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    for (const f of m[1] as string) if (f === 'i' || f === 'm' || f === 's') flags += f;
  }
  try {
    return new RegExp(p, flags);
  } catch (e) {
    throw new Error(`error parsing regexp: ${(e as Error).message}`);
  }
}

/** getStringSearchClause: words (or one "quoted phrase") each as `%word%`. */
export function searchWords(q: string): string[] {
  const t = q.trim();
  const unquoted = t.replace(/^"+|"+$/g, '');
  if (unquoted !== t) return [unquoted];
  return t.split(/\s+/).filter((w) => w !== '');
}

const blank = (v: string | null | undefined) => v == null || v.trim() === '';

/**
 * stringCriterionHandler. A list value (aliases, urls, file paths) behaves like a
 * join: positive modifiers need any element, negative ones need no element.
 */
export function matchString(c: StringCriterion, v: string | null | undefined | readonly (string | null)[]): boolean {
  if (Array.isArray(v)) {
    const list = v as readonly (string | null)[];
    switch (c.modifier) {
      case 'IS_NULL':
        return list.every((x) => blank(x));
      case 'NOT_NULL':
        return list.some((x) => !blank(x));
      case 'NOT_EQUALS':
      case 'EXCLUDES':
      case 'NOT_MATCHES_REGEX': {
        const positive = { ...c, modifier: POSITIVE[c.modifier] as Modifier };
        return !list.some((x) => matchString(positive, x));
      }
      default:
        return list.some((x) => matchString(c, x));
    }
  }
  const s = v as string | null | undefined;
  switch (c.modifier) {
    case 'EQUALS':
      return s != null && like(s, c.value);
    case 'NOT_EQUALS':
      return s != null && !like(s, c.value);
    case 'INCLUDES':
      return s != null && searchWords(c.value).some((w) => like(s, `%${w}%`));
    case 'EXCLUDES':
      return s != null && searchWords(c.value).every((w) => !like(s, `%${w}%`));
    case 'MATCHES_REGEX':
      return s != null && goRegex(c.value).test(s);
    case 'NOT_MATCHES_REGEX':
      return s == null || !goRegex(c.value).test(s);
    case 'IS_NULL':
      return blank(s);
    case 'NOT_NULL':
      return !blank(s);
    default:
      throw new Error('unsupported string filter modifier');
  }
}

const POSITIVE: Partial<Record<Modifier, Modifier>> = {
  NOT_EQUALS: 'EQUALS',
  EXCLUDES: 'INCLUDES',
  NOT_MATCHES_REGEX: 'MATCHES_REGEX',
};

/** getNumericWhereClause (value2 defaults to 0, GREATER_THAN/LESS_THAN are strict). */
export function matchNumber(c: NumberCriterion, v: number | null | undefined): boolean {
  const hi = c.value2 ?? 0;
  switch (c.modifier) {
    case 'IS_NULL':
      return v == null;
    case 'NOT_NULL':
      return v != null;
    default:
      break;
  }
  if (v == null) return false;
  switch (c.modifier) {
    case 'EQUALS':
      return v === c.value;
    case 'NOT_EQUALS':
      return v !== c.value;
    case 'GREATER_THAN':
      return v > c.value;
    case 'LESS_THAN':
      return v < c.value;
    case 'BETWEEN':
      return v >= c.value && v <= hi;
    case 'NOT_BETWEEN':
      return v < c.value || v > hi;
    default:
      throw new Error(`unsupported numeric modifier type ${c.modifier}`);
  }
}

/**
 * What SQLite compares a bound text with when the column has NUMERIC affinity (Stash declares its dates `date` and
 * its timestamps `datetime`): a well-formed integer or real literal becomes a number, anything else stays text.
 */
export function numericAffinity(text: string): number | string {
  return /^[ \t\n\f\r\v]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[ \t\n\f\r\v]*$/.test(text) ? Number(text) : text;
}

/**
 * getDateWhereClause / getTimestampWhereClause: value2 defaults to tomorrow. The stored value is text; the bound one
 * takes the column's NUMERIC affinity, so `2021` becomes a number and every stored date is greater than it (SQLite
 * orders numbers before text). Text compares bytewise, so `GREATER_THAN …:33.000Z` matches rows stored at `…:33Z`.
 */
export function matchDate(
  c: DateCriterion,
  v: string | null | undefined,
  kind: 'date' | 'timestamp',
  now: Date,
): boolean {
  if (c.modifier === 'IS_NULL') return v == null || v === '';
  if (c.modifier === 'NOT_NULL') return v != null && v !== '';
  if (v == null || v === '') return false;
  const tomorrow = new Date(now.getTime() + 86400000).toISOString().replace(/\.\d+Z$/, 'Z');
  const cmp = (stored: string, bound: string) => {
    const b = numericAffinity(bound);
    if (typeof b === 'number') return 1;
    return stored < b ? -1 : stored > b ? 1 : 0;
  };
  const hi = c.value2 ?? (kind === 'date' ? tomorrow.slice(0, 10) : tomorrow);
  switch (c.modifier) {
    case 'EQUALS':
      return cmp(v, c.value) === 0;
    case 'NOT_EQUALS':
      return cmp(v, c.value) !== 0;
    case 'GREATER_THAN':
      return cmp(v, c.value) > 0;
    case 'LESS_THAN':
      return cmp(v, c.value) < 0;
    case 'BETWEEN':
      return cmp(v, c.value) >= 0 && cmp(v, hi) <= 0;
    case 'NOT_BETWEEN':
      return cmp(v, c.value) < 0 || cmp(v, hi) > 0;
    default:
      throw new Error('unsupported date modifier type');
  }
}

/** joinedMultiCriterionHandlerBuilder (performers, galleries, ...). */
export function matchMulti(c: MultiCriterion, related: readonly string[]): boolean {
  if (c.modifier === 'IS_NULL') return related.length === 0;
  if (c.modifier === 'NOT_NULL') return related.length > 0;
  let value = c.value ?? [];
  let excludes = c.excludes ?? [];
  let modifier = c.modifier;
  if (value.length === 0 && excludes.length === 0) return true;
  if (modifier === 'EXCLUDES') {
    modifier = 'INCLUDES_ALL';
    excludes = [...excludes, ...value];
    value = [];
  }
  const set = new Set(related);
  if (value.length > 0) {
    switch (modifier) {
      case 'INCLUDES':
        if (!value.some((v) => set.has(v))) return false;
        break;
      case 'INCLUDES_ALL':
        if (!value.every((v) => set.has(v))) return false;
        break;
      case 'EQUALS':
        if (!value.every((v) => set.has(v)) || set.size !== value.length) return false;
        break;
      case 'NOT_EQUALS':
        throw new Error('not equals modifier is not supported for multi criterion input');
      default:
        break;
    }
  }
  return !excludes.some((v) => set.has(v));
}

/**
 * joinedHierarchicalMultiCriterionHandlerBuilder (tags, performer tags, groups):
 * each value expands to itself plus descendants up to `depth` (-1 = all).
 */
export function matchHierarchical(c: MultiCriterion, related: readonly string[], children: Neighbours): boolean {
  if (c.modifier === 'EQUALS' && c.depth != null && c.depth !== 0) {
    throw new Error('depth is not supported for equals modifier in hierarchical multi criterion input');
  }
  if (c.modifier === 'IS_NULL') return related.length === 0;
  if (c.modifier === 'NOT_NULL') return related.length > 0;
  let value = c.value ?? [];
  let excludes = c.excludes ?? [];
  let modifier = c.modifier;
  if (modifier === 'EXCLUDES') {
    modifier = 'INCLUDES_ALL';
    excludes = [...excludes, ...value];
    value = [];
  }
  if (value.length === 0 && excludes.length === 0) return true;
  const set = new Set(related);
  if (value.length > 0) {
    const hit = (root: string) => {
      for (const id of expandDepth([root], children, c.depth)) if (set.has(id)) return true;
      return false;
    };
    switch (modifier) {
      case 'INCLUDES':
        if (!value.some(hit)) return false;
        break;
      case 'INCLUDES_ALL':
        if (!value.every(hit)) return false;
        break;
      case 'EQUALS':
        if (!value.every(hit) || set.size !== value.length) return false;
        break;
      case 'NOT_EQUALS':
        throw new Error('not equals modifier is not supported for hierarchical multi criterion input');
      default:
        break;
    }
  }
  if (excludes.length > 0) {
    const ex = expandDepth(excludes, children, c.depth);
    if (related.some((r) => ex.has(r))) return false;
  }
  return true;
}

/**
 * hierarchicalMultiCriterionHandlerBuilder on a single FK column (studios):
 * EQUALS acts as INCLUDES_ALL and NOT_EQUALS as EXCLUDES (studioCriterionHandler).
 */
export function matchSingleHierarchical(c: MultiCriterion, fk: string | null, children: Neighbours): boolean {
  let modifier = c.modifier;
  if (modifier === 'EQUALS') modifier = 'INCLUDES_ALL';
  else if (modifier === 'NOT_EQUALS') modifier = 'EXCLUDES';
  if (modifier === 'IS_NULL') return fk == null;
  if (modifier === 'NOT_NULL') return fk != null;
  let value = c.value ?? [];
  let excludes = c.excludes ?? [];
  if (value.length === 0 && excludes.length === 0) return true;
  if (modifier === 'EXCLUDES') {
    modifier = 'INCLUDES_ALL';
    excludes = [...excludes, ...value];
    value = [];
  }
  if (value.length > 0) {
    if (fk == null) return false;
    const set = expandDepth(value, children, c.depth);
    if (!set.has(fk)) return false;
    // count(distinct studio_id) IS len(value): one FK can only satisfy a single value
    if (modifier === 'INCLUDES_ALL' && value.length > 1) {
      const hits = value.filter((v) => expandDepth([v], children, c.depth).has(fk));
      if (hits.length < value.length) return false;
    }
  }
  if (excludes.length > 0 && fk != null && expandDepth(excludes, children, c.depth).has(fk)) return false;
  return true;
}

/** Hamming distance of two hex phashes. */
export function phashDistance(a: string, b: string): number {
  let x = BigInt(`0x${a || '0'}`) ^ BigInt(`0x${b || '0'}`);
  let n = 0;
  while (x > 0n) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}
