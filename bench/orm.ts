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

const mid = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** heapUsed after gc, repeated until it stops shrinking (V8 also drops unused bytecode over a few collections). */
function settledHeap(): number {
  let h = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 10; i++) {
    gc?.();
    const next = process.memoryUsage().heapUsed;
    if (Math.abs(next - h) < 16 * 1024) return next;
    h = next;
  }
  return h;
}

/** Heap retained per item while `build()`'s result is held: settled heap with it minus without it. */
function retainedPerItem(build: () => unknown[], n: number): number {
  const before = settledHeap();
  const kept = build();
  const after = settledHeap();
  if (kept.length !== n) throw new Error('retained-heap probe built the wrong number of items');
  return (after - before) / n;
}

/** One timed run of `fn`, after a gc so that neither side pays for the other's garbage. */
function timed(fn: () => unknown): number {
  gc?.();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function runOrmBench(): Promise<void> {
  const N = 10_000;
  const ROUNDS = 9;
  const json = JSON.stringify(slimScenes(N));
  const plainOnce = () => deepCopy(JSON.parse(json)) as unknown[];
  const ormOnce = () => hydrateMany(Scene, JSON.parse(json));
  // Warm up both paths (JIT) before measuring, then alternate them round by round and take each side's median:
  // a slow phase of the process (GC pressure, another benchmark's leftovers) hits both sides alike.
  for (let i = 0; i < 5; i++) {
    plainOnce();
    ormOnce();
  }
  const plainTimes: number[] = [];
  const ormTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2) {
      ormTimes.push(timed(ormOnce));
      plainTimes.push(timed(plainOnce));
    } else {
      plainTimes.push(timed(plainOnce));
      ormTimes.push(timed(ormOnce));
    }
  }
  const plain = mid(plainTimes);
  const orm = mid(ormTimes);
  console.log(
    `orm (a) hydrate ${N} slim scenes: ${orm.toFixed(1)} ms vs JSON.parse + deep copy ${plain.toFixed(1)} ms ` +
      `(medians of ${ROUNDS} alternating rounds${gc ? ', gc before each' : ''})`,
  );
  const ratios = ormTimes.map((o, i) => o / (plainTimes[i] as number)).sort((a, b) => a - b);
  console.log(
    `        ratio ${(orm / plain).toFixed(2)}× (target ≤ 2×; per round ${ratios[0]?.toFixed(2)}–${ratios.at(-1)?.toFixed(2)}×)`,
  );
  if (!gc) {
    console.log('        retained heap: run with node --expose-gc to measure');
  } else {
    // Both sides from the same JSON text; the plain copies are held the same way (an array of N objects).
    const plainBytes = mid([0, 1, 2].map(() => retainedPerItem(plainOnce, N)));
    const ormBytes = mid([0, 1, 2].map(() => retainedPerItem(ormOnce, N)));
    console.log(
      `        retained heap per scene: entity ${Math.round(ormBytes)} B vs plain deep copy ${Math.round(plainBytes)} B ` +
        `(${(ormBytes / plainBytes).toFixed(2)}×; related entities are shared, plain copies are not)`,
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
