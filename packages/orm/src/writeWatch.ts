import type { Entity } from './Entity.js';

/** Holds an entity weakly and must hold it strongly before a write can make it dirty (see IdentityMap). */
export interface WriteWatcher {
  wrote(entity: Entity): void;
}

// Entity → its watcher(s). Keyed weakly: a watch never keeps an entity alive.
const watchers = new WeakMap<Entity, WriteWatcher | WriteWatcher[]>();

/** Calls `watcher.wrote(entity)` on the next write to the entity (once; the watcher re-arms it when it wants). */
export function watchWrites(entity: Entity, watcher: WriteWatcher): void {
  const had = watchers.get(entity);
  if (had === undefined || had === watcher) watchers.set(entity, watcher);
  else if (Array.isArray(had)) {
    if (!had.includes(watcher)) had.push(watcher);
  } else watchers.set(entity, [had, watcher]);
}

export function unwatchWrites(entity: Entity, watcher: WriteWatcher): void {
  const had = watchers.get(entity);
  if (had === watcher) watchers.delete(entity);
  else if (Array.isArray(had)) {
    const rest = had.filter((w) => w !== watcher);
    if (rest.length) watchers.set(entity, rest.length === 1 ? (rest[0] as WriteWatcher) : rest);
    else watchers.delete(entity);
  }
}

/** Called by the entity before any write that may make it dirty (a field, a list edit, a queued mutation). */
export function noteWrite(entity: Entity): void {
  const had = watchers.get(entity);
  if (had === undefined) return;
  watchers.delete(entity);
  if (Array.isArray(had)) for (const w of had) w.wrote(entity);
  else had.wrote(entity);
}
