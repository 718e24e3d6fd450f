import type { StashClient } from '@stash-graphql/core';
import type { DeleteOptions } from './deleteEntity.js';
import type { Entity } from './Entity.js';
import type { MergeOptions } from './mergeEntities.js';
import { StashOrmError } from './StashOrmError.js';
import type { SaveOptions, SaveResult } from './saveMany.js';

/**
 * What an entity's own `save`/`delete`/`mergeFrom`/`getChangedFields` delegate to. Entities never import the unit of
 * work (saveMany imports Entity, not the other way round): the package's entry point installs it once.
 */
export interface UnitOfWork {
  save(client: StashClient, entities: readonly Entity[], options?: SaveOptions): Promise<SaveResult>;
  delete(client: StashClient, entity: Entity, options?: DeleteOptions): Promise<void>;
  merge(client: StashClient, destination: Entity, sources: readonly Entity[], options?: MergeOptions): Promise<void>;
  changedFields(entity: Entity): Record<string, unknown>;
}

let installed: UnitOfWork | undefined;

export function installUnitOfWork(unit: UnitOfWork): void {
  installed = unit;
}

export function unitOfWork(): UnitOfWork {
  if (!installed) {
    throw new StashOrmError('read-only', 'The unit of work is not installed: import entities from @stash-graphql/orm');
  }
  return installed;
}
