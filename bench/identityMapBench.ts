/** Store bench section 4: the identity map's lookup + merge cost, weak vs all-strong, and what a gc leaves. */
import { performance } from 'node:perf_hooks';
import { StashClient } from '@stash-graphql/core';
import { type Entity, hydrateMany, IdentityMap, Scene } from '@stash-graphql/orm';
import { StashEntityStore } from '../packages/store/src/index.js';
import { gc, quietHeap } from './heap.js';
import { median } from './meter.js';

export function identityMapBench() {
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
