/**
 * Small HTTP servers that sit in front of the fake Stash (or stand alone) for what the fake cannot do: answer with a
 * wrong shape, hold mutations until the test releases them, echo a secret. Requests still reach the fake, so its
 * request log says what was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';

export interface TestServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ReceivedRequest {
  operationName?: string;
  kind: 'query' | 'mutation' | 'subscription' | 'unknown';
  headers: IncomingMessage['headers'];
  body: string;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describeRequest(req: IncomingMessage, body: string): ReceivedRequest {
  let kind: ReceivedRequest['kind'] = 'unknown';
  let operationName: string | undefined;
  try {
    const parsed = JSON.parse(body) as { query: string; operationName?: string };
    const op = parse(parsed.query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as
      | OperationDefinitionNode
      | undefined;
    kind = op?.operation ?? 'unknown';
    operationName = parsed.operationName ?? op?.name?.value;
  } catch {
    // Not GraphQL: left as unknown.
  }
  return { kind, operationName, headers: req.headers, body };
}

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): Promise<TestServer> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function forward(target: string, received: ReceivedRequest, res: ServerResponse): Promise<void> {
  const upstream = await fetch(target, {
    method: 'POST',
    headers: Object.fromEntries(
      Object.entries(received.headers).filter(([k]) => k !== 'host' && k !== 'content-length' && k !== 'connection'),
    ) as Record<string, string>,
    body: received.body,
  });
  res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

/**
 * Forwards to `target`, except that an operation for which `answer` returns a body gets that body (status 200)
 * instead, without reaching the target. Refuses WebSocket upgrades.
 */
export async function rewritingProxy(
  target: string,
  answer: (r: ReceivedRequest) => string | undefined,
): Promise<TestServer & { received: ReceivedRequest[] }> {
  const received: ReceivedRequest[] = [];
  const s = await listen(async (req, res) => {
    const r = describeRequest(req, await readBody(req));
    received.push(r);
    const body = answer(r);
    if (body === undefined) return forward(target, r, res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  s.server.on('upgrade', (_req, socket) => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
  return Object.assign(s, { received });
}

/** A mutation the holding proxy has received and not yet forwarded. */
export interface HeldMutation {
  request: ReceivedRequest;
  release(): void;
}

/**
 * Forwards queries at once and holds every mutation until the test releases it, counting how many are held at the
 * same moment: a deterministic view of "in flight" from the server's side.
 */
export async function holdingProxy(target: string) {
  const held: HeldMutation[] = [];
  // inFlight: mutations that arrived and are not yet answered (held or being forwarded).
  const stats = { mutations: 0, queries: 0, inFlight: 0, maxInFlight: 0 };
  const waiters: (() => void)[] = [];
  const s = await listen(async (req, res) => {
    const r = describeRequest(req, await readBody(req));
    if (r.kind !== 'mutation') {
      stats.queries++;
      return forward(target, r, res);
    }
    stats.mutations++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    await new Promise<void>((release) => {
      held.push({ request: r, release });
      for (const w of waiters.splice(0)) w();
    });
    await forward(target, r, res);
    stats.inFlight--;
  });
  return Object.assign(s, {
    held,
    stats,
    /** Resolves once `n` mutations are held (checked on every arrival, no polling). */
    async untilHeld(n: number): Promise<void> {
      while (held.length < n) await new Promise<void>((r) => waiters.push(r));
    },
    /** Forwards the oldest held mutation. */
    releaseOne(): void {
      const h = held.shift();
      if (!h) throw new Error('nothing held');
      h.release();
    },
  });
}
