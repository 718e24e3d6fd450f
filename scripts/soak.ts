/**
 * Fault soak: many saves through one store under random faults of every kind the fake offers, then a check of the
 * server against what the caller holds. `pnpm soak` (SOAK_SAVES=1000 default, SOAK_SEED for a fixed sequence).
 * Prints operations, faults, retries, lost changes (must be 0) and duplicated mutations (must be 0); exits 1 if not.
 */
import { StashClient } from '@stash-graphql/core';
import { Scene, Tag } from '@stash-graphql/orm';
import { StashEntityStore } from '@stash-graphql/store';
import { createFakeStash, type FaultRule } from '@stash-graphql/testing';

const SAVES = Number(process.env.SOAK_SAVES ?? 1000);
let seed = Number(process.env.SOAK_SEED ?? Date.now() % 2_147_483_647);
const startSeed = seed;
/** A small seeded PRNG (mulberry32), so a failing sequence can be replayed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const FAULTS: { kind: string; rule: () => FaultRule }[] = [
  { kind: 'latency', rule: () => ({ latencyMs: 1 + Math.floor(random() * 5) }) },
  { kind: 'reset-before', rule: () => ({ reset: 'before' }) },
  { kind: 'reset-after', rule: () => ({ reset: 'after' }) },
  { kind: 'status-500', rule: () => ({ status: 500 }) },
  { kind: 'status-502', rule: () => ({ status: 502 }) },
  { kind: 'status-503', rule: () => ({ status: 503 }) },
  { kind: 'status-504', rule: () => ({ status: 504 }) },
  { kind: 'malformed-json', rule: () => ({ malformedJson: true }) },
  { kind: 'database-locked', rule: () => ({ databaseLocked: true, operation: pick(['sceneUpdate', 'tagCreate']) }) },
];

const SCENES = 40;
const stash = await createFakeStash({
  seed: {
    scenes: Array.from({ length: SCENES }, (_, i) => ({
      title: `scene ${i}`,
      files: [{ path: `/soak/${i}.mp4`, size: 1 }],
    })),
  },
});
const client = new StashClient({ url: stash.url, retry: { maxAttempts: 4, initialDelayMs: 1, maxDelayMs: 4 } });
const store = new StashEntityStore(client);
const scenes = await store.find(Scene, {}, { fields: ['tags__name'] });
const tags: Tag[] = [];
const faults = new Map<string, number>();
let saves = 0;
let resaves = 0;
let gaveUp = 0;
let edits = 0;
const started = Date.now();

while (saves < SAVES) {
  // A few changes, as a downloader task makes them.
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const scene = pick(scenes);
    const r = random();
    if (r < 0.5) scene.title = `t${saves}-${n}`;
    else if (r < 0.75 || !tags.length) {
      const tag = store.track(new Tag({ name: `soak tag ${tags.length}` }));
      tags.push(tag);
      scene.tags.add(tag);
    } else scene.tags.add(pick(tags));
    edits++;
  }
  if (random() < 0.6) {
    const f = pick(FAULTS);
    stash.faults.inject(f.rule());
    faults.set(f.kind, (faults.get(f.kind) ?? 0) + 1);
  }
  // Save until it sticks, the way a caller retries a partial failure.
  let result = await store.saveAll();
  saves++;
  for (let attempt = 0; !result.allSucceeded && attempt < 20; attempt++) {
    resaves++;
    result = await store.saveAll();
  }
  if (!result.allSucceeded) gaveUp++;
}
stash.faults.clear();

// What the caller holds against what the server has.
const final = await store.saveAll();
const check = new StashClient({ url: stash.url });
const server = (await check.findScenes({ filter: { per_page: 1000 } })).scenes;
const serverTags = (await check.findTags({ filter: { per_page: 10_000 } })).tags;
let lost = 0;
for (const s of scenes) {
  const remote = server.find((x) => x.id === s.id);
  if (s.isDirty() || !remote || (remote.title ?? '') !== (s.title ?? '')) lost++;
  const want = [...s.tags].map((t) => t.id).sort();
  const have = (remote?.tags ?? []).map((t) => t.id).sort();
  if (JSON.stringify(want) !== JSON.stringify(have)) lost++;
}
for (const t of tags) if (t.isNew() || !serverTags.some((x) => x.id === t.id)) lost++;
const byName = new Map<string, number>();
for (const t of serverTags) byName.set(t.name, (byName.get(t.name) ?? 0) + 1);
const duplicated =
  [...byName.values()].reduce((n, c) => n + c - 1, 0) +
  Math.max(0, server.length - SCENES) +
  (serverTags.length - byName.size);
const requests = stash.requests.length;
// The core's own resends: the same request body twice in a row.
let coreRetries = 0;
for (let i = 1; i < stash.requests.length; i++) {
  const a = stash.requests[i - 1];
  const b = stash.requests[i];
  if (a && b && a.query === b.query && JSON.stringify(a.variables) === JSON.stringify(b.variables)) coreRetries++;
}
const out = {
  seed: startSeed,
  saves,
  edits,
  requests,
  faults: Object.fromEntries([...faults].sort()),
  faultsTotal: [...faults.values()].reduce((a, b) => a + b, 0),
  retries: { resavesByCaller: resaves, resentByCore: coreRetries },
  gaveUp,
  finalSaveOk: final.allSucceeded,
  tagsCreated: tags.length,
  lostChanges: lost,
  duplicatedMutations: duplicated,
  seconds: Math.round((Date.now() - started) / 100) / 10,
};
console.log(JSON.stringify(out, null, 2));
await check.close();
await client.close();
await stash.close();
process.exit(lost === 0 && duplicated === 0 && gaveUp === 0 ? 0 : 1);
