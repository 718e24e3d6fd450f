import {
  defaultRetryPolicy,
  StashClient,
  StashConnectionError,
  StashHttpError,
  StashTimeoutError,
} from '@stash-graphql/core';
import { createFakeStash } from '@stash-graphql/testing';
import { describe, expect, it } from 'vitest';
import { FAST_RETRY, freePort, useFakeStash } from './support.js';

const tagCount = async (client: StashClient, name: string) =>
  (await client.findTags({ tag_filter: { name: { value: name, modifier: 'EQUALS' } } })).count;

describe('retry policy', () => {
  const t = useFakeStash();

  it.each([502, 503, 504] as const)('queries retry on HTTP %i and then succeed', async (status) => {
    t.stash.faults.inject({ operation: 'FindTags', status, times: 2 });
    const result = await t.client().findTags({});
    expect(result).toEqual({ count: 0, tags: [] });
    expect(t.stash.requests.count('FindTags')).toBe(3);
  });

  it('queries retry on connection resets', async () => {
    t.stash.faults.inject({ operation: 'FindTags', reset: 'before', times: 1 });
    await expect(t.client().findTags({})).resolves.toMatchObject({ count: 0 });
    expect(t.stash.requests.count('FindTags')).toBe(2);
  });

  it('queries retry on "database is locked"', async () => {
    t.stash.faults.inject({ operation: 'findTags', databaseLocked: true, times: 2 });
    await expect(t.client().findTags({})).resolves.toMatchObject({ count: 0 });
    expect(t.stash.requests.count('FindTags')).toBe(3);
  });

  it('queries give up after maxAttempts with the last error', async () => {
    t.stash.faults.inject({ operation: 'FindTags', status: 503, times: 10 });
    const error = await t
      .client({ retry: { ...FAST_RETRY, maxAttempts: 3 } })
      .findTags({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashHttpError);
    expect(error.status).toBe(503);
    expect(t.stash.requests.count('FindTags')).toBe(3);
  });

  it('a retry option given as undefined means its default (exactOptionalPropertyTypes consumers pass them)', async () => {
    t.stash.faults.inject({ operation: 'FindTags', status: 503, times: 2 });
    const client = t.client({ retry: { ...FAST_RETRY, maxAttempts: undefined, retryIf: undefined } });
    expect(client.retry.maxAttempts).toBe(new StashClient({ url: t.stash.url }).retry.maxAttempts);
    expect(typeof client.retry.retryIf).toBe('function');
    await expect(client.findTags({})).resolves.toMatchObject({ count: 0 });
    expect(t.stash.requests.count('FindTags')).toBe(3);
  });

  it('retries stop once maxElapsedMs has passed', async () => {
    // The first attempt fails at once; the second alone outlasts maxElapsedMs, so no third is made.
    t.stash.faults
      .inject({ operation: 'FindTags', status: 503 })
      .inject({ operation: 'FindTags', status: 503, latencyMs: 1200, times: 10 });
    const client = t.client({ retry: { ...FAST_RETRY, maxAttempts: 10, maxElapsedMs: 1000 } });
    await expect(client.findTags({})).rejects.toBeInstanceOf(StashHttpError);
    expect(t.stash.requests.count('FindTags')).toBe(2);
  });

  it('queries do not retry other HTTP errors (500)', async () => {
    t.stash.faults.inject({ operation: 'FindTags', status: 500, times: 10 });
    await expect(t.client().findTags({})).rejects.toBeInstanceOf(StashHttpError);
    expect(t.stash.requests.count('FindTags')).toBe(1);
  });

  it('a mutation is never resent after a reset: applied exactly once, error reported', async () => {
    t.stash.faults.inject({ operation: 'TagCreate', reset: 'after' });
    const client = t.client();
    const error = await client.tagCreate({ input: { name: 'Once' } }).catch((e) => e);
    expect(error).toBeInstanceOf(StashConnectionError);
    expect(error.reachedServer).toBe('unknown');
    expect(t.stash.requests.count('TagCreate')).toBe(1);
    expect(await tagCount(client, 'Once')).toBe(1);
  });

  it('a mutation is never resent after a timeout', async () => {
    let open = () => {};
    t.stash.faults.inject({ operation: 'TagCreate', holdUntil: new Promise<void>((r) => (open = r)) });
    const client = t.client({ timeoutMs: 300 });
    await client.capabilities({ timeoutMs: 5000 }); // the probe is not what this test times out
    await expect(client.tagCreate({ input: { name: 'Slow' } })).rejects.toBeInstanceOf(StashTimeoutError);
    open(); // the server goes on with the request the client gave up on
    await expect.poll(() => tagCount(client, 'Slow'), { timeout: 15_000 }).toBe(1);
    expect(t.stash.requests.count('TagCreate')).toBe(1);
  });

  it('a mutation is not retried on 502: the proxy may have forwarded it', async () => {
    t.stash.faults.inject({ operation: 'TagCreate', status: 502, times: 5 });
    await expect(t.client().tagCreate({ input: { name: 'P' } })).rejects.toBeInstanceOf(StashHttpError);
    expect(t.stash.requests.count('TagCreate')).toBe(1);
  });

  it('a mutation is retried on "database is locked" and applied once', async () => {
    t.stash.faults.inject({ operation: 'tagCreate', databaseLocked: true, times: 2 });
    const client = t.client();
    const tag = await client.tagCreate({ input: { name: 'Locked' } });
    expect(tag?.name).toBe('Locked');
    expect(t.stash.requests.count('TagCreate')).toBe(3);
    expect(await tagCount(client, 'Locked')).toBe(1);
  });

  it('a mutation is retried when the connection was refused (never reached the server)', async () => {
    const port = await freePort();
    // The server comes up when the first attempt has been refused, whatever the machine's speed.
    let late: Promise<Awaited<ReturnType<typeof createFakeStash>>> | undefined;
    const client = new StashClient({
      url: `http://127.0.0.1:${port}/graphql`,
      retry: { initialDelayMs: 50, maxDelayMs: 300, maxAttempts: 8, maxElapsedMs: 20_000 },
      logger: {
        warn() {},
        debug(message) {
          if (message === 'stash request failed') late ??= createFakeStash({ port });
        },
      },
    });
    const tag = await client.tagCreate({ input: { name: 'Refused' } });
    const stash = await (late as NonNullable<typeof late>);
    try {
      expect(tag?.name).toBe('Refused');
      expect(stash.requests.count('TagCreate')).toBe(1);
    } finally {
      await stash.close();
    }
  });

  it('the predicate is replaceable, and the default is exported', async () => {
    t.stash.faults.inject({ operation: 'FindTags', status: 500, times: 1 });
    const client = t.client({ retry: { ...FAST_RETRY, retryIf: (e) => e.kind === 'http' } });
    await expect(client.findTags({})).resolves.toMatchObject({ count: 0 });
    expect(t.stash.requests.count('FindTags')).toBe(2);
    expect(defaultRetryPolicy(new StashHttpError('x', 500, ''), 'query')).toBe(false);
  });
});
