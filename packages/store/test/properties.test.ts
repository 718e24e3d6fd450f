/**
 * Property tests: dirty downloader manifests and parallel store workloads, checked against the fake's state.
 * PROPERTY_RUNS sets the number of runs (default a modest number for the suite; run many more by hand, e.g.
 * `PROPERTY_RUNS=300 pnpm vitest run --project store packages/store/test/properties.test.ts`).
 */
import { StashError } from '@stash-graphql/core';
import { Scene, Tag } from '@stash-graphql/orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goTrimSpace, type IngestItem, ingest, keyOf, StashEntityStore } from '../src/index.js';
import { useStore } from './support.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
const FILES = Array.from({ length: 5 }, (_, i) => `/library/p_${i}%.mp4`);
const seed = {
  tags: [{ name: 'Outdoor', aliases: ['outside'] }, { name: 'axb' }, { name: 'Ñandú' }],
  studios: [{ name: 'Acme', aliases: ['Acme Inc'] }],
  performers: [{ name: 'Alex' }],
  scenes: FILES.map((path, i) => ({ title: '', rating100: i === 0 ? 500 : null, files: [{ path, size: 10 + i }] })),
};

// Names with the traps of real data: stray (Go and non-Go) spaces, case, non-ASCII case, LIKE wildcards, regex
// metacharacters, names that are another tag's alias, names that LIKE-match existing ones.
const baseName = fc.constantFrom(
  'Outdoor',
  'outside',
  'a_b',
  'axb',
  '100%',
  'c.d',
  'x(y)',
  'Ñandú',
  'ñandú',
  '[t]',
  'a\\b',
  'e|f',
  'dollar$',
  'Beach',
  '🌴 palm',
);
const spaced = fc
  .tuple(baseName, fc.constantFrom('', ' ', '\t', '\u0085', '\u3000'), fc.constantFrom('', ' ', '  '), fc.boolean())
  .map(([n, pre, post, upper]) => `${pre}${upper ? n.toUpperCase() : n}${post}`);
const path = fc.constantFrom(...FILES, 'relative.mp4');
const date = fc.constantFrom('2024-02-29', '2023-02-29', '2024-05', 'soon', undefined);
const rating = fc.constantFrom(0, 55, 100, 101, -1, 500, undefined);
const item = fc.record(
  {
    path,
    title: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
    date,
    rating100: rating,
    tags: fc.oneof(fc.array(spaced, { maxLength: 3 }), spaced),
    studio: fc.option(spaced, { nil: undefined }),
    performers: fc.array(spaced, { maxLength: 2 }),
    urls: fc.array(fc.constantFrom('https://a.example/1', ' https://a.example/1 ', 'https://b.example/%_'), {
      maxLength: 2,
    }),
    tilte: fc.constantFrom(undefined, undefined, undefined, 'typo'),
  },
  { requiredKeys: ['path'] },
);
const strip = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as unknown as IngestItem;

interface ServerState {
  tags: { id: string; name: string; aliases: string[] }[];
  studios: { name: string }[];
  performers: { name: string; disambiguation?: string | null }[];
  scenes: Map<string, { title: string; rating100: number | null; tags: string[]; date: string | null }>;
  byId: Map<string, { title: string; tags: string[] }>;
}

