import { ENUM_VALUES, type FieldMeta } from '@stash-graphql/core/generated';
import { StashOrmError } from './StashOrmError.js';

// The schema types rating100 only as Int; Stash documents (and its UI enforces) 0–100. Nothing else in the schema
// says a range, so this is the one hand-written value constraint.
const RANGES: Readonly<Record<string, readonly [number, number]>> = { rating100: [0, 100] };

// Date strings Stash parses on write (models.ParseDate): RFC 3339, YYYY-MM-DD, "YYYY-MM-DD hh:mm:ss", YYYY-MM,
// YYYY; anything else is refused by the server ("failed to parse date").
const DATE_FIELDS = new Set(['date', 'birthdate', 'death_date']);
const DATE_FORMS = [
  /^(\d{4})-(\d{2})-(\d{2})$/,
  /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/,
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
];
/** True for a date string Stash's ParseDate accepts (Go's time.Parse checks the day against the month). */
export function isStashDate(v: string): boolean {
  if (/^\d{4}$/.test(v)) return true;
  const ym = /^(\d{4})-(\d{2})$/.exec(v);
  if (ym) return Number(ym[2]) >= 1 && Number(ym[2]) <= 12;
  for (const re of DATE_FORMS) {
    const m = re.exec(v);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1) return false;
    return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  }
  return false;
}

// Names Stash refuses when blank after trimming, on create and update ("tag name must not be blank").
const NAMED = new Set(['Tag', 'Studio', 'Performer', 'Group']);
const CHECKED_TEXT = new Set([...DATE_FIELDS, 'name']);
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

// Keys that would reach a prototype when copied by assignment; never valid Stash field or map keys.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Source = 'input' | 'server';

function fail(source: Source, message: string): never {
  throw new StashOrmError(source === 'server' ? 'malformed-data' : 'invalid-value', message);
}

/** A deep, frozen copy of JSON data; rejects prototype keys and non-JSON values. */
export function copyJson(value: unknown, path: string, source: Source, dataKeys = false): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(source, `${path}: ${value} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) return Object.freeze(value.map((v, i) => copyJson(v, `${path}[${i}]`, source, dataKeys)));
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = copyJson((value as Record<string, unknown>)[key], `${path}.${key}`, source, dataKeys);
      if (!FORBIDDEN_KEYS.has(key)) out[key] = v;
      // A key such as `__proto__` in data the server holds (a custom field another tool stored) is kept as an own
      // property; from the caller it is refused.
      else if (source === 'server' && dataKeys) Object.defineProperty(out, key, { value: v, enumerable: true });
      else fail(source, `${path}: key ${JSON.stringify(key)} is not allowed`);
    }
    return Object.freeze(out);
  }
  return fail(source, `${path}: ${describe(value)} is not JSON data`);
}

export function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${(value as object).constructor?.name ?? 'null prototype'})`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** One scalar or enum item, normalized (a Date becomes an ISO string for Time fields). */
function checkScalar(path: string, meta: FieldMeta, value: unknown, source: Source): unknown {
  if (meta.kind === 'ENUM') {
    // The server's values are its data, even ones this SDK's schema does not list (a newer server).
    if (typeof value !== 'string' || (source === 'input' && !ENUM_VALUES[meta.type]?.includes(value))) {
      fail(source, `${path}: ${describe(value)} is not a ${meta.type} (${ENUM_VALUES[meta.type]?.join(', ')})`);
    }
    return value;
  }
  switch (meta.type) {
    case 'ID':
    case 'String':
      if (typeof value !== 'string') fail(source, `${path}: expected a string, got ${describe(value)}`);
      return value;
    case 'Time':
    case 'Timestamp':
      if (value instanceof Date && source === 'input') {
        if (Number.isNaN(value.getTime())) fail(source, `${path}: invalid Date`);
        return value.toISOString();
      }
      if (typeof value !== 'string') fail(source, `${path}: expected a time string or Date, got ${describe(value)}`);
      return value;
    case 'Int':
    case 'Int64':
      if (source === 'input' ? !Number.isSafeInteger(value) : !Number.isInteger(value)) {
        fail(source, `${path}: expected an integer, got ${describe(value)}`);
      }
      return value;
    case 'Float':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        fail(source, `${path}: expected a number, got ${describe(value)}`);
      }
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') fail(source, `${path}: expected a boolean, got ${describe(value)}`);
      return value;
    case 'Map':
    case 'BoolMap':
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainObject(value)) {
        fail(source, `${path}: expected a plain object, got ${describe(value)}`);
      }
      return copyJson(value, path, source, true);
    default:
      return copyJson(value, path, source);
  }
}

/**
 * Checks a non-entity value against its schema type (nullability, list, scalar/enum) and returns the normalized,
 * frozen value the entity stores. Throws StashOrmError `invalid-value` (or `malformed-data` for server data).
 */
export function checkValue(where: string, field: string, meta: FieldMeta, value: unknown, source: Source): unknown {
  // Hot path of hydration: the field path is only built when something is wrong.
  if (value === null && (source === 'input' || !meta.nonNull)) return null;
  if (meta.kind === 'SCALAR' && !meta.list && (source === 'server' || !CHECKED_TEXT.has(field))) {
    const t = meta.type;
    if (typeof value === 'string' && (t === 'String' || t === 'ID' || t === 'Time' || t === 'Timestamp')) return value;
    if (typeof value === 'boolean' && t === 'Boolean') return value;
    if (t === 'Int' && Number.isSafeInteger(value) && !RANGES[field]) return value;
  }
  const path = `${where}.${field}`;
  if (value === undefined) fail(source, `${path}: undefined is not a value (use null to clear)`);
  if (value === null) {
    // Output fields marked non-null may still be cleared through their input, which is nullable; only server data
    // must honour the output type's nullability.
    if (source === 'server' && meta.nonNull) fail(source, `${path}: null for non-null ${meta.type}`);
    return null;
  }
  if (meta.kind === 'OBJECT' || meta.kind === 'INTERFACE' || meta.kind === 'UNION' || meta.kind === 'INPUT_OBJECT') {
    if (meta.list && !Array.isArray(value)) fail(source, `${path}: expected a list, got ${describe(value)}`);
    if (!meta.list && (typeof value !== 'object' || Array.isArray(value))) {
      fail(source, `${path}: expected an object, got ${describe(value)}`);
    }
    return copyJson(value, path, source);
  }
  if (meta.list) {
    if (!Array.isArray(value)) fail(source, `${path}: expected a list of ${meta.type}, got ${describe(value)}`);
    return Object.freeze(value.map((v, i) => checkScalar(`${path}[${i}]`, meta, v, source)));
  }
  const out = checkScalar(path, meta, value, source);
  if (source === 'input' && typeof out === 'string') {
    if (DATE_FIELDS.has(field) && out !== '' && !isStashDate(out)) {
      fail(
        source,
        `${path}: ${JSON.stringify(out)} is not a date Stash accepts (YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339)`,
      );
    }
    if (field === 'name' && NAMED.has(where) && GO_SPACE.test(out))
      fail(source, `${path}: a ${where} name must not be blank`);
  }
  const range = RANGES[field];
  // Ranges are checked on what we write; what the server holds (rating100: 500 from another tool) is read as is.
  if (source === 'input' && range && typeof out === 'number' && (out < range[0] || out > range[1])) {
    fail(source, `${path}: ${out} is outside ${range[0]}–${range[1]}`);
  }
  return out;
}
