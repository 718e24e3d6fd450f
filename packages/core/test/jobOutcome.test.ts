import {
  StashClient,
  StashInputError,
  StashJobError,
  StashJobTimeoutError,
  StashTimeoutError,
} from '@stash-graphql/core';
import type { JobDataFragment } from '@stash-graphql/core/generated';
import { afterEach, describe, expect, it } from 'vitest';
import { rewritingProxy, type TestServer } from './proxies.js';
import { sent, useFakeStash } from './support.js';

const ENDED = ['FINISHED', 'FAILED', 'CANCELLED'];

describe('job outcomes: the final state, timeouts and option checks', () => {
  const t = useFakeStash();
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  /** A proxy to the fake without WebSocket support, so jobs are followed by polling findJob. */
  const pollingClient = async (answer: Parameters<typeof rewritingProxy>[1] = () => undefined) => {
    const proxy = await rewritingProxy(t.stash.url, answer);
    servers.push(proxy);
    return { proxy, client: t.client({ url: proxy.url }) };
  };

  it('onProgress receives the FINISHED job, with its final progress, before scan() resolves', async () => {
    t.stash.library.addFile({ path: '/lib/a.mp4', size: 10 });
    const client = t.client();
    const seen: JobDataFragment[] = [];
    const job = await client.scan({ paths: ['/lib'] }, { onProgress: (j) => seen.push(j) });
    expect(job.status).toBe('FINISHED');
    expect(seen.at(-1)).toEqual(job);
    expect(seen.filter((j) => ENDED.includes(j.status))).toHaveLength(1);
    expect(sent(t.stash).find((r) => r.operationName === 'MetadataScan')?.variables).toEqual({
      input: { paths: ['/lib'] },
    });
  });

  it('onProgress receives the FINISHED job when polling (no WebSocket)', async () => {
    const { client, proxy } = await pollingClient();
    const seen: JobDataFragment[] = [];
    const job = await client.runJob(() => client.metadataGenerate({ input: {} }), {
      pollIntervalMs: 10,
      onProgress: (j) => seen.push(j),
    });
    expect(job.status).toBe('FINISHED');
    expect(seen.at(-1)).toEqual(job);
    expect(proxy.received.filter((r) => r.operationName === 'FindJob').length).toBeGreaterThan(0);
    expect(t.stash.requests.filter((r) => r.transport === 'ws')).toHaveLength(0);
    // The WebSocket was refused (the fallback's cause); closing still resolves, twice.
    await expect(client.close()).resolves.toBeUndefined();
    await expect(client.close()).resolves.toBeUndefined();
  });

  it('onProgress receives the FAILED job with its error before the wait rejects', async () => {
    const client = t.client();
    // held: a generate with nothing to do would be over before failJob could reach it
    t.stash.jobs.hold();
    const id = await client.metadataGenerate({ input: {} });
    t.stash.failJob(id, 'ffmpeg: not found');
    t.stash.jobs.release();
    const seen: JobDataFragment[] = [];
    const error = await client.waitForJob(id, { onProgress: (j) => seen.push(j) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashJobError);
    expect(seen.at(-1)).toMatchObject({ id, status: 'FAILED', error: 'ffmpeg: not found' });
    expect((error as StashJobError).job).toEqual(seen.at(-1));
  });

  it('a wait that times out says the job did not finish in time, with its id and last status', async () => {
    // Stash keeps answering, and the job keeps running.
    const running = (id: string): JobDataFragment => ({
      id,
      status: 'RUNNING',
      subTasks: ['Generating previews'],
      description: 'Generating...',
      progress: 0.4,
      startTime: '2024-01-01T00:00:00Z',
      endTime: null,
      addTime: '2024-01-01T00:00:00Z',
      error: null,
    });
    const { client, proxy } = await pollingClient((r) =>
      r.operationName === 'FindJob' ? JSON.stringify({ data: { findJob: running('7') } }) : undefined,
    );
    const seen: JobDataFragment[] = [];
    const error = await client
      .waitForJob('7', { timeoutMs: 1500, pollIntervalMs: 10, onProgress: (j) => seen.push(j) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashJobTimeoutError);
    expect(error).toBeInstanceOf(StashTimeoutError);
    const e = error as StashJobTimeoutError;
    expect(e).toMatchObject({ kind: 'timeout', jobId: '7', status: 'RUNNING', timeoutMs: 1500 });
    expect(e.job).toEqual(running('7'));
    expect(e.message).toBe(
      'Job 7 did not finish within 1500 ms (last status: RUNNING); it may still be running on Stash',
    );
    expect(e.message).not.toContain('did not answer');
    expect(seen).toEqual([running('7')]);
    const asked = proxy.received.filter((r) => r.operationName === 'FindJob');
    expect(asked.length).toBeGreaterThan(0);
    expect(JSON.parse(asked[0]!.body).variables).toEqual({ input: { id: '7' } });
  });

  it.each([
    [{ timeoutMs: -5 }, 'timeoutMs must be a number from 1 to 2147483647; got -5'],
    [{ timeoutMs: 0 }, 'timeoutMs must be a number from 1 to 2147483647; got 0'],
    [{ timeoutMs: Number.NaN }, 'got NaN'],
    [{ timeoutMs: 2 ** 31 }, 'got 2147483648'],
    [{ pollIntervalMs: -1 }, 'pollIntervalMs must be'],
    [{ safetyPollMs: Number.POSITIVE_INFINITY }, 'safetyPollMs must be'],
    [{ onProgress: 'yes' as never }, 'onProgress must be a function'],
  ])('waitForJob/scan with %o is refused before any request', async (options, message) => {
    const client = t.client();
    const waited = await client.waitForJob('1', options).catch((e: unknown) => e);
    expect(waited).toBeInstanceOf(StashInputError);
    expect((waited as Error).message).toContain(message);
    // scan() must not start a job it would then not follow.
    await expect(client.scan({ paths: ['/lib'] }, options)).rejects.toBeInstanceOf(StashInputError);
    expect(t.stash.requests).toHaveLength(0);
  });
});

describe('numeric options of the client are validated before any request', () => {
  const t = useFakeStash();

  it.each([
    [{ timeoutMs: -1 }, 'timeoutMs must be a number from 1 to 2147483647; got -1'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs must be'],
    [{ timeoutMs: 3e9 }, 'timeoutMs must be'],
    [{ retry: { maxAttempts: 0 } }, 'retry.maxAttempts must be an integer from 1 to 100; got 0'],
    [{ retry: { maxAttempts: 2.5 } }, 'retry.maxAttempts must be an integer'],
    [{ retry: { initialDelayMs: -1 } }, 'retry.initialDelayMs must be a number from 0 to 2147483647; got -1'],
    [{ retry: { maxDelayMs: Number.NaN } }, 'retry.maxDelayMs must be'],
    [{ retry: { maxElapsedMs: -1 } }, 'retry.maxElapsedMs must be a number ≥ 0, or Infinity; got -1'],
    [{ retry: { retryIf: true as never } }, 'retry.retryIf must be a function'],
    [{ writeConcurrency: 0 }, 'writeConcurrency must be an integer ≥ 1, or Infinity; got 0'],
  ])('new StashClient(%o) throws StashInputError', (options, message) => {
    expect(() => new StashClient({ url: t.stash.url, ...options })).toThrow(StashInputError);
    expect(() => new StashClient({ url: t.stash.url, ...options })).toThrow(message);
    expect(t.stash.requests).toHaveLength(0);
  });

  it('options given as undefined take their defaults', () => {
    const client = new StashClient({ url: t.stash.url, timeoutMs: undefined, retry: { maxAttempts: undefined } });
    expect(client.timeoutMs).toBe(30_000);
    expect(client.retry.maxAttempts).toBe(4);
  });

  it('a per-request timeoutMs is checked before the request (and before the probe)', async () => {
    const client = t.client();
    for (const timeoutMs of [-1, 0, Number.NaN]) {
      await expect(client.findTags({}, { timeoutMs })).rejects.toThrow(/timeoutMs must be a number from 1/);
      await expect(client.capabilities({ timeoutMs })).rejects.toBeInstanceOf(StashInputError);
      await expect(client.tagCreate({ input: { name: 'x' } }, { timeoutMs })).rejects.toBeInstanceOf(StashInputError);
    }
    expect(t.stash.requests).toHaveLength(0);
    // A valid one goes through.
    await expect(client.findTags({}, { timeoutMs: 5000 })).resolves.toMatchObject({ count: 0 });
    expect(sent(t.stash).map((r) => r.operationName)).toEqual(['FindTags']);
  });

  it('batch chunkSize is checked before any request', async () => {
    const client = t.client();
    const ops = [{ mutation: 'tagCreate' as const, variables: { input: { name: 'x' } } }];
    for (const chunkSize of [0, -1, 2.5, Number.NaN]) {
      await expect(client.executeBatch(ops, { chunkSize })).rejects.toBeInstanceOf(StashInputError);
    }
    await expect(client.executeBatch(ops, { timeoutMs: -1 })).rejects.toBeInstanceOf(StashInputError);
    expect(sent(t.stash)).toHaveLength(0);
  });
});
