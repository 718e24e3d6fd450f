/**
 * Store benchmarks: every figure is a ratio or a count measured in this one run (machine speed cancels out);
 * nothing here is a timed test. Run with `node --expose-gc --import tsx` so that heap figures are exact.
 *
 * 1. saveAll of 10,000 dirty scenes against the fake over HTTP: request count (target ≤ 40) and speed vs the same
 *    update saved one by one with `entity.save(client)`, measured on a sample and scaled per entity (target ≥ 20×).
 * 2. findIter over 100,000 scenes: peak heap growth (sampled after gc at every page) vs the heap of one page
 *    (target: about two pages plus what the caller keeps; the loop below keeps nothing).
 * 3. populate of one relation on N = 100 and N = 1,000 scenes: request count (target: the same for both).
 * 4. Identity map: lookup + merge of 100,000 already-known entities, cost per entity.
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { StashClient } from '@stash-graphql/core';
import { hydrateMany, Scene } from '@stash-graphql/orm';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { StashEntityStore } from '../packages/store/src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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

async function saveAllBench() {
  const N = 10_000;
  const SAMPLE = 300;
  const WARMUP = 30;
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

    // Every scene dirty, then one saveAll.
    for (const s of all) s.title = `batch ${s.id}`;
    await fake.stats();
    let t = performance.now();
    const result = await store.saveAll();
    const saveAllMs = performance.now() - t;
    const { requests } = await fake.stats();
    if (!result.allSucceeded || result.saved.length !== N) {
      throw new Error(`saveAll: ${result.saved.length} saved, ${result.failed.length} failed`);
    }

    // The same update one by one, each scene through its own request, on a sample (after a short warm-up so both
    // paths run warm), scaled per entity.
    const sample = all.slice(0, WARMUP + SAMPLE);
    for (const s of sample) s.title = `one ${s.id}`;
    for (const s of sample.slice(0, WARMUP)) await s.save(client);
    t = performance.now();
    for (const s of sample.slice(WARMUP)) await s.save(client);
    const oneByOnePerEntity = (performance.now() - t) / SAMPLE;
    const oneByOneMs = oneByOnePerEntity * N;
    console.log(`  HTTP requests for saveAll(${N}): ${requests} (target ≤ 40)`);
    console.log(`  saveAll: ${saveAllMs.toFixed(0)} ms (${((saveAllMs * 1000) / N).toFixed(0)} µs per scene)`);
    console.log(
      `  one by one: ${oneByOnePerEntity.toFixed(2)} ms per scene, measured on ${SAMPLE} scenes and scaled to ${N}: ` +
        `${oneByOneMs.toFixed(0)} ms`,
    );
    console.log(`  speed-up: ${(oneByOneMs / saveAllMs).toFixed(1)}× (target ≥ 20×)`);
  } finally {
    await client.close();
    await fake.close();
  }
}

/**
 * The findIter fake runs in a worker thread: its own heap (seed, request log, response buffers) is then not part of
 * the main thread's `heapUsed`, which measures only the store and the caller.
 */
async function fakeInWorker(scenes: number): Promise<{
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
    // Warm-up and page size: one page of the same selection, kept, then dropped.
    const probe = new StashEntityStore(client);
    await probe.find(Scene, {}, { limit: PAGE });
    probe.clear();
    // Measured as what dropping the page frees (robust against garbage left by the previous section).
    let page: Scene[] | null = await probe.find(Scene, {}, { limit: PAGE });
    if (page.length !== PAGE) throw new Error('probe page is short');
    const held = heap();
    page = null;
    probe.clear();
    const pageBytes = held - heap();
    await fake.stats();

    const store = new StashEntityStore(client);
    const base = heap();
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
    const tenth = samples[Math.floor(samples.length / 10)] ?? 0;
    console.log(`  ${seen.toLocaleString()} scenes in ${requests} requests, ${(ms / 1000).toFixed(1)} s`);
    console.log(`  per_page sent: ${perPage.join(', ')} (never -1)`);
    console.log(`  one page of ${PAGE} scenes (hydrated, kept): ${mb(pageBytes)}`);
    console.log(
      `  peak heap growth while iterating (sampled after gc every page, ${samples.length} samples): ${mb(peak)} = ` +
        `${(peak / pageBytes).toFixed(2)} pages (target ≲ 2 pages + what the caller keeps; this loop keeps nothing)`,
    );
    console.log(
      `  growth at 10% / 100% of the iteration: ${mb(tenth)} / ${mb(samples.at(-1) ?? 0)} (flat = bounded, not ∝ N)`,
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
    for (const path of ['studio__name', 'tags__name']) {
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

function identityMapBench() {
  const N = 100_000;
  console.log(`\n4. identity map: lookup + merge of ${N.toLocaleString()} known scenes`);
  const payload = (round: number) =>
    Array.from({ length: N }, (_, i) => ({
      id: String(i + 1),
      title: `scene ${i} r${round}`,
      rating100: (i + round) % 100,
      organized: false,
      studio: { id: String(1 + (i % 50)) },
      tags: [{ id: String(1 + (i % 200)) }],
    }));
  const store = new StashEntityStore(new StashClient({ url: 'http://127.0.0.1:9/graphql' }));
  const map = store.identityMap;
  const first = payload(0);
  let t = performance.now();
  const created = hydrateMany(Scene, first, { identityMap: map });
  const createMs = performance.now() - t;
  const again = payload(1);
  t = performance.now();
  const merged = hydrateMany(Scene, again, { identityMap: map });
  const mergeMs = performance.now() - t;
  if (merged[N - 1] !== created[N - 1] || merged[0]?.title !== 'scene 0 r1') throw new Error('identity lost');
  t = performance.now();
  let hits = 0;
  for (let i = 1; i <= N; i++) if (map.get('Scene', String(i))) hits++;
  const lookupMs = performance.now() - t;
  if (hits !== N) throw new Error('lookup missed');
  console.log(`  first hydration (new objects): ${((createMs * 1000) / N).toFixed(2)} µs per entity`);
  console.log(`  lookup + merge into the existing objects: ${((mergeMs * 1000) / N).toFixed(2)} µs per entity`);
  console.log(`  lookup alone (map.get): ${((lookupMs * 1000) / N).toFixed(3)} µs per entity`);
}

export async function runStoreBench(): Promise<void> {
  const started = performance.now();
  if (!gc) console.log('(run with node --expose-gc for exact heap figures)');
  await saveAllBench();
  await findIterBench();
  await populateBench();
  identityMapBench();
  console.log(`\nstore bench done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
