import type { EntityTypename, FieldMeta } from '@stash-graphql/core/generated';
import { checkValue, describe } from './checkValue.js';
import { inverseOf, type Relation } from './defineRelations.js';
import { Entity, fieldInfo, identifyEntity, registeredField, stateOf } from './Entity.js';
import { assignValue, currentValue, type FieldInfo, isFieldLoaded, type ListDelta } from './entityState.js';
import { StashOrmError } from './StashOrmError.js';
import { sameValue } from './sameValue.js';
import { noteWrite } from './writeWatch.js';

// Writes to fields and relation lists, with the in-memory mirroring of inverse relations. Entity.ts keeps identity
// and state; the accessors registerEntity defines (and RelationList) write through here.

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
      const info = registeredField(t.typename, inv.name);
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
