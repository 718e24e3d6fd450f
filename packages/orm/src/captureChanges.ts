import { type Entity, stateOf } from './Entity.js';
import type { ListDelta } from './entityState.js';

const copyDeltas = (d: Record<string, ListDelta> | undefined) =>
  d && Object.fromEntries(Object.entries(d).map(([k, v]) => [k, { add: [...v.add], remove: [...v.remove] }]));

/** Change records have no prototype (see assignValue). */
const nullProto = (o: Record<string, unknown>) => Object.assign(Object.create(null) as Record<string, unknown>, o);

/**
 * Takes the pending changes of entities and returns what puts them back exactly (a dry run applies edits to plan
 * them, then undoes them: changes the caller had made before are kept, the ones made since are dropped). The other
 * side's in-memory lists, which edits mirror, are not rewound (as with `revert`).
 */
export function captureChanges(entities: Iterable<Entity>): () => void {
  const saved = [...new Set(entities)].map((e) => {
    const s = stateOf(e);
    return {
      s,
      changes: s.changes && nullProto(s.changes),
      deltas: copyDeltas(s.deltas),
      queued: s.queued && [...s.queued],
    };
  });
  return () => {
    for (const { s, changes, deltas, queued } of saved) {
      s.changes = changes && nullProto(changes);
      s.deltas = copyDeltas(deltas);
      s.queued = queued && [...queued];
    }
  };
}
