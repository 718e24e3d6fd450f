import type { IncomingMessage } from 'node:http';
import { StashAuthError, StashClient } from '@stash-graphql/core';
import { createFakeStash } from '@stash-graphql/testing';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rejection } from './support/expect.js';
import { SentLog } from './support/sent.js';
import { TARGET_KIND, useTarget } from './target.js';

const target = useTarget();

/** Raw HTTP, for what the client does not do (GET) or must not hide (status codes). */
async function rawGet(query: string) {
  const url = `${target.url}?query=${encodeURIComponent(query)}`;
  const res = await fetch(url, { headers: target.apiKey ? { ApiKey: target.apiKey } : {} });
  return { status: res.status, text: await res.text() };
}

describe('server identity', () => {
  it('version names a release', async () => {
    const version = await target.client.version();
    expect(target.sent.count('Version')).toBeGreaterThan(0);
    expect(version?.version).toMatch(/^v\d+\.\d+\.\d+/);
    if (target.fake) expect(version?.version).toBe(target.fake.version);
  });

  it('systemStatus is OK with the database at the app schema', async () => {
    const status = await target.client.systemStatus();
    expect(target.sent.count('SystemStatus')).toBeGreaterThan(0);
    expect(status.status).toBe('OK');
    expect(status.databaseSchema).toBe(status.appSchema);
    // pkg/sqlite/database.go appSchemaVersion: 75 at v0.30.1
    if ((await target.client.version())?.version === 'v0.30.1') expect(status.appSchema).toBe(75);
  });

  it('/healthz answers "." without credentials', async () => {
    const res = await fetch(new URL('/healthz', target.url));
    expect([res.status, await res.text()]).toEqual([200, '.']);
  });
});

describe('transport', () => {
  it('queries work over GET with the same answer as POST', async () => {
    const viaPost = await target.client.version();
    const get = await rawGet('{ version { version } }');
    expect(get.status).toBe(200);
    expect(JSON.parse(get.text)).toEqual({ data: { version: { version: viaPost?.version } } });
  });

  it('mutations over GET are refused with 406 and not applied', async () => {
    const name = target.name('get-mutation');
    const get = await rawGet(`mutation { tagCreate(input: { name: ${JSON.stringify(name)} }) { id } }`);
    expect(get.status).toBe(406);
    const found = await target.client.findTags({ tag_filter: { name: { value: name, modifier: 'EQUALS' } } });
    expect(found.count).toBe(0);
  });

  it('the client asks for graphql-response+json and sends ApiKey only when it has one', async () => {
    await target.client.version();
    const sent = target.sent.of('Version').at(-1)!;
    expect(sent.headers.accept).toContain('application/graphql-response+json');
    expect(sent.headers['content-type']).toContain('application/json');
    expect(sent.headers.apikey).toBe(target.apiKey ? '[redacted]' : undefined);
  });
});

describe('gqlgen transport details', () => {
  const post = async (body: string, accept?: string) => {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(accept ? { accept } : {}),
        ...(target.apiKey ? { ApiKey: target.apiKey } : {}),
      },
      body,
    });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('the response Content-Type follows Accept: graphql-response+json (also for */*) or application/json', async () => {
    const query = JSON.stringify({ query: '{ version { version } }' });
    expect((await post(query, 'application/graphql-response+json, application/json')).type).toBe(
      'application/graphql-response+json',
    );
    expect((await post(query, '*/*')).type).toBe('application/graphql-response+json');
    const json = await post(query, 'application/json');
    expect([json.status, json.type]).toEqual([200, 'application/json']);
    const invalid = JSON.stringify({ query: '{ nosuchfield }' });
    expect((await post(invalid, '*/*')).status).toBe(400);
    expect((await post(invalid, 'application/json')).status).toBe(422);
  });

  it('a malformed JSON body is a 400 quoting Go’s decoder error and the body', async () => {
    const body = '{"query": "{ version { version } }"';
    const res = await post(body, 'application/graphql-response+json, application/json');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({
      errors: [{ message: `json request body could not be decoded: unexpected EOF body:${body}` }],
      data: null,
    });
    const empty = await post('', 'application/json');
    expect([empty.status, JSON.parse(empty.text).errors[0].message]).toEqual([
      400,
      'json request body could not be decoded: EOF body:',
    ]);
  });

  it('a request with several operations and no operationName is `operation  not found`', async () => {
    const res = await post(
      JSON.stringify({ query: 'query A { version { version } } query B { version { version } }' }),
      'application/graphql-response+json',
    );
    expect([res.status, JSON.parse(res.text)]).toEqual([
      400,
      { errors: [{ message: 'operation  not found', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }], data: null },
    ]);
  });
});

