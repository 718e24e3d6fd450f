import { StashClient, type StashClientOptions } from '@stash-graphql/core';
import { StashEntityStore, type StashEntityStoreOptions } from './StashEntityStore.js';

/** A client and a store over it, in one call. */
export function createStash(options: StashClientOptions & StashEntityStoreOptions): {
  client: StashClient;
  store: StashEntityStore;
} {
  const { defaultTtlMs, ttlByType, clock, ...clientOptions } = options;
  const client = new StashClient(clientOptions);
  return { client, store: new StashEntityStore(client, { defaultTtlMs, ttlByType, clock }) };
}
