/**
 * Store benchmarks: every figure is a ratio or a count measured in this one run (machine speed cancels out);
 * nothing here is a timed test. Run with `node --expose-gc --import tsx` so that heap figures are exact.
 *
 * 1. saveAll of 10,000 dirty scenes against the fake over HTTP: request count (target ≤ 40) and speed vs the same
 *    update saved one by one with `entity.save(client)`, measured on a sample and scaled per entity (target ≥ 20×).
 * 2. findIter over 100,000 scenes: peak heap growth (sampled after gc at every page) vs the heap of one page
 *    (target: about two pages plus what the caller keeps; the loop below keeps nothing).
 * 3. populate of one relation on N = 100 and N = 1,000 scenes: request count (target: the same for both).
 * 4. Identity map: lookup + merge of 100,000 already-known entities, cost per entity; then what a gc leaves of
 *    them once the caller drops them (clean ones go, dirty ones stay).
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { StashClient } from '@stash-graphql/core';
import { Scene } from '@stash-graphql/orm';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { StashEntityStore } from '../packages/store/src/index.js';
import { gc, heap, mb, quietHeap } from './heap.js';
import { identityMapBench } from './identityMapBench.js';

async function withFake<T>(
  seed: Parameters<typeof createFakeStash>[0],
  fn: (stash: FakeStash, client: StashClient) => Promise<T>,
) {
  const started = performance.now();
  const stash = await createFakeStash(seed);
  const client = new StashClient({ url: stash.url, retry: { maxAttempts: 1 } });
  await client.capabilities();
  console.log(`  (fake seeded in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  try {
    return await fn(stash, client);
  } finally {
    await client.close();
    await stash.close();
  }
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function saveAllBench() {
  const N = 10_000;
  const SAMPLE = 100;
  const ROUNDS = 3;
  console.log(
    `\n1. saveAll of ${N.toLocaleString()} dirty scenes vs entity.save() one by one (fake in a worker thread)`,
  );
  const started = performance.now();
  const fake = await fakeInWorker(N);
  console.log(`  (fake seeded in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const client = new StashClient({ url: fake.url, retry: { maxAttempts: 1 } });
  try {
    const store = new StashEntityStore(client);
    const all = await store.find(Scene, {});
    if (all.length !== N) throw new Error(`expected ${N} scenes, got ${all.length}`);
    let round = 0;
    const saveAll = async (scenes: readonly Scene[]) => {
      round++;
      for (const s of scenes) s.title = `batch ${round} ${s.id}`;
      gc?.();
      const t = performance.now();
      const result = await store.saveAll();
      const ms = performance.now() - t;
      if (!result.allSucceeded || result.saved.length !== scenes.length) {
        throw new Error(`saveAll: ${result.saved.length} saved, ${result.failed.length} failed`);
      }
      return ms;
    };
    // One by one, each scene through its own request; per entity (a different slice of scenes every time).
    let next = 0;
    const oneByOne = async (count: number) => {
      const sample = all.slice(next, next + count);
      next += count;
      for (const s of sample) s.title = `one ${s.id}`;
      gc?.();
      const t = performance.now();
      for (const s of sample) await s.save(client);
      return (performance.now() - t) / count;
    };
    // Warm-up of both paths (JIT), then rounds alternating between them; medians.
    await saveAll(all.slice(0, 1000));
    await oneByOne(30);
    await fake.stats();
    const batched: number[] = [];
    const single: number[] = [];
    let requests = 0;
    for (let r = 0; r < ROUNDS; r++) {
      batched.push(await saveAll(all));
      if (r === 0) requests = (await fake.stats()).requests;
      single.push(await oneByOne(SAMPLE));
    }
    const saveAllMs = median(batched);
    const perEntity = median(single);
    const oneByOneMs = perEntity * N;
    console.log(`  HTTP requests for saveAll(${N}): ${requests} (target ≤ 40)`);
    console.log(
      `  saveAll: ${saveAllMs.toFixed(0)} ms (${((saveAllMs * 1000) / N).toFixed(0)} µs per scene; median of ` +
        `${ROUNDS}: ${batched.map((x) => x.toFixed(0)).join(', ')} ms)`,
    );
    console.log(
      `  one by one: ${perEntity.toFixed(2)} ms per scene (median of ${ROUNDS} runs of ${SAMPLE}: ` +
        `${single.map((x) => x.toFixed(2)).join(', ')}), scaled to ${N}: ${oneByOneMs.toFixed(0)} ms`,
    );
    const ratios = batched.map((b, i) => ((single[i] as number) * N) / b);
    console.log(
      `  speed-up: ${(oneByOneMs / saveAllMs).toFixed(1)}× (target ≥ 20×; per round ${ratios.map((x) => x.toFixed(1)).join(', ')})`,
    );
  } finally {
    await client.close();
    await fake.close();
  }
}

/**
 * The findIter fake runs in a worker thread: its own heap (seed, request log, response buffers) is then not part of
 * the main thread's `heapUsed`, which measures only the store and the caller.
 */
