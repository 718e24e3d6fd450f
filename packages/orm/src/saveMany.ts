import { type BatchResult, DEFAULT_CHUNK_SIZE, type StashClient, type StashError } from '@stash-graphql/core';
import { asStashError, type BuiltPhase, phaseRequests } from './buildPhase.js';
import { buildSaveOperations, type SavePlan, type SaveUnit } from './buildSaveOperations.js';
import type { Entity } from './Entity.js';
import type { IdentityMap } from './IdentityMap.js';
import { holdSaves, inflightSaves } from './saveLock.js';

export interface SaveOptions {
  /** Operations per request (core's batch chunk size). */
  chunkSize?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Created entities join this map under their server ids; answers resolve references through it. */
  identityMap?: IdentityMap | undefined;
  /**
   * What each create/update answers besides what the save needs (the id and the plain fields sent that the server
   * may normalise): `'full'` for the whole entity, or more fields of it by name (e.g. `['updated_at']`: a write
   * leaves the stamp not loaded otherwise).
   */
  returning?: 'full' | readonly string[] | undefined;
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
  const list = [...entities];
  const given = new Set<Entity>(list);
  let plan = buildSaveOperations(list, { returning: options.returning });
  // Another save is writing some of these entities: wait for it, then plan again (saveLock.ts).
  for (let busy = inflightSaves(plan.entities); busy; busy = inflightSaves(plan.entities)) {
    await busy;
    plan = buildSaveOperations(list, { returning: options.returning });
  }
  const release = holdSaves(plan.entities);
  try {
    return await runPlan<E>(client, plan, options, given);
  } finally {
    release();
  }
}

async function runPlan<E extends Entity>(
  client: StashClient,
  plan: SavePlan,
  options: SaveOptions,
  given: ReadonlySet<Entity>,
): Promise<SaveResult<E>> {
  const failures = new Map<Entity, StashError>();
  const fail = (unit: SaveUnit, error: StashError) => {
    for (const e of unit.entities) if (!failures.has(e)) failures.set(e, error);
  };
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const apply = (sent: BuiltPhase, result: BatchResult) => {
    const { results } = result;
    for (const { unit, from, to } of sent.ready) {
      let failed: StashError | undefined;
      const answers: unknown[] = [];
      for (let i = from; i < to && !failed; i++) {
        const o = results[i] as BatchResult['results'][number];
        if (o.ok) answers.push(o.result);
        else failed = o.error;
      }
      if (failed) {
        fail(unit, failed);
        continue;
      }
      try {
        unit.apply(answers, options.identityMap);
      } catch (e) {
        fail(unit, asStashError(e));
      }
    }
  };
  for (const phase of plan.phases) {
    // A request's worth at a time, one request in flight: while a request is on the server, the next one is built
    // (phaseRequests is lazy) and the previous answer applied, so the client's work on a big save overlaps the
    // server's instead of adding to it. A phase ends with every answer applied (the next phase needs the new ids).
    let inflight: Flight | null = null;
    for (const next of phaseRequests(phase, size)) {
      for (const { unit, error } of next.refused) fail(unit, error);
      if (!next.operations.length) continue;
      const previous: Flight | null = inflight;
      const done = previous ? await previous.answer : null;
      const answer = client.executeBatch(next.operations, { chunkSize: size, signal: options.signal });
      answer.catch(() => {}); // awaited later; must not count as unhandled meanwhile
      inflight = { sent: next, answer };
      if (previous && done) {
        await yieldToRequest(); // let the request leave before applying the previous answer
        apply(previous.sent, done);
      }
    }
    const last = inflight as Flight | null;
    if (last) apply(last.sent, await last.answer);
  }
  const failed = [...failures].map(([entity, error]) => ({ entity, error }));
  const ok = plan.entities.filter((e) => !failures.has(e));
  // Saved: the map holds them weakly again once clean (a failed entity keeps its changes, and its strong hold).
  if (options.identityMap) for (const e of ok) options.identityMap.settle(e);
  return {
    saved: ok.filter((e): e is E => given.has(e)),
    references: ok.filter((e) => !given.has(e)),
    failed,
    allSucceeded: failed.length === 0,
  };
}

type Flight = { sent: BuiltPhase; answer: Promise<BatchResult> };

/** A macrotask turn: the request just started gets written before the caller goes on with synchronous work. */
const yieldToRequest = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
