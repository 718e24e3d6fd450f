import {
  ENTITY_META,
  type EntityMeta,
  type EntityTypename,
  type FieldMeta,
  type StashClient,
} from '@stash-graphql/core';
import { checkValue, describe } from './checkValue.js';
import { inverseOf, type Relation, type Relations, type SideOperation } from './defineRelations.js';
import type { DeleteOptions } from './deleteEntity.js';
import { type Inspect, type InspectOptions, inspectEntity } from './inspectEntity.js';
import type { MergeOptions } from './mergeEntities.js';
import { StashOrmError } from './StashOrmError.js';
import { sameValue } from './sameValue.js';
import type { SaveOptions } from './saveMany.js';
import type { ValuesOf } from './types/EntityShape.js';
import { unitOfWork } from './unitOfWork.js';
import { noteWrite, type Watch } from './writeWatch.js';

/** How one field of an entity class is read and written; built once per class by `registerEntity`. */
export interface FieldInfo {
  name: string;
  /** The schema output field, or null for a relation the schema does not have (`tag.scenes`). */
  meta: FieldMeta | null;
  relation: Relation | null;
  /** An entity type for read-only references that are not declared relations (`scene.files`). */
  ref: EntityTypename | null;
  /** The create/update input field that writes it, when written through the entity's own mutation. */
  input: string | null;
  writable: boolean;
}

/** A queued mutation on the entity's behalf (`sceneAddPlay`); `apply` merges its answer. */
export interface QueuedOperation {
  label: string;
  build(id: string): SideOperation;
  apply(entity: Entity, result: unknown): void;
}

/** Additions and removals recorded on a list that was never loaded (written with ADD/REMOVE). */
export interface ListDelta {
  add: Entity[];
  remove: Entity[];
}

/** Everything an entity holds; one object so that hydration allocates little. */
export interface EntityState {
  id: string;
  /** Values as last loaded from (or saved to) the server: the dirty-check snapshot. Own keys = loaded fields. */
  loaded: Record<string, unknown>;
  /** Local values that differ from `loaded`. */
  changes: Record<string, unknown> | undefined;
  deltas: Record<string, ListDelta> | undefined;
  queued: QueuedOperation[] | undefined;
  deleted: boolean;
  /** An identity map holding the entity weakly, to be told before it changes (writeWatch.ts). */
  watch: Watch;
}

export const TEMP_ID_PREFIX = 'tmp:';
let tempCounter = 0;
let hydratingId: string | undefined;
let hydratingLoaded: Record<string, unknown> | undefined;

/** Internal access to an entity's state, for the modules of this package (never exported from the barrel). */
export let stateOf: (entity: Entity) => EntityState;

export interface EntityClass<E extends Entity = Entity> {
  new (values?: Record<string, unknown>): E;
  readonly typename: EntityTypename;
  readonly relations: Relations;
  readonly prototype: E;
}

const FIELDS = new Map<string, Map<string, FieldInfo>>();
const CLASSES = new Map<string, EntityClass>();

export function entityClass(typename: string): EntityClass | undefined {
  return CLASSES.get(typename);
}

export function fieldsOf(typename: string): Map<string, FieldInfo> {
  const f = FIELDS.get(typename);
  if (!f) throw new StashOrmError('unknown-field', `${typename} is not a registered entity type`);
  return f;
}

export function fieldInfo(entity: Entity, name: string): FieldInfo {
  const info = FIELDS.get(entity.typename)?.get(name);
  if (!info) {
    throw new StashOrmError('unknown-field', `${entity.typename} has no field ${JSON.stringify(name)}`, [
      identifyEntity(entity),
    ]);
  }
  return info;
}

export const identifyEntity = (e: Entity): string => `${e.typename}:${stateOf(e).id}`;

/**
 * Creates an entity for a server id (hydration); no temp id is used up. `loaded` (owned by the entity from now on)
 * becomes its loaded values, so that hydration builds them in place.
 */
export function instantiate(cls: EntityClass, id: string, loaded?: Record<string, unknown>): Entity {
  hydratingId = id;
  hydratingLoaded = loaded;
  try {
    return new cls();
  } finally {
    hydratingId = undefined;
    hydratingLoaded = undefined;
  }
}

