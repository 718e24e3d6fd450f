import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createFakeStash, type FakeStash } from '../src/index.js';

const GQL_RESPONSE = 'application/graphql-response+json, application/json';

async function post(stash: FakeStash, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(stash.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GQL_RESPONSE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } =
    {};
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, type: res.headers.get('content-type'), text, json };
}

/** A POST without an Accept header (fetch always adds one). */
function rawPost(url: string, body: string): Promise<{ status: number; type: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('fake Stash protocol', () => {
  let stash: FakeStash;
  beforeAll(async () => {
    stash = await createFakeStash({ maxBodyBytes: 4096 });
  });
  afterAll(() => stash.close());

  it('answers POST and GET queries, and refuses mutations over GET', async () => {
    const ok = await post(stash, { query: '{ version { version } }' });
    expect(ok.status).toBe(200);
    expect(ok.json.data).toEqual({ version: { version: 'v0.30.1' } });
    const get = await fetch(`${stash.url}?query=${encodeURIComponent('{ version { version } }')}`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { version: { version: 'v0.30.1' } } });
    const mutation = await fetch(
      `${stash.url}?query=${encodeURIComponent('mutation { tagCreate(input: {name: "x"}) { id } }')}`,
    );
    expect(mutation.status).toBe(406);
    expect(stash.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);
  });

  it('/healthz answers', async () => {
    const res = await fetch(stash.url.replace('/graphql', '/healthz'));
    expect([res.status, await res.text()]).toEqual([200, '.']);
  });

  it('content negotiation: graphql-response+json (400 on invalid documents) or application/json (422)', async () => {
    const bad = { query: '{ findTags { nope } }' };
    const strict = await post(stash, bad);
    expect([strict.status, strict.type]).toEqual([400, 'application/graphql-response+json']);
    expect(strict.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(strict.json.errors?.[0]?.message).toContain('nope');
    expect((await post(stash, bad, { accept: '*/*' })).status).toBe(400);
    const json = await post(stash, bad, { accept: 'application/json' });
    expect([json.status, json.type]).toEqual([422, 'application/json']);
    // the first listed type gqlgen knows decides
    expect((await post(stash, bad, { accept: 'application/json, application/graphql-response+json' })).status).toBe(
      422,
    );
    // (fetch always sends an Accept, */* by default: node:http can leave it out)
    const none = await rawPost(stash.url, JSON.stringify(bad));
    expect([none.status, none.type]).toEqual([422, 'application/json']);
    const ok = await post(stash, { query: '{ version { version } }' }, { accept: 'application/json' });
    expect([ok.status, ok.type]).toEqual([200, 'application/json']);
    expect((await post(stash, { query: '{ version { version } }' })).type).toBe('application/graphql-response+json');
  });

  it('parse errors use gqlparser wording and locations', async () => {
    const parse = await post(stash, { query: '{ findTags ' });
    expect(parse.status).toBe(400);
    expect(parse.json.errors).toEqual([
      {
        message: 'Expected Name, found <EOF>',
        locations: [{ line: 1, column: 12 }],
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
    ]);
    expect((await post(stash, { query: 'query { version { version } }}' })).json.errors?.[0]?.message).toBe(
      'Unexpected }',
    );
  });

  it('variables are checked like gqlparser (validator/vars.go): one error, its message and path', async () => {
    const query = 'mutation M($input: TagCreateInput!) { tagCreate(input: $input) { id } }';
    const error = async (variables: unknown) => {
      const r = await post(stash, { query, variables });
      expect(r.status).toBe(400);
      expect(r.json.errors).toHaveLength(1);
      const e = r.json.errors?.[0] as { message: string; path?: unknown[]; extensions?: { code?: string } };
      expect(e.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      return [e.message, e.path];
    };
    expect(await error({ input: { name: 'a', bogus: true } })).toEqual([
      'unknown field',
      ['variable', 'input', 'bogus'],
    ]);
    expect(await error({})).toEqual(['must be defined', ['variable', 'input']]);
    expect(await error({ input: null })).toEqual(['cannot be null', ['variable', 'input']]);
    expect(await error({ input: {} })).toEqual(['must be defined', ['variable', 'input', 'name']]);
    expect(await error({ input: { name: true } })).toEqual([
      'cannot use bool as String',
      ['variable', 'input', 'name'],
    ]);
    expect(await error({ input: 'x' })).toEqual(['must be a TagCreateInput, not a string', ['variable', 'input']]);
    expect(await error({ input: { name: 'a', parent_ids: [null] } })).toEqual([
      'cannot be null',
      ['variable', 'input', 'parent_ids', 0],
    ]);
    const find = 'query F($f: FindFilterType) { findTags(filter: $f) { count } }';
    const r = await post(stash, { query: find, variables: { f: { per_page: 1.5 } } });
    expect(r.json.errors?.[0]?.message).toBe('cannot use string as Int');
    const e = await post(stash, { query: find, variables: { f: { direction: 'UP' } } });
    expect(e.json.errors?.[0]?.message).toBe('UP is not a valid SortDirectionEnum');
    // a JSON number is a json.Number (a Go string) for String and ID, and a numeric string is a valid Int
    const created = await post(stash, { query, variables: { input: { name: 12345 } } });
    expect(created.json.data).toEqual({ tagCreate: { id: expect.any(String) } });
    expect((await post(stash, { query: find, variables: { f: { per_page: '0' } } })).json.data).toEqual({
      findTags: { count: 1 },
    });
    expect((await post(stash, { query: '{ allTags { name } }' })).json.data).toEqual({ allTags: [{ name: '12345' }] });
  });

  it('bad bodies get gqlgen-like answers and never crash the server', async () => {
    const malformed = await post(stash, '{"query": "{ version { version } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors?.[0]?.message).toBe(
      'json request body could not be decoded: unexpected EOF body:{"query": "{ version { version } }"',
    );
    expect((await post(stash, '')).json.errors?.[0]?.message).toBe('json request body could not be decoded: EOF body:');
    expect((await post(stash, 'xyz')).json.errors?.[0]?.message).toBe(
      "json request body could not be decoded: invalid character 'x' looking for beginning of value body:xyz",
    );
    expect((await post(stash, '[1,2]')).json.errors?.[0]?.message).toBe(
      'json request body could not be decoded: json: cannot unmarshal array into Go value of type graphql.RawParams body:[1,2]',
    );
    // only the first JSON value is read
    expect((await post(stash, '{"query":"{ version { version } }"} trailing')).status).toBe(200);
    expect((await post(stash, { query: 'x'.repeat(5000) })).status).toBe(413);
    const noOp = await post(stash, { query: 'query A { version { version } }', operationName: 'B' });
    expect([noOp.status, noOp.json.errors?.[0]?.message]).toEqual([400, 'operation B not found']);
    const two = await post(stash, { query: 'query A { version { version } } query B { version { version } }' });
    expect(two.json.errors?.[0]?.message).toBe('operation  not found');
    expect((await post(stash, {})).json.errors?.[0]?.message).toBe('no operation provided');
    expect(
      (await post(stash, { query: 'fragment F on Query { version { version } }' })).json.errors?.[0]?.message,
    ).toBe('no operation provided');
    const wrongType = await fetch(stash.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect([wrongType.status, await wrongType.text()]).toEqual([
      400,
      '{"errors":[{"message":"transport not supported"}],"data":null}',
    ]);
    expect((await fetch(stash.url, { method: 'PUT' })).status).toBe(400);
    expect((await post(stash, { query: '{ version { version } }' })).status).toBe(200);
  });

  it('resolver errors are 200 with errors and a path', async () => {
    const res = await post(stash, { query: '{ findTag(id: "999999") { id } }' });
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual({ findTag: null });
  });

  it('injects faults by request number and by operation', async () => {
    stash.reset();
    stash.faults.inject({ request: 2, status: 503 }).inject({ operation: 'Slow', latencyMs: 120 });
    expect((await post(stash, { query: '{ version { version } }' })).status).toBe(200);
    expect((await post(stash, { query: '{ version { version } }' })).status).toBe(503);
    const started = Date.now();
    expect((await post(stash, { query: 'query Slow { version { version } }' })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    stash.faults.inject({ operation: 'version', malformedJson: true });
    expect((await post(stash, { query: '{ version { version } }' })).text).toBe('{"data": {"');
    stash.faults.inject({ operation: 'version', databaseLocked: true });
    const locked = await post(stash, { query: '{ version { version } }' });
    expect([locked.status, locked.json.errors?.[0]?.message]).toEqual([200, 'database is locked']);
    await expect(post(stash, { query: '{ version { version } }' }).then(() => 'answered')).resolves.toBe('answered');
    stash.faults.inject({ operation: 'version', reset: 'before' });
    await expect(post(stash, { query: '{ version { version } }' })).rejects.toThrow();
    expect(stash.requests.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('fake Stash auth', () => {
  let stash: FakeStash;
  beforeAll(async () => {
    stash = await createFakeStash({ apiKey: 'the-key' });
  });
  afterAll(() => stash.close());

  it('401 without or with a wrong key; the log never holds the key', async () => {
    expect((await post(stash, { query: '{ version { version } }' })).status).toBe(401);
    const wrong = await post(stash, { query: '{ version { version } }' }, { ApiKey: 'wrong' });
    expect([wrong.status, wrong.text]).toEqual([401, '']);
    const ok = await post(stash, { query: '{ version { version } }' }, { ApiKey: 'the-key' });
    expect(ok.status).toBe(200);
    expect(stash.requests).toHaveLength(1);
    expect(JSON.stringify(stash.requests)).not.toContain('the-key');
  });

  it('reads the WebSocket key from the upgrade request, not connectionParams', async () => {
    const refused = new WebSocket(stash.wsUrl, 'graphql-transport-ws');
    const status = await new Promise<number>((resolve) =>
      refused.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(401);
    const ws = new WebSocket(stash.wsUrl, 'graphql-ws', { headers: { ApiKey: 'the-key' } });
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(String(m))));
    await new Promise((r) => ws.on('open', r));
    expect(ws.protocol).toBe('graphql-ws');
    ws.send(JSON.stringify({ type: 'connection_init', payload: { ApiKey: 'ignored' } }));
    ws.send(
      JSON.stringify({ id: '1', type: 'start', payload: { query: 'subscription { loggingSubscribe { message } }' } }),
    );
    await expect.poll(() => messages.map((m) => m.type), { timeout: 15_000 }).toContain('connection_ack');
    await stash.subscriptions.waitForActive('loggingSubscribe');
    expect(stash.requests.filter((r) => r.transport === 'ws')).toHaveLength(1);
    ws.send(JSON.stringify({ id: '1', type: 'stop' }));
    await expect
      .poll(() => messages.some((m) => m.type === 'complete' && m.id === '1'), { timeout: 15_000 })
      .toBe(true);
    ws.close();
  });
});

describe('fake Stash WebSocket subprotocols (gqlgen transport/websocket.go)', () => {
  let stash: FakeStash;
  beforeAll(async () => {
    stash = await createFakeStash({ apiKey: 'the-key' });
  });
  afterAll(() => stash.close());

  it('401 with Www-Authenticate: FormBased and an empty body at the upgrade', async () => {
    const refused = new WebSocket(stash.wsUrl, 'graphql-transport-ws', { headers: { ApiKey: 'wrong' } });
    const res = await new Promise<import('node:http').IncomingMessage>((resolve) =>
      refused.on('unexpected-response', (_req, r) => resolve(r)),
    );
    const body = await new Promise<string>((resolve) => {
      let b = '';
      res.on('data', (d) => {
        b += d;
      });
      res.on('end', () => resolve(b));
    });
    expect([res.statusCode, res.headers['www-authenticate'], body]).toEqual([401, 'FormBased', '']);
  });

  // Subprotocol choice (both offered → graphql-ws; none → legacy) is in the contract suite, on both servers.

  it('an unknown subprotocol is accepted without a protocol header', async () => {
    // (the ws client would refuse such an answer itself, "Server sent no subprotocol": look at the raw upgrade)
    const { status, headers, socket } = await new Promise<{
      status: number;
      headers: Record<string, unknown>;
      socket: import('node:net').Socket;
    }>((resolve, reject) => {
      const req = request(stash.wsUrl.replace(/^ws/, 'http'), {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Protocol': 'foo',
          ApiKey: 'the-key',
        },
      });
      req.on('upgrade', (res, sock) => resolve({ status: res.statusCode ?? 0, headers: res.headers, socket: sock }));
      req.on('error', reject);
      req.end();
    });
    socket.destroy();
    expect(status).toBe(101);
    expect(headers['sec-websocket-protocol']).toBeUndefined();
  });
});

describe('stash-fake CLI', () => {
  it('starts on the given port and version', async () => {
    const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', bin, '--port', '0', '--version', 'v0.28.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          const m = /listening on (\S+)/.exec(String(d));
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version { version } }' }),
      });
      expect(await res.json()).toEqual({ data: { version: { version: 'v0.28.1' } } });
    } finally {
      child.kill();
    }
  });
});
