import type { SubscriptionField } from '@stash-graphql/testing';
import type { Target } from '../target.js';
import { sleep } from './expect.js';

/** How each stream shows that a probe job (a dry-run clean of a folder that does not exist) has run to its end. */
const PROBE_END: Record<SubscriptionField, (item: unknown, probeIds: ReadonlySet<string>) => boolean> = {
  jobsSubscribe: (item, ids) => {
    const u = item as { type: string; job: { id: string } };
    return u.type === 'REMOVE' && ids.has(u.job.id);
  },
  // task_clean.go: the last line a clean logs
  loggingSubscribe: (item) => (item as { message: string }[]).some((e) => e.message.startsWith('Finished Cleaning')),
  // task_clean.go notifies scan-complete subscribers too
  scanCompleteSubscribe: (item) => item === true,
};

/**
 * Collects what a subscription yields until stopped, from the moment the server has registered it. Stash sends no
 * acknowledgement for a subscription, so "registered" is learned differently per server: the fake counts them
 * (`stash.subscriptions.waitForActive`); on a real Stash a probe job runs until the stream shows its end, and what the
 * probe produced is dropped (its job events are filtered out for good, since gqlgen may deliver them out of order).
 */
export async function collect<T>(t: Target, field: SubscriptionField, open: (signal: AbortSignal) => AsyncIterable<T>) {
  const items: T[] = [];
  const probeIds = new Set<string>();
  const controller = new AbortController();
  const registered = t.fake?.subscriptions.next(field);
  let failure: unknown;
  let settled = false;
  const done = (async () => {
    try {
      for await (const item of open(controller.signal)) {
        const probeEvent = field === 'jobsSubscribe' && probeIds.has((item as { job: { id: string } }).job.id);
        if (!probeEvent || !settled) items.push(item);
      }
    } catch (e) {
      failure = e;
    }
  })();

  const waitFor = async (pred: () => boolean, timeoutMs: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
      if (failure) throw failure;
      if (Date.now() > deadline) return false;
      await sleep(10);
    }
    return true;
  };

  if (registered) {
    await registered;
  } else {
    const probePath = `/nonexistent-${t.runPrefix}probe`;
    let live = false;
    for (let attempt = 0; attempt < 30 && !live; attempt++) {
      probeIds.add(await t.client.metadataClean({ input: { dryRun: true, paths: [probePath] } }));
      live = await waitFor(() => items.some((i) => PROBE_END[field](i, probeIds)), 1000);
    }
    if (!live) throw new Error(`${field}: no probe event reached the subscription`);
  }
  items.length = 0;
  settled = true;

  return {
    items,
    /** Resolves once `pred` holds for the collected items (or rejects after `timeoutMs`). */
    async until(pred: (items: readonly T[]) => boolean, timeoutMs = 15_000): Promise<readonly T[]> {
      if (!(await waitFor(() => pred(items), timeoutMs)))
        throw new Error(`${field}: condition not met; got ${JSON.stringify(items)}`);
      return items;
    },
    async stop(): Promise<void> {
      controller.abort();
      await done;
      if (failure) throw failure;
    },
  };
}
