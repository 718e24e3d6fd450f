/**
 * Plan time of a save of n new scenes that reference new tags, studios and performers (issue 9 §3): planning must
 * be linear, so time(16k) / time(1k) ≤ 20 (16 is linear). Pools grow with n (n/50 studios, n/20 tags and
 * performers); each scene references 1 studio, 3 tags, 2 performers. Median of rounds after a warm-up, gc before each.
 * `PLAN_ORM=<path to an orm src/index.ts>` measures another checkout's orm (the "before").
 */
import { performance } from 'node:perf_hooks';

type Orm = typeof import('@stash-graphql/orm');
const gc = (globalThis as { gc?: () => void }).gc;

function scenes(orm: Orm, n: number) {
  const studios = Array.from({ length: Math.max(1, n / 50) }, (_, i) => new orm.Studio({ name: `studio ${i}` }));
  const tags = Array.from({ length: Math.max(1, n / 20) }, (_, i) => new orm.Tag({ name: `tag ${i}` }));
  const performers = Array.from({ length: Math.max(1, n / 20) }, (_, i) => new orm.Performer({ name: `p ${i}` }));
  const pick = <T>(xs: T[], i: number) => xs[i % xs.length] as T;
  return Array.from(
    { length: n },
    (_, i) =>
      new orm.Scene({
        title: `scene ${i}`,
        studio: pick(studios, i),
        tags: [pick(tags, i), pick(tags, i * 7 + 1), pick(tags, i * 13 + 2)],
        performers: [pick(performers, i), pick(performers, i * 3 + 1)],
      }),
  );
}

export async function runPlanBench(sizes = [1_000, 4_000, 16_000, 64_000], rounds = 9): Promise<void> {
  const orm = (process.env.PLAN_ORM ? await import(process.env.PLAN_ORM) : await import('@stash-graphql/orm')) as Orm;
  console.log(
    `\nPlan time of a save of n new scenes referencing new studios, tags and performers${process.env.PLAN_ORM ? ` (orm from ${process.env.PLAN_ORM})` : ''}`,
  );
  // A small size is planned several times per sample (fresh lists, together as many scenes as the largest size
  // up to 16k): one plan of 1k takes a few ms, where a single GC pause or a timer tick is noise of 50% or more.
  const perSample = (n: number) => Math.max(1, Math.ceil(16_000 / n));
  const times = new Map<number, number[]>();
  for (let r = -1; r < rounds; r++) {
    for (const n of sizes) {
      const lists = Array.from({ length: perSample(n) }, () => scenes(orm, n));
      gc?.();
      const t = performance.now();
      for (const list of lists) {
        const plan = orm.buildSaveOperations(list);
        if (plan.entities.length < n) throw new Error('plan lost entities');
      }
      const ms = (performance.now() - t) / lists.length;
      // Round -1 warms the code up and is not counted.
      if (r >= 0) times.set(n, [...(times.get(n) ?? []), ms]);
    }
  }
  const med = (n: number) => [...(times.get(n) ?? [])].sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
  for (const n of sizes) {
    console.log(
      `${String(n).padStart(7)} scenes ${med(n).toFixed(1).padStart(9)} ms ${((med(n) * 1000) / n).toFixed(2).padStart(7)} µs/scene`,
    );
  }
  const [small] = sizes;
  const mid = sizes.find((n) => n === (small ?? 0) * 16);
  if (small && mid) {
    const ratio = med(mid) / med(small);
    console.log(
      `time(${mid / 1000}k)/time(${small / 1000}k) = ${ratio.toFixed(1)} (target ≤ 20; linear is 16) ${ratio <= 20 ? 'ok' : 'OVER TARGET'}`,
    );
  }
}
