/**
 * pnpm bench — every figure is a ratio of two measurements taken side by side in this one run, so machine speed
 * cancels out. Targets are printed next to each ratio; nothing here is a timed test.
 *
 * 1. Fake Stash scaling: the same finds at 10,000 and at 100,000 entities, executed in process (graphql-js against
 *    the backend, no HTTP) so the ratio is the fake's own cost. Target ≤ 1.5.
 * 2. SDK batching: N tagCreate mutations sent one by one vs through executeBatch (one aliased document per 250),
 *    over real HTTP to the fake. This measures the SDK's request path; the fake's per-mutation work is identical.
 * 3. orm, store: see their files.
 * 4. scheduler: parallel writers with and without the write queue (bench/scheduler.ts); against real Stash when
 *    STASH_URL is set.
 * 5. pipeline: what core's urql-based request path costs per call against a bare fetch (bench/pipeline.ts).
 * 6. types: typecheck cost of typed lookups (bench/types.ts).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { StashClient } from '@stash-graphql/core';
import {
  FindSceneDocument,
  FindScenesDocument,
  FindTagDocument,
  FindTagsDocument,
} from '@stash-graphql/core/generated';
import { createBackend, createFakeStash, loadSchema } from '@stash-graphql/testing';
import { type DocumentNode, execute, parse } from 'graphql';
import { runChangedSinceBench } from './changedSince.js';
import { runOrmBench } from './orm.js';
import { runPipelineBench } from './pipeline.js';
import { runPlanBench } from './plan.js';
import { runRealBench, runRealExtras } from './real.js';
import { runSchedulerBench } from './scheduler.js';
import { runServerWorkBench } from './serverWork.js';
import { runStoreBench } from './store.js';
import { runTypesBench } from './types.js';

// Paging alone: FindScenes also selects duration/filesize, aggregates over every match (as in SQL), which is not paging.
const PAGE = parse('query Page($filter: FindFilterType) { findScenes(filter: $filter) { count scenes { id title } } }');

const schema = loadSchema('v0.30.1');

function seeded(n: number) {
  const started = performance.now();
  const backend = createBackend({
    version: 'v0.30.1',
    schema,
    seed: {
      tags: Array.from({ length: n }, (_, i) => ({ name: `tag ${i}` })),
      scenes: Array.from({ length: n }, (_, i) => ({
        title: `scene ${i}`,
        rating100: i % 100,
        files: [{ path: `/media/${i}.mp4`, size: 1000 + i }],
      })),
    },
  });
  return { backend, seedMs: performance.now() - started };
}

/** Median microseconds per call over `reps` calls, after a warm-up. */
async function median(reps: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(20, reps); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return (times[Math.floor(times.length / 2)] ?? 0) * 1000;
}

