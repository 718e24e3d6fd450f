import type { StashClient } from '@stash-graphql/core';
import { metaOf } from './changeSet.js';
import { type Entity, stateOf } from './Entity.js';
import { StashOrmError } from './StashOrmError.js';

/** Destroy options the schema's destroy input takes besides the id (`delete_file`, `delete_generated`). */
export type DeleteOptions = Record<string, boolean | undefined>;

/**
 * Destroys the entity (`sceneDestroy`, `galleryDestroy` with `ids`, `sceneMarkerDestroy(id)` …). A new entity is
 * only marked deleted. Afterwards saving it, or anything that references it, fails before any request.
 */
export async function deleteEntity(client: StashClient, entity: Entity, options: DeleteOptions = {}): Promise<void> {
  const s = stateOf(entity);
  if (s.deleted) return;
  const destroy = metaOf(entity).destroy;
  if (!destroy) throw new StashOrmError('read-only', `${entity.typename} cannot be deleted through the API`);
  for (const key of Object.keys(options)) {
    if (!destroy.options.includes(key)) {
      throw new StashOrmError(
        'unknown-field',
        `${destroy.mutation} has no option ${JSON.stringify(key)}${destroy.options.length ? ` (${destroy.options.join(', ')})` : ''}`,
      );
    }
  }
  if (!entity.isNew()) {
    const id = destroy.idField === 'ids' ? [entity.id] : entity.id;
    const variables = destroy.input
      ? { input: { [destroy.idField as string]: id, ...options } }
      : { [destroy.arg as string]: id };
    const result = await client.executeBatch([
      { mutation: destroy.mutation, variables } as unknown as Parameters<StashClient['executeBatch']>[0][number],
    ]);
    const outcome = result.results[0];
    if (outcome && !outcome.ok) throw outcome.error;
  }
  s.deleted = true;
  s.changes = undefined;
  s.deltas = undefined;
  s.queued = undefined;
}