export async function fakeInWorker(scenes: number): Promise<{
  url: string;
  stats(): Promise<{ requests: number; perPage: (number | undefined)[] }>;
  close(): Promise<void>;
}> {
  // The worker loads this TypeScript file through tsx's loader, registered first (Node 20 workers start without it).
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { storeBenchFake: scenes } });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { url } = (await next()) as { url: string };
  return {
    url,
    async stats() {
      worker.postMessage('stats');
      return (await next()) as { requests: number; perPage: (number | undefined)[] };
    },
    async close() {
      worker.postMessage('close');
      await next();
      await worker.terminate();
    },
  };
}

if (!isMainThread && (workerData as { storeBenchFake?: number } | null)?.storeBenchFake) {
  const n = (workerData as { storeBenchFake: number }).storeBenchFake;
  const scenes = Array.from({ length: n }, (_, i) => ({ title: `scene ${i}`, rating100: i % 100 }));
  const stash = await createFakeStash({ seed: { scenes } });
  parentPort?.on('message', async (m) => {
    if (m === 'stats') {
      const perPage = stash.requests.map((r) => (r.variables?.filter as { per_page?: number } | undefined)?.per_page);
      parentPort?.postMessage({ requests: stash.requests.length, perPage: [...new Set(perPage)] });
      stash.requests.clear();
    } else if (m === 'close') {
      await stash.close();
      parentPort?.postMessage({ closed: true });
    }
  });
  parentPort?.postMessage({ url: stash.url });
}