/** Current value of a field: the local change, else the loaded value, else undefined (never loaded). */
export function currentValue(s: EntityState, name: string): unknown {
  return s.changes !== undefined && Object.hasOwn(s.changes, name) ? s.changes[name] : s.loaded[name];
}

export function isFieldLoaded(s: EntityState, name: string): boolean {
  return Object.hasOwn(s.loaded, name) || (s.changes !== undefined && Object.hasOwn(s.changes, name));
}

/** Stores a value, recording a change only when it differs from the loaded one (setting it back makes it clean). */
export function assignValue(s: EntityState, name: string, value: unknown): void {
  if (Object.hasOwn(s.loaded, name) && sameValue(s.loaded[name], value)) {
    if (s.changes && Object.hasOwn(s.changes, name)) {
      delete s.changes[name];
      if (Object.keys(s.changes).length === 0) s.changes = undefined;
    }
    return;
  }
  s.changes ??= Object.create(null) as Record<string, unknown>;
  s.changes[name] = value;
}

function checkEntity(owner: Entity, field: string, target: EntityTypename, value: unknown): Entity {
  if (!(value instanceof Entity) || value.typename !== target) {
    throw new StashOrmError(
      'wrong-entity-type',
      `${owner.typename}.${field} takes a ${target}, got ${value instanceof Entity ? value.typename : describe(value)}`,
    );
  }
  if (value.isDeleted()) {
    throw new StashOrmError('deleted-reference', `${owner.typename}.${field}: ${identifyEntity(value)} was deleted`, [
      identifyEntity(value),
    ]);
  }
  return value;
}

/** Keeps the other side's list (or reference) in memory in step, when it is loaded; never makes it dirty. */
export function mirror(owner: Entity, field: string, added: readonly Entity[], removed: readonly Entity[]): void {
  const inv = inverseOf(owner.typename, field);
  if (!inv) return;
  for (const [targets, add] of [
    [added, true],
    [removed, false],
  ] as const) {
    for (const t of targets) {
      const s = stateOf(t);
      const info = FIELDS.get(t.typename)?.get(inv.name);
      if (!info || !isFieldLoaded(s, inv.name)) continue;
      const isList = info.relation?.kind !== 'belongsTo';
      const update = (v: unknown): unknown => {
        if (!isList) return add ? owner : v === owner ? null : v;
        const list = (v ?? []) as readonly Entity[];
        if (add) return list.includes(owner) ? list : Object.freeze([...list, owner]);
        return list.includes(owner) ? Object.freeze(list.filter((x) => x !== owner)) : list;
      };
      if (Object.hasOwn(s.loaded, inv.name)) s.loaded[inv.name] = update(s.loaded[inv.name]);
      if (s.changes && Object.hasOwn(s.changes, inv.name)) s.changes[inv.name] = update(s.changes[inv.name]);
    }
  }
}

/** Replaces a relation list (checked, de-duplicated, frozen) and mirrors the difference on the other side. */
export function setList(owner: Entity, info: FieldInfo, items: Iterable<unknown>): void {
  const rel = info.relation as Relation;
  const s = stateOf(owner);
  if (
    typeof items === 'string' ||
    items == null ||
    typeof (items as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw new StashOrmError('invalid-value', `${owner.typename}.${info.name}: expected a list, got ${describe(items)}`);
  }
  if (rel.kind === 'hasManyThrough') {
    const list = [...items].map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new StashOrmError('invalid-value', `${owner.typename}.${info.name}[${i}]: expected an object`);
      }
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(item)) {
        if (k === '__proto__' || k === 'constructor') {
          throw new StashOrmError('invalid-value', `${owner.typename}.${info.name}[${i}]: key ${k} is not allowed`);
        }
        copy[k] = rel.via === k && rel.target ? checkEntity(owner, `${info.name}[${i}].${k}`, rel.target, v) : v;
      }
      return Object.freeze(copy);
    });
    assignValue(s, info.name, Object.freeze(list));
    return;
  }
  if (rel.kind === 'hasMany' && !isFieldLoaded(s, info.name)) {
    throw new StashOrmError(
      'not-loaded',
      `${identifyEntity(owner)}.${info.name} is not loaded: populate it first, or use add/remove`,
    );
  }
  const next: Entity[] = [];
  for (const item of items) {
    const e = checkEntity(owner, info.name, rel.target as EntityTypename, item);
    if (!next.includes(e)) next.push(e);
  }
  const before = (currentValue(s, info.name) ?? []) as readonly Entity[];
  // Id lists are sets in Stash: the loaded members in another order are not a change.
  const loaded = s.loaded[info.name] as readonly Entity[] | undefined;
  const same = Array.isArray(loaded) && loaded.length === next.length && next.every((e) => loaded.includes(e));
  assignValue(s, info.name, same ? loaded : Object.freeze(next));
  if (s.deltas?.[info.name]) delete s.deltas[info.name];
  mirror(
    owner,
    info.name,
    next.filter((e) => !before.includes(e)),
    before.filter((e) => !next.includes(e)),
  );
}

