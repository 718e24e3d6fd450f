import {
  StashAbortError,
  StashAuthError,
  StashClient,
  StashConnectionError,
  StashDatabaseLockedError,
  StashExecutionError,
  StashHttpError,
  StashInputError,
  StashTimeoutError,
  StashValidationError,
} from '@stash-graphql/core';
import { TagCreateDocument } from '@stash-graphql/core/generated';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { freePort, useFakeStash, WAIT } from './support.js';

const NO_RETRY = { maxAttempts: 1 };

describe('typed errors', () => {
  const t = useFakeStash();

  it('connection refused is a StashConnectionError that never reached the server', async () => {
    const client = new StashClient({ url: `http://127.0.0.1:${await freePort()}/graphql`, retry: NO_RETRY });
    const error = await client.findTags({}).catch((e) => e);
    expect(error).toBeInstanceOf(StashConnectionError);
    expect(error).toMatchObject({ kind: 'connection', code: 'ECONNREFUSED', reachedServer: false, transient: true });
    expect(error.message).toContain('connection refused');
  });

  it('DNS failure is a StashConnectionError', async () => {
    const client = new StashClient({ url: 'http://stash.invalid/graphql', retry: NO_RETRY, timeoutMs: 5000 });
    const error = await client.findTags({}).catch((e) => e);
    expect(error).toBeInstanceOf(StashConnectionError);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(error.code);
    expect(error.reachedServer).toBe(false);
  });

  it('a reset connection is a StashConnectionError whose delivery is unknown', async () => {
    t.stash.faults.inject({ operation: 'FindTags', reset: 'before' });
    const error = await t
      .client({ retry: NO_RETRY })
      .findTags({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashConnectionError);
    expect(error.reachedServer).toBe('unknown');
    expect(t.stash.requests.count('FindTags')).toBe(1);
  });

  it('a slow answer is a StashTimeoutError', async () => {
    let open = () => {};
    t.stash.faults.inject({ operation: 'FindTags', holdUntil: new Promise<void>((r) => (open = r)) });
    const client = t.client({ timeoutMs: 50, retry: NO_RETRY });
    await client.capabilities({ timeoutMs: 5000 }); // the probe is not what this test times out
    const error = await client.findTags({}).catch((e) => e);
    expect(error).toBeInstanceOf(StashTimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 50 });
    open();
  });

  it('an aborted signal rejects with StashAbortError, before or during the request', async () => {
    const client = t.client();
    await expect(client.findTags({}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(StashAbortError);
    expect(t.stash.requests).toHaveLength(0);
    await client.capabilities();
    let open = () => {};
    t.stash.faults.inject({ operation: 'FindTags', holdUntil: new Promise<void>((r) => (open = r)) });
    const controller = new AbortController();
    const pending = client.findTags({}, { signal: controller.signal });
    // abort while the server holds the request
    await expect.poll(() => t.stash.requests.count('FindTags'), WAIT).toBe(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(StashAbortError);
    open();
    expect(t.stash.requests.count('FindTags')).toBe(1);
  });

  it('HTTP errors carry status and a body excerpt', async () => {
    t.stash.faults.inject({ operation: 'FindTags', status: 500 });
    const error = await t
      .client({ retry: NO_RETRY })
      .findTags({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashHttpError);
    expect(error).toMatchObject({ kind: 'http', status: 500, transient: false });
    expect(error.bodyExcerpt).toContain('Injected fault');
  });

  it('malformed JSON is an HTTP-kind error with the excerpt, never a null result', async () => {
    t.stash.faults.inject({ operation: 'FindTags', malformedJson: true });
    const error = await t
      .client({ retry: NO_RETRY })
      .findTags({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashHttpError);
    expect(error.status).toBe(200);
    expect(error.bodyExcerpt).toBe('{"data": {"');
  });

  it('invalid documents get a StashValidationError with the server messages (400)', async () => {
    const client = t.client();
    const doc = parse('query Broken { findTags { nope } }');
    const error = (await client.request(doc as never).catch((e: unknown) => e)) as StashValidationError;
    expect(error).toBeInstanceOf(StashValidationError);
    // the client accepts graphql-response+json first, so gqlgen answers 400 (422 is for application/json only)
    expect(error.status).toBe(400);
    expect(error.messages.join()).toContain('nope');
    expect(t.stash.requests.at(-1)?.headers.accept).toBe('application/graphql-response+json, application/json');
  });

  it('an unknown input field is refused before sending, listing the valid fields', async () => {
    const error = await t
      .client()
      .tagCreate({ input: { name: 'x', bogus: 1 } as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashInputError);
    expect(error.message).toContain('Unknown input field TagCreateInput.bogus');
    expect(error.valid).toContain('aliases');
    expect(t.stash.requests.count('TagCreate')).toBe(0);
  });

  it('without adaptation the server itself rejects an unknown input field (400)', async () => {
    const error = await t
      .client({ adaptToServer: false })
      .tagCreate({ input: { name: 'x', bogus: 1 } as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashValidationError);
    // gqlparser's message; the field is only named in the error's path (["variable", "input", "bogus"])
    expect(error.messages).toEqual(['unknown field']);
    expect(error.status).toBe(400);
    expect(t.stash.requests.map((r) => r.operationName)).toEqual(['TagCreate']);
  });

  it('resolver failures are StashExecutionError with path, message and partial data', async () => {
    const client = t.client();
    await client.tagCreate({ input: { name: 'Dup' } });
    const error = await client.request(TagCreateDocument, { input: { name: 'dup' } }).catch((e) => e);
    expect(error).toBeInstanceOf(StashExecutionError);
    expect(error.kind).toBe('execution');
    expect(error.errors[0].path).toEqual(['tagCreate']);
    expect(error.errors[0].message).toMatch(/dup/i);
    expect(error.partialData).toEqual({ tagCreate: null });
    expect(error.operationName).toBe('TagCreate');
  });

  it('"database is locked" is its own transient kind', async () => {
    t.stash.faults.inject({ operation: 'tagCreate', databaseLocked: true, times: 10 });
    const error = await t
      .client({ retry: NO_RETRY })
      .tagCreate({ input: { name: 'L' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashDatabaseLockedError);
    expect(error).toMatchObject({ kind: 'database-locked', transient: true });
    expect(t.stash.requests.count('tagCreate')).toBe(1);
  });
});

describe('authentication', () => {
  const t = useFakeStash({ apiKey: 'sekrit-key-123' });

  it('a missing key is a StashAuthError with a hint', async () => {
    const client = new StashClient({ url: t.stash.url, retry: NO_RETRY });
    const error = await client.findTags({}).catch((e) => e);
    expect(error).toBeInstanceOf(StashAuthError);
    expect(error).toMatchObject({ kind: 'auth', status: 401 });
    expect(error.message).toContain('pass apiKey');
  });

  it('a wrong key is a StashAuthError that says the key was rejected', async () => {
    const error = await t
      .client({ apiKey: 'wrong' })
      .findTags({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashAuthError);
    expect(error.message).toContain('API key was rejected');
    expect(error.message).not.toContain('wrong');
  });

  it('the right key, sent as the ApiKey header, is accepted', async () => {
    const result = await t.client().findTags({});
    expect(result.count).toBe(0);
    expect(t.stash.requests[0]?.headers.apikey).toBe('[redacted]');
  });
});