/** The finds measured, against one backend holding `n` tags and `n` scenes. */
function findCases(backend: ReturnType<typeof createBackend>, n: number): [string, (i: number) => unknown][] {
  const run = (document: DocumentNode, variableValues: Record<string, unknown>) => {
    const r = execute({ schema, document, rootValue: backend.rootValue, variableValues }) as { errors?: unknown[] };
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r;
  };
  const id = (i: number) => String(1 + ((i * 7919) % n));
  return [
    ['findTag by id', (i) => run(FindTagDocument, { id: id(i) })],
    ['findScene by id', (i) => run(FindSceneDocument, { id: id(i) })],
    [
      'findTags name EQUALS',
      (i) => run(FindTagsDocument, { tag_filter: { name: { value: `tag ${id(i)}`, modifier: 'EQUALS' } } }),
    ],
    ['findTags ids', (i) => run(FindTagsDocument, { ids: [id(i), id(i + 1)] })],
    ['findScenes page 3 of 25', () => run(PAGE, { filter: { page: 3, per_page: 25 } })],
    [
      'findScenes path EQUALS',
      (i) =>
        run(FindScenesDocument, {
          scene_filter: { path: { value: `/media/${Number(id(i)) - 1}.mp4`, modifier: 'EQUALS' } },
        }),
    ],
  ];
}

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function fakeScaling() {
  // Both sizes live side by side and are measured in alternating rounds (gc before each), so heap size and JIT
  // state affect both alike; each figure is the median of the rounds' medians.
  const small = seeded(10_000);
  console.log(`seeded 10000 tags + 10000 scenes in ${small.seedMs.toFixed(0)} ms`);
  const large = seeded(100_000);
  console.log(`seeded 100000 tags + 100000 scenes in ${large.seedMs.toFixed(0)} ms`);
  const smallCases = findCases(small.backend, 10_000);
  const largeCases = findCases(large.backend, 100_000);
  const gc = (globalThis as { gc?: () => void }).gc;
  console.log(
    '\nFake Stash: cost of a find at 100k vs 10k entities (target ≤ 1.5; median of 7 alternating rounds of 1,000 calls)',
  );
  console.log(`${'operation'.padEnd(26)} ${'10k µs'.padStart(9)} ${'100k µs'.padStart(9)} ${'ratio'.padStart(6)}`);
  for (let c = 0; c < smallCases.length; c++) {
    const [label, smallFn] = smallCases[c]!;
    const largeFn = largeCases[c]![1];
    const a: number[] = [];
    const b: number[] = [];
    for (let round = 0; round < 7; round++) {
      gc?.();
      a.push(await median(1000, smallFn));
      gc?.();
      b.push(await median(1000, largeFn));
    }
    const [s10k, s100k] = [middle(a), middle(b)];
    const ratio = s100k / s10k;
    console.log(
      `${label.padEnd(26)} ${s10k.toFixed(1).padStart(9)} ${s100k.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(6)} ${ratio <= 1.5 ? 'ok' : 'OVER TARGET'}`,
    );
  }
  small.backend.close();
  large.backend.close();
}

async function sdkBatching() {
  const n = 500;
  const stash = await createFakeStash();
  const client = new StashClient({ url: stash.url });
  try {
    let t = performance.now();
    for (let i = 0; i < n; i++) await client.tagCreate({ input: { name: `one-${i}` } });
    const sequential = performance.now() - t;
    t = performance.now();
    const batch = await client.executeBatch(
      Array.from({ length: n }, (_, i) => ({
        mutation: 'tagCreate' as const,
        variables: { input: { name: `batch-${i}` } },
      })),
    );
    const batched = performance.now() - t;
    if (!batch.allSucceeded) throw new Error('batch failed');
    console.log(`\nSDK: ${n} tagCreate mutations (requests: ${n} vs ${stash.requests.count('StashBatch')})`);
    console.log(`one by one      ${sequential.toFixed(0).padStart(7)} ms`);
    console.log(`executeBatch    ${batched.toFixed(0).padStart(7)} ms`);
    console.log(`ratio           ${(sequential / batched).toFixed(2).padStart(7)}x faster batched`);
  } finally {
    await client.close();
    await stash.close();
  }
}

// `pnpm bench fake|sdk|orm|store|scheduler|pipeline|changed-since|plan|work|types` runs one section; no argument runs them all
// (`work-quick`: work at 1/10 size; `real`, `real-extras`: against STASH_URL, only when named).
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
// Against a real server, the SDK is measured as users load it, from each package's dist, not as tsx transpiles its
// src (the root tsconfig's `paths`), which adds per-closure costs the published code does not have: run again
// under a tsconfig without `paths`.
if ((only.includes('real') || only.includes('real-extras')) && !process.env.TSX_TSCONFIG_PATH) {
  const tsconfig = fileURLToPath(new URL('./tsconfig.real.json', import.meta.url));
  const { status } = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
  });
  process.exit(status ?? 1);
}
if (want('fake')) await fakeScaling();
if (want('sdk')) await sdkBatching();
if (want('orm')) await runOrmBench();
if (want('store')) await runStoreBench();
if (want('scheduler')) await runSchedulerBench();
if (want('pipeline')) await runPipelineBench();
if (want('changed-since')) await runChangedSinceBench();
if (want('plan')) await runPlanBench();
if (want('work')) await runServerWorkBench();
if (only.includes('work-quick')) await runServerWorkBench(0.1);
// Against a real Stash (STASH_URL, STASH_API_KEY, STASH_HOME): only when named.
if (only.includes('real')) await runRealBench();
if (only.includes('real-extras')) await runRealExtras();
if (want('types')) runTypesBench();
