import type { MutationMeta } from '@stash-graphql/core/generated';
import { inputValue, metaOf, ownInputField, referencedEntities } from './changeSet.js';
import { type Entity, fieldsOf, identifyEntity, stateOf } from './Entity.js';
import { currentValue, type ListDelta, type QueuedOperation } from './entityState.js';
import { StashOrmError } from './StashOrmError.js';

/** What goes through the entity's own create or update mutation: field name → the value to send. */
export interface OwnChange {
  readonly mutation: MutationMeta;
  readonly fields: ReadonlyMap<string, unknown>;
  /** New entities the input names: they must be created first. */
  readonly references: readonly Entity[];
}

/**
 * An entity's pending changes, taken once when a save is planned: a value (copies of lists and deltas) that later
 * edits of the entity do not change, and that nothing in the save mutates. A later edit stays pending on the entity.
 */
export interface ChangeSet {
  readonly entity: Entity;
  readonly isNew: boolean;
  /** Through the entity's own create/update; null when nothing goes in it (and the entity is not new). */
  readonly own: OwnChange | null;
  /** belongsTo fields written through a mutation of their own (`sceneMarker.primary_tag` …). */
  readonly belongsToWrites: readonly { name: string; value: Entity | null }[];
  /** hasMany lists, written through the other side (`tag.scenes` → bulkSceneUpdate). */
  readonly hasManyWrites: readonly { name: string; delta: ListDelta }[];
  /** ADD/REMOVE on lists that were never loaded: only a bulk update can send them. */
  readonly bulkOnly: ReadonlyMap<string, ListDelta>;
  /** When every change is an edit of a loaded, bulk-writable list: those edits as ADD/REMOVE (else null). */
  readonly bulkable: ReadonlyMap<string, ListDelta> | null;
  readonly queued: readonly QueuedOperation[];
  /** Every entity the changes point at, for the closure of new entities and the deleted-reference check. */
  readonly references: ReadonlySet<Entity>;
}

const NONE: never[] = [];
const NO_DELTAS = new Map<string, ListDelta>();
const NO_REFERENCES: ReadonlySet<Entity> = new Set();

const copy = (d: ListDelta): ListDelta => ({ add: [...d.add], remove: [...d.remove] });

function listDiff(before: readonly Entity[], after: readonly Entity[]): ListDelta {
  const b = new Set(before);
  const a = new Set(after);
  return { add: after.filter((e) => !b.has(e)), remove: before.filter((e) => !a.has(e)) };
}

/** The own create/update input's fields; throws (before any request) for a field the mutation cannot write. */
function ownChange(entity: Entity, isNew: boolean): OwnChange | null {
  const meta = metaOf(entity);
  const m = isNew ? meta.create : meta.update;
  const s = stateOf(entity);
  if (!m) {
    throw new StashOrmError(
      'read-only',
      `${entity.typename} cannot be ${isNew ? 'created' : 'updated'} through the API (the schema has no mutation)`,
    );
  }
  // saveFilter is an upsert that replaces the whole filter: it always needs every field.
  const whole = isNew || meta.create?.mutation === meta.update?.mutation;
  const changedNames = s.changes ? Object.keys(s.changes) : NONE;
  const loadedNames = whole ? Object.keys(s.loaded) : NONE;
  // A new entity usually has nothing loaded: its changes are all its fields, with no set to merge them.
  const names: Iterable<string> = loadedNames.length ? new Set([...loadedNames, ...changedNames]) : changedNames;
  const fields = new Map<string, unknown>();
  let refs: Set<Entity> | undefined;
  const infos = fieldsOf(entity.typename);
  for (const name of names) {
    const info = infos.get(name);
    if (!info) throw new StashOrmError('unknown-field', `${entity.typename} has no field ${JSON.stringify(name)}`);
    const field = ownInputField(info);
    if (!field) continue;
    const changed = s.changes !== undefined && Object.hasOwn(s.changes, name);
    if (!Object.hasOwn(m.fields, field)) {
      if (!changed) continue;
      throw new StashOrmError('read-only', `${entity.typename}.${name} cannot be written by ${m.mutation}`, [
        identifyEntity(entity),
      ]);
    }
    const value = currentValue(s, name);
    fields.set(name, value);
    if (info.relation) refs = referencedEntities(value, refs);
  }
  if (!isNew && fields.size === 0) return null;
  refs?.delete(entity);
  return { mutation: m, fields, references: refs?.size ? [...refs].filter((e) => e.isNew()) : NONE };
}

