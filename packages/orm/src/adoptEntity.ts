import { type Entity, identifyEntity, stateOf } from './Entity.js';
import { mergeServerAnswer } from './hydrate.js';
import type { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

/**
 * Binds a new entity to the server entity its create made, when the create's answer was lost (the connection broke
 * after sending) and a lookup found what it created: the entity takes the server id and the server's values, so a
 * later save does not create it a second time.
 */
export function adoptServerEntity(entity: Entity, payload: { id: string }, identityMap?: IdentityMap): void {
  if (!entity.isNew()) {
    throw new StashOrmError('invalid-value', `${identifyEntity(entity)} is not new: nothing to adopt`);
  }
  stateOf(entity).id = payload.id;
  entity.markClean();
  mergeServerAnswer(entity, payload, identityMap);
  identityMap?.add(entity);
}
