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

// --- explaining a rejected payload ------------------------------------------------------------------------------
// The fast path below does not track where it is in the payload. When it rejects one, this slower parser (which
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

// --- the fast path -----------------------------------------------------------------------------------------------
// One walk over the payload checks every value and builds the entities' loaded values directly. Nothing anyone else
// can see is touched before the walk completes: entities new to the identity map are created privately and join it
// only at the end, and the values for entities already in the map are collected and merged only at the end. Any
// problem throws (REJECT or a checker's error); the caller then runs the explaining parser above for the message.

const REJECT: unknown = Object.freeze(new Error('malformed'));
function reject(): never {
  throw REJECT;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A shared frozen empty list: hydration does not allocate one per empty field. */
const EMPTY: readonly unknown[] = Object.freeze([]);

enum Kind {
  /** ID, String, Time, Timestamp */
  Text,
  Boolean,
  Int,
  Float,
  Enum,
  /** A custom scalar: any JSON. */
  Json,
  /** Map / BoolMap: a plain object of JSON. */
  JsonMap,
  /** A value object (paths, captions): JSON, copied deeply. */
  Object,
  ObjectList,
  /** A list of Text/Boolean/Int/Float/Enum items (`item`). */
  ScalarList,
  /** Anything else: the general checker. */
  Other,
  Entity,
  EntityList,
  Through,
}

interface FieldPlan {
  name: string;
  kind: Kind;
  /** For ScalarList: the kind of each item. */
  item: Kind;
  nonNull: boolean;
  meta: FieldMeta;
  /** Entity, EntityList, and the `via` entity of a Through item. */
  target: string | null;
  via: string | null;
  targetPlan: Plan | null;
}

interface Plan {
  typename: string;
  cls: EntityClass;
  fields: Map<string, FieldPlan>;
}

const PLANS = new Map<string, Plan>();

function scalarKind(meta: FieldMeta): Kind {
  if (meta.kind === 'ENUM') return Kind.Enum;
  if (meta.kind !== 'SCALAR') return Kind.Other;
  switch (meta.type) {
    case 'ID':
    case 'String':
    case 'Time':
    case 'Timestamp':
      return Kind.Text;
    case 'Int':
    case 'Int64':
      return Kind.Int;
    case 'Float':
      return Kind.Float;
    case 'Boolean':
      return Kind.Boolean;
    case 'Map':
    case 'BoolMap':
      return Kind.JsonMap;
    default:
      return Kind.Json;
  }
}

function planField(info: FieldInfo, meta: FieldMeta): FieldPlan {
  const rel = info.relation;
  const target = rel ? rel.target : info.ref;
  const fp: FieldPlan = {
    name: info.name,
    kind: Kind.Other,
    item: Kind.Other,
    nonNull: meta.nonNull,
    meta,
    target: null,
    via: null,
    targetPlan: null,
  };
  if (rel?.kind === 'hasManyThrough') {
    fp.kind = Kind.Through;
    fp.via = rel.via;
    fp.target = rel.target;
    return fp;
  }
  if (target) {
    fp.kind = meta.list ? Kind.EntityList : Kind.Entity;
    fp.target = target;
    return fp;
  }
  if (meta.kind === 'OBJECT' || meta.kind === 'INTERFACE' || meta.kind === 'UNION' || meta.kind === 'INPUT_OBJECT') {
    fp.kind = meta.list ? Kind.ObjectList : Kind.Object;
    return fp;
  }
  const k = scalarKind(meta);
  if (meta.list) {
    if (k === Kind.Text || k === Kind.Boolean || k === Kind.Int || k === Kind.Float || k === Kind.Enum) {
      fp.kind = Kind.ScalarList;
      fp.item = k;
    }
    return fp;
  }
  fp.kind = k;
  return fp;
}

function planOf(typename: string): Plan {
  let plan = PLANS.get(typename);
  if (!plan) {
    const fields = new Map<string, FieldPlan>();
    for (const [name, info] of fieldsOf(typename)) if (info.meta) fields.set(name, planField(info, info.meta));
    plan = { typename, cls: entityClass(typename) as EntityClass, fields };
    PLANS.set(typename, plan);
  }
  return plan;
}

const targetPlan = (fp: FieldPlan): Plan => {
  fp.targetPlan ??= planOf(fp.target as string);
  return fp.targetPlan;
};

function isObjectPayload(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** copyJson without paths: a deep frozen copy of JSON data, non-JSON values rejected. */
function json(value: unknown, dataKeys = false): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : reject();
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return EMPTY;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = json(value[i], dataKeys);
    return Object.freeze(out);
  }
  if (!isObjectPayload(value)) reject();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!FORBIDDEN.has(key)) out[key] = json(value[key], dataKeys);
    // In a Map (custom fields) such a key is data another tool stored: kept as an own property. In a schema object
    // it cannot come from Stash.
    else if (dataKeys) Object.defineProperty(out, key, { value: json(value[key], true), enumerable: true });
    else reject();
  }
  return Object.freeze(out);
}

