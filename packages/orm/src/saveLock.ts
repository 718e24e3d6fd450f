import { type Entity, stateOf } from './Entity.js';

/**
 * Saves in flight, per entity (on the entity's own state: a save of many entities marks each without a table). A
 * save that involves an entity another save is writing waits for that save first: a new entity whose create is in
 * flight is then no longer new (never created twice), and edits made meanwhile are still pending and go out in the
 * later save, after the earlier one.
 */

/** The saves in flight that involve any of these entities, or null when none does. */
export function inflightSaves(entities: readonly Entity[]): Promise<unknown> | null {
  let waits: Set<Promise<void>> | undefined;
  for (const e of entities) {
    const p = stateOf(e).saving;
    if (!p) continue;
    waits ??= new Set();
    waits.add(p);
  }
  return waits ? Promise.all(waits) : null;
}

/** Marks entities as being saved (synchronously, right after `inflightSaves` found none); returns the release. */
export function holdSaves(entities: readonly Entity[]): () => void {
  let release!: () => void;
  const p = new Promise<void>((resolve) => {
    release = resolve;
  });
  for (const e of entities) stateOf(e).saving = p;
  return () => {
    for (const e of entities) {
      const s = stateOf(e);
      if (s.saving === p) s.saving = undefined;
    }
    release();
  };
}
