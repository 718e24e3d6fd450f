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
import { type Entity, hydrateMany, IdentityMap, Scene } from '@stash-graphql/orm';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { StashEntityStore } from '../packages/store/src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
export const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
/**
 * The heap after gc, repeated until it stops shrinking: V8 also drops the bytecode of functions not run for a few
 * collections, so right after other work one gc can free a megabyte that has nothing to do with what is measured.
 */
const settledHeap = () => {
  let h = heap();
  for (let i = 0; i < 10; i++) {
    const next = heap();
    if (Math.abs(next - h) < 16 * 1024) return next;
    h = next;
  }
  return h;
};
/**
 * settledHeap once the current job has ended: objects a WeakRef was created for or dereferenced in this job are
 * kept alive until it ends (so a page hydrated just before would still count).
 */
export const quietHeap = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settledHeap();
};
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

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
  weakVsStrong(payload);
  if (gc) return collectCheck(map, N);
}

/** The identity map before it held clean entities weakly: every entity strongly, in a plain Map. */
class StrongMap extends IdentityMap {
  readonly #byType = new Map<string, Map<string, Entity>>();
  override get(typename: string, id: string): Entity | undefined {
    return this.#byType.get(typename)?.get(id);
  }
  override add(entity: Entity): void {
    if (entity.isNew()) return;
    const byId = this.#byType.get(entity.typename) ?? new Map<string, Entity>();
    this.#byType.set(entity.typename, byId);
    byId.set(entity.id, entity);
  }
}

/** Hydration into the map (clean entities weak) vs into an all-strong map, alternating rounds; medians. */
function weakVsStrong(payload: (round: number) => Record<string, unknown>[]) {
  const ROUNDS = 7;
  const times = {
    weak: [] as number[],
    strong: [] as number[],
    weakMerge: [] as number[],
    strongMerge: [] as number[],
  };
  for (let r = 0; r < ROUNDS; r++) {
    for (const kind of r % 2 ? (['strong', 'weak'] as const) : (['weak', 'strong'] as const)) {
      const first = payload(0);
      const again = payload(1);
      gc?.();
      const map = kind === 'weak' ? new IdentityMap() : new StrongMap();
      let t = performance.now();
      const kept = hydrateMany(Scene, first, { identityMap: map });
      times[kind].push(performance.now() - t);
      t = performance.now();
      hydrateMany(Scene, again, { identityMap: map });
      times[`${kind}Merge`].push(performance.now() - t);
      if (kept.length !== first.length) throw new Error('hydration lost scenes');
    }
  }
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(
    `  side by side, clean entities weak vs all strong (the map before): first hydration ` +
      `${ratio(times.weak, times.strong)}×, lookup + merge ${ratio(times.weakMerge, times.strongMerge)}× ` +
      `(medians of ${ROUNDS} alternating rounds)`,
  );
}

/** Clean entities the caller dropped are collected; dirty ones stay (needs --expose-gc). */
async function collectCheck(map: StashEntityStore['identityMap'], n: number) {
  const DIRTY = 100;
  for (let i = 1; i <= DIRTY; i++) (map.get('Scene', String(i)) as Scene).title = 'dirty';
  // The bench's own arrays above are out of scope now: what stays alive is what the map alone keeps.
  await quietHeap();
  let live = 0;
  for (let i = 1; i <= n; i++) if (map.get('Scene', String(i))) live++;
  const dirtyKept = Array.from({ length: DIRTY }, (_, i) => map.get('Scene', String(i + 1))).filter((e) =>
    e?.isDirty(),
  );
  if (dirtyKept.length !== DIRTY) throw new Error(`dirty entities lost: ${DIRTY - dirtyKept.length}`);
  if (live > DIRTY + 1000) throw new Error(`clean entities not collected: ${live} alive`);
  console.log(
    `  after the caller drops them and gc: ${live.toLocaleString()} of ${n.toLocaleString()} scenes alive ` +
      `(the ${DIRTY} dirty ones: ${dirtyKept.length} kept, still dirty)`,
  );
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
