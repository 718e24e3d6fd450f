import { StashClient } from '@stash-graphql/core';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** One fake Stash per test file, reset before each test; a client with retries off. */
export function useFakeStash(): { stash: FakeStash; client: StashClient } {
  const ctx = {} as { stash: FakeStash; client: StashClient };
  beforeAll(async () => {
    ctx.stash = await createFakeStash();
    ctx.client = new StashClient({ url: ctx.stash.url, retry: { maxAttempts: 1 } });
  });
  beforeEach(() => ctx.stash.reset());
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.stash?.close();
  });
  return ctx;
}

/**
 * The variables of every logged operation on `rootField`, one entry per operation: batched documents alias each
 * operation `opN` and suffix its variables with N (`input0`), which are mapped back to their plain names.
 */
export function sent(stash: FakeStash, rootField: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const r of stash.requests) {
    if (!r.rootFields.includes(rootField)) continue;
    const vars = r.variables ?? {};
    const aliases = [...(r.query ?? '').matchAll(new RegExp(`op(\\d+): ${rootField}\\(`, 'g'))].map((m) => m[1]);
    if (!aliases.length) out.push(vars);
    for (const i of aliases) {
      const own = Object.entries(vars).filter(([k]) => k.match(/\d+$/)?.[0] === i);
      out.push(Object.fromEntries(own.map(([k, v]) => [k.slice(0, -(i as string).length), v])));
    }
  }
  return out;
}

/** Root fields of each mutation request, in order (queries left out). */
export const mutationRequests = (stash: FakeStash): string[][] =>
  stash.requests.filter((r) => /^\s*mutation/.test(r.query ?? '')).map((r) => r.rootFields);
