import type { Entity } from './Entity.js';

/**
 * Saves in flight, per entity (process-wide, weakly held). A save that involves an entity another save is writing
 * waits for that save first: a new entity whose create is in flight is then no longer new (never created twice),
 * and edits made meanwhile are still pending and go out in the later save, after the earlier one.
 */
const inflight = new WeakMap<Entity, Promise<void>>();

/** The saves in flight that involve any of these entities, or null when none does. */
export function inflightSaves(entities: readonly Entity[]): Promise<unknown> | null {
  const waits = new Set<Promise<void>>();
  for (const e of entities) {
    const p = inflight.get(e);
    if (p) waits.add(p);
  }
  return waits.size ? Promise.all(waits) : null;
}

/** Marks entities as being saved (synchronously, right after `inflightSaves` found none); returns the release. */
export function holdSaves(entities: readonly Entity[]): () => void {
  let release!: () => void;
  const p = new Promise<void>((resolve) => {
    release = resolve;
  });
  for (const e of entities) inflight.set(e, p);
  return () => {
    for (const e of entities) if (inflight.get(e) === p) inflight.delete(e);
    release();
  };
}