export interface BuiltInput {
  mutation: string;
  input: Record<string, unknown>;
  /** Field name → the value that was sent, to promote to loaded on success. */
  sent: Map<string, unknown>;
}

/** The create (new) or update input of an entity from its pending changes, with ids as they are now; null if none. */
export function buildInput(entity: Entity): BuiltInput | null {
  const own = ownChange(entity, entity.isNew());
  if (!own) return null;
  const infos = fieldsOf(entity.typename);
  const input: Record<string, unknown> = entity.isNew() ? {} : { id: entity.id };
  for (const [name, value] of own.fields) {
    const info = infos.get(name);
    if (info) input[info.input as string] = inputValue(entity, info, value, own.mutation);
  }
  return { mutation: own.mutation.mutation, input, sent: new Map(own.fields) };
}

/** Takes the change set of one entity (see ChangeSet); O(its changes). */
export function computeChangeSet(entity: Entity): ChangeSet {
  const s = stateOf(entity);
  const isNew = entity.isNew();
  const fields = fieldsOf(entity.typename);
  // Most change sets reference nothing: they share one empty set, and get their own on the first reference.
  let references: Set<Entity> | undefined;
  // Most change sets have none of these: they share one empty value instead of allocating their own.
  let belongsToWrites: { name: string; value: Entity | null }[] = NONE;
  let hasManyWrites: { name: string; delta: ListDelta }[] = NONE;
  let bulkOnly: Map<string, ListDelta> = NO_DELTAS;
  let bulkable: Map<string, ListDelta> | null = isNew || !s.changes || s.queued?.length ? null : new Map();
  for (const name in s.changes) {
    const rel = fields.get(name)?.relation;
    const value = s.changes?.[name];
    if (rel) references = referencedEntities(value, references);
    if (rel?.kind === 'belongsTo' && rel.write) {
      belongsToWrites = [...belongsToWrites, { name, value: value as Entity | null }];
    }
    if (rel?.kind === 'hasMany') {
      const d = listDiff((s.loaded[name] ?? []) as Entity[], value as Entity[]);
      if (d.add.length || d.remove.length) hasManyWrites = [...hasManyWrites, { name, delta: d }];
    }
    if (bulkable && rel?.kind === 'habtm' && rel.bulkInput && Object.hasOwn(s.loaded, name)) {
      bulkable.set(name, listDiff(s.loaded[name] as Entity[], value as Entity[]));
    } else bulkable = null;
  }
  for (const name in s.deltas) {
    const d = s.deltas[name] as ListDelta;
    references ??= new Set();
    for (const e of d.add) references.add(e);
    for (const e of d.remove) references.add(e);
    const rel = fields.get(name)?.relation;
    if (rel?.kind === 'habtm') {
      if (bulkOnly === NO_DELTAS) bulkOnly = new Map();
      bulkOnly.set(name, copy(d));
    } else if (rel?.kind === 'hasMany' && !(s.changes && Object.hasOwn(s.changes, name))) {
      hasManyWrites = [...hasManyWrites, { name, delta: copy(d) }];
    }
  }
  if (isNew) {
    for (const name of Object.keys(s.loaded))
      if (fields.get(name)?.relation) references = referencedEntities(s.loaded[name], references);
  }
  return {
    entity,
    isNew,
    own: ownChange(entity, isNew),
    belongsToWrites,
    hasManyWrites,
    bulkOnly,
    bulkable: bulkOnly.size || !bulkable?.size ? null : bulkable,
    queued: s.queued?.length ? [...s.queued] : NONE,
    references: references ?? NO_REFERENCES,
  };
}
