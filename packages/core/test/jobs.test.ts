import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StashAbortError, StashClient, StashJobError, StashTimeoutError } from '@stash-graphql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sent, useFakeStash } from './support.js';

/** A proxy that forwards HTTP but refuses WebSocket upgrades, like a proxy without websocket support. */
async function httpOnlyProxy(target: string): Promise<{ url: string; server: Server; upgrades: () => number }> {
  let upgrades = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const upstream = await fetch(target, {
      method: req.method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length'),
      ) as Record<string, string>,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  server.on('upgrade', (_req, socket) => {
    upgrades++;
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    server,
    upgrades: () => upgrades,
  };
}

describe('jobs', () => {
  const t = useFakeStash();
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });

  it('scan() starts metadataScan, follows the job over the WebSocket and resolves when FINISHED', async () => {
    t.stash.library.addFile({ path: '/lib/a.mp4', size: 10 });
    t.stash.library.addFile({ path: '/lib/b.mp4', size: 20 });
    const client = t.client();
    const progress: number[] = [];
    t.stash.jobs.hold();
    const subscribed = t.stash.subscriptions.next('jobsSubscribe');
    const scanning = client.scan({ paths: ['/lib'] }, { onProgress: (j) => progress.push(j.progress ?? 0) });
    await subscribed;
    // the job is queued once the subscription is live (the client subscribes after metadataScan answered)
    const [job] = t.stash.jobs.list();
    if (!job) return expect.fail('no job queued');
    t.stash.jobs.step(job.id); // RUNNING
    t.stash.jobs.step(job.id); // one file
    t.stash.jobs.finish(job.id);
    expect(await scanning).toMatchObject({ status: 'FINISHED', description: 'Scanning...' });
    expect(progress).toContain(0.5);
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(sent(t.stash).find((r) => r.operationName === 'MetadataScan')?.variables).toEqual({
      input: { paths: ['/lib'] },
    });
    expect(t.stash.requests.filter((r) => r.transport === 'ws').map((r) => r.rootFields[0])).toEqual(['jobsSubscribe']);
    const scenes = await client.findScenes({ filter: { sort: 'path' } });
    expect(scenes.scenes.map((s) => s.files[0]?.path)).toEqual(['/lib/a.mp4', '/lib/b.mp4']);
  });

  it('resolves from its first findJob for a job that ended before the call', async () => {
    const client = t.client();
    t.stash.jobs.hold();
    const id = await client.metadataClean({ input: { dryRun: true } });
    expect(t.stash.jobs.finish(id)).toMatchObject({ id, status: 'FINISHED' });
    t.stash.requests.clear();
    const job = await client.waitForJob(id, { safetyPollMs: 60_000 });
    expect(job).toMatchObject({ id, status: 'FINISHED' });
    // No event could end it (the job was over before the subscription): the one findJob check did.
    expect(t.stash.requests.filter((r) => r.transport === 'http').map((r) => [r.operationName, r.variables])).toEqual([
      ['FindJob', { input: { id } }],
    ]);
  });

  it('rejects with StashJobError on FAILED, with the job error', async () => {
    const client = t.client();
    t.stash.jobs.hold();
    const id = await client.metadataGenerate({ input: {} });
    t.stash.failJob(id, 'ffmpeg: not found');
    t.stash.jobs.release();
    const error = await client.waitForJob(id).catch((e) => e);
    expect(error).toBeInstanceOf(StashJobError);
    expect(error).toMatchObject({ kind: 'job', jobId: id, status: 'FAILED' });
    expect(error.message).toContain('ffmpeg: not found');
    expect(t.stash.jobs.get(id)).toMatchObject({ status: 'FAILED', error: 'ffmpeg: not found' });
  });

  it('rejects with StashJobError on CANCELLED when a queued job is stopped', async () => {
    const client = t.client();
    t.stash.jobs.hold();
    const id = await client.metadataGenerate({ input: {} });
    const waiting = client.waitForJob(id).catch((e) => e);
    expect(await client.stopJob({ job_id: id })).toBe(true);
    const error = await waiting;
    expect(error).toBeInstanceOf(StashJobError);
    expect(error.status).toBe('CANCELLED');
    expect(sent(t.stash).find((r) => r.operationName === 'StopJob')?.variables).toEqual({ job_id: id });
    // a job cancelled before it started never gets a start or end time
    expect(t.stash.jobs.get(id)).toMatchObject({ status: 'CANCELLED', startTime: null, endTime: null });
  });

  it('a running job that is stopped is STOPPING until its next step, then CANCELLED', async () => {
    const client = t.client();
    t.stash.jobs.hold();
    const id = await client.metadataScan({ input: {} });
    expect(t.stash.jobs.step(id).status).toBe('RUNNING');
    const waiting = client.waitForJob(id).catch((e) => e);
    await client.stopJob({ job_id: id });
    expect((await client.findJob({ input: { id } }))?.status).toBe('STOPPING');
    expect(t.stash.jobs.step(id).status).toBe('CANCELLED');
    const error = await waiting;
    expect(error).toBeInstanceOf(StashJobError);
    expect(error.status).toBe('CANCELLED');
  });

  it('falls back to polling findJob when the WebSocket is unavailable', async () => {
    const proxy = await httpOnlyProxy(t.stash.url);
    servers.push(proxy.server);
    const client = new StashClient({ url: proxy.url, retry: { maxAttempts: 1 } });
    try {
      t.stash.jobs.hold();
      const id = await client.metadataGenerate({ input: {} });
      const waiting = client.waitForJob(id, { pollIntervalMs: 5 });
      // The job stays READY until the proxy has refused the WebSocket and the client has polled twice, so the answer
      // has to come from polling.
      await expect.poll(() => proxy.upgrades(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => t.stash.requests.count('FindJob'), { timeout: 15_000 }).toBeGreaterThan(1);
      t.stash.jobs.finish(id);
      expect((await waiting).status).toBe('FINISHED');
      // (the WebSocket attempt is counted at the proxy: the fake's own log may hold a stray subscribe sent by an earlier
      // test's client just before it closed)
      expect(t.stash.requests.filter((r) => r.operationName === 'FindJob').map((r) => r.variables)).toContainEqual({
        input: { id },
      });
    } finally {
      await client.close();
    }
  });

  it('an unknown job id is a StashJobError, not a hang', async () => {
    const error = await t
      .client()
      .waitForJob('9999')
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashJobError);
    expect(error.status).toBe('NOT_FOUND');
  });

  it('honours timeoutMs and the abort signal', async () => {
    const client = t.client();
    t.stash.jobs.hold(); // the job cannot end while the client waits
    const first = await client.metadataGenerate({ input: {} });
    await expect(client.waitForJob(first, { timeoutMs: 1 })).rejects.toBeInstanceOf(StashTimeoutError);
    const controller = new AbortController();
    const waiting = client.waitForJob(first, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(StashAbortError);
    await client.stopJob({ job_id: first });
    expect(t.stash.jobs.get(first)?.status).toBe('CANCELLED');
  });

  it('subscribeScanComplete and subscribeLogs are async iterators that end on break', async () => {
    t.stash.library.addFile({ path: '/lib2/c.mp4', size: 1 });
    const client = t.client();
    const completed = (async () => {
      for await (const done of client.subscribeScanComplete()) return done;
    })();
    const logged = (async () => {
      for await (const entries of client.subscribeLogs()) {
        if (entries.some((e) => /^Scan finished \(.+\)$/.test(e.message))) return 'saw it';
      }
    })();
    await t.stash.subscriptions.waitForActive('scanCompleteSubscribe');
    await t.stash.subscriptions.waitForActive('loggingSubscribe');
    await client.scan({ paths: ['/lib2'] });
    await expect(completed).resolves.toBe(true);
    await expect(logged).resolves.toBe('saw it');
  });
});
