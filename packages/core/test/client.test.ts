import { StashClient, StashInputError, stripTypename } from '@stash-graphql/core';
import { FindTagsDocument, OPERATIONS } from '@stash-graphql/core/generated';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { sent, useFakeStash } from './support.js';

describe('StashClient', () => {
  const t = useFakeStash();

  it('has one generated method per root field, resolving to that field', async () => {
    const client = t.client();
    expect(Object.keys(OPERATIONS)).toHaveLength(74 + 129 + 3);
    for (const name of Object.keys(OPERATIONS))
      expect(typeof (client as unknown as Record<string, unknown>)[name]).toBe('function');
    const tag = await client.tagCreate({ input: { name: 'Blonde', aliases: ['blond'] } });
    expectTypeOf(tag).toMatchTypeOf<{ id: string; name: string } | null>();
    expect(tag).toMatchObject({ name: 'Blonde', aliases: ['blond'] });
    const found = await client.findTag({ id: tag!.id });
    expect(found?.id).toBe(tag!.id);
    expect(sent(t.stash).map((r) => r.operationName)).toEqual(['TagCreate', 'FindTag']);
    expect(sent(t.stash)[0]?.variables).toEqual({ input: { name: 'Blonde', aliases: ['blond'] } });
  });

  it('request() runs any typed document and returns the whole data', async () => {
    const data = await t.client().request(FindTagsDocument, { filter: { per_page: 1 } });
    expect(data).toEqual({ findTags: { count: 0, tags: [] } });
    expect(sent(t.stash)[0]?.method).toBe('POST');
  });

  it('strips __typename from every input', async () => {
    const client = t.client();
    const input = {
      __typename: 'Tag',
      name: 'T',
      stash_ids: [{ __typename: 'StashID', endpoint: 'e', stash_id: 's' }],
    };
    await client.tagCreate({ input: input as never });
    expect(sent(t.stash)[0]?.variables).toEqual({
      input: { name: 'T', stash_ids: [{ endpoint: 'e', stash_id: 's' }] },
    });
    expect(stripTypename(input)).not.toHaveProperty('__typename');
    expect(input.__typename).toBe('Tag');
  });

  it('rejects missing and unknown variables before sending', async () => {
    const client = t.client();
    await expect(client.tagCreate(undefined as never)).rejects.toThrow(StashInputError);
    await expect(client.findTag({ id: '1', idd: 2 } as never)).rejects.toThrow(/unknown variable \$idd/);
    expect(t.stash.requests).toHaveLength(0);
  });

  it('does not share in-flight requests between callers', async () => {
    const client = t.client();
    const controller = new AbortController();
    t.stash.faults.inject({ operation: 'FindTags', latencyMs: 100, times: 2 });
    const a = client.findTags({}, { signal: controller.signal });
    const b = client.findTags({});
    controller.abort();
    await expect(a).rejects.toThrow(/aborted/);
    await expect(b).resolves.toMatchObject({ count: 0 });
  });

  it('validates its URL', () => {
    expect(() => new StashClient({ url: 'ftp://x' })).toThrow(StashInputError);
    expect(() => new StashClient({ url: 'not a url' })).toThrow(StashInputError);
    expect(new StashClient({ url: 'http://127.0.0.1:9999' }).url).toBe('http://127.0.0.1:9999/graphql');
  });
});