async function findIterBench() {
  const N = 100_000;
  const PAGE = 500;
  console.log(`\n2. findIter over ${N.toLocaleString()} scenes, pageSize ${PAGE} (fake in a worker thread)`);
  let started = performance.now();
  const fake = await fakeInWorker(N);
  console.log(`  (fake seeded in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const client = new StashClient({ url: fake.url, retry: { maxAttempts: 1 } });
  try {
    await client.capabilities();
    // Warm-up (JIT, connection, caches): part of an iteration, then dropped.
    let warm = 0;
    for await (const _ of new StashEntityStore(client).findIter(Scene, {}, { pageSize: PAGE })) {
      if (++warm === 20 * PAGE) break;
    }
    // One page's retained size: the heap while holding a page of hydrated scenes (kept by a store, as find does)
    // minus the heap before it, after gc both times; median of 3.
    const pageSizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = await quietHeap();
      let held: Scene[] | null = await new StashEntityStore(client).find(Scene, {}, { limit: PAGE });
      const after = await quietHeap();
      // Read after the measurement (so it is live while the heap is read), then cleared: an async function keeps
      // its locals in a context object, where the previous round's page would otherwise still count as `before`.
      if (held.length !== PAGE || !held.every((s) => s.title !== undefined)) throw new Error('probe page is short');
      held = null;
      pageSizes.push(after - before);
    }
    const pageBytes = median(pageSizes);
    await fake.stats();

    const store = new StashEntityStore(client);
    const base = await quietHeap();
    const samples: number[] = [];
    let seen = 0;
    let last = 0;
    started = performance.now();
    for await (const s of store.findIter(Scene, {}, { pageSize: PAGE })) {
      if (Number(s.id) <= last) throw new Error('findIter went backwards');
      last = Number(s.id);
      if (++seen % PAGE === 0) samples.push(heap() - base);
    }
    const ms = performance.now() - started;
    if (seen !== N) throw new Error(`findIter yielded ${seen}, expected ${N}`);
    const { requests, perPage } = await fake.stats();
    const peak = Math.max(...samples);
    const at = (f: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * f))] ?? 0;
    const pages = (bytes: number) => `${(bytes / pageBytes).toFixed(2)} pages`;
    console.log(`  ${seen.toLocaleString()} scenes in ${requests} requests, ${(ms / 1000).toFixed(1)} s`);
    console.log(`  per_page sent: ${perPage.join(', ')} (never -1)`);
    console.log(
      `  one page of ${PAGE} scenes (hydrated, held): ${mb(pageBytes)} ` +
        `(median of ${pageSizes.map((x) => mb(x)).join(', ')})`,
    );
    console.log(
      `  peak heap growth while iterating (sampled after gc every page, ${samples.length} samples): ${mb(peak)} = ` +
        `${pages(peak)} (target ≲ 2 pages + what the caller keeps; this loop keeps nothing)`,
    );
    console.log(
      `  growth at 10% / 50% / 100% of the iteration: ${mb(at(0.1))} / ${mb(at(0.5))} / ${mb(samples.at(-1) ?? 0)} ` +
        `= ${pages(at(0.1))} / ${pages(at(0.5))} / ${pages(samples.at(-1) ?? 0)} (flat = bounded, not ∝ N)`,
    );
  } finally {
    await client.close();
    await fake.close();
  }
}

async function populateBench() {
  console.log('\n3. populate one relation on N scenes: requests must not depend on N');
  const seed = {
    studios: Array.from({ length: 50 }, (_, i) => ({ name: `studio ${i}` })),
    tags: Array.from({ length: 200 }, (_, i) => ({ name: `tag ${i}` })),
    scenes: Array.from({ length: 1000 }, (_, i) => ({
      title: `scene ${i}`,
      studio_id: String(1 + (i % 50)),
      tag_ids: [String(1 + (i % 200)), String(1 + ((i * 7) % 200))].filter((x, j, a) => a.indexOf(x) === j),
    })),
  };
  await withFake({ seed }, async (stash, client) => {
    for (const path of ['studio__name', 'tags__name'] as const) {
      const counts: string[] = [];
      for (const n of [100, 1000]) {
        const store = new StashEntityStore(client);
        const scenes = await store.find(Scene, {}, { limit: n });
        stash.requests.clear();
        await store.populate(scenes, [path]);
        const ok = scenes.every((s) =>
          path === 'studio__name'
            ? typeof s.studio?.name === 'string'
            : [...s.tags].every((t) => typeof t.name === 'string'),
        );
        if (!ok) throw new Error(`populate ${path} left values missing`);
        counts.push(`N=${n}: ${stash.requests.length} request(s)`);
      }
      console.log(`  ${path}: ${counts.join(', ')}`);
    }
  });
}

const SECTIONS = {
  saveAll: saveAllBench,
  findIter: findIterBench,
  populate: populateBench,
  identityMap: identityMapBench,
} as const;

/** Runs every section, or only the named ones (`runStoreBench(['findIter'])`). */
export async function runStoreBench(only?: readonly (keyof typeof SECTIONS)[]): Promise<void> {
  const started = performance.now();
  if (!gc) console.log('(run with node --expose-gc for exact heap figures)');
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (!only || only.includes(name as keyof typeof SECTIONS)) await run();
  }
  console.log(`\nstore bench done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