/** add/remove on a list: edits the list when loaded, else records ADD/REMOVE for a bulk write. */
export function editList(owner: Entity, info: FieldInfo, items: readonly unknown[], add: boolean): void {
  const rel = info.relation as Relation;
  const s = stateOf(owner);
  noteWrite(owner, s);
  if (rel.kind === 'belongsTo') {
    throw new StashOrmError('invalid-value', `${owner.typename}.${info.name} is a single reference: assign it`);
  }
  if (rel.kind === 'hasManyThrough') {
    editThroughList(owner, info, items, add);
    return;
  }
  const entities = items.map((i) => checkEntity(owner, info.name, rel.target, i));
  if (isFieldLoaded(s, info.name)) {
    const before = currentValue(s, info.name) as readonly Entity[];
    setList(owner, info, add ? [...before, ...entities] : before.filter((e) => !entities.includes(e)));
    return;
  }
  if (rel.kind === 'habtm' && !rel.bulkInput) {
    throw new StashOrmError(
      'not-loaded',
      `${identifyEntity(owner)}.${info.name} is not loaded and ${owner.typename} has no bulk ADD/REMOVE for it`,
    );
  }
  s.deltas ??= Object.create(null) as Record<string, ListDelta>;
  s.deltas[info.name] ??= { add: [], remove: [] };
  const d = s.deltas[info.name] as ListDelta;
  for (const e of entities) {
    const [to, from] = add ? [d.add, d.remove] : [d.remove, d.add];
    const at = from.indexOf(e);
    if (at >= 0) from.splice(at, 1);
    else if (!to.includes(e)) to.push(e);
  }
  if (!d.add.length && !d.remove.length) delete s.deltas[info.name];
  mirror(owner, info.name, add ? entities : [], add ? [] : entities);
}

/**
 * add/remove on a list of wrappers (`stash_ids`, scene groups, sub-groups). Stash writes these lists whole, so the
 * list must be loaded. An item is identified by its entity (`group`; the entity itself may be passed) or, for value
 * items, by `endpoint` + `stash_id`; adding an item already there replaces it (a new description or scene index).
 */
function editThroughList(owner: Entity, info: FieldInfo, items: readonly unknown[], add: boolean): void {
  const rel = info.relation as Relation & { kind: 'hasManyThrough' };
  const s = stateOf(owner);
  if (!isFieldLoaded(s, info.name)) {
    throw new StashOrmError(
      'not-loaded',
      `${identifyEntity(owner)}.${info.name} is not loaded: populate it first (Stash writes this list whole)`,
    );
  }
  const wrap = (item: unknown): Record<string, unknown> =>
    rel.via && item instanceof Entity ? { [rel.via]: item } : (item as Record<string, unknown>);
  const key = (item: Record<string, unknown>): unknown => {
    if (rel.via) return item[rel.via];
    if (typeof item?.endpoint === 'string' && typeof item?.stash_id === 'string') {
      return `${item.endpoint}\u0000${item.stash_id}`;
    }
    return JSON.stringify(item);
  };
  const given = items.map(wrap);
  for (const [i, item] of given.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new StashOrmError('invalid-value', `${owner.typename}.${info.name}[${i}]: expected an object`);
    }
  }
  const keys = new Set(given.map(key));
  const before = currentValue(s, info.name) as readonly Record<string, unknown>[];
  if (!add) {
    setList(
      owner,
      info,
      before.filter((x) => !keys.has(key(x))),
    );
    return;
  }
  const next = [...before];
  for (const item of given) {
    const at = next.findIndex((x) => key(x) === key(item));
    if (at < 0) next.push(item);
    // Already there with these values (a stash id read back with its updated_at): unchanged.
    else if (!Object.entries(item).every(([k, v]) => sameValue((next[at] as Record<string, unknown>)[k], v))) {
      next[at] = item;
    }
  }
  setList(owner, info, next);
}

