import type { Returning } from '@stash-graphql/core';
import type { EntityTypename, MutationName } from '@stash-graphql/core/generated';
import type { ValuesOf } from './types/EntityShape.js';
import type { EntityTypes } from './types/EntityTypes.js';

/** The fields and relations of an entity type, as a plan names them (`title`, `tags` … for a Scene). */
export type PlanField<T extends EntityTypename> = T extends keyof EntityTypes
  ? keyof ValuesOf<EntityTypes[T]> & string
  : string;

/**
 * The serialised shape of a dry-run plan (`plan.toJSON()`), version 1. Plain JSON: entities appear as
 * {@link PlanRef}s, new entities with their temporary `tmp:N` ids (the same ids the planned variables carry).
 */
export interface SavePlanJSON {
  version: 1;
  /** The requests a save would send, in order; each is one batched mutation document. */
  requests: PlannedRequest[];
  /** What would change, per entity: creates first as planned, then updates. */
  entities: EntityChanges[];
  /** Operations a save would refuse before sending them (e.g. a create missing a required field). */
  refused: PlanRefusal[];
  /** What the plan could not foresee (e.g. files a scan would add first). */
  notes: string[];
}

/** An entity named in a plan: `name` (or `title`) when known, for people reading it. */
export interface PlanRef {
  __typename: EntityTypename;
  id: string;
  name?: string;
}

export type PlanValue = null | string | number | boolean | PlanRef | PlanValue[] | { [key: string]: PlanValue };

/** One mutation of a request: its root field, its variables exactly as sent, what it would answer. */
export interface PlannedOperation {
  mutation: MutationName;
  variables: Record<string, unknown>;
  returning?: Returning;
  /** What it does, e.g. `tagCreate Tag:tmp:3`. */
  label: string;
  /** The entities it writes, as `Type:id`. */
  entities: string[];
}

/** One request: a batch of operations sent together (one phase of the save, `chunkSize` operations at most). */
export interface PlannedRequest {
  /** The part of the run it belongs to: `save` for a store's save, `scan`/`create tags`/`save items` for ingest. */
  step: string;
  /** Dependency phase within the step: a phase needs the ids created by the phases before it. */
  phase: number;
  operations: PlannedOperation[];
}

/** A plain field written through the entity's own create/update; `old` is absent for a create or an unloaded field. */
export interface FieldChange<F extends string = string> {
  field: F;
  old?: PlanValue;
  new: PlanValue;
}

/** A list of entities: who would be added and removed (`loaded: false`: an ADD/REMOVE on a list never read). */
export interface ListChange<F extends string = string> {
  field: F;
  added: PlanRef[];
  removed: PlanRef[];
  loaded: boolean;
}

export interface EntityChanges<T extends EntityTypename = EntityTypename> {
  ref: PlanRef & { __typename: T };
  action: 'create' | 'update';
  fields: FieldChange<PlanField<T>>[];
  lists: ListChange<PlanField<T>>[];
  /** Side mutations queued on the entity (`sceneAddPlay` …). */
  side: string[];
}

export interface PlanRefusal {
  label: string;
  entities: string[];
  /** `kind` as StashError's; `code` for the orm's own refusals (`invalid-value`, `unsaved-reference` …). */
  error: { kind: string; code?: string; message: string };
}
