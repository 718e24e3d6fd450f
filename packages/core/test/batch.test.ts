import {
  type BatchOperation,
  buildBatchDocument,
  StashDatabaseLockedError,
  StashExecutionError,
  StashHttpError,
  StashInputError,
} from '@stash-graphql/core';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useFakeStash } from './support.js';

const create = (name: string): BatchOperation<'tagCreate'> => ({
  mutation: 'tagCreate',
  variables: { input: { name } },
});

describe('executeBatch', () => {
  const t = useFakeStash();

  it('builds one aliased document per chunk, with every input in its own variable', () => {
    const { document, variables } = buildBatchDocument([
      create('a'),
      { mutation: 'sceneUpdate', variables: { input: { id: '1', title: 'T' } } },
    ]);
    const text = print(document);
    expect(text).toContain('mutation StashBatch($input0: TagCreateInput!, $input1: SceneUpdateInput!)');
    expect(text).toContain('op0: tagCreate(input: $input0)');
    expect(text).toContain('op1: sceneUpdate(input: $input1)');
    expect(text).toContain('fragment TagFull on Tag');
    expect(variables).toEqual({ input0: { name: 'a' }, input1: { id: '1', title: 'T' } });
  });

  it('sends chunkSize operations per request and returns every result in order', async () => {
    const client = t.client();
    const result = await client.executeBatch(['a', 'b', 'c', 'd', 'e'].map(create), { chunkSize: 2 });
    expect(result.allSucceeded).toBe(true);
    expect(result.results.map((r) => r.ok && r.result?.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.succeeded).toHaveLength(5);
    expect(result.failed).toHaveLength(0);
    const sent = t.stash.requests.filter((r) => r.operationName === 'StashBatch');
    expect(sent.map((r) => r.rootFields.length)).toEqual([2, 2, 1]);
    expect(sent[0]?.variables).toEqual({ input0: { name: 'a' }, input1: { name: 'b' } });
    expect((await client.findTags({})).count).toBe(5);
  });

  it('reports a partial failure on the failing operation only', async () => {
    const client = t.client();
    await client.tagCreate({ input: { name: 'taken' } });
    const result = await client.executeBatch([create('x'), create('Taken'), create('y')]);
    expect(result.allSucceeded).toBe(false);
    expect(result.succeeded.map((r) => r.index)).toEqual([0, 2]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.index).toBe(1);
    expect(result.failed[0]?.error).toBeInstanceOf(StashExecutionError);
    expect((result.failed[0]!.error as StashExecutionError).errors[0]?.path).toEqual(['op1']);
    expect((await client.findTags({})).count).toBe(3);
  });

  it('marks every operation of a failed chunk failed, and still runs the other chunks', async () => {
    const client = t.client({ retry: { maxAttempts: 1 } });
    await client.capabilities(); // the probe is request 1
    t.stash.faults.inject({ request: 3, status: 500 });
    const result = await client.executeBatch(['a', 'b', 'c', 'd', 'e', 'f'].map(create), { chunkSize: 2 });
    expect(result.failed.map((r) => r.index)).toEqual([2, 3]);
    for (const f of result.failed) {
      expect(f.error).toBeInstanceOf(StashHttpError);
      expect((f.error as StashHttpError).status).toBe(500);
    }
    expect(result.succeeded.map((r) => r.index)).toEqual([0, 1, 4, 5]);
    expect(t.stash.requests.count('StashBatch')).toBe(3);
    const names = (await client.findTags({ filter: { sort: 'name' } })).tags.map((x) => x.name);
    expect(names).toEqual(['a', 'b', 'e', 'f']);
  });

  it('resends only the operation that hit "database is locked", never the whole document', async () => {
    const client = t.client();
    t.stash.faults.inject({ operation: 'tagCreate', databaseLocked: true, times: 1 });
    const result = await client.executeBatch([create('p'), create('q'), create('r')]);
    expect(result.allSucceeded).toBe(true);
    const sent = t.stash.requests.filter((r) => r.operationName === 'StashBatch');
    expect(sent.map((r) => r.rootFields.length)).toEqual([3, 1]);
    expect(sent[1]?.variables).toEqual({ input0: { name: 'p' } });
    expect((await client.findTags({})).count).toBe(3);
  });

  it('keeps a locked operation failed when its retries run out', async () => {
    const client = t.client({ retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2, maxElapsedMs: 1000 } });
    t.stash.faults.inject({ operation: 'tagCreate', databaseLocked: true, times: 2 });
    const result = await client.executeBatch([
      create('s'),
      { mutation: 'studioCreate', variables: { input: { name: 'u' } } },
    ]);
    expect(result.failed.map((r) => r.index)).toEqual([0]);
    expect(result.failed[0]?.error).toBeInstanceOf(StashDatabaseLockedError);
    expect(result.succeeded.map((r) => r.index)).toEqual([1]);
    expect(t.stash.requests.filter((r) => r.operationName === 'StashBatch').map((r) => r.rootFields)).toEqual([
      ['tagCreate', 'studioCreate'],
      ['tagCreate'],
    ]);
    expect((await client.findTags({})).count).toBe(0);
  });

  it('rejects unknown mutations and missing variables before any request', async () => {
    const client = t.client();
    await expect(client.executeBatch([create('ok'), { mutation: 'tagNuke', variables: {} } as never])).rejects.toThrow(
      StashInputError,
    );
    await expect(client.executeBatch([{ mutation: 'findTags', variables: {} } as never])).rejects.toThrow(
      /unknown mutation/,
    );
    await expect(client.executeBatch([{ mutation: 'tagCreate', variables: {} } as never])).rejects.toThrow(/\$input/);
    await expect(client.executeBatch([create('x')], { chunkSize: 0 })).rejects.toThrow(/chunkSize/);
    expect(t.stash.requests).toHaveLength(0);
  });
});

