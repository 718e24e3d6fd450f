import type { EntityMeta, MutationMeta } from '@stash-graphql/core';
import { currentValue, Entity, type EntityClass, type FieldInfo, fieldInfo, fieldsOf, stateOf } from './Entity.js';
import { StashOrmError } from './StashOrmError.js';
import { sameValue } from './sameValue.js';

export const metaOf = (e: Entity): EntityMeta => (e.constructor as EntityClass & { meta: EntityMeta }).meta;

/** Fields written through the entity's own create/update input (not side mutations). */
export function ownInputField(info: FieldInfo): string | null {
  const rel = info.relation;
  if (!info.writable || !info.input) return null;
  if (rel?.kind === 'hasMany' || (rel?.kind === 'belongsTo' && rel.write)) return null;
  return info.input;
}

/** `custom_fields` as CustomFieldsInput: only the keys that changed (`partial`) and the keys that went (`remove`). */
function customFieldsInput(before: unknown, after: unknown): Record<string, unknown> {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const partial: Record<string, unknown> = {};
  for (const k of Object.keys(a)) if (!Object.hasOwn(b, k) || !sameValue(b[k], a[k])) partial[k] = a[k];
  const remove = Object.keys(b).filter((k) => !Object.hasOwn(a, k));
  const out: Record<string, unknown> = {};
  if (Object.keys(partial).length) out.partial = partial;
  if (remove.length) out.remove = remove;
  return out;
}

/** A field's value as its input takes it: entities become ids, wrappers go through the relation's transform. */
export function inputValue(entity: Entity, info: FieldInfo, value: unknown, input: MutationMeta): unknown {
  const rel = info.relation;
  const field = ownInputField(info) as string;
  if (input.fields[field]?.type === 'CustomFieldsInput') {
    return customFieldsInput(stateOf(entity).loaded[info.name], value);
  }
  if (value === null) return null;
  if (rel?.kind === 'belongsTo') return (value as Entity).id;
  if (rel?.kind === 'habtm') return (value as readonly Entity[]).map((e) => e.id);
  if (rel?.kind === 'hasManyThrough') return (value as readonly Record<string, unknown>[]).map((v) => rel.transform(v));
  return value;
}

export interface BuiltInput {
  mutation: string;
  input: Record<string, unknown>;
  /** Field name → the value that was sent, to promote to loaded on success. */
  sent: Map<string, unknown>;
}

/** The create (new) or update input of an entity from its pending changes; null when nothing goes in it. */
export function buildInput(entity: Entity, options: { complete?: boolean } = {}): BuiltInput | null {
  const meta = metaOf(entity);
  const isNew = entity.isNew();
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
  const names = whole
    ? new Set([...Object.keys(s.loaded), ...Object.keys(s.changes ?? {})])
    : Object.keys(s.changes ?? {});
  const input: Record<string, unknown> = isNew ? {} : { id: entity.id };
  const sent = new Map<string, unknown>();
  for (const name of names) {
    const info = fieldInfo(entity, name);
    const field = ownInputField(info);
    const changed = s.changes !== undefined && Object.hasOwn(s.changes, name);
    if (!field) continue;
    if (!Object.hasOwn(m.fields, field)) {
      if (!changed) continue;
      throw new StashOrmError('read-only', `${entity.typename}.${name} cannot be written by ${m.mutation}`, [
        `${entity.typename}:${entity.id}`,
      ]);
    }
    const value = currentValue(s, name);
    input[field] = inputValue(entity, info, value, m);
    sent.set(name, value);
  }
  if (!isNew && sent.size === 0) return null;
  if (isNew && options.complete) {
    // A required input field (name, title …) left out would fail GraphQL validation for the whole batch request.
    const missing = Object.entries(m.fields).filter(([f, meta]) => meta.nonNull && !(f in input));
    if (missing.length) {
      throw new StashOrmError(
        'invalid-value',
        `${entity.typename} cannot be created without ${missing.map(([f]) => f).join(', ')}`,
        [`${entity.typename}:${entity.id}`],
      );
    }
    // Stash: "title must be set if scene has no files".
    if (entity.typename === 'Scene' && !String(input.title ?? '').trim() && !(input.file_ids as unknown[])?.length) {
      throw new StashOrmError('invalid-value', 'a Scene without files needs a title: Stash refuses it', [
        `${entity.typename}:${entity.id}`,
      ]);
    }
  }
  return { mutation: m.mutation, input, sent };
}

/** The entities a value refers to (belongsTo, lists, wrapper `via` fields). */
export function referencedEntities(value: unknown, out: Set<Entity> = new Set()): Set<Entity> {
  if (value instanceof Entity) out.add(value);
  else if (Array.isArray(value)) for (const v of value) referencedEntities(v, out);
  else if (value && typeof value === 'object' && !Object.isFrozen(value)) return out;
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) if (v instanceof Entity) out.add(v);
  return out;
}

/** Every entity an entity's pending changes point at. */
export function pendingReferences(entity: Entity): Set<Entity> {
  const s = stateOf(entity);
  const out = new Set<Entity>();
  const fields = fieldsOf(entity.typename);
  for (const name of Object.keys(s.changes ?? {})) {
    if (fields.get(name)?.relation) referencedEntities(s.changes?.[name], out);
  }
  for (const d of Object.values(s.deltas ?? {})) for (const e of [...d.add, ...d.remove]) out.add(e);
  if (entity.isNew()) {
    for (const name of Object.keys(s.loaded)) if (fields.get(name)?.relation) referencedEntities(s.loaded[name], out);
  }
  return out;
}
