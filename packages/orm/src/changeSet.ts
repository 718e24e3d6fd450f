import type { EntityMeta, MutationMeta } from '@stash-graphql/core/generated';
import { Entity, type EntityClass, stateOf } from './Entity.js';
import type { FieldInfo } from './entityState.js';
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

/** The entities a value refers to (belongsTo, lists, wrapper `via` fields). */
export function referencedEntities(value: unknown, out: Set<Entity> = new Set()): Set<Entity> {
  if (value instanceof Entity) out.add(value);
  else if (Array.isArray(value)) for (const v of value) referencedEntities(v, out);
  else if (value && typeof value === 'object' && !Object.isFrozen(value)) return out;
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) if (v instanceof Entity) out.add(v);
  return out;
}