describe('websocket subprotocols', () => {
  const wsUrl = () => target.url.replace(/^http/, 'ws');
  const headers = () => (target.apiKey ? { ApiKey: target.apiKey } : {});
  const upgrade = (protocols: string[]) => {
    const ws = new WebSocket(wsUrl(), protocols, { headers: headers() });
    const messages: { type: string; id?: string; payload?: unknown }[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(String(m))));
    return new Promise<{ ws: WebSocket; messages: typeof messages; protocol: string | undefined }>(
      (resolve, reject) => {
        ws.on('upgrade', (res) =>
          ws.once('open', () =>
            resolve({ ws, messages, protocol: res.headers['sec-websocket-protocol'] as string | undefined }),
          ),
        );
        ws.on('error', reject);
      },
    );
  };

  it('both offered: the server picks graphql-ws (the legacy protocol)', async () => {
    const { ws, protocol } = await upgrade(['graphql-transport-ws', 'graphql-ws']);
    expect(protocol).toBe('graphql-ws');
    ws.close();
  });

  it('none offered: it upgrades without a protocol header and speaks the legacy protocol', async () => {
    const { ws, messages, protocol } = await upgrade([]);
    expect(protocol).toBeUndefined();
    ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await expect
      .poll(() => messages.map((m) => m.type).slice(0, 2), { timeout: 15_000 })
      .toEqual(['connection_ack', 'ka']);
    ws.send(JSON.stringify({ id: '2', type: 'start', payload: { query: '{ version { version } }' } }));
    await expect
      .poll(() => messages.filter((m) => m.id === '2').map((m) => m.type), { timeout: 15_000 })
      .toEqual(['data', 'complete']);
    ws.close();
  });

  it.runIf(TARGET_KIND === 'fake' || Boolean(process.env.STASH_API_KEY))(
    'a wrong key fails the upgrade: 401, Www-Authenticate: FormBased, empty body',
    async () => {
      const fake = TARGET_KIND === 'fake' ? await createFakeStash({ apiKey: 'contract-secret' }) : undefined;
      try {
        const url = (fake?.url ?? target.url).replace(/^http/, 'ws');
        const ws = new WebSocket(url, 'graphql-transport-ws', { headers: { ApiKey: 'wrong-key-123' } });
        const res = await new Promise<IncomingMessage>((resolve) =>
          ws.on('unexpected-response', (_r, r) => resolve(r)),
        );
        const body = await new Promise<string>((resolve) => {
          let b = '';
          res.on('data', (d) => {
            b += d;
          });
          res.on('end', () => resolve(b));
        });
        expect([res.statusCode, res.headers['www-authenticate'], body]).toEqual([401, 'FormBased', '']);
      } finally {
        await fake?.close();
      }
    },
  );
});

/**
 * Authentication needs a server that requires a key: a second fake made with one, or the real Stash when
 * STASH_API_KEY is set (a real server without credentials accepts everything, so there is nothing to test).
 */
