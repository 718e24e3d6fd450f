import type { Entity, PlanSaveOptions } from '@stash-graphql/orm';

/** `store.plan()`: the entities to plan (default: what saveAll would save) and the save's own options. */
export interface PlanOptions extends Pick<PlanSaveOptions, 'chunkSize' | 'returning'> {
  entities?: Iterable<Entity> | undefined;
}
