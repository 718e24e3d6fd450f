import { checkValue, describe } from './checkValue.js';
import { Entity, type EntityClass, instantiate, stateOf } from './Entity.js';
import { mergeLoaded, TEMP_ID_PREFIX } from './entityState.js';
import { bad, parseEntity } from './explainPayload.js';
import {
  EMPTY,
  type FieldPlan,
  FORBIDDEN,
  isObjectPayload,
  json,
  Kind,
  type Plan,
  planOf,
  REJECT,
  reject,
  scalarOk,
  targetPlan,
} from './hydrationPlan.js';
import { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

// One walk over the payload checks every value and builds the entities' loaded values directly. Nothing anyone else
// can see is touched before the walk completes: entities new to the identity map are created privately and join it
// only at the end, and the values for entities already in the map are collected and merged only at the end. Any
// problem throws; the explaining parser then walks the payload again to name the exact path and reason.

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

function onlyId(payload: object): boolean {
  for (const k in payload) if (k !== 'id') return false;
  return true;
}

/** Merges a mutation's answer into an entity; references resolve to the objects the entity already points at. */
export function mergeServerAnswer(entity: Entity, payload: unknown, identityMap?: IdentityMap): void {
  const where = `${entity.typename} answer`;
  if (isObjectPayload(payload)) {
    if (payload.id !== entity.id) {
      parseEntity(entity.typename, payload, where);
      bad(where, `id ${String(payload.id)} is not ${entity.id}`);
    }
    // A save's usual answer is the id alone (issue 9): nothing to merge, so no seeding of a map and no walk.
    if (onlyId(payload)) {
      identityMap?.add(entity);
      return;
    }
  }
  const map = identityMap ?? new IdentityMap();
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