describe.runIf(TARGET_KIND === 'fake' || Boolean(process.env.STASH_API_KEY))('authentication', () => {
  const keyedServer = async () => {
    if (TARGET_KIND === 'real') return { url: target.url, key: target.apiKey!, close: async () => {} };
    const fake = await createFakeStash({ apiKey: 'contract-secret' });
    return { url: fake.url, key: 'contract-secret', close: () => fake.close() };
  };

  it('no key: HTTP 401 as StashAuthError that says a key is needed', async () => {
    const server = await keyedServer();
    try {
      const sent = new SentLog();
      const client = target.newClient({
        url: server.url,
        apiKey: undefined,
        retry: { maxAttempts: 1 },
        fetch: sent.wrap(globalThis.fetch),
      });
      const e = await rejection(client.version(), StashAuthError);
      expect(sent.requests.map((r) => r.headers.apikey)).toEqual([undefined]);
      expect(e.status).toBe(401);
      expect(e.message).toContain('requires authentication');
    } finally {
      await server.close();
    }
  });

  it('a wrong key: 401, the message says it was rejected and never shows it', async () => {
    const server = await keyedServer();
    try {
      const sent = new SentLog();
      const client = target.newClient({
        url: server.url,
        apiKey: 'wrong-key-123',
        retry: { maxAttempts: 1 },
        fetch: sent.wrap(globalThis.fetch),
      });
      const e = await rejection(client.version(), StashAuthError);
      // one attempt, key in the ApiKey header: no retry with a key the server rejected
      expect(sent.requests.map((r) => r.headers.apikey)).toEqual(['[redacted]']);
      expect(e.status).toBe(401);
      expect(e.message).toContain('API key was rejected');
      expect(`${e.message} ${e.bodyExcerpt}`).not.toContain('wrong-key-123');
    } finally {
      await server.close();
    }
  });

  it('the right key works for HTTP and for subscriptions; a wrong one fails the subscription too', async () => {
    const server = await keyedServer();
    try {
      const sent = new SentLog();
      const good = target.newClient({ url: server.url, apiKey: server.key, fetch: sent.wrap(globalThis.fetch) });
      expect((await good.version())?.version).toMatch(/^v\d/);
      expect(sent.of('Version').map((r) => r.headers.apikey)).toEqual(['[redacted]']);
      const bad = target.newClient({ url: server.url, apiKey: 'wrong-key-123', retry: { maxAttempts: 1 } });
      const sub = bad.jobsSubscribe();
      const e = await rejection(sub.next(), StashAuthError);
      expect(e.status).toBe(401);
      await good.close();
    } finally {
      await server.close();
    }
  });
});

// Fake only: fault injection and the server-side request log exist only in the fake.
describe.runIf(TARGET_KIND === 'fake')('fake-only: faults and the request log', () => {
  it('a 503 on a query is retried; the server saw both attempts', async () => {
    const fake = target.requireFake;
    fake.faults.inject({ operation: 'FindTags', status: 503 });
    const client = target.newClient({ retry: { initialDelayMs: 5, maxDelayMs: 10, maxAttempts: 3 } });
    const result = await client.findTags({ filter: { per_page: 1 } });
    expect(result.count).toBeGreaterThanOrEqual(0);
    const attempts = fake.requests.filter((r) => r.operationName === 'FindTags').slice(-2);
    expect(attempts.map((r) => [r.status, r.variables])).toEqual([
      [503, { filter: { per_page: 1 } }],
      [200, { filter: { per_page: 1 } }],
    ]);
  });

  it('"database is locked" on a mutation is retried and applied once; the log redacts the key header', async () => {
    const fake = target.requireFake;
    const name = target.name('locked');
    fake.faults.inject({ operation: 'tagCreate', databaseLocked: true });
    const client = new StashClient({
      url: fake.url,
      apiKey: 'not-checked-by-this-fake',
      retry: { initialDelayMs: 5, maxDelayMs: 10, maxAttempts: 3 },
    });
    try {
      const tag = await client.tagCreate({ input: { name } });
      target.track('tag', tag?.id);
      const inputName = (v: Record<string, unknown> | undefined) => (v?.input as { name?: string } | undefined)?.name;
      const mine = fake.requests.filter((r) => r.operationName === 'TagCreate' && inputName(r.variables) === name);
      expect(mine.map((r) => r.variables)).toEqual([{ input: { name } }, { input: { name } }]);
      expect(mine[0]?.headers.apikey).toBe('[redacted]');
      const found = await target.client.findTags({ tag_filter: { name: { value: name, modifier: 'EQUALS' } } });
      expect(found.count).toBe(1);
    } finally {
      await client.close();
    }
  });
});
