/**
 * The WebSocket against servers that refuse or misbehave, each a tiny graphql-transport-ws server in the test that
 * counts connection attempts: a refusal ends the subscription with a typed error after one attempt, other drops are
 * retried with growing delays up to retry.maxAttempts, and close() resolves whatever the socket did.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  StashAuthError,
  StashClient,
  type StashClientOptions,
  StashConnectionError,
  StashHttpError,
} from '@stash-graphql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { memoryLogger, WAIT } from './support.js';

interface Behaviour {
  /** What to do with each new socket (after the upgrade succeeded). */
  onSocket?: (socket: WebSocket, attempt: number) => void;
  /** Answer the upgrade request itself (e.g. with an HTTP status) instead of accepting it. */
  onUpgrade?: (socket: import('node:stream').Duplex) => void;
}

const KEY = 'ws-secret-key-0123456789';

async function wsServer(b: Behaviour) {
  const server: Server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true, handleProtocols: () => 'graphql-transport-ws' });
  const seen = { upgrades: 0, sockets: 0, messages: [] as { type: string }[], apiKeys: [] as string[] };
  const held: import('node:stream').Duplex[] = [];
  server.on('upgrade', (req, socket, head) => {
    seen.upgrades++;
    seen.apiKeys.push(String(req.headers.apikey));
    if (b.onUpgrade) {
      held.push(socket);
      return b.onUpgrade(socket);
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      seen.sockets++;
      ws.on('message', (raw) => seen.messages.push(JSON.parse(String(raw))));
      b.onSocket?.(ws, seen.sockets);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    seen,
    close: async () => {
      for (const s of held) s.destroy();
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Acknowledges connection_init, then calls `onSubscribe` on the first subscribe message. */
const acking =
  (onSubscribe: (socket: WebSocket, attempt: number) => void) =>
  (socket: WebSocket, attempt: number): void => {
    socket.on('message', (raw) => {
      const m = JSON.parse(String(raw)) as { type: string };
      if (m.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
      if (m.type === 'subscribe') onSubscribe(socket, attempt);
    });
  };

async function firstEvent(client: StashClient): Promise<unknown> {
  for await (const e of client.jobsSubscribe()) return e;
  return 'ended';
}

describe('WebSocket refusals, backoff and close()', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  const start = async (b: Behaviour, options: Partial<StashClientOptions> = {}) => {
    const server = await wsServer(b);
    const logger = memoryLogger();
    const client = new StashClient({
      url: server.url,
      apiKey: KEY,
      adaptToServer: false,
      logger,
      retry: { maxAttempts: 4, initialDelayMs: 5, maxDelayMs: 40 },
      ...options,
    });
    cleanups.push(server.close, () => client.close());
    return { server, client, logger };
  };

  it('a server that acknowledges and then closes with 4403 gets one connection and a StashAuthError', async () => {
    const { server, client } = await start({ onSocket: acking((s) => s.close(4403, 'Forbidden')) });
    const error = await firstEvent(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashAuthError);
    const e = error as StashAuthError;
    expect(e).toMatchObject({ kind: 'auth', status: 403 });
    expect(e.message).toContain('close code 4403: Forbidden');
    expect(e.message).toContain('The API key was rejected');
    expect(server.seen.upgrades).toBe(1);
    // What was sent: the key on the upgrade, then init and the subscription itself.
    expect(server.seen.apiKeys).toEqual([KEY]);
    expect(server.seen.messages.map((m) => m.type)).toEqual(['connection_init', 'subscribe']);
    await expect(client.close()).resolves.toBeUndefined();
  });

  it('a close with 4401 before any acknowledgement is a StashAuthError after one attempt', async () => {
    const { server, client } = await start({ onSocket: (s) => s.close(4401, 'Unauthorized') });
    const error = await firstEvent(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashAuthError);
    expect((error as StashAuthError).status).toBe(401);
    expect(server.seen.upgrades).toBe(1);
  });

  it('another 4400-class close is a typed refusal (StashHttpError), not a loop', async () => {
    const { server, client } = await start({ onSocket: acking((s) => s.close(4404, 'No such route')) });
    const error = await firstEvent(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashHttpError);
    expect(error).not.toBeInstanceOf(StashAuthError);
    expect((error as StashHttpError).message).toBe(
      'Stash refused the WebSocket subscription (close code 4404: No such route)',
    );
    expect(server.seen.upgrades).toBe(1);
  });

  it('an upgrade answered 403 is one attempt and a StashAuthError', async () => {
    const { server, client } = await start({
      onUpgrade: (socket) => socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'),
    });
    const error = await firstEvent(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashAuthError);
    expect((error as StashAuthError).status).toBe(403);
    expect(server.seen.upgrades).toBe(1);
  });

  it('drops after an acknowledgement are retried with growing delays, retry.maxAttempts connections in all', async () => {
    // graphql-ws alone resets its count on every acknowledgement, so this server would be reconnected to forever.
    const { server, client, logger } = await start({ onSocket: acking((s) => s.close(1012, 'Service Restart')) });
    const error = await firstEvent(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashConnectionError);
    expect((error as StashConnectionError).code).toBe('WS_1012');
    expect(server.seen.upgrades).toBe(4);
    const delays = logger.lines
      .filter((l) => l.includes('stash websocket reconnecting'))
      .map((l) => JSON.parse(l.slice(l.indexOf('{'))) as { failures: number; delay: number });
    expect(delays.map((d) => d.failures)).toEqual([1, 2, 3]);
    // Each delay is initialDelayMs · 2^(n-1) · [1, 2), capped at maxDelayMs: never shorter than the one before.
    for (let i = 1; i < delays.length; i++) expect(delays[i]!.delay).toBeGreaterThanOrEqual(delays[i - 1]!.delay);
    expect(delays[0]!.delay).toBeGreaterThanOrEqual(5);
    expect(delays.at(-1)!.delay).toBeLessThanOrEqual(40);
  });
});

describe('close() always resolves', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  const start = async (b: Behaviour, retry: StashClientOptions['retry'] = {}) => {
    const server = await wsServer(b);
    const client = new StashClient({ url: server.url, adaptToServer: false, retry });
    cleanups.push(server.close);
    return { server, client };
  };

  it('with a socket that never got its acknowledgement; the subscription ends', async () => {
    const { server, client } = await start({ onSocket: () => undefined });
    const iteration = firstEvent(client);
    await expect.poll(() => server.seen.messages.length, WAIT).toBe(1);
    expect(server.seen.messages[0]?.type).toBe('connection_init');
    await client.close();
    await expect(iteration).resolves.toBe('ended');
  });

  it('with an upgrade the server never answers (the socket never opened)', async () => {
    const { server, client } = await start({ onUpgrade: () => undefined });
    const iteration = firstEvent(client);
    await expect.poll(() => server.seen.upgrades, WAIT).toBe(1);
    await client.close();
    await expect(iteration).resolves.toBe('ended');
    expect(server.seen.sockets).toBe(0);
  });

  it('while a reconnect waits out its delay, without opening another socket', async () => {
    const { server, client } = await start(
      { onSocket: acking((s) => s.close(1012, 'Service Restart')) },
      { maxAttempts: 5, initialDelayMs: 600_000, maxDelayMs: 600_000 },
    );
    const iteration = firstEvent(client);
    await expect.poll(() => server.seen.messages.some((m) => m.type === 'subscribe'), WAIT).toBe(true);
    await client.close();
    await expect(iteration).resolves.toBe('ended');
    expect(server.seen.sockets).toBe(1);
  });

  it('after the server closed the socket, after a refusal, and when called twice', async () => {
    const { client } = await start({ onSocket: acking((s) => s.close(4403, 'Forbidden')) });
    await expect(firstEvent(client)).rejects.toBeInstanceOf(StashAuthError);
    await client.close();
    await client.close();
    const neverUsed = new StashClient({ url: 'http://127.0.0.1:9/graphql' });
    await expect(neverUsed.close()).resolves.toBeUndefined();
  });
});
