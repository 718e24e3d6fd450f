/**
 * The key must not survive in anything an error carries, even when the server (or a proxy) echoes it back: messages,
 * GraphQL error details, body excerpts, partial data, the job, the cause chain, and what util.inspect shows.
 */
import { inspect } from 'node:util';
import {
  StashClient,
  StashConnectionError,
  StashExecutionError,
  StashHttpError,
  StashJobError,
  StashMalformedResponseError,
  StashValidationError,
} from '@stash-graphql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, rewritingProxy, type TestServer } from './proxies.js';
import { sent, useFakeStash } from './support.js';

const KEY = 'eyJhbGciOiJIUzI1NiJ9.echoed-secret-key';

/** Everything a user could print or log about an error. */
const everything = (e: unknown) =>
  [String(e), (e as Error).stack, JSON.stringify(e), inspect(e, { depth: Infinity, showHidden: true })].join('\n');

describe('secrets echoed back by the server are scrubbed from errors', () => {
  const t = useFakeStash({ apiKey: KEY });
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('a GraphQL error whose message, path data and extensions echo the key', async () => {
    const proxy = await rewritingProxy(t.stash.url, (r) => {
      if (r.operationName !== 'FindTags') return undefined;
      const echoed = String(r.headers.apikey);
      return JSON.stringify({
        errors: [{ message: `key ${echoed} is not allowed`, path: ['findTags'], extensions: { header: echoed } }],
        data: { findTags: { count: 0, tags: [{ id: '1', name: echoed }] } },
      });
    });
    servers.push(proxy);
    const client = new StashClient({ url: proxy.url, apiKey: KEY, retry: { maxAttempts: 1 } });
    const error = await client.findTags({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashExecutionError);
    const e = error as StashExecutionError;
    expect(e.message).toBe('key [redacted] is not allowed (at findTags)');
    expect(e.errors[0]?.extensions).toEqual({ header: '[redacted]' });
    expect(everything(e)).not.toContain(KEY);
    // It was sent (in the header only), and the server did echo it.
    expect(proxy.received.at(-1)?.headers.apikey).toBe(KEY);
    expect(proxy.received.at(-1)?.body).not.toContain(KEY);
  });

  it.each([
    [502, 'Bad gateway: upstream refused ApiKey %KEY%', StashHttpError],
    [400, '{"errors":[{"message":"cannot parse %KEY%"}]}', StashValidationError],
    [200, '<html>login as %KEY%</html>', StashMalformedResponseError],
  ])('an HTTP %i body echoing the key', async (status, template, type) => {
    const server = await listen(async (req, res) => {
      req.resume();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(template.replace('%KEY%', String(req.headers.apikey)));
    });
    servers.push(server);
    const client = new StashClient({ url: server.url, apiKey: KEY, adaptToServer: false, retry: { maxAttempts: 1 } });
    const error = await client.findTags({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(everything(error)).not.toContain(KEY);
    expect(everything(error)).toContain('[redacted]');
  });

  it('the cause chain of a failed fetch', async () => {
    const leaky: typeof fetch = async (_input, init) => {
      const key = new Headers(init?.headers).get('apikey');
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error(`connect ECONNREFUSED (headers: ApiKey=${key})`), {
          code: 'ECONNREFUSED',
          request: { headers: { apikey: key } },
        }),
      });
    };
    const client = new StashClient({
      url: t.stash.url,
      apiKey: KEY,
      fetch: leaky,
      adaptToServer: false,
      retry: { maxAttempts: 1 },
    });
    const error = await client.findTags({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashConnectionError);
    expect((error as StashConnectionError).code).toBe('ECONNREFUSED');
    expect(everything(error)).not.toContain(KEY);
    expect(inspect(error, { depth: Infinity })).toContain('ApiKey=[redacted]');
  });

  it("a job's error text", async () => {
    const client = new StashClient({ url: t.stash.url, apiKey: KEY });
    t.stash.jobs.hold(); // a generate with nothing to do would be over before failJob could reach it
    const id = await client.metadataGenerate({ input: {} });
    t.stash.failJob(id, `plugin failed: curl -H "ApiKey: ${KEY}"`);
    t.stash.jobs.release();
    const error = await client.waitForJob(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashJobError);
    expect((error as StashJobError).message).toContain('plugin failed: curl -H "ApiKey: [redacted]"');
    expect(everything(error)).not.toContain(KEY);
    expect(sent(t.stash).map((r) => r.operationName)).toContain('MetadataGenerate');
    await client.close();
  });
});
