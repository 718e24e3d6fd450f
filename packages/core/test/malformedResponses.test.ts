import { StashClient, StashHttpError, StashMalformedResponseError } from '@stash-graphql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type ReceivedRequest, rewritingProxy, type TestServer } from './proxies.js';
import { sent, useFakeStash } from './support.js';

const NO_RETRY = { maxAttempts: 1 };

/** A server that is not Stash: every request gets `body`, and every request is kept. */
async function notStash(body: string) {
  const received: string[] = [];
  const s = await listen(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    received.push(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return Object.assign(s, { received });
}

const WRONG_SHAPES: [body: string, says: RegExp][] = [
  ['{"data":{}}', /data without Query\.findTags/],
  ['{"data":null}', /no data and no errors/],
  ['[]', /not GraphQL JSON/],
  ['[{"data":{}}]', /not GraphQL JSON/],
  ['<html>Welcome to nginx</html>', /not GraphQL JSON/],
  ['{}', /not GraphQL JSON/],
  ['{"errors":[]}', /empty error list/],
  ['{"data":[1,2]}', /data that is a list/],
  ['{"data":"ok"}', /data that is a string/],
];

describe('answers of the wrong shape', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it.each(WRONG_SHAPES)('an ordinary call answered %s is a StashMalformedResponseError', async (body, says) => {
    const server = await notStash(body);
    servers.push(server);
    const client = new StashClient({ url: server.url, adaptToServer: false, retry: NO_RETRY });
    const error = await client.findTags({ filter: { q: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashMalformedResponseError);
    expect(error).toBeInstanceOf(StashHttpError);
    expect(error).not.toBeInstanceOf(TypeError);
    const e = error as StashMalformedResponseError;
    expect(e.message).toMatch(says);
    expect(e.message).toContain('is the URL a Stash GraphQL endpoint?');
    expect(e).toMatchObject({ kind: 'http', status: 200, bodyExcerpt: body, operationName: 'FindTags' });
    // What was sent: one FindTags request with its variables, nothing retried.
    expect(server.received).toHaveLength(1);
    expect(JSON.parse(server.received[0]!)).toMatchObject({
      operationName: 'FindTags',
      variables: { filter: { q: 'x' } },
    });
  });

  it.each(WRONG_SHAPES)('the capabilities probe answered %s is a StashMalformedResponseError', async (body) => {
    const server = await notStash(body);
    servers.push(server);
    const client = new StashClient({ url: server.url, retry: NO_RETRY });
    const error = await client.findTags({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashMalformedResponseError);
    expect((error as Error).message).toContain('is the URL a Stash GraphQL endpoint?');
    // Only the probe went out; the call itself was never sent.
    expect(server.received.map((b) => JSON.parse(b).operationName)).toEqual(['StashCapabilities']);
  });

  it.each([
    ['{"data":{"version":null,"systemStatus":null,"__schema":null}}', /no Query\.version object/],
    ['{"data":{"version":{"version":"v1"},"systemStatus":{},"__schema":{}}}', /without __schema\.types/],
    [
      '{"data":{"version":{"version":"v1"},"systemStatus":{},"__schema":{"queryType":{"name":"Q"},"types":[]}}}',
      /introspection result graphql-js cannot read/,
    ],
  ])('a probe answer %s says what it lacked', async (body, says) => {
    const server = await notStash(body);
    servers.push(server);
    const client = new StashClient({ url: server.url, retry: NO_RETRY });
    const error = await client.capabilities().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashMalformedResponseError);
    expect((error as Error).message).toMatch(says);
    expect(server.received).toHaveLength(1);
    // A failed probe is not cached: the next call asks again.
    await client.capabilities().catch(() => undefined);
    expect(server.received).toHaveLength(2);
  });
});

describe('wrong shapes behind a proxy in front of Stash', () => {
  const t = useFakeStash();
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const proxied = async (answer: (r: ReceivedRequest) => string | undefined) => {
    const proxy = await rewritingProxy(t.stash.url, answer);
    servers.push(proxy);
    return { proxy, client: new StashClient({ url: proxy.url, retry: NO_RETRY }) };
  };

  it('null for a non-null root field, without errors, is malformed (the probe knows the schema)', async () => {
    const { client, proxy } = await proxied((r) =>
      r.operationName === 'FindTags' ? '{"data":{"findTags":null}}' : undefined,
    );
    const error = await client.findTags({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashMalformedResponseError);
    expect((error as Error).message).toContain('null for non-null Query.findTags and no error');
    expect(proxy.received.map((r) => r.operationName)).toEqual(['StashCapabilities', 'FindTags']);
    // The probe was answered by the fake itself; the call never reached it.
    expect(t.stash.requests.map((r) => r.operationName)).toEqual(['StashCapabilities']);
  });

  it('null for a nullable root field is a valid answer', async () => {
    const { client } = await proxied((r) => (r.operationName === 'FindTag' ? '{"data":{"findTag":null}}' : undefined));
    await expect(client.findTag({ id: '1' })).resolves.toBeNull();
  });

  it('a batch answer missing one alias names it', async () => {
    const { client } = await proxied((r) =>
      r.operationName === 'StashBatch' ? '{"data":{"op0":{"id":"1","name":"a"}}}' : undefined,
    );
    const result = await client.executeBatch([
      { mutation: 'tagCreate', variables: { input: { name: 'a' } } },
      { mutation: 'tagCreate', variables: { input: { name: 'b' } } },
    ]);
    expect(result.allSucceeded).toBe(false);
    const error = result.failed[0]?.error;
    expect(error).toBeInstanceOf(StashMalformedResponseError);
    expect(error?.message).toContain('data without Mutation.op1');
    expect(sent(t.stash)).toHaveLength(0);
  });

  it('well-formed answers pass unchanged through the same check', async () => {
    const { client } = await proxied(() => undefined);
    await client.tagCreate({ input: { name: 'fine' } });
    const found = await client.findTags({});
    expect(found.tags.map((tag) => tag.name)).toEqual(['fine']);
    expect(sent(t.stash).map((r) => r.operationName)).toEqual(['TagCreate', 'FindTags']);
  });
});
