import { StashError } from '@stash-graphql/core';
import { Entity } from '@stash-graphql/orm';

/** What a field holds, as a list: nothing, a reference, a RelationList, or an array (e.g. SceneGroup wrappers). */
export function itemsOf(e: Entity, field: string): unknown[] {
  const v = (e as unknown as Record<string, unknown>)[field];
  if (v == null) return [];
  if (typeof (v as { toArray?: unknown | undefined }).toArray === 'function')
    return [...(v as { toArray(): unknown[] }).toArray()];
  return Array.isArray(v) ? v : [v];
}

/** The entities a field holds. */
export function valuesOf(e: Entity, field: string): Entity[] {
  return itemsOf(e, field).filter((x): x is Entity => x instanceof Entity);
}

/** Whether every hop of a path (`studio`, `name`) is loaded on the entity and on what it references. */
export function pathLoaded(e: Entity, segs: readonly string[]): boolean {
  const [seg, ...rest] = segs as [string, ...string[]];
  try {
    if (!e.isLoaded(seg)) return false;
  } catch (err) {
    if (err instanceof StashError) return false;
    throw err;
  }
  if (!rest.length) return true;
  const items = itemsOf(e, seg);
  return items.every((x) =>
    x instanceof Entity ? pathLoaded(x, rest) : x && typeof x === 'object' ? Object.hasOwn(x, rest[0] as string) : true,
  );
}
