import { inspect } from 'node:util';
import { StashClient, StashInputError } from '@stash-graphql/core';
import { describe, expect, it } from 'vitest';
import { memoryLogger, useFakeStash } from './support.js';

const KEY = 'eyJhbGciOiJIUzI1NiJ9.secret-api-key';

describe('API key redaction', () => {
  const t = useFakeStash({ apiKey: KEY });

  it('is sent only in the ApiKey header and never appears in logs', async () => {
    const logger = memoryLogger();
    const client = t.client({ logger });
    await client
      .configureGeneral({
        input: { stashBoxes: [{ endpoint: 'https://box/graphql', api_key: 'should-not-log', name: 'box' }] },
      })
      .catch(() => undefined);
    await client.findTags({ filter: { q: 'x' } });
    const sent = t.stash.requests.at(-1)!;
    expect(sent.headers.apikey).toBe('[redacted]');
    expect(sent.query).not.toContain(KEY);
    expect(logger.lines.length).toBeGreaterThanOrEqual(4);
    expect(logger.lines.join('\n')).toContain('"apikey":"[redacted]"');
    expect(logger.lines.join('\n')).not.toContain(KEY);
    expect(logger.lines.join('\n')).not.toContain('should-not-log');
  });

  it('is hidden from util.inspect, JSON and String', () => {
    const client = t.client();
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(KEY);
    expect(inspect(client)).toContain("apiKey: '[redacted]'");
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(String(Object.values(client))).not.toContain(KEY);
  });

  it('is never echoed in error messages', async () => {
    t.stash.faults.inject({ operation: 'FindTags', status: 500 });
    const error = await t
      .client({ retry: { maxAttempts: 1 } })
      .findTags({})
      .catch((e) => e);
    expect(error.status).toBe(500);
    expect(`${error.message} ${error.bodyExcerpt} ${inspect(error, { depth: 10 })}`).not.toContain(KEY);
  });

  it('a key put in headers is treated as the apiKey', async () => {
    const client = new StashClient({ url: t.stash.url, headers: { ApiKey: KEY } });
    await expect(client.findTags({})).resolves.toMatchObject({ count: 0 });
    expect(inspect(client)).not.toContain(KEY);
  });

  it('credentials in the URL are refused before any request', () => {
    expect(() => new StashClient({ url: `${t.stash.url}?apikey=${KEY}` })).toThrow(StashInputError);
    expect(() => new StashClient({ url: 'http://user:pw@127.0.0.1/graphql' })).toThrow(/credentials/);
    expect(t.stash.requests).toHaveLength(0);
  });
});