export function writeField(entity: Entity, name: string, value: unknown): void {
  const s = stateOf(entity);
  noteWrite(entity, s);
  const info = fieldInfo(entity, name);
  if (s.deleted) throw new StashOrmError('deleted-reference', `${identifyEntity(entity)} was deleted`);
  if (!info.writable) {
    throw new StashOrmError('read-only', `${entity.typename}.${name} is read-only (no input writes it)`, [
      identifyEntity(entity),
    ]);
  }
  const rel = info.relation;
  if (rel && rel.kind !== 'belongsTo') {
    setList(entity, info, value as Iterable<unknown>);
    return;
  }
  if (rel) {
    const next = value === null ? null : checkEntity(entity, name, rel.target, value);
    const before = currentValue(s, name) as Entity | null | undefined;
    assignValue(s, name, next);
    if (before !== next) mirror(entity, name, next ? [next] : [], before ? [before] : []);
    return;
  }
  assignValue(s, name, checkValue(entity.typename, name, info.meta as FieldMeta, value, 'input'));
}

// Unknown properties: every known field is an accessor on the class prototype, so only an unknown name walks the
// prototype chain up to here, where a set becomes a typed error (no per-instance Proxy, so hydration stays cheap).
const unknownFieldGuard = new Proxy(Object.prototype, {
  set(target, prop, value, receiver) {
    if (typeof prop === 'string') {
      const typename = (receiver as Entity)?.typename ?? 'entity';
      throw new StashOrmError('unknown-field', `${typename} has no field ${JSON.stringify(prop)}`);
    }
    return Reflect.set(target, prop, value, receiver);
  },
});

/** Base of every entity class: identity, three-state fields, dirty tracking, save/delete. */
export abstract class Entity {
  static readonly typename: EntityTypename;
  static readonly relations: Relations = {};
  readonly #s: EntityState;

  static {
    stateOf = (e) => e.#s;
    Object.setPrototypeOf(Entity.prototype, unknownFieldGuard);
  }

