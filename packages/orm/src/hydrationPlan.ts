import type { FieldMeta } from '@stash-graphql/core/generated';
import { type EntityClass, entityClass, fieldsOf } from './Entity.js';
import type { FieldInfo } from './entityState.js';

// Hydration's fast path (hydrate.ts) walks a payload once, checking every value against a plan built once per entity
// type: what kind each field is and how to check it cheaply. Any problem throws REJECT (or a checker's error); the
// caller then runs the explaining parser (explainPayload.ts) for the message.

export const REJECT: unknown = Object.freeze(new Error('malformed'));
export function reject(): never {
  throw REJECT;
}

export const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A shared frozen empty list: hydration does not allocate one per empty field. */
export const EMPTY: readonly unknown[] = Object.freeze([]);

export enum Kind {
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

export interface FieldPlan {
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

export interface Plan {
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

export function planOf(typename: string): Plan {
  let plan = PLANS.get(typename);
  if (!plan) {
    const fields = new Map<string, FieldPlan>();
    for (const [name, info] of fieldsOf(typename)) if (info.meta) fields.set(name, planField(info, info.meta));
    plan = { typename, cls: entityClass(typename) as EntityClass, fields };
    PLANS.set(typename, plan);
  }
  return plan;
}

export const targetPlan = (fp: FieldPlan): Plan => {
  fp.targetPlan ??= planOf(fp.target as string);
  return fp.targetPlan;
};

export function isObjectPayload(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** copyJson without paths: a deep frozen copy of JSON data, non-JSON values rejected. */
export function json(value: unknown, dataKeys = false): unknown {
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

export function scalarOk(kind: Kind, v: unknown): boolean {
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
