import { type BatchOperation, StashError } from '@stash-graphql/core';
import type { SavePhase, SaveUnit } from './buildSaveOperations.js';
import type { Entity } from './Entity.js';
import { StashOrmError } from './StashOrmError.js';

export const asStashError = (e: unknown): StashError =>
  e instanceof StashError ? e : new StashOrmError('malformed-data', e instanceof Error ? e.message : String(e));

/** One request's operations, the units they came from, and the units refused before any request. */
export interface BuiltPhase {
  /** Units whose operations were built: `operations.slice(from, to)` are theirs. */
  ready: { unit: SaveUnit; from: number; to: number }[];
  operations: BatchOperation[];
  refused: { unit: SaveUnit; error: StashError }[];
}

/**
 * A phase's requests, built unit by unit, in order, as the save sends them: a request holds whole units, up to `size`
 * operations (a unit with more goes alone, and core's batch splits it). A unit that cannot be built is refused (its
 * own failure). Lazy, so the save builds the next request while the previous one is on the server. Shared by the save
 * (saveMany) and the dry run (planSave), so that a plan holds exactly what the save sends. In a dry run (`tempIds`)
 * new entities are not created between phases: a unit that depends on a create refused earlier (`notCreated`) is
 * refused as the save would refuse it, and the others carry the `tmp:N` ids.
 */
export function* phaseRequests(
  phase: SavePhase,
  size: number,
  tempIds = false,
  notCreated?: ReadonlySet<Entity>,
): Generator<BuiltPhase> {
  let next: BuiltPhase = { ready: [], operations: [], refused: [] };
  for (const unit of phase.units) {
    let ops: BatchOperation[];
    try {
      const missing = notCreated?.size ? unit.dependsOn.filter((d) => notCreated.has(d)) : [];
      // The same refusal the save meets (requireSaved) when a dependency's create did not go through.
      if (missing.length) unit.build(false);
      ops = unit.build(tempIds);
    } catch (e) {
      next.refused.push({ unit, error: asStashError(e) });
      continue;
    }
    if (next.operations.length && next.operations.length + ops.length > size) {
      yield next;
      next = { ready: [], operations: [], refused: [] };
    }
    next.ready.push({ unit, from: next.operations.length, to: next.operations.length + ops.length });
    for (const op of ops) next.operations.push(op);
  }
  if (next.operations.length || next.refused.length) yield next;
}