  /** A new entity with a temporary id (`tmp:1`); `values` are assigned as if set one by one. */
  constructor(values?: Record<string, unknown>) {
    const id = hydratingId;
    const loaded = hydratingLoaded;
    hydratingId = undefined;
    hydratingLoaded = undefined;
    this.#s = {
      id: id ?? `${TEMP_ID_PREFIX}${++tempCounter}`,
      loaded: id !== undefined && loaded !== undefined ? loaded : {},
      changes: undefined,
      deltas: undefined,
      queued: undefined,
      deleted: false,
      watch: undefined,
    };
    if (values) this.set(values as ValuesOf<this>);
  }

  get typename(): EntityTypename {
    return (this.constructor as EntityClass).typename;
  }

  /** The server id, or a temporary `tmp:N` until the first save. */
  get id(): string {
    return this.#s.id;
  }
  set id(_: string) {
    throw new StashOrmError('read-only', `${this.typename}.id is assigned by the server`);
  }

  static get meta(): EntityMeta {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass (Scene.meta), not Entity.
    return ENTITY_META[(this as unknown as EntityClass).typename];
  }

  isNew(): boolean {
    return this.#s.id.startsWith(TEMP_ID_PREFIX);
  }

  isDeleted(): boolean {
    return this.#s.deleted;
  }

  /** True when the field was loaded from the server or set locally (its value may be null). */
  isLoaded(field: string): boolean {
    fieldInfo(this, field);
    return isFieldLoaded(this.#s, field);
  }

  /** Any pending change: a field, a list ADD/REMOVE or a queued side mutation. */
  isDirty(): boolean {
    const s = this.#s;
    return (
      s.changes !== undefined ||
      (s.deltas !== undefined && Object.keys(s.deltas).length > 0) ||
      (s.queued !== undefined && s.queued.length > 0)
    );
  }

  /** The names of the fields that differ from the loaded values. */
  dirtyFields(): string[] {
    return [...Object.keys(this.#s.changes ?? {}), ...Object.keys(this.#s.deltas ?? {})];
  }

  /** Assigns several fields; each is checked like a single assignment. */
  set(values: ValuesOf<this>): this {
    for (const key of Object.keys(values)) writeField(this, key, (values as Record<string, unknown>)[key]);
    return this;
  }

  /** Accepts the current values as the loaded ones (no request). */
  markClean(): void {
    const s = this.#s;
    if (s.changes) for (const k of Object.keys(s.changes)) s.loaded[k] = s.changes[k];
    s.changes = undefined;
    s.deltas = undefined;
    s.queued = undefined;
  }

  /** Drops every pending change (the other side's in-memory lists are not rewound). */
  revert(): void {
    this.#s.changes = undefined;
    this.#s.deltas = undefined;
    this.#s.queued = undefined;
  }

  /**
   * Exactly the input `save` sends through the entity's own mutation: the update input (`{ id, title, tag_ids }`)
   * or, for a new entity, the create input. ADD/REMOVE on unloaded lists and side mutations are not part of it;
   * `buildSaveOperations([entity])` shows every operation.
   */
  getChangedFields(): Record<string, unknown> {
    return unitOfWork().changedFields(this);
  }

  /** Creates or updates the entity (and new entities it references); throws the first failure, keeping changes. */
  async save(client: StashClient, options?: SaveOptions): Promise<this> {
    if (!this.isDirty() && !this.isNew()) return this;
    const result = await unitOfWork().save(client, [this], options);
    const failure = result.failed.find((f) => f.entity === this) ?? result.failed[0];
    if (failure) throw failure.error;
    return this;
  }

  /** Destroys the entity; `options` are the destroy input's flags, e.g. `{ delete_file: true }`. */
  delete(client: StashClient, options?: DeleteOptions): Promise<void> {
    return unitOfWork().delete(client, this, options);
  }

  /** Merges `sources` into this entity where Stash has a merge mutation (tags, scenes). */
  mergeFrom(client: StashClient, sources: readonly this[], options?: MergeOptions): Promise<void> {
    return unitOfWork().merge(client, this, sources, options);
  }

  /** Plain data for logs and snapshots: loaded/changed fields, entities as `{ __typename, id }`. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { __typename: this.typename, id: this.id };
    const ref = (v: unknown): unknown =>
      v instanceof Entity
        ? { __typename: v.typename, id: v.id }
        : Array.isArray(v)
          ? v.map(ref)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ref(x)]))
            : v;
    for (const k of new Set([...Object.keys(this.#s.loaded), ...Object.keys(this.#s.changes ?? {})])) {
      out[k] = ref(currentValue(this.#s, k));
    }
    return out;
  }

  /** What `console.log(entity)` shows: id, loaded fields, dirty fields (inspectEntity.ts). */
  [Symbol.for('nodejs.util.inspect.custom')](depth: number, options: InspectOptions, inspect: Inspect): string {
    return inspectEntity(this, this.#s, (v): v is Entity => v instanceof Entity, depth, options, inspect);
  }

  /** Queues a mutation to run on save (used by entity-specific side operations such as `scene.addPlay()`). */
  protected queue(op: QueuedOperation): this {
    if (this.#s.deleted) throw new StashOrmError('deleted-reference', `${identifyEntity(this)} was deleted`);
    noteWrite(this, this.#s);
    this.#s.queued ??= [];
    this.#s.queued.push(op);
    return this;
  }

  protected static registerClass(cls: EntityClass): void {
    CLASSES.set(cls.typename, cls);
  }
}

export function registerFields(cls: EntityClass, fields: Map<string, FieldInfo>): void {
  FIELDS.set(cls.typename, fields);
  CLASSES.set(cls.typename, cls);
}
