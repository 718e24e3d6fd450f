import type { StashIDInput } from '@stash-graphql/core/generated';

/** StashID → StashIDInput: the same fields; `updated_at` is optional on input (the server defaults it to now). */
export function stashIdInput(item: StashIDInput): Record<string, unknown> {
  const { endpoint, stash_id, updated_at } = item;
  return updated_at === undefined || updated_at === null ? { endpoint, stash_id } : { endpoint, stash_id, updated_at };
}

/** A wrapper's entity (`{ group }`) → its id, read when the input is built so that temp ids are already resolved. */
export const idOf = (value: unknown): string => (value as { id: string }).id;
