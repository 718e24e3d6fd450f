import type { Target } from '../target.js';
import { sleep } from './expect.js';

/**
 * Collects what an async iterator yields until stopped. graphql-ws gives no signal when the server has registered a
 * subscription, so `ready()` waits for it: on the fake by watching its request log for the subscribe message, on a
 * real Stash by a short pause.
 */
export async function collect<T>(t: Target, field: string, open: (signal: AbortSignal) => AsyncIterable<T>) {
  const items: T[] = [];
  const controller = new AbortController();
  const before = t.fake?.requests.filter((r) => r.transport === 'ws' && r.rootFields.includes(field)).length ?? 0;
  let failure: unknown;
  const done = (async () => {
    try {
      for await (const item of open(controller.signal)) items.push(item);
    } catch (e) {
      failure = e;
    }
  })();
  if (t.fake) {
    const fake = t.fake;
    const deadline = Date.now() + 5_000;
    while (fake.requests.filter((r) => r.transport === 'ws' && r.rootFields.includes(field)).length <= before) {
      if (Date.now() > deadline) throw new Error(`${field} subscription never reached the fake`);
      await sleep(10);
    }
    await sleep(20);
  } else {
    // A real server gives no sign that a subscription is active; leave it time even on a loaded machine.
    await sleep(2000);
  }
  return {
    items,
    /** Resolves once `pred` holds for the collected items (or rejects after `timeoutMs`). */
    async until(pred: (items: readonly T[]) => boolean, timeoutMs = 15_000): Promise<readonly T[]> {
      const deadline = Date.now() + timeoutMs;
      while (!pred(items)) {
        if (failure) throw failure;
        if (Date.now() > deadline) throw new Error(`${field}: condition not met; got ${JSON.stringify(items)}`);
        await sleep(10);
      }
      return items;
    },
    async stop(): Promise<void> {
      controller.abort();
      await done;
      if (failure) throw failure;
    },
  };
}
