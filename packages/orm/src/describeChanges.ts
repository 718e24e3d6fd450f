import type { ChangeSet } from './computeChangeSet.js';
import { Entity, fieldsOf, stateOf } from './Entity.js';
import { currentValue } from './entityState.js';
import type { EntityChanges, FieldChange, ListChange, PlanRef, PlanValue } from './planTypes.js';

/** An entity as a plan names it, with its name or title when one is known (for the reader, not for matching). */
export function planRef(e: Entity): PlanRef {
  const s = stateOf(e);
  const name = currentValue(s, 'name') ?? currentValue(s, 'title');
  return typeof name === 'string' && name
    ? { __typename: e.typename, id: e.id, name }
    : { __typename: e.typename, id: e.id };
}

/** A value as plain JSON: entities become refs, wrappers (`{ group, scene_index }`) keep their shape. */
export function planValue(v: unknown): PlanValue {
  if (v instanceof Entity) return planRef(v);
  if (Array.isArray(v)) return v.map(planValue);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, planValue(x)]));
  }
  return (v ?? null) as PlanValue;
}

const refs = (list: readonly Entity[]) => list.map(planRef);

/**
 * What a change set would change, for people: each field with its loaded and its new value, each list of entities
 * with who is added and removed, and the side mutations queued. Read-only: the entity is not touched.
 */
export function describeChanges(cs: ChangeSet): EntityChanges {
  const { entity } = cs;
  const s = stateOf(entity);
  const infos = fieldsOf(entity.typename);
  const fields: FieldChange[] = [];
  const lists: ListChange[] = [];
  const loaded = (name: string) => Object.hasOwn(s.loaded, name);
  const changed = (name: string) => s.changes !== undefined && Object.hasOwn(s.changes, name);
  for (const [name, value] of cs.own?.fields ?? []) {
    // An upsert (saveFilter) sends every field: only the ones that differ are changes.
    if (!cs.isNew && !changed(name)) continue;
    const rel = infos.get(name)?.relation;
    if (rel?.kind === 'habtm') {
      const before = (cs.isNew || !loaded(name) ? [] : s.loaded[name]) as readonly Entity[];
      const after = (value ?? []) as readonly Entity[];
      lists.push({
        field: name,
        added: refs(after.filter((e) => !before.includes(e))),
        removed: refs(before.filter((e) => !after.includes(e))),
        loaded: cs.isNew || loaded(name),
      });
      continue;
    }
    const change: FieldChange = { field: name, new: planValue(value) };
    if (!cs.isNew && loaded(name)) change.old = planValue(s.loaded[name]);
    fields.push(change);
  }
  for (const { name, value } of cs.belongsToWrites) {
    const change: FieldChange = { field: name, new: planValue(value) };
    if (!cs.isNew && loaded(name)) change.old = planValue(s.loaded[name]);
    fields.push(change);
  }
  for (const { name, delta } of cs.hasManyWrites) {
    lists.push({ field: name, added: refs(delta.add), removed: refs(delta.remove), loaded: loaded(name) });
  }
  for (const [name, delta] of cs.bulkOnly) {
    lists.push({ field: name, added: refs(delta.add), removed: refs(delta.remove), loaded: false });
  }
  // Field names come from the registered fields, the same the types are derived from (PlanField).
  return {
    ref: planRef(entity),
    action: cs.isNew ? 'create' : 'update',
    fields: fields as EntityChanges['fields'],
    lists: lists as EntityChanges['lists'],
    side: cs.queued.map((q) => q.label),
  };
}
