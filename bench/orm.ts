/**
 * ORM benchmarks (ratios measured side by side in one run, so machine speed cancels out):
 * (a) hydrating 10,000 slim scenes (studio, tags, performers) vs JSON.parse + a plain deep copy of the same payload,
 *     target ≤ 2×; and retained heap per entity vs per plain object (run with `node --expose-gc` for exact figures);
 * (b) getChangedFields() over 1k and 10k entities with one change each: time per entity should stay flat (linear).
 */
import { performance } from 'node:perf_hooks';
import { hydrateMany, Scene } from '@stash-graphql/orm';

const gc = (globalThis as { gc?: () => void }).gc;

function slimScenes(n: number): unknown[] {
  const studios = Array.from({ length: 50 }, (_, i) => ({ id: String(i + 1), name: `Studio ${i}` }));
  const tags = Array.from({ length: 200 }, (_, i) => ({ id: String(i + 1), name: `Tag ${i}` }));
  const performers = Array.from({ length: 300 }, (_, i) => ({ id: String(i + 1), name: `Performer ${i}` }));
  return Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    title: `Scene ${i}`,
    code: null,
    details: i % 3 ? `Details of scene ${i}` : null,
    director: null,
    urls: [`https://example.com/scene/${i}`],
    date: '2024-01-02',
    rating100: i % 101,
    organized: i % 2 === 0,
    o_counter: 0,
    interactive: false,
    interactive_speed: null,
    created_at: '2024-01-02T03:04:05Z',
    updated_at: '2024-01-02T03:04:05Z',
    last_played_at: null,
    resume_time: 0,
    play_duration: 0,
    play_count: 0,
    play_history: [],
    o_history: [],
    captions: null,
    paths: { screenshot: `/scene/${i}/screenshot`, preview: `/scene/${i}/preview`, stream: `/scene/${i}/stream` },
    stash_ids: [],
    studio: studios[i % 50],
    groups: [],
    tags: [tags[i % 200], tags[(i * 7) % 200], tags[(i * 13) % 200]].filter((t, j, a) => a.indexOf(t) === j),
    performers: [performers[i % 300], performers[(i * 11) % 300]].filter((p, j, a) => a.indexOf(p) === j),
  }));
}

function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = deepCopy((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

function retainedPerItem(build: () => unknown, n: number): number | undefined {
  if (!gc) return undefined;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (!kept) return undefined;
  return (after - before) / n;
}

export async function runOrmBench(): Promise<void> {
  const N = 10_000;
  const json = JSON.stringify(slimScenes(N));
  // Warm up both paths (JIT) before measuring.
  for (let i = 0; i < 3; i++) {
    deepCopy(JSON.parse(json));
    hydrateMany(Scene, JSON.parse(json));
  }
  const plain = median(() => deepCopy(JSON.parse(json)), 7);
  const orm = median(() => hydrateMany(Scene, JSON.parse(json)), 7);
  console.log(
    `orm (a) hydrate ${N} slim scenes: ${orm.toFixed(1)} ms vs JSON.parse + deep copy ${plain.toFixed(1)} ms`,
  );
  console.log(`        ratio ${(orm / plain).toFixed(2)}× (target ≤ 2×)`);
  const plainBytes = retainedPerItem(() => JSON.parse(json), N);
  const ormBytes = retainedPerItem(() => hydrateMany(Scene, JSON.parse(json)), N);
  if (plainBytes === undefined || ormBytes === undefined) {
    console.log('        retained heap: run with node --expose-gc to measure');
  } else {
    console.log(
      `        retained heap per scene: entity ${Math.round(ormBytes)} B vs plain object ${Math.round(plainBytes)} B (${(ormBytes / plainBytes).toFixed(2)}×; related entities are shared)`,
    );
  }

  for (const n of [1_000, 10_000]) {
    const scenes = hydrateMany(Scene, JSON.parse(JSON.stringify(slimScenes(n))));
    for (const s of scenes) s.title = `${s.title} (edited)`;
    for (let i = 0; i < 3; i++) for (const s of scenes) s.getChangedFields();
    const ms = median(() => {
      for (const s of scenes) s.getChangedFields();
    }, 7);
    console.log(
      `orm (b) getChangedFields over ${n} entities: ${ms.toFixed(2)} ms, ${((ms * 1000) / n).toFixed(2)} µs per entity`,
    );
  }
}
