import type { EntityTypename, FieldMeta } from '@stash-graphql/core/generated';
import type { Relation, SideOperation } from './defineRelations.js';
import type { Entity } from './Entity.js';
import { sameValue } from './sameValue.js';
import type { Watch } from './writeWatch.js';

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
  /** The save writing this entity now, settled when it ends (saveLock.ts). */
  saving: Promise<void> | undefined;
}

/** Prefix of the temporary ids new entities carry until their first save. */
export const TEMP_ID_PREFIX = 'tmp:';

/** Current value of a field: the local change, else the loaded value, else undefined (never loaded). */
export function currentValue(s: EntityState, name: string): unknown {
  return s.changes !== undefined && Object.hasOwn(s.changes, name) ? s.changes[name] : s.loaded[name];
}

export function isFieldLoaded(s: EntityState, name: string): boolean {
  return Object.hasOwn(s.loaded, name) || (s.changes !== undefined && Object.hasOwn(s.changes, name));
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Stores a value, recording a change only when it differs from the loaded one (setting it back makes it clean). */
export function assignValue(s: EntityState, name: string, value: unknown): void {
  if (Object.hasOwn(s.loaded, name) && sameValue(s.loaded[name], value)) {
    if (s.changes && Object.hasOwn(s.changes, name)) {
      delete s.changes[name];
      if (isEmpty(s.changes)) s.changes = undefined;
    }
    return;
  }
  s.changes ??= Object.create(null) as Record<string, unknown>;
  s.changes[name] = value;
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
