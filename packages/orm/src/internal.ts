/**
 * Cross-package helpers for `@stash-graphql/store`, not for applications: they reach into entity state that the
 * public API keeps behind save, hydrate and populate. No compatibility promise beyond the store of the same version.
 *
 * @packageDocumentation
 * @module @stash-graphql/orm/internal
 */
import type { Entity } from './Entity.js';
import { stateOf } from './Entity.js';
import { mergeLoaded } from './entityState.js';

export { adoptServerEntity } from './adoptEntity.js';

/**
 * Records a relation list read by a batched query (`tag.scenes` for many tags at once) as loaded, exactly as
 * `populate` does for one entity; pending add/remove apply on top.
 */
export function loadRelation(entity: Entity, field: string, items: readonly Entity[]): void {
  mergeLoaded(stateOf(entity), field, Object.freeze([...items]));
}
