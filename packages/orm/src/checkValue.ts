import { ENUM_VALUES, type FieldMeta } from '@stash-graphql/core';
import { StashOrmError } from './StashOrmError.js';

// The schema types rating100 only as Int; Stash documents (and its UI enforces) 0–100. Nothing else in the schema
// says a range, so this is the one hand-written value constraint.
const RANGES: Readonly<Record<string, readonly [number, number]>> = { rating100: [0, 100] };

// Keys that would reach a prototype when copied by assignment; never valid Stash field or map keys.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Source = 'input' | 'server';

function fail(source: Source, message: string): never {
  throw new StashOrmError(source === 'server' ? 'malformed-data' : 'invalid-value', message);
}

/** A deep, frozen copy of JSON data; rejects prototype keys and non-JSON values. */
export function copyJson(value: unknown, path: string, source: Source): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(source, `${path}: ${value} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) return Object.freeze(value.map((v, i) => copyJson(v, `${path}[${i}]`, source)));
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) fail(source, `${path}: key ${JSON.stringify(key)} is not allowed`);
      out[key] = copyJson((value as Record<string, unknown>)[key], `${path}.${key}`, source);
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
    if (typeof value !== 'string' || !ENUM_VALUES[meta.type]?.includes(value)) {
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
      if (!Number.isSafeInteger(value)) fail(source, `${path}: expected an integer, got ${describe(value)}`);
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
      return copyJson(value, path, source);
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
  if (meta.kind === 'SCALAR' && !meta.list) {
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
  const range = RANGES[field];
  if (range && typeof out === 'number' && (out < range[0] || out > range[1])) {
    fail(source, `${path}: ${out} is outside ${range[0]}–${range[1]}`);
  }
  return out;
}
