import { spawn } from 'node:child_process';
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
  return { status: res.status, text, json };
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

  it('invalid documents: 422 when graphql-response+json is accepted, 400 for */*', async () => {
    const bad = { query: '{ findTags { nope } }' };
    const strict = await post(stash, bad);
    expect(strict.status).toBe(422);
    expect(strict.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(strict.json.errors?.[0]?.message).toContain('nope');
    const loose = await post(stash, bad, { accept: '*/*' });
    expect(loose.status).toBe(400);
    const parse = await post(stash, { query: '{ findTags ' });
    expect([parse.status, parse.json.errors?.[0]?.extensions?.code]).toEqual([422, 'GRAPHQL_PARSE_FAILED']);
  });

  it('unknown input fields and wrong variable types are hard validation errors', async () => {
    const query = 'mutation M($input: TagCreateInput!) { tagCreate(input: $input) { id } }';
    const unknown = await post(stash, { query, variables: { input: { name: 'a', bogus: true } } });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors?.[0]?.message).toContain('bogus');
    const wrongType = await post(stash, { query, variables: { input: { name: 5 } } });
    expect(wrongType.status).toBe(422);
    const missing = await post(stash, { query, variables: {} });
    expect(missing.status).toBe(422);
    expect((await post(stash, { query: '{ allTags { id } }' })).json.data).toEqual({ allTags: [] });
  });

  it('bad bodies get gqlgen-like answers and never crash the server', async () => {
    const malformed = await post(stash, '{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors?.[0]?.message).toMatch(/^json request body could not be decoded/);
    expect((await post(stash, '[1,2]')).status).toBe(400);
    expect((await post(stash, { query: 'x'.repeat(5000) })).status).toBe(413);
    const noOp = await post(stash, { query: 'query A { version { version } }', operationName: 'B' });
    expect(noOp.status).toBe(422);
    expect((await post(stash, {})).status).toBe(422);
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
    await expect.poll(() => messages.map((m) => m.type)).toContain('connection_ack');
    await expect.poll(() => stash.requests.filter((r) => r.transport === 'ws').length).toBe(1);
    ws.send(JSON.stringify({ id: '1', type: 'stop' }));
    await expect.poll(() => messages.some((m) => m.type === 'complete' && m.id === '1')).toBe(true);
    ws.close();
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