describe('properties', () => {
  const ctx = useStore(seed);

  async function state(): Promise<ServerState> {
    const tags = (await ctx.client.findTags({ filter: { per_page: 1000 } })).tags;
    const studios = (await ctx.client.findStudios({ filter: { per_page: 1000 } })).studios;
    const performers = (await ctx.client.findPerformers({ filter: { per_page: 1000 } })).performers;
    const scenes = (await ctx.client.findScenes({ filter: { per_page: 1000 } })).scenes;
    return {
      tags: tags.map((t) => ({ id: t.id, name: t.name, aliases: [...t.aliases] })),
      studios,
      performers,
      scenes: new Map(
        scenes.map((s) => [
          s.files[0]?.path ?? s.id,
          {
            title: s.title ?? '',
            rating100: s.rating100 ?? null,
            tags: s.tags.map((t) => t.id).sort(),
            date: s.date ?? null,
          },
        ]),
      ),
      byId: new Map(scenes.map((s) => [s.id, { title: s.title ?? '', tags: s.tags.map((t) => t.id).sort() }])),
    };
  }

  const unique = (keys: string[]) => expect(new Set(keys).size, `duplicates in ${keys.join(' | ')}`).toBe(keys.length);

  it('dirty ingest manifests: no duplicates, valid items land, invalid ones fail typed and change nothing, reruns are no-ops', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 6 }), async (raw) => {
        runs++;
        ctx.stash.reset();
        const items = raw.map(strip);
        const before = await state();
        const store = new StashEntityStore(ctx.client);
        const report = await ingest(store, items, { scan: false, resolveTimeoutMs: 0 });
        const after = await state();

        // No entity created twice, under Stash's own comparison.
        unique(after.tags.map((t) => keyOf(t.name)));
        unique(after.studios.map((s) => keyOf(s.name)));
        unique(after.performers.map((p) => keyOf(p.name, p.disambiguation ?? '')));
        // Every failure is typed; an item that failed changed nothing unless another item names the same file.
        const ok = new Set(report.results.filter((r) => r.status !== 'failed').map((r) => r.path));
        for (const [i, r] of report.results.entries()) {
          if (r.status !== 'failed') continue;
          expect(r.error, `item ${i}`).toBeInstanceOf(StashError);
          if (!ok.has(r.path) && before.scenes.has(r.path)) {
            expect(after.scenes.get(r.path)).toEqual(before.scenes.get(r.path));
          }
        }
        // Every item that did not fail ends as asked (the last value for a path wins; names resolve by key).
        for (const [i, it] of items.entries()) {
          const r = report.results[i];
          if (!r || r.status === 'failed') continue;
          const scene = after.scenes.get(it.path);
          expect(scene, it.path).toBeDefined();
          const last = items.filter((x, j) => x.path === it.path && report.results[j]?.status !== 'failed').at(-1);
          // As Stash stores it: trimmed.
          if (typeof last?.title === 'string') expect(scene?.title).toBe(goTrimSpace(last.title));
          for (const name of (it.tags as string[] | undefined) ?? []) {
            const k = keyOf(name);
            const has = after.tags.some(
              (t) => scene?.tags.includes(t.id) && [t.name, ...t.aliases].some((n) => keyOf(n) === k),
            );
            expect(has, `${it.path} tagged ${JSON.stringify(name)}`).toBe(true);
          }
        }
        // A rerun (fresh store, same manifest) sends no mutation and reports nothing updated.
        ctx.stash.requests.clear();
        const again = await ingest(new StashEntityStore(ctx.client), items, { scan: false, resolveTimeoutMs: 0 });
        const mutations = ctx.stash.requests.filter((r) => /Create|Update|StashBatch/.test(r.operationName ?? ''));
        expect(mutations.map((m) => m.rootFields)).toEqual([]);
        expect(again.updated).toBe(0);
        expect(await state()).toEqual(after);
      }),
      { numRuns: RUNS, seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
  }, 120_000);

  const op = fc.oneof(
    fc.record({ kind: fc.constant('tag' as const), name: spaced }),
    fc.record({ kind: fc.constant('title' as const), scene: fc.nat(4), title: fc.string({ maxLength: 6 }) }),
    fc.record({ kind: fc.constant('addTag' as const), scene: fc.nat(4), name: spaced }),
    fc.record({ kind: fc.constant('new' as const), title: fc.string({ maxLength: 6 }) }),
    fc.constant({ kind: 'saveAll' as const }),
  );

  it('parallel store workloads: no entity created twice, no change lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { maxLength: 6 }), { minLength: 2, maxLength: 4 }), async (tasks) => {
        ctx.stash.reset();
        const store = new StashEntityStore(ctx.client);
        const scenes = await store.find(Scene, {}, { fields: ['tags__name'] });
        let created = 0;
        await Promise.all(
          tasks.map(async (ops) => {
            for (const o of ops) {
              if (o.kind === 'tag') await store.getOrCreate(Tag, o.name).catch(() => undefined);
              else if (o.kind === 'title') (scenes[o.scene] as Scene).title = o.title;
              else if (o.kind === 'addTag') {
                const tag = await store.getOrCreate(Tag, o.name).catch(() => undefined);
                if (tag) (scenes[o.scene] as Scene).tags.add(tag);
              } else if (o.kind === 'new') {
                store.track(new Scene({ title: o.title }));
                if (o.title.trim()) created++;
              } else await store.saveAll();
            }
          }),
        );
        const final = await store.saveAll();
        // Only what Stash would refuse fails, typed, before any request, and keeps its changes.
        for (const f of final.failed) {
          expect(f.error.message).toBe('a Scene without files needs a title: Stash refuses it');
          expect(f.entity.isNew()).toBe(true);
        }
        const after = await state();
        unique(after.tags.map((t) => keyOf(t.name)));
        expect(after.byId.size).toBe(FILES.length + created);
        for (const s of scenes) {
          const server = after.byId.get(s.id);
          expect(s.isDirty()).toBe(false);
          expect(server?.title).toBe(s.title ?? '');
          expect(server?.tags).toEqual([...s.tags].map((t) => t.id).sort());
        }
      }),
      { numRuns: RUNS, seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
  }, 120_000);
});
