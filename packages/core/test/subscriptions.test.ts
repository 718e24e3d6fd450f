import { StashAuthError, StashClient } from '@stash-graphql/core';
import { describe, expect, it } from 'vitest';
import { useFakeStash } from './support.js';

describe('subscriptions over graphql-ws', () => {
  const t = useFakeStash({ apiKey: 'ws-key' });

  it('authenticates the upgrade with the ApiKey header and streams typed events', async () => {
    const client = t.client();
    const events: string[] = [];
    const seen = (async () => {
      for await (const update of client.jobsSubscribe()) {
        events.push(`${update.type}:${update.job.status}`);
        if (update.type === 'REMOVE') break;
      }
    })();
    // The socket opens lazily with the first subscription; wait until the server has registered it.
    await t.stash.subscriptions.waitForActive('jobsSubscribe');
    expect(t.stash.requests.count('jobsSubscribe')).toBe(1);
    const jobId = await client.metadataClean({ input: { dryRun: true } });
    await seen;
    expect(typeof jobId).toBe('string');
    expect(events[0]).toMatch(/^ADD:/);
    expect(events.at(-1)).toBe('REMOVE:FINISHED');
    const sub = t.stash.requests.find((r) => r.transport === 'ws');
    expect(sub?.headers.apikey).toBe('[redacted]');
  });

  it('ends cleanly on an abort signal', async () => {
    const client = t.client();
    const controller = new AbortController();
    const received: unknown[] = [];
    const done = (async () => {
      for await (const e of client.loggingSubscribe(undefined, { signal: controller.signal })) received.push(e);
      return 'ended';
    })();
    await t.stash.subscriptions.waitForActive('loggingSubscribe');
    controller.abort();
    await expect(done).resolves.toBe('ended');
    expect(t.stash.requests.count('loggingSubscribe')).toBe(1);
  });

  it('a wrong key fails the upgrade with StashAuthError', async () => {
    const client = new StashClient({ url: t.stash.url, apiKey: 'nope', retry: { maxAttempts: 1 } });
    const iterate = async () => {
      for await (const _ of client.jobsSubscribe()) break;
    };
    try {
      await expect(iterate()).rejects.toBeInstanceOf(StashAuthError);
    } finally {
      await client.close();
    }
  });
});

describe('subscription reconnects', () => {
  it('reconnects with backoff after the server goes away, and keeps the iteration going', async () => {
    const { createFakeStash } = await import('@stash-graphql/testing');
    const { freePort } = await import('./support.js');
    const port = await freePort();
    let stash = await createFakeStash({ port });
    const client = new StashClient({ url: stash.url, retry: { maxAttempts: 6, initialDelayMs: 50, maxDelayMs: 200 } });
    const events: string[] = [];
    const done = (async () => {
      for await (const update of client.subscribeJobs()) {
        events.push(`${update.type}:${update.job.status}`);
        if (update.type === 'REMOVE') break;
      }
    })();
    try {
      await stash.subscriptions.waitForActive('jobsSubscribe');
      await stash.close(); // drops the socket
      stash = await createFakeStash({ port });
      // The client resubscribes on the new server by itself.
      await stash.subscriptions.waitForActive('jobsSubscribe', 1, { timeoutMs: 15_000 });
      expect(stash.requests.count('jobsSubscribe')).toBe(1);
      await client.metadataClean({ input: { dryRun: true } });
      await done;
      expect(events.at(-1)).toBe('REMOVE:FINISHED');
    } finally {
      await client.close();
      await stash.close();
    }
  });
});
