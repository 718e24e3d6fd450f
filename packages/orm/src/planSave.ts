import { DEFAULT_CHUNK_SIZE, StashInputError } from '@stash-graphql/core';
import type { EntityTypename } from '@stash-graphql/core/generated';
import { phaseRequests } from './buildPhase.js';
import { buildSaveOperations } from './buildSaveOperations.js';
import { computeChangeSet } from './computeChangeSet.js';
import { describeChanges } from './describeChanges.js';
import { type Entity, identifyEntity } from './Entity.js';
import { formatPlan } from './formatPlan.js';
import type { EntityChanges, PlannedOperation, PlannedRequest, PlanRefusal, SavePlanJSON } from './planTypes.js';
import { StashOrmError } from './StashOrmError.js';

export interface PlanSaveOptions {
  /** Operations per request, as the save will be given it (core's batch chunk size, default 250). */
  chunkSize?: number | undefined;
  /** As the save will be given it: what each create/update answers (it is part of the request). */
  returning?: 'full' | readonly string[] | undefined;
  /** New entities an earlier step of the same run creates first (see buildSaveOperations). */
  assumeSaved?: ReadonlySet<Entity> | undefined;
  /** The name of this part of a run in the plan's requests. Default `save`. */
  step?: string | undefined;
}

/**
 * A dry run's result, as a value: the requests a save would send (operation names and variables, batched and
 * ordered as the save batches them), what would change per entity, and what would be refused. Nothing in it is
 * live: later edits of the entities do not change it. `toJSON()` has the documented shape {@link SavePlanJSON};
 * `toTable()` is the same for people.
 */
export class PlannedSave {
  readonly requests: readonly PlannedRequest[];
  readonly entities: readonly EntityChanges[];
  readonly refused: readonly PlanRefusal[];
  readonly notes: readonly string[];
  readonly #byRef: Map<string, EntityChanges>;

  constructor(parts: Omit<SavePlanJSON, 'version'>) {
    this.requests = parts.requests;
    this.entities = parts.entities;
    this.refused = parts.refused;
    this.notes = parts.notes;
    this.#byRef = new Map(parts.entities.map((c) => [`${c.ref.__typename}:${c.ref.id}`, c]));
  }

  /** Every operation, in the order it would be sent. */
  get operations(): PlannedOperation[] {
    return this.requests.flatMap((r) => r.operations);
  }

  /** Nothing would be sent. */
  get isEmpty(): boolean {
    return this.requests.length === 0;
  }

  /** The planned changes of one entity (as it is now: a new entity by its `tmp:N` id), if it has any. */
  changesOf<E extends Entity>(entity: E): EntityChanges<E['typename']> | undefined {
    return this.#byRef.get(identifyEntity(entity)) as EntityChanges<E['typename']> | undefined;
  }

  /** Created entities (with their temporary ids) of one type, or of every type. */
  creates<T extends EntityTypename>(typename?: T): EntityChanges<T>[] {
    return this.entities.filter(
      (c) => c.action === 'create' && (!typename || c.ref.__typename === typename),
    ) as EntityChanges<T>[];
  }

  toJSON(): SavePlanJSON {
    return {
      version: 1,
      requests: [...this.requests],
      entities: [...this.entities],
      refused: [...this.refused],
      notes: [...this.notes],
    };
  }

  /** The plan as a text table (see formatPlan). */
  toTable(): string {
    return formatPlan(this.toJSON());
  }

  /** Plans run one after the other (ingest: the scan, the name creates, then the items), as one plan. */
  static concat(parts: readonly PlannedSave[], notes: readonly string[] = []): PlannedSave {
    return new PlannedSave({
      requests: parts.flatMap((p) => p.requests),
      entities: parts.flatMap((p) => p.entities),
      refused: parts.flatMap((p) => p.refused),
      notes: [...parts.flatMap((p) => p.notes), ...notes],
    });
  }
}

/**
 * What `saveMany(client, entities, options)` would send, without sending anything (no request at all: planning needs
 * no read). It plans with the very code the save runs (buildSaveOperations, then phaseRequests per phase), so that
 * running the save right after sends exactly these operations, new entities' `tmp:N` ids replaced by the ids the
 * creates answer. The entities are not touched: they stay dirty. Throws, like the save, before anything for a cycle
 * among new entities, a deleted reference or a field a mutation cannot write.
 *
 * The plan assumes every operation succeeds; when one fails, the save skips what depends on it.
 */
export function planSave(entities: Iterable<Entity>, options: PlanSaveOptions = {}): PlannedSave {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new StashInputError('chunkSize must be a positive integer');
  const step = options.step ?? 'save';
  const plan = buildSaveOperations(entities, { returning: options.returning, assumeSaved: options.assumeSaved });
  const requests: PlannedRequest[] = [];
  const refused: PlanRefusal[] = [];
  const notCreated = new Set<Entity>();
  plan.phases.forEach((phase, n) => {
    for (const built of phaseRequests(phase, chunkSize, true, notCreated)) {
      for (const { unit, error } of built.refused) {
        for (const e of unit.entities) if (e.isNew()) notCreated.add(e);
        refused.push({
          label: unit.label,
          entities: unit.entities.map(identifyEntity),
          error: {
            kind: error.kind,
            ...(error instanceof StashOrmError ? { code: error.code } : {}),
            message: error.message,
          },
        });
      }
      const planned: PlannedOperation[] = [];
      for (const { unit, from, to } of built.ready) {
        for (const op of built.operations.slice(from, to)) {
          planned.push({
            mutation: op.mutation,
            variables: structuredClone(op.variables) as Record<string, unknown>,
            ...(op.returning ? { returning: op.returning } : {}),
            label: unit.label,
            entities: unit.entities.map(identifyEntity),
          });
        }
      }
      // One save request; core's batch splits a unit bigger than a request the same way.
      for (let i = 0; i < planned.length; i += chunkSize) {
        requests.push({ step, phase: n, operations: planned.slice(i, i + chunkSize) });
      }
    }
  });
  const entitiesChanges = plan.entities
    .map((e) => describeChanges(computeChangeSet(e)))
    .filter((c) => c.action === 'create' || c.fields.length || c.lists.length || c.side.length);
  // Creates first, in the order they would be sent; then updates in the order given (the sort is stable).
  const sentAt = new Map<string, number>();
  requests
    .flatMap((r) => r.operations)
    .forEach((op, i) => {
      for (const e of op.entities) if (!sentAt.has(e)) sentAt.set(e, i);
    });
  const order = (c: EntityChanges) =>
    c.action === 'create' ? (sentAt.get(`${c.ref.__typename}:${c.ref.id}`) ?? Number.MAX_SAFE_INTEGER) : Infinity;
  return new PlannedSave({
    requests,
    entities: entitiesChanges.sort((a, b) => (order(a) === order(b) ? 0 : order(a) < order(b) ? -1 : 1)),
    refused,
    notes: [],
  });
}