describe('executeBatch returning', () => {
  const t = useFakeStash();

  it('selects only the fields asked for, per batch or per operation, and the server does less work', async () => {
    const client = t.client();
    const full = await client.executeBatch([create('full')]);
    const fullWork = t.stash.requests.at(-1)?.work;
    const slim = await client.executeBatch(
      [create('a'), { ...create('b'), returning: ['id', 'name', 'parents__name'] }],
      { returning: 'id' },
    );
    const sent = t.stash.requests.at(-1);
    expect(sent?.query).toContain('op0: tagCreate(input: $input0) {\n    id\n  }');
    expect(sent?.query).toContain(
      'op1: tagCreate(input: $input1) {\n    id\n    name\n    parents {\n      name\n    }',
    );
    expect(sent?.query).not.toContain('fragment');
    expect(slim.results.map((r) => r.result)).toEqual([
      { id: expect.any(String) },
      { id: expect.any(String), name: 'b', parents: [] },
    ]);
    expect(Object.keys(full.results[0]?.result ?? {})).toContain('scene_count');
    // Two slim creates still cost the server far less than one full one (counts are SQL queries in Stash).
    expect(sent?.work?.resolutions).toBeLessThan(fullWork?.resolutions ?? 0);
    expect(sent?.responseBytes).toBeLessThan(t.stash.requests.at(-2)?.responseBytes ?? 0);
  });

  it('rejects a field outside the answer before any request, naming the valid ones', async () => {
    const client = t.client();
    t.stash.requests.clear();
    const err = await client.executeBatch([create('x')], { returning: ['id', 'nmae'] }).catch((e) => e);
    expect(err).toBeInstanceOf(StashInputError);
    expect(err.message).toMatch(
      /^Batch operation 0: tagCreate cannot return "nmae": "nmae" is not in its answer\. Valid: id, name,/,
    );
    expect(err.valid).toContain('name');
    await expect(client.executeBatch([create('x')], { returning: [] })).rejects.toThrow(/returning must be/);
    expect(t.stash.requests).toHaveLength(0);
  });

  it('sends one document text per chunk size, whatever the inputs', async () => {
    const client = t.client();
    t.stash.requests.clear();
    await client.executeBatch(['a', 'b', 'c', 'd'].map(create), { chunkSize: 2, returning: 'id' });
    const [first, second] = t.stash.requests.filter((r) => r.operationName === 'StashBatch');
    expect(first?.query).toBe(second?.query);
    expect(first?.variables).not.toEqual(second?.variables);
  });
});
