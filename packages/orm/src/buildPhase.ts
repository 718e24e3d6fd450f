import { type BatchOperation, StashError } from '@stash-graphql/core';
import type { SavePhase, SaveUnit } from './buildSaveOperations.js';
import type { Entity } from './Entity.js';
import { StashOrmError } from './StashOrmError.js';

export const asStashError = (e: unknown): StashError =>
  e instanceof StashError ? e : new StashOrmError('malformed-data', e instanceof Error ? e.message : String(e));

/** One phase's operations as they go into its batch, and the units refused before any request. */
export interface BuiltPhase {
  /** Units whose operations were built: `operations.slice(from, to)` are theirs. */
  ready: { unit: SaveUnit; from: number; to: number }[];
  operations: BatchOperation[];
  refused: { unit: SaveUnit; error: StashError }[];
}

/**
 * Builds a phase's operations, unit by unit, in order; a unit that cannot be built is refused (its own failure).
 * Shared by the save (saveMany) and the dry run (planSave), so that a plan holds exactly what the save sends. In a dry
 * run (`tempIds`) new entities are not created between phases: a unit that depends on a create refused earlier
 * (`notCreated`) is refused as the save would refuse it, and the others carry the `tmp:N` ids.
 */
export function buildPhase(phase: SavePhase, tempIds = false, notCreated?: ReadonlySet<Entity>): BuiltPhase {
  const out: BuiltPhase = { ready: [], operations: [], refused: [] };
  for (const unit of phase.units) {
    try {
      const missing = notCreated?.size ? unit.dependsOn.filter((d) => notCreated.has(d)) : [];
      // The same refusal the save meets (requireSaved) when a dependency's create did not go through.
      if (missing.length) unit.build(false);
      const ops = unit.build(tempIds);
      out.ready.push({ unit, from: out.operations.length, to: out.operations.length + ops.length });
      out.operations.push(...ops);
    } catch (e) {
      out.refused.push({ unit, error: asStashError(e) });
    }
  }
  return out;
}
