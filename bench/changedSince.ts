/**
 * changedSince beside findIter over the same 100,000 scenes (seeded as fast as the fake goes, so thousands share each
 * second: every second is more than a page and is read again by id). Printed side by side in one run: requests,
 * per_page sent, time, and peak heap growth (sampled after gc at every page). Run with `node --expose-gc`.
 */
import { performance } from 'node:perf_hooks';
import { StashClient } from '@stash-graphql/core';
import { Scene } from '@stash-graphql/orm';
import { StashEntityStore } from '../packages/store/src/index.js';
import { heap, mb, quietHeap } from './heap.js';
import { fakeInWorker } from './store.js';

export async function runChangedSinceBench(): Promise<void> {
  const N = 100_000;
  const PAGE = 500;
  console.log(
    `\nchangedSince vs findIter over ${N.toLocaleString()} scenes, pageSize ${PAGE} (fake in a worker thread)`,
  );
  const fake = await fakeInWorker(N);
  const client = new StashClient({ url: fake.url, retry: { maxAttempts: 1 } });
  try {
    await client.capabilities();
    const iterators = {
      findIter: (store: StashEntityStore) => store.findIter(Scene, {}, { pageSize: PAGE }),
      changedSince: (store: StashEntityStore) => store.changedSince(Scene, null, {}, { pageSize: PAGE }),
    };
    // Warm-up of both (JIT, connection), then one measured run each.
    for (const make of Object.values(iterators)) {
      let n = 0;
      for await (const _ of make(new StashEntityStore(client))) if (++n === 10 * PAGE) break;
    }
    await fake.stats();
    for (const [name, make] of Object.entries(iterators)) {
      const store = new StashEntityStore(client);
      const base = await quietHeap();
      const samples: number[] = [];
      const seconds = new Set<string>();
      let seen = 0;
      const started = performance.now();
      for await (const s of make(store)) {
        seconds.add(String(s.updated_at));
        if (++seen % PAGE === 0) samples.push(heap() - base);
      }
      const ms = performance.now() - started;
      if (seen !== N) throw new Error(`${name} yielded ${seen}, expected ${N}`);
      const { requests, perPage } = await fake.stats();
      console.log(
        `  ${name.padEnd(12)} ${seen.toLocaleString()} scenes (${seconds.size} seconds) in ${requests} requests, ` +
          `per_page ${perPage.join('/')}, ${(ms / 1000).toFixed(1)} s, peak heap growth ${mb(Math.max(...samples))}`,
      );
    }
  } finally {
    await client.close();
    await fake.close();
  }
}
