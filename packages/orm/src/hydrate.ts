import type { FieldMeta } from '@stash-graphql/core';
import { checkValue, copyJson, describe, isPlainObject } from './checkValue.js';
import {
  assignValue,
  Entity,
  type EntityClass,
  type EntityState,
  entityClass,
  type FieldInfo,
  fieldsOf,
  instantiate,
  stateOf,
  TEMP_ID_PREFIX,
} from './Entity.js';
import { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

/** A checked payload, not yet bound to identities: nothing is touched until the whole payload is valid. */
interface Node {
  typename: string;
  id: string;
  keys: string[];
  values: unknown[];
}
class Parsed {
  constructor(readonly node: Node) {}
}

function bad(path: string, message: string): never {
  throw new StashOrmError('malformed-data', `${path}: ${message}`);
}

function parseEntity(typename: string, payload: unknown, path: string): Parsed {
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

function bind(value: unknown, map: IdentityMap): unknown {
  if (value instanceof Parsed) return apply(value.node, map);
  if (Array.isArray(value)) return Object.isFrozen(value) ? value : Object.freeze(value.map((v) => bind(v, map)));
  if (isWrapper(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object)) out[k] = bind((value as Record<string, unknown>)[k], map);
    return Object.freeze(out);
  }
  return value;
}

// Wrapper objects (SceneGroup) are the only unfrozen plain objects left by parsing.
const isWrapper = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Parsed) && !Object.isFrozen(v);

/** Sets a loaded value; a pending change equal to it becomes clean, pending ADD/REMOVE apply on top of it. */
export function mergeLoaded(s: EntityState, key: string, value: unknown): void {
  s.loaded[key] = value;
  if (s.changes && Object.hasOwn(s.changes, key)) assignValue(s, key, s.changes[key]);
  const d = s.deltas?.[key];
  if (d && Array.isArray(value)) {
    delete s.deltas?.[key];
    assignValue(
      s,
      key,
      Object.freeze([...value.filter((e) => !d.remove.includes(e)), ...d.add.filter((e) => !value.includes(e))]),
    );
  }
}

function apply(node: Node, map: IdentityMap): Entity {
  let entity = map.get(node.typename, node.id);
  if (!entity) {
    entity = instantiate(entityClass(node.typename) as EntityClass, node.id);
    map.add(entity);
  }
  const s = stateOf(entity);
  for (let i = 0; i < node.keys.length; i++) mergeLoaded(s, node.keys[i] as string, bind(node.values[i], map));
  return entity;
}

export interface HydrateOptions {
  /** Reuse (and extend) an identity map, e.g. the store's; default a fresh one per call. */
  identityMap?: IdentityMap;
}

/**
 * Builds entities from a query result (any fragment tier). The whole payload is checked first, so a malformed one
 * (unknown keys such as `__proto__`, wrong types, an unexpected `__typename`) throws StashOrmError `malformed-data`
 * and leaves every existing entity untouched.
 */
export function hydrate<C extends EntityClass>(
  cls: C,
  payload: unknown,
  options: HydrateOptions = {},
): InstanceType<C> {
  const parsed = parseEntity(cls.typename, payload, cls.typename);
  return apply(parsed.node, options.identityMap ?? new IdentityMap()) as InstanceType<C>;
}

export function hydrateMany<C extends EntityClass>(
  cls: C,
  payloads: unknown,
  options: HydrateOptions = {},
): InstanceType<C>[] {
  if (!Array.isArray(payloads)) bad(cls.typename, `expected a list, got ${describe(payloads)}`);
  const parsed = payloads.map((p, i) => parseEntity(cls.typename, p, `${cls.typename}[${i}]`));
  const map = options.identityMap ?? new IdentityMap();
  return parsed.map((p) => apply(p.node, map) as InstanceType<C>);
}

/** Merges a mutation's answer into an entity; references resolve to the objects the entity already points at. */
export function mergeServerAnswer(entity: Entity, payload: unknown, map = new IdentityMap()): void {
  const parsed = parseEntity(entity.typename, payload, `${entity.typename} answer`);
  if (parsed.node.id !== entity.id) bad(`${entity.typename} answer`, `id ${parsed.node.id} is not ${entity.id}`);
  const s = stateOf(entity);
  const seed = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(seed);
    else if (v instanceof Entity) map.add(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) if (typeof x === 'object') seed(x);
  };
  for (const src of [s.loaded, s.changes ?? {}]) for (const k of Object.keys(src)) seed(src[k]);
  for (const d of Object.values(s.deltas ?? {})) seed([...d.add, ...d.remove]);
  map.add(entity);
  apply(parsed.node, map);
}
