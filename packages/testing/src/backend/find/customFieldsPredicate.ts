import { like, type StringCriterion } from '../criteria.js';
import type { Predicate } from '../FindEngine.js';

export interface CustomFieldCriterion {
  field: string;
  value?: unknown[] | null;
  modifier: StringCriterion['modifier'];
}

/** A value as SQLite holds it: INTEGER/REAL, TEXT, or NULL (Go bools bind as 1/0). */
type SqlValue = number | string | null;

/**
 * SQLite's comparison of two values of a column without affinity (`value BLOB`): NULL < numbers < text, numbers
 * numerically, text bytewise. Nothing is converted, so 5 never equals '5' and every number is less than every text.
 */
function sqlCompare(a: SqlValue, b: SqlValue): number {
  const cls = (x: SqlValue) => (x === null ? 0 : typeof x === 'number' ? 1 : 2);
  if (cls(a) !== cls(b)) return cls(a) - cls(b);
  if (a === null || b === null) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SQLite's text form of a value (for LIKE / TRIM). */
const sqlText = (v: SqlValue): string => (v === null ? '' : String(v));

/**
 * customFieldsFilterHandler (pkg/sqlite/custom_fields.go). Criterion values arrive from JSON as json.Number;
 * findPerformers converts them to int64/float64 only for the root filter's custom_fields
 * (internal/api/json.go convertCustomFieldCriterionInputJSONNumbers), so in AND/OR/NOT and related sub-filters a
 * number is bound as TEXT and compares as text (5 > '4' is false: a number is below any text).
 */
export function customFieldsPredicate(list: CustomFieldCriterion[], root: boolean): Predicate {
  const bind = (x: unknown): SqlValue =>
    typeof x === 'boolean'
      ? x
        ? 1
        : 0
      : typeof x === 'number'
        ? root
          ? x
          : String(x)
        : x == null
          ? null
          : String(x);
  // fmt %v of the Go value, for the LIKE patterns
  const fmt = (x: unknown): string => (x == null ? '' : String(x));
  const goType = (x: unknown): string =>
    typeof x === 'boolean'
      ? 'bool'
      : typeof x === 'number'
        ? root
          ? Number.isInteger(x)
            ? 'int64'
            : 'float64'
          : 'json.Number'
        : typeof x === 'string'
          ? 'string'
          : Array.isArray(x)
            ? '[]interface {}'
            : 'map[string]interface {}';
  for (const c of list) {
    for (const x of c.value ?? []) {
      if (x !== null && typeof x === 'object') throw new Error(`unsupported custom field value type: ${goType(x)}`);
    }
    if (c.modifier === 'MATCHES_REGEX' || c.modifier === 'NOT_MATCHES_REGEX') {
      for (const x of c.value ?? []) {
        if (typeof x !== 'string') throw new Error(`unsupported custom field criterion value type: ${goType(x)}`);
      }
    }
    const n = (c.value ?? []).length;
    if (c.modifier === 'BETWEEN' && n !== 2)
      throw new Error(`expected 2 values for custom field criterion modifier BETWEEN, got ${n}`);
    if ((c.modifier === 'LESS_THAN' || c.modifier === 'GREATER_THAN') && n !== 1)
      throw new Error(`expected 1 value for custom field criterion modifier LESS_THAN, got ${n}`);
    if (
      ![
        'EQUALS',
        'NOT_EQUALS',
        'INCLUDES',
        'EXCLUDES',
        'MATCHES_REGEX',
        'NOT_MATCHES_REGEX',
        'IS_NULL',
        'NOT_NULL',
        'BETWEEN',
        'NOT_BETWEEN',
        'LESS_THAN',
        'GREATER_THAN',
      ].includes(c.modifier)
    )
      throw new Error(`unsupported custom field criterion modifier: ${c.modifier}`);
  }
  return (r) => {
    const cf = (r.custom_fields as Record<string, unknown> | undefined) ?? {};
    return list.every((c) => {
      const raw = cf[c.field];
      const v: SqlValue =
        raw == null ? null : typeof raw === 'number' ? raw : typeof raw === 'boolean' ? Number(raw) : String(raw);
      const vals = (c.value ?? []).map(bind);
      const raws = c.value ?? [];
      const cmp = (x: SqlValue) => sqlCompare(v, x);
      switch (c.modifier) {
        case 'EQUALS':
          return v !== null && vals.some((x) => cmp(x) === 0);
        case 'NOT_EQUALS':
          return v !== null && !vals.some((x) => cmp(x) === 0);
        case 'INCLUDES':
          return v !== null && raws.every((x) => like(sqlText(v), `%${fmt(x)}%`));
        case 'EXCLUDES':
          return v === null || raws.every((x) => !like(sqlText(v), `%${fmt(x)}%`));
        case 'MATCHES_REGEX':
          return v !== null && raws.every((x) => new RegExp(String(x)).test(sqlText(v)));
        case 'NOT_MATCHES_REGEX':
          return v === null || raws.every((x) => !new RegExp(String(x)).test(sqlText(v)));
        case 'IS_NULL':
          return v === null || sqlText(v).trim() === '';
        case 'NOT_NULL':
          return v !== null && sqlText(v).trim() !== '';
        case 'BETWEEN':
          return v !== null && cmp(vals[0] ?? null) >= 0 && cmp(vals[1] ?? null) <= 0;
        case 'NOT_BETWEEN':
          return v !== null && !(cmp(vals[0] ?? null) >= 0 && cmp(vals[1] ?? null) <= 0);
        case 'LESS_THAN':
          return v !== null && cmp(vals[0] ?? null) < 0;
        default:
          return v !== null && cmp(vals[0] ?? null) > 0;
      }
    });
  };
}
