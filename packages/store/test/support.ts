import { StashClient } from '@stash-graphql/core';
import { createFakeStash, type FakeStash, type SeedData } from '@stash-graphql/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { StashEntityStore, type StashEntityStoreOptions } from '../src/index.js';

/** One fake Stash per file (reset before each test), a client with retries off, and a fresh store per test. */
export function useStore(seed?: SeedData, options: StashEntityStoreOptions = {}) {
  const ctx = {} as { stash: FakeStash; client: StashClient; store: StashEntityStore };
  beforeAll(async () => {
    ctx.stash = await createFakeStash({ seed });
    ctx.client = new StashClient({ url: ctx.stash.url, retry: { maxAttempts: 1 } });
    await ctx.client.capabilities();
  });
  beforeEach(() => {
    ctx.stash.reset();
    ctx.store = new StashEntityStore(ctx.client, options);
  });
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.stash?.close();
  });
  return ctx;
}

/** Requests whose operation name starts with `Store` (the store's own reads), by root field. */
export const reads = (stash: FakeStash, root: string) =>
  stash.requests.filter((r) => r.rootFields.includes(root) && r.operationName?.startsWith('Store'));
