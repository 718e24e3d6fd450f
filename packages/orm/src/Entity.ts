import type { StashClient } from '@stash-graphql/core';
import { ENTITY_META, type EntityMeta, type EntityTypename } from '@stash-graphql/core/generated';
import type { Relations } from './defineRelations.js';
import type { DeleteOptions } from './deleteEntity.js';
import {
  currentValue,
  type EntityState,
  type FieldInfo,
  isFieldLoaded,
  type QueuedOperation,
  TEMP_ID_PREFIX,
} from './entityState.js';
import { type Inspect, type InspectOptions, inspectEntity } from './inspectEntity.js';
import type { MergeOptions } from './mergeEntities.js';
import { StashOrmError } from './StashOrmError.js';
import type { SaveOptions } from './saveMany.js';
import type { ValuesOf } from './types/EntityShape.js';
import { unitOfWork } from './unitOfWork.js';
import { noteWrite } from './writeWatch.js';

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

/** A registered field, or undefined (no error: the caller decides what a missing field means). */
export function registeredField(typename: string, name: string): FieldInfo | undefined {
  return FIELDS.get(typename)?.get(name);
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
      saving: undefined,
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
    // Through the accessors registerEntity defines (they write via writeField.ts, which imports this module); a
    // name that is not a field is refused first, so no own property can shadow a method.
    for (const key of Object.keys(values)) {
      fieldInfo(this, key);
      Reflect.set(this, key, (values as Record<string, unknown>)[key]);
    }
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
