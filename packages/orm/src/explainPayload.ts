import type { FieldMeta } from '@stash-graphql/core/generated';
import { checkValue, copyJson, describe, isPlainObject } from './checkValue.js';
import { fieldsOf } from './Entity.js';
import { type FieldInfo, TEMP_ID_PREFIX } from './entityState.js';
import { StashOrmError } from './StashOrmError.js';

// Hydration's fast path (hydrate.ts) does not track where it is in the payload. When it rejects one, this slower parser (which
// builds nothing that outlives it) walks the same payload again to name the exact path and reason.

/** A checked payload, not yet bound to identities. */
interface Node {
  typename: string;
  id: string;
  keys: string[];
  values: unknown[];
}
class Parsed {
  constructor(readonly node: Node) {}
}

export function bad(path: string, message: string): never {
  throw new StashOrmError('malformed-data', `${path}: ${message}`);
}

export function parseEntity(typename: string, payload: unknown, path: string): Parsed {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || !isPlainObject(payload)) {
    bad(path, `expected a ${typename} object, got ${describe(payload)}`);
  }
  const p = payload as Record<string, unknown>;
  const fields = fieldsOf(typename);
  const node: Node = { typename, id: '', keys: [], values: [] };
  for (const key of Object.keys(p)) {
    const value = p[key];
    if (key === '__typename') {
      if (value !== typename) bad(path, `__typename ${JSON.stringify(value)} where a ${typename} was expected`);
      continue;
    }
    if (key === 'id') {
      if (typeof value !== 'string' || value === '' || value.startsWith(TEMP_ID_PREFIX)) {
        bad(path, `id must be a server id string, got ${describe(value)}`);
      }
      node.id = value;
      continue;
    }
    const info = fields.get(key);
    if (!info?.meta) bad(path, `${typename} has no field ${JSON.stringify(key)}`);
    node.keys.push(key);
    node.values.push(parseField(info, info.meta, value, path, key));
  }
  if (!node.id) bad(path, `${typename} without an id`);
  return new Parsed(node);
}

function parseField(info: FieldInfo, meta: FieldMeta, value: unknown, where: string, key: string): unknown {
  const rel = info.relation;
  const target = rel ? rel.target : info.ref;
  if (!target && rel?.kind !== 'hasManyThrough') return checkValue(where, key, meta, value, 'server');
  const path = `${where}.${key}`;
  if (value === null) {
    if (meta.nonNull) bad(path, `null for non-null ${meta.type}`);
    return null;
  }
  if (rel?.kind === 'hasManyThrough') {
    if (!Array.isArray(value)) bad(path, `expected a list, got ${describe(value)}`);
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item) || !isPlainObject(item)) {
        bad(`${path}[${i}]`, `expected an object, got ${describe(item)}`);
      }
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(item)) {
        const v = (item as Record<string, unknown>)[k];
        if (k === '__typename') continue;
        out[k] =
          k === rel.via && rel.target
            ? parseEntity(rel.target, v, `${path}[${i}].${k}`)
            : copyJson(v, `${path}[${i}].${k}`, 'server');
      }
      return out;
    });
  }
  if (target) {
    if (!meta.list) return parseEntity(target, value, path);
    if (!Array.isArray(value)) bad(path, `expected a list of ${target}, got ${describe(value)}`);
    return value.map((v, i) => parseEntity(target, v, `${path}[${i}]`));
  }
  return checkValue(where, key, meta, value, 'server');
}