function scalarOk(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case Kind.Text:
      return typeof v === 'string';
    case Kind.Boolean:
      return typeof v === 'boolean';
    // What the server holds is read as it is: documented ranges (rating100 0–100) are checked on writes only, since
    // Stash stores what other tools sent (rating100: 500); Int64 values past 2^53 arrive rounded, not refused.
    case Kind.Int:
      return Number.isInteger(v);
    case Kind.Float:
      return typeof v === 'number' && Number.isFinite(v);
    // A value this SDK's schema does not list (a newer server) is still the server's data.
    case Kind.Enum:
      return typeof v === 'string';
    default:
      return false;
  }
}

/** Where a hydration's entities come from and go to. */
class Walk {
  /** Existing entities and the values to merge into them, in order: [entity, values, entity, values, …]. */
  readonly merges: unknown[] = [];
  /** Entities created by this walk (direct: already in the map; else they join it at the end). */
  readonly created: Map<string, Map<string, Entity>> | null;
  readonly createdList: Entity[] = [];

  /** `direct`: the map is private to this call, so new entities may join it at once. */
  constructor(
    readonly map: IdentityMap,
    readonly direct: boolean,
  ) {
    this.created = direct ? null : new Map();
  }

  entity(plan: Plan, payload: unknown): Entity {
    if (!isObjectPayload(payload)) reject();
    const typename = plan.typename;
    const fields = plan.fields;
    const values: Record<string, unknown> = {};
    let id: string | undefined;
    for (const key of Object.keys(payload)) {
      const v = payload[key];
      const fp = fields.get(key);
      if (fp === undefined) {
        if (key === 'id') {
          if (typeof v !== 'string' || v === '' || v.startsWith(TEMP_ID_PREFIX)) reject();
          id = v;
        } else if (key !== '__typename' || v !== typename) reject();
        continue;
      }
      values[key] = v === null ? (fp.nonNull ? reject() : null) : this.value(fp, v);
    }
    if (id === undefined) reject();
    return this.#resolve(plan, id, values);
  }

  #resolve(plan: Plan, id: string, values: Record<string, unknown>): Entity {
    const known = this.map.get(plan.typename, id);
    if (known !== undefined && !this.direct) {
      this.merges.push(known, values);
      return known;
    }
    const mine = known ?? this.created?.get(plan.typename)?.get(id);
    if (mine !== undefined) {
      // Created by this walk: nobody else has seen it yet, so its values are written in place.
      const loaded = stateOf(mine).loaded;
      for (const key of Object.keys(values)) loaded[key] = values[key];
      return mine;
    }
    const entity = instantiate(plan.cls, id, values);
    if (this.direct) this.map.add(entity);
    else {
      const created = this.created as Map<string, Map<string, Entity>>;
      let byId = created.get(plan.typename);
      if (!byId) {
        byId = new Map();
        created.set(plan.typename, byId);
      }
      byId.set(id, entity);
      this.createdList.push(entity);
    }
    return entity;
  }

  value(fp: FieldPlan, v: unknown): unknown {
    switch (fp.kind) {
      case Kind.Text:
        return typeof v === 'string' ? v : reject();
      case Kind.Boolean:
        return typeof v === 'boolean' ? v : reject();
      case Kind.Int:
        return Number.isInteger(v) ? v : reject();
      case Kind.Float:
      case Kind.Enum:
        return scalarOk(fp.kind, v) ? v : reject();
      case Kind.Json:
        return json(v);
      case Kind.JsonMap:
        return isObjectPayload(v) ? json(v, true) : reject();
      case Kind.Object:
        return isObjectPayload(v) ? json(v) : reject();
      case Kind.ObjectList:
        return Array.isArray(v) ? json(v) : reject();
      case Kind.ScalarList: {
        if (!Array.isArray(v)) reject();
        const n = v.length;
        if (n === 0) return EMPTY;
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) {
          const x = v[i];
          if (!scalarOk(fp.item, x)) reject();
          out[i] = x;
        }
        return Object.freeze(out);
      }
      case Kind.Entity:
        return this.entity(targetPlan(fp), v);
      case Kind.EntityList: {
        if (!Array.isArray(v)) reject();
        const n = v.length;
        if (n === 0) return EMPTY;
        const plan = targetPlan(fp);
        const out = new Array<Entity>(n);
        for (let i = 0; i < n; i++) out[i] = this.entity(plan, v[i]);
        return Object.freeze(out);
      }
      case Kind.Through:
        return this.#through(fp, v);
      default:
        return checkValue(fp.name, fp.name, fp.meta, v, 'server');
    }
  }

  #through(fp: FieldPlan, v: unknown): unknown {
    if (!Array.isArray(v)) reject();
    const n = v.length;
    if (n === 0) return EMPTY;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const item = v[i];
      if (!isObjectPayload(item)) reject();
      const wrapper: Record<string, unknown> = {};
      for (const k of Object.keys(item)) {
        if (k === '__typename') continue;
        if (FORBIDDEN.has(k)) reject();
        wrapper[k] = k === fp.via && fp.target ? this.entity(targetPlan(fp), item[k]) : json(item[k]);
      }
      out[i] = Object.freeze(wrapper);
    }
    return Object.freeze(out);
  }

  /** The walk succeeded: new entities join the map, known ones take their values. */
  commit(): void {
    for (const e of this.createdList) this.map.add(e);
    const m = this.merges;
    for (let i = 0; i < m.length; i += 2) {
      const s = stateOf(m[i] as Entity);
      const values = m[i + 1] as Record<string, unknown>;
      for (const key of Object.keys(values)) mergeLoaded(s, key, values[key]);
    }
  }
}

