import type { StashClient } from '@stash-graphql/core';
import { metaOf } from './changeSet.js';
import { buildInput } from './computeChangeSet.js';
import { type Entity, identifyEntity, stateOf } from './Entity.js';
import { mergeServerAnswer } from './hydrate.js';
import { StashOrmError } from './StashOrmError.js';

/** sceneMerge's extra flags; tagsMerge has none. */
export interface MergeOptions {
  play_history?: boolean | undefined;
  o_history?: boolean | undefined;
}

/**
 * Merges `sources` into `destination` with the schema's merge mutation (tagsMerge, sceneMerge). The destination's
 * pending changes go along as sceneMerge `values`; sources are marked deleted; the answer is merged.
 */
export async function mergeEntities(
  client: StashClient,
  destination: Entity,
  sources: readonly Entity[],
  options: MergeOptions = {},
): Promise<void> {
  const merge = metaOf(destination).merge;
  if (!merge) throw new StashOrmError('read-only', `${destination.typename} has no merge mutation`);
  for (const e of [destination, ...sources]) {
    if (e.typename !== destination.typename) {
      throw new StashOrmError('wrong-entity-type', `cannot merge ${identifyEntity(e)} into a ${destination.typename}`);
    }
    if (e.isNew() || e.isDeleted()) {
      throw new StashOrmError('unsaved-reference', `${identifyEntity(e)} is ${e.isNew() ? 'not saved' : 'deleted'}`);
    }
  }
  const input: Record<string, unknown> = { source: sources.map((s) => s.id), destination: destination.id };
  const values = merge.mutation === 'sceneMerge' ? buildInput(destination) : null;
  if (values) input.values = values.input;
  if (merge.mutation === 'sceneMerge') Object.assign(input, options);
  const result = await client.executeBatch([
    { mutation: merge.mutation, variables: { input } } as unknown as Parameters<StashClient['executeBatch']>[0][number],
  ]);
  const outcome = result.results[0];
  if (outcome && !outcome.ok) throw outcome.error;
  for (const s of sources) {
    const st = stateOf(s);
    st.deleted = true;
    st.changes = undefined;
  }
  if (values) for (const [name, v] of values.sent) stateOf(destination).loaded[name] = v;
  if (values) destination.markClean();
  if (outcome?.ok && outcome.result) mergeServerAnswer(destination, outcome.result);
}
