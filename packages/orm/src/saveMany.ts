import { type StashClient, StashError } from '@stash-graphql/core';
import { buildSaveOperations, type SaveUnit } from './buildSaveOperations.js';
import type { Entity } from './Entity.js';
import type { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

export interface SaveOptions {
  /** Operations per request (core's batch chunk size). */
  chunkSize?: number;
  signal?: AbortSignal;
  /** Created entities join this map under their server ids; answers resolve references through it. */
  identityMap?: IdentityMap;
}

export interface SaveResult<E extends Entity = Entity> {
  /** The given entities that were saved: clean, with server ids. */
  saved: E[];
  /** New entities they referenced, created along with them (clean, with server ids). */
  references: Entity[];
  /** Entities with at least one failed operation: they keep every change that was not applied. */
  failed: { entity: Entity; error: StashError }[];
  allSucceeded: boolean;
}

const asStashError = (e: unknown): StashError =>
  e instanceof StashError ? e : new StashOrmError('malformed-data', e instanceof Error ? e.message : String(e));

/**
 * Saves entities (and the new entities they reference) in dependency order: one batched request per phase through
 * `client.executeBatch`. Never throws for a failed operation: see `failed`. Throws StashOrmError before any
 * request for a cycle, a deleted reference or a value a mutation cannot take.
 */
export async function saveMany<E extends Entity>(
  client: StashClient,
  entities: Iterable<E>,
  options: SaveOptions = {},
): Promise<SaveResult<E>> {
  const given = new Set<Entity>(entities);
  const plan = buildSaveOperations(given);
  const failures = new Map<Entity, StashError>();
  const fail = (unit: SaveUnit, error: StashError) => {
    for (const e of unit.entities) if (!failures.has(e)) failures.set(e, error);
  };
  for (const phase of plan.phases) {
    const ready: SaveUnit[] = [];
    const operations = [];
    for (const unit of phase.units) {
      try {
        operations.push(unit.build());
        ready.push(unit);
      } catch (e) {
        fail(unit, asStashError(e));
      }
    }
    if (!operations.length) continue;
    const result = await client.executeBatch(operations, { chunkSize: options.chunkSize, signal: options.signal });
    result.results.forEach((outcome, i) => {
      const unit = ready[i] as SaveUnit;
      if (!outcome.ok) {
        fail(unit, outcome.error);
        return;
      }
      try {
        unit.apply(outcome.result, options.identityMap);
      } catch (e) {
        fail(unit, asStashError(e));
      }
    });
  }
  const failed = [...failures].map(([entity, error]) => ({ entity, error }));
  const ok = plan.entities.filter((e) => !failures.has(e));
  return {
    saved: ok.filter((e): e is E => given.has(e)),
    references: ok.filter((e) => !given.has(e)),
    failed,
    allSucceeded: failed.length === 0,
  };
}
