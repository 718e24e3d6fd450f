import { StashClient, type StashClientOptions, type StashLogger } from '@stash-graphql/core';
import { createFakeStash, type FakeStash, type FakeStashOptions } from '@stash-graphql/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Fast backoff so retry tests take milliseconds. */
export const FAST_RETRY = { initialDelayMs: 5, maxDelayMs: 20, maxAttempts: 4, maxElapsedMs: 5_000 } as const;

/** One fake Stash per test file, reset after each test. */
export function useFakeStash(options: FakeStashOptions = {}) {
  const ctx = {} as { stash: FakeStash; client: (extra?: Partial<StashClientOptions>) => StashClient };
  const clients: StashClient[] = [];
  beforeAll(async () => {
    ctx.stash = await createFakeStash(options);
    ctx.client = (extra = {}) => {
      const c = new StashClient({ url: ctx.stash.url, apiKey: options.apiKey, retry: FAST_RETRY, ...extra });
      clients.push(c);
      return c;
    };
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    ctx.stash.reset();
  });
  afterAll(async () => {
    await ctx.stash.close();
  });
  return ctx;
}

/** A logger that keeps every line, to assert on what would have been printed. */
export function memoryLogger(): StashLogger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (message: string, details?: Record<string, unknown>) =>
    lines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
  return { lines, debug: push('debug'), warn: push('warn') };
}

/** A port nothing listens on (bound, read, released). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Requests the test made, without the client's one-time capabilities probe. */
export const sent = (stash: FakeStash) => stash.requests.filter((r) => r.operationName !== 'StashCapabilities');

/** expect.poll settings for conditions that depend on sockets: generous, since a busy 2-core machine is slow. */
export const WAIT = { timeout: 10_000, interval: 5 } as const;
