import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { execute, type GraphQLSchema, parse, subscribe, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { isAuthorized } from './httpHandler.js';
import { type RequestLog, redactHeaders } from './RequestLog.js';

export interface WsContext {
  schema: GraphQLSchema;
  rootValue: () => Record<string, unknown>;
  subscriptionRoot: () => Record<string, unknown>;
  apiKey?: string;
  requests: RequestLog;
  nextRequest: () => number;
}

const MODERN = 'graphql-transport-ws';
const LEGACY = 'graphql-ws';

/**
 * Both subprotocols gqlgen speaks. Like Stash, auth comes from the upgrade request (ApiKey header);
 * connectionParams are ignored.
 */
export function createWsServer(ctx: WsContext) {
  const log = (req: IncomingMessage, query: string, variables: unknown, operationName?: string | null) => {
    let rootFields: string[] = [];
    try {
      const doc = parse(query);
      rootFields = doc.definitions.flatMap((d) =>
        d.kind === 'OperationDefinition'
          ? d.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []))
          : [],
      );
    } catch {}
    ctx.requests.push({
      n: ctx.nextRequest(),
      transport: 'ws',
      method: 'WS',
      operationName: operationName ?? undefined,
      rootFields,
      query,
      variables: (variables ?? undefined) as Record<string, unknown> | undefined,
      headers: redactHeaders(req.headers),
    });
  };

  const modern = new WebSocketServer({ noServer: true, handleProtocols: (p) => (p.has(MODERN) ? MODERN : false) });
  const legacy = new WebSocketServer({ noServer: true, handleProtocols: (p) => (p.has(LEGACY) ? LEGACY : false) });
  const disposeModern = useServer(
    {
      schema: ctx.schema,
      // Our own graphql functions: graphql-ws may load the other (CJS/ESM) copy of graphql, which refuses our schema.
      parse,
      validate,
      execute,
      subscribe,
      roots: {
        query: ctx.rootValue() as never,
        mutation: ctx.rootValue() as never,
        subscription: ctx.subscriptionRoot() as never,
      },
      onSubscribe: (c, _id, payload) => {
        log(c.extra.request, payload.query, payload.variables, payload.operationName);
      },
    },
    modern,
  );
  legacy.on('connection', (socket, req) => serveLegacy(socket, req, ctx, log));

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/graphql') return reject(socket, 404, 'Not Found');
      // internal/api/authentication.go: 401, Www-Authenticate: FormBased, no body
      if (!isAuthorized(req, ctx.apiKey)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nWww-Authenticate: FormBased\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const offered = String(req.headers['sec-websocket-protocol'] ?? '')
        .split(',')
        .map((s) => s.trim());
      // gqlgen's websocket transport prefers graphql-ws when both are offered; with no or only unknown
      // subprotocols it still upgrades (no Sec-WebSocket-Protocol in the answer) and speaks the legacy protocol
      const server = offered.includes(LEGACY) ? legacy : offered.includes(MODERN) ? modern : legacy;
      server.handleUpgrade(req, socket, head, (ws) => server.emit('connection', ws, req));
    },
    async close() {
      for (const c of [...modern.clients, ...legacy.clients]) c.terminate();
      await disposeModern.dispose();
      await new Promise((r) => legacy.close(r));
    },
  };
}

function reject(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${text}\n`);
}

/** The legacy subscriptions-transport-ws protocol (`graphql-ws` subprotocol). */
function serveLegacy(
  socket: WebSocket,
  req: IncomingMessage,
  ctx: WsContext,
  log: (req: IncomingMessage, q: string, v: unknown, o?: string | null) => void,
) {
  const active = new Map<string, AsyncIterator<unknown>>();
  /** Stops that arrived while their subscription was still being set up. */
  const stopped = new Set<string>();
  const sendMsg = (m: object) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(m));
  const ka = setInterval(() => sendMsg({ type: 'ka' }), 10_000);
  socket.on('close', () => {
    clearInterval(ka);
    for (const it of active.values()) void it.return?.();
    active.clear();
  });
  socket.on('message', async (raw) => {
    let msg: {
      id?: string;
      type?: string;
      payload?: { query?: string; variables?: Record<string, unknown>; operationName?: string };
    };
    try {
      msg = JSON.parse(String(raw));
    } catch {
      sendMsg({ type: 'connection_error', payload: { message: 'invalid message' } });
      return;
    }
    if (msg.type === 'connection_init') {
      sendMsg({ type: 'connection_ack' });
      sendMsg({ type: 'ka' });
    } else if (msg.type === 'connection_terminate') {
      socket.close();
    } else if (msg.type === 'stop' && msg.id) {
      const it = active.get(msg.id);
      if (!it) stopped.add(msg.id);
      await it?.return?.();
      active.delete(msg.id);
    } else if (msg.type === 'start' && msg.id) {
      const id = msg.id;
      const query = msg.payload?.query ?? '';
      log(req, query, msg.payload?.variables, msg.payload?.operationName);
      let document: ReturnType<typeof parse>;
      try {
        document = parse(query);
      } catch (e) {
        sendMsg({ id, type: 'error', payload: { message: (e as Error).message } });
        return;
      }
      const errors = validate(ctx.schema, document);
      if (errors.length) {
        sendMsg({ id, type: 'error', payload: { message: errors.map((e) => e.message).join('; ') } });
        return;
      }
      const op = document.definitions.find(
        (d) =>
          d.kind === 'OperationDefinition' &&
          (!msg.payload?.operationName || d.name?.value === msg.payload.operationName),
      );
      if (op && op.kind === 'OperationDefinition' && op.operation !== 'subscription') {
        const data = await execute({
          schema: ctx.schema,
          document,
          rootValue: ctx.rootValue(),
          variableValues: msg.payload?.variables,
          operationName: msg.payload?.operationName,
        });
        sendMsg({ id, type: 'data', payload: data });
        sendMsg({ id, type: 'complete' });
        return;
      }
      let result: Awaited<ReturnType<typeof subscribe>>;
      try {
        result = await subscribe({
          schema: ctx.schema,
          document,
          rootValue: ctx.subscriptionRoot(),
          variableValues: msg.payload?.variables,
          operationName: msg.payload?.operationName,
        });
      } catch (e) {
        sendMsg({ id, type: 'error', payload: { message: (e as Error).message } });
        return;
      }
      if (!(Symbol.asyncIterator in result)) {
        sendMsg({ id, type: 'data', payload: result });
        sendMsg({ id, type: 'complete' });
        return;
      }
      const iterator = result[Symbol.asyncIterator]();
      if (stopped.delete(id)) {
        await iterator.return?.();
        sendMsg({ id, type: 'complete' });
        return;
      }
      active.set(id, iterator);
      try {
        for (;;) {
          const step = await iterator.next();
          if (step.done || !active.has(id)) break;
          sendMsg({ id, type: 'data', payload: step.value });
        }
      } catch (e) {
        sendMsg({ id, type: 'error', payload: { message: (e as Error).message } });
      }
      if (active.delete(id)) sendMsg({ id, type: 'complete' });
    }
  });
}
