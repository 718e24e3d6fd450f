import type { Entity } from './Entity.js';
import type { EntityState } from './entityState.js';

/** Holds an entity weakly and must hold it strongly before a write can make it dirty (see IdentityMap). */
export interface WriteWatcher {
  wrote(entity: Entity): void;
}

/** Who hears about the next write: kept on the entity's state, so arming a watch allocates nothing. */
export type Watch = WriteWatcher | WriteWatcher[] | undefined;

/** Calls `watcher.wrote(entity)` on the next write to the entity (once; the watcher re-arms it when it wants). */
export function watchWrites(s: EntityState, watcher: WriteWatcher): void {
  const had = s.watch;
  if (had === undefined || had === watcher) s.watch = watcher;
  else if (Array.isArray(had)) {
    if (!had.includes(watcher)) had.push(watcher);
  } else s.watch = [had, watcher];
}

export function unwatchWrites(s: EntityState, watcher: WriteWatcher): void {
  const had = s.watch;
  if (had === watcher) s.watch = undefined;
  else if (Array.isArray(had)) {
    const rest = had.filter((w) => w !== watcher);
    s.watch = rest.length > 1 ? rest : rest[0];
  }
}

/** Called by the entity before any write that may make it dirty (a field, a list edit, a queued mutation). */
export function noteWrite(entity: Entity, s: EntityState): void {
  const had = s.watch;
  if (had === undefined) return;
  s.watch = undefined;
  if (Array.isArray(had)) for (const w of had) w.wrote(entity);
  else had.wrote(entity);
}
