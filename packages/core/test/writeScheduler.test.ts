import {
  StashAbortError,
  StashClient,
  type StashClientOptions,
  StashInputError,
  WriteScheduler,
} from '@stash-graphql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { holdingProxy, type TestServer } from './proxies.js';
import { useFakeStash, WAIT } from './support.js';

describe('write scheduler', () => {
  const t = useFakeStash();
  const servers: TestServer[] = [];
  const clients: StashClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const setup = async (options: Partial<StashClientOptions>) => {
    const proxy = await holdingProxy(t.stash.url);
    servers.push(proxy);
    const client = new StashClient({ url: proxy.url, adaptToServer: false, retry: { maxAttempts: 1 }, ...options });
    clients.push(client);
    return { proxy, client };
  };

  it('with writeConcurrency 1, at most one mutation is in flight at the server; the rest wait in order', async () => {
    const { proxy, client } = await setup({ writeConcurrency: 1 });
    const names = ['a', 'b', 'c', 'd', 'e'];
    const created = Promise.all(names.map((name) => client.tagCreate({ input: { name } })));
    await proxy.untilHeld(1);
    await expect.poll(() => client.writes.queued, WAIT).toBe(4);
    expect(client.writes.inFlight).toBe(1);
    for (let i = 0; i < names.length; i++) {
      await proxy.untilHeld(1);
      expect(proxy.held).toHaveLength(1);
      proxy.releaseOne();
    }
    const tags = await created;
    expect(tags.map((tag) => tag?.name)).toEqual(names);
    expect(proxy.stats).toMatchObject({ mutations: 5, maxInFlight: 1 });
    // What the server saw: the five creates, one after another, in the order the tasks asked.
    expect(t.stash.requests.filter((r) => r.operationName === 'TagCreate').map((r) => r.variables)).toEqual(
      names.map((name) => ({ input: { name } })),
    );
  });

  it('queries pass while mutations are queued', async () => {
    const { proxy, client } = await setup({ writeConcurrency: 1 });
    const writes = Promise.all(['x', 'y', 'z'].map((name) => client.tagCreate({ input: { name } })));
    await proxy.untilHeld(1);
    await expect.poll(() => client.writes.queued, WAIT).toBe(2);
    // Held mutations and a queue behind them, yet a query goes straight through and answers.
    const found = await client.findTags({});
    expect(found.count).toBe(0);
    expect(proxy.stats.queries).toBe(1);
    expect(t.stash.requests.map((r) => r.operationName)).toEqual(['FindTags']);
    while (proxy.stats.mutations < 3 || proxy.held.length) {
      await proxy.untilHeld(1);
      proxy.releaseOne();
    }
    expect((await writes).map((tag) => tag?.name)).toEqual(['x', 'y', 'z']);
    expect(proxy.stats.maxInFlight).toBe(1);
  });

  it('writeConcurrency 2 allows two at once, Infinity all of them', async () => {
    const two = await setup({ writeConcurrency: 2 });
    const a = Promise.all([1, 2, 3, 4].map((i) => two.client.tagCreate({ input: { name: `two-${i}` } })));
    await two.proxy.untilHeld(2);
    await expect.poll(() => two.client.writes.queued, WAIT).toBe(2);
    expect(two.proxy.held).toHaveLength(2);
    while (two.proxy.stats.mutations < 4 || two.proxy.held.length) {
      await two.proxy.untilHeld(1);
      two.proxy.releaseOne();
    }
    await a;
    expect(two.proxy.stats.maxInFlight).toBe(2);

    const all = await setup({ writeConcurrency: Infinity });
    const b = Promise.all([1, 2, 3, 4].map((i) => all.client.tagCreate({ input: { name: `all-${i}` } })));
    await all.proxy.untilHeld(4);
    expect(all.client.writes.queued).toBe(0);
    for (let i = 0; i < 4; i++) all.proxy.releaseOne();
    await b;
    expect(all.proxy.stats.maxInFlight).toBe(4);
    expect(t.stash.requests.count('TagCreate')).toBe(8);
  });

  it('batches wait in the same queue', async () => {
    const { proxy, client } = await setup({ writeConcurrency: 1 });
    const single = client.tagCreate({ input: { name: 'single' } });
    await proxy.untilHeld(1);
    const batch = client.executeBatch([
      { mutation: 'tagCreate', variables: { input: { name: 'b1' } } },
      { mutation: 'tagCreate', variables: { input: { name: 'b2' } } },
    ]);
    await expect.poll(() => client.writes.queued, WAIT).toBe(1);
    expect(proxy.held).toHaveLength(1);
    proxy.releaseOne();
    await proxy.untilHeld(1);
    expect(proxy.held[0]?.request.operationName).toBe('StashBatch');
    proxy.releaseOne();
    expect((await single)?.name).toBe('single');
    expect((await batch).succeeded.map((o) => o.result?.name)).toEqual(['b1', 'b2']);
    expect(t.stash.requests.map((r) => r.operationName)).toEqual(['TagCreate', 'StashBatch']);
    expect(proxy.stats.maxInFlight).toBe(1);
  });

  it('an abort while queued gives up the place and sends nothing', async () => {
    const { proxy, client } = await setup({ writeConcurrency: 1 });
    const first = client.tagCreate({ input: { name: 'first' } });
    await proxy.untilHeld(1);
    const controller = new AbortController();
    const second = client.tagCreate({ input: { name: 'second' } }, { signal: controller.signal });
    const third = client.tagCreate({ input: { name: 'third' } });
    await expect.poll(() => client.writes.queued, WAIT).toBe(2);
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(StashAbortError);
    expect(client.writes.queued).toBe(1);
    proxy.releaseOne();
    await proxy.untilHeld(1);
    proxy.releaseOne();
    expect([(await first)?.name, (await third)?.name]).toEqual(['first', 'third']);
    expect(t.stash.requests.filter((r) => r.operationName === 'TagCreate').map((r) => r.variables)).toEqual([
      { input: { name: 'first' } },
      { input: { name: 'third' } },
    ]);
  });

  it('shareWrites: clients of one URL share one queue, and must agree on its limit', async () => {
    const proxy = await holdingProxy(t.stash.url);
    servers.push(proxy);
    const make = (writeConcurrency = 1) => {
      const c = new StashClient({ url: proxy.url, adaptToServer: false, shareWrites: true, writeConcurrency });
      clients.push(c);
      return c;
    };
    const one = make();
    const two = make();
    expect(one.writes).toBe(two.writes);
    expect(() => make(3)).toThrow(StashInputError);
    expect(() => make(3)).toThrow(/writeConcurrency 3 differs from the 1 already shared/);
    const done = Promise.all([
      one.tagCreate({ input: { name: 'one' } }),
      two.tagCreate({ input: { name: 'two' } }),
      one.tagCreate({ input: { name: 'three' } }),
    ]);
    await proxy.untilHeld(1);
    await expect.poll(() => one.writes.queued, WAIT).toBe(2);
    while (proxy.stats.mutations < 3 || proxy.held.length) {
      await proxy.untilHeld(1);
      proxy.releaseOne();
    }
    expect((await done).map((tag) => tag?.name)).toEqual(['one', 'two', 'three']);
    expect(proxy.stats.maxInFlight).toBe(1);
    // A client without shareWrites keeps its own queue.
    const own = new StashClient({ url: proxy.url, writeConcurrency: 1 });
    expect(own.writes).not.toBe(one.writes);
    expect(t.stash.requests.count('TagCreate')).toBe(3);
  });

  it('writeConcurrency is validated before any request, naming what is valid', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '2' as unknown as number]) {
      expect(() => new StashClient({ url: t.stash.url, writeConcurrency: bad })).toThrow(StashInputError);
    }
    expect(() => new StashClient({ url: t.stash.url, writeConcurrency: 0 })).toThrow(
      'writeConcurrency must be an integer ≥ 1, or Infinity; got 0',
    );
    expect(() => new WriteScheduler(-3)).toThrow(/got -3/);
    expect(t.stash.requests).toHaveLength(0);
  });
});