/** Runs the fast path; on any rejection, throws the explaining parser's error (or a generic one). */
function walk<T>(run: () => T, explain: () => void): T {
  try {
    return run();
  } catch (e) {
    explain();
    if (e instanceof StashOrmError) throw e;
    throw new StashOrmError('malformed-data', e === REJECT ? 'malformed payload' : String(e));
  }
}

export interface HydrateOptions {
  /** Reuse (and extend) an identity map, e.g. the store's; default a fresh one per call. */
  identityMap?: IdentityMap | undefined;
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
  const plan = planOf(cls.typename);
  return walk(
    () => {
      const w = new Walk(options.identityMap ?? new IdentityMap(), options.identityMap === undefined);
      const entity = w.entity(plan, payload);
      w.commit();
      return entity as InstanceType<C>;
    },
    () => parseEntity(cls.typename, payload, cls.typename),
  );
}

export function hydrateMany<C extends EntityClass>(
  cls: C,
  payloads: unknown,
  options: HydrateOptions = {},
): InstanceType<C>[] {
  if (!Array.isArray(payloads)) bad(cls.typename, `expected a list, got ${describe(payloads)}`);
  const plan = planOf(cls.typename);
  return walk(
    () => {
      const w = new Walk(options.identityMap ?? new IdentityMap(), options.identityMap === undefined);
      const n = payloads.length;
      const out = new Array<InstanceType<C>>(n);
      for (let i = 0; i < n; i++) out[i] = w.entity(plan, payloads[i]) as InstanceType<C>;
      w.commit();
      return out;
    },
    () => {
      for (let i = 0; i < payloads.length; i++) parseEntity(cls.typename, payloads[i], `${cls.typename}[${i}]`);
    },
  );
}

/** Merges a mutation's answer into an entity; references resolve to the objects the entity already points at. */
export function mergeServerAnswer(entity: Entity, payload: unknown, map = new IdentityMap()): void {
  const where = `${entity.typename} answer`;
  if (isObjectPayload(payload) && payload.id !== entity.id) {
    parseEntity(entity.typename, payload, where);
    bad(where, `id ${String(payload.id)} is not ${entity.id}`);
  }
  const s = stateOf(entity);
  const seed = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) seed(x);
    else if (v instanceof Entity) map.add(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) if (typeof x === 'object') seed(x);
  };
  for (const k of Object.keys(s.loaded)) seed(s.loaded[k]);
  if (s.changes) for (const k of Object.keys(s.changes)) seed(s.changes[k]);
  if (s.deltas) for (const d of Object.values(s.deltas)) seed([...d.add, ...d.remove]);
  map.add(entity);
  walk(
    () => {
      const w = new Walk(map, false);
      w.entity(planOf(entity.typename), payload);
      w.commit();
    },
    () => parseEntity(entity.typename, payload, where),
  );
}
