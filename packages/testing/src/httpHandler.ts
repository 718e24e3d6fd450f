import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Faults } from './faults.js';
import { decodeRawParams, numberMembers } from './goJson.js';
import { type LoggedRequest, type RequestLog, redactHeaders } from './RequestLog.js';
import { type GraphQLParams, prepareOperation, runOperation } from './runOperation.js';

export interface HttpContext {
  schema: () => GraphQLSchema;
  rootValue: () => Record<string, unknown>;
  apiKey?: string;
  faults: Faults;
  requests: RequestLog;
  nextRequest: () => number;
  maxBodyBytes: number;
}

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

function send(res: ServerResponse, status: number, body: unknown, type = JSON_TYPE, entry?: LoggedRequest): number {
  if (res.writableEnded || res.destroyed) return status;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (entry) entry.responseBytes = Buffer.byteLength(text);
  res.writeHead(status, { 'content-type': type });
  res.end(text);
  return status;
}

/**
 * gqlgen's determineResponseContentType (transport/headers.go): no Accept is application/json; otherwise the first
 * listed type it knows decides (`*\/*`, `application/*` and graphql-response+json mean graphql-response+json,
 * application/json means application/json), and a list of only unknown types means graphql-response+json.
 */
export function responseType(req: IncomingMessage): string {
  const accept = String(req.headers.accept ?? '');
  if (!accept) return JSON_TYPE;
  for (const part of accept.split(',')) {
    const media = part.split(';')[0]?.trim().toLowerCase();
    if (media === '*/*' || media === 'application/*' || media === GRAPHQL_RESPONSE_TYPE) return GRAPHQL_RESPONSE_TYPE;
    if (media === JSON_TYPE) return JSON_TYPE;
  }
  return GRAPHQL_RESPONSE_TYPE;
}

/** Parse / validation / variable errors: 400 for graphql-response+json (statusForGraphQLResponse), else 422. */
const validationStatus = (type: string) => (type === GRAPHQL_RESPONSE_TYPE ? 400 : 422);

/** Like pkg/session/session.go: the ApiKey header, else the `apikey` query parameter. */
export function isAuthorized(req: IncomingMessage, apiKey: string | undefined): boolean {
  if (!apiKey) return true;
  const given = req.headers.apikey || new URL(req.url ?? '/', 'http://localhost').searchParams.get('apikey');
  return given === apiKey;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createHttpHandler(ctx: HttpContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // chi's Heartbeat middleware, mounted before auth in internal/api/server.go.
    if (url.pathname === '/healthz') {
      send(res, 200, '.', 'text/plain');
      return;
    }
    if (url.pathname !== '/graphql') {
      send(res, 404, '404 page not found\n', 'text/plain');
      return;
    }
    if (!isAuthorized(req, ctx.apiKey)) {
      // internal/api/authentication.go: empty body, WWW-Authenticate: FormBased.
      res.writeHead(401, { 'www-authenticate': 'FormBased' });
      res.end();
      return;
    }
    // gqlgen's transports: GET, and POST with a JSON content type; anything else is refused before negotiation
    const contentType = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (!(req.method === 'GET' || (req.method === 'POST' && contentType === JSON_TYPE))) {
      send(res, 400, { errors: [{ message: 'transport not supported' }], data: null }, 'text/plain; charset=utf-8');
      return;
    }
    const type = responseType(req);
    let params: GraphQLParams;
    let variableNumbers: Record<string, string> = {};
    if (req.method === 'GET') {
      let variables: unknown;
      try {
        variables = url.searchParams.has('variables') ? JSON.parse(url.searchParams.get('variables')!) : undefined;
        if (variables && typeof variables === 'object')
          variableNumbers = numberMembers(url.searchParams.get('variables')!, 0);
      } catch {
        send(res, 400, { errors: [{ message: 'variables could not be decoded' }], data: null }, type);
        return;
      }
      params = {
        query: url.searchParams.get('query') ?? undefined,
        operationName: url.searchParams.get('operationName') ?? undefined,
        variables,
      };
    } else if (req.method === 'POST') {
      const raw = await readBody(req, ctx.maxBodyBytes);
      if (raw === 'too-large') {
        send(res, 413, { errors: [{ message: 'request body too large' }], data: null }, type);
        return;
      }
      const decoded = decodeRawParams(raw);
      if (!decoded.ok) {
        send(
          res,
          400,
          {
            errors: [{ message: `json request body could not be decoded: ${decoded.message} body:${raw}` }],
            data: null,
          },
          type,
        );
        return;
      }
      params = decoded.value as GraphQLParams;
      variableNumbers = decoded.variableNumbers;
    } else {
      return;
    }

    const schema = ctx.schema();
    const prepared = prepareOperation(schema, params, variableNumbers);
    const entry: LoggedRequest = {
      n: ctx.nextRequest(),
      transport: 'http',
      method: req.method,
      operationName: prepared.operationName,
      rootFields: prepared.ok ? prepared.rootFields : [],
      query: typeof params.query === 'string' ? params.query : undefined,
      variables: (params.variables ?? undefined) as Record<string, unknown> | undefined,
      headers: redactHeaders(req.headers),
    };
    ctx.requests.push(entry);

    const fault = ctx.faults.takeTransport({
      n: entry.n,
      operationName: entry.operationName,
      rootFields: entry.rootFields,
    });
    if (fault?.holdUntil) await Promise.resolve(fault.holdUntil).catch(() => undefined);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.reset === 'before') {
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      entry.status = send(
        res,
        fault.status,
        `<html><body><h1>${fault.status}</h1>Injected fault</body></html>`,
        'text/html',
      );
      return;
    }
    if (fault?.malformedJson) {
      entry.status = send(res, 200, '{"data": {"', JSON_TYPE);
      return;
    }

    if (!prepared.ok) {
      entry.status = send(res, validationStatus(type), { errors: prepared.errors, data: null }, type);
      return;
    }
    if (req.method === 'GET' && prepared.operation.operation !== 'query') {
      entry.status = send(
        res,
        406,
        { errors: [{ message: 'GET requests only allow query operations' }], data: null },
        type,
      );
      return;
    }
    if (prepared.operation.operation === 'subscription') {
      entry.status = send(
        res,
        validationStatus(type),
        { errors: [{ message: 'subscriptions need a websocket' }], data: null },
        type,
      );
      return;
    }

    // Root fields named by a databaseLocked fault fail like a busy SQLite transaction: nothing applied.
    const base = ctx.rootValue();
    const rootValue: Record<string, unknown> = Object.create(base);
    for (const field of new Set(prepared.rootFields)) {
      const original = base[field];
      rootValue[field] = (...args: unknown[]) => {
        if (ctx.faults.takeLocked({ n: entry.n, operationName: entry.operationName, rootFields: [field] }, field)) {
          throw new Error('database is locked');
        }
        return typeof original === 'function' ? original(...args) : original;
      };
    }
    entry.work = { fields: 0, resolutions: 0 };
    const { result, coercionFailed } = await runOperation(
      schema,
      prepared,
      prepared.variables,
      rootValue,
      { request: entry },
      entry.work,
    );
    if (fault?.reset === 'after') {
      req.socket.destroy();
      return;
    }
    if (coercionFailed) {
      const errors = result.errors!.map((e) => ({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      entry.status = send(res, validationStatus(type), { errors, data: null }, type, entry);
      return;
    }
    entry.status = send(res, 200, result, type, entry);
  };
}
