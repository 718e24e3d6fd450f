/**
 * The seven workloads of issue 9 (plus a big saveAll), each as "ours" (the SDK as a downloader uses it) and its
 * "floor": the same server operations sent by hand through executeBatch / one query, answering only ids (and the
 * fields the workload reads). Both variants start from the same state and leave the same state; the runners (fake
 * and real) alternate them round by round. Nothing here knows which server it talks to.
 */
import type * as Orm from '@stash-graphql/orm';
import { ingestFiles } from './ingestWorkload.js';
import {
  type BenchContext,
  batch,
  byPrefix,
  createScenes,
  query,
  reEscape,
  size,
  store,
  type Workload,
} from './workloadKit.js';

const createTags = byPrefix({
  name: 'create 500 tags (saveAll)',
  write: true,
  prepare: async (ctx, prefix) => ({ prefix, n: size(ctx, 500) }),
  async ours(ctx, { prefix, n }) {
    const s = store(ctx);
    for (let i = 0; i < n; i++) s.track(new ctx.sdk.orm.Tag({ name: `${prefix} tag ${i}` }));
    const r = await s.saveAll();
    if (!r.allSucceeded) throw r.failed[0]?.error;
  },
  async floor(ctx, { prefix, n }) {
    const ops = Array.from({ length: n }, (_, i) => ({
      mutation: 'tagCreate' as const,
      variables: { input: { name: `${prefix} tag ${i}` } },
    }));
    await batch(ctx, ops);
  },
});

function newScenes(label: string, n: number) {
  return byPrefix({
    name: label,
    write: true,
    prepare: async (ctx, prefix) => ({ prefix, n: size(ctx, n) }),
    async ours(ctx, { prefix, n }) {
      const s = store(ctx);
      for (let i = 0; i < n; i++) s.track(new ctx.sdk.orm.Scene({ title: `${prefix} scene ${i}` }));
      const r = await s.saveAll();
      if (!r.allSucceeded) throw r.failed[0]?.error;
    },
    async floor(ctx, { prefix, n }) {
      await createScenes(ctx, prefix, n);
    },
  });
}

const loadLazily = byPrefix({
  name: 'load 2,000 scenes lazily (findIter)',
  write: false,
  async prepare(ctx, prefix) {
    await createScenes(ctx, prefix, size(ctx, 2000));
    return { prefix };
  },
  async ours(ctx, { prefix }) {
    let chars = 0;
    for await (const s of store(ctx).findIter(ctx.sdk.orm.Scene, { title__startswith: prefix }))
      chars += s.title?.length ?? 0;
    if (!chars) throw new Error('nothing loaded');
  },
  async floor(ctx, { prefix }) {
    const doc =
      'query($f: SceneFilterType, $p: FindFilterType) { findScenes(scene_filter: $f, filter: $p) { count scenes { id title } } }';
    const f = { title: { value: `^${reEscape(prefix)}`, modifier: 'MATCHES_REGEX' } };
    for (let page = 1; ; page++) {
      const data = await query(ctx, doc, { f, p: { per_page: 500, page, sort: 'id', direction: 'ASC' } });
      const r = data.findScenes as { count: number; scenes: unknown[] };
      if (page * 500 >= r.count) return;
    }
  },
});

const updateScenes = byPrefix({
  name: 'update 2,000 scenes title + one tag (saveAll)',
  write: true,
  async prepare(ctx, prefix) {
    const [tag] = await batch(ctx, [{ mutation: 'tagCreate', variables: { input: { name: `${prefix} new` } } }]);
    const [old] = await batch(ctx, [{ mutation: 'tagCreate', variables: { input: { name: `${prefix} old` } } }]);
    const ids = await createScenes(ctx, prefix, size(ctx, 2000), () => [old as string]);
    // What a downloader holds before it edits: the scenes, loaded (not measured).
    const s = store(ctx);
    // A downloader that edits tags reads them (as ids) with the scenes.
    const scenes = await s.getMany(ctx.sdk.orm.Scene, ids, { fields: ['title', 'tags__id'] });
    return { prefix, s, scenes: scenes as Orm.Scene[], ids, tag: tag as string, old: old as string };
  },
  async ours(ctx, { s, scenes, tag }) {
    const t = await s.get(ctx.sdk.orm.Tag, tag);
    for (const scene of scenes) {
      scene.title = `${scene.title} (edited)`;
      scene.tags.add(t as Orm.Tag);
    }
    const r = await s.saveAll();
    if (!r.allSucceeded) throw r.failed[0]?.error;
  },
  async floor(ctx, { ids, prefix, tag, old }) {
    const ops = ids.map((id, i) => ({
      mutation: 'sceneUpdate' as const,
      variables: { input: { id, title: `${prefix} scene ${i} (edited)`, tag_ids: [old, tag] } },
    }));
    await batch(ctx, ops);
  },
});

type GetOrCreateMany = (cls: typeof Orm.Performer, items: { name: string }[]) => Promise<unknown>;

const getOrCreate = byPrefix({
  name: 'getOrCreate 200 performers, 100 exist',
  write: true,
  async prepare(ctx, prefix) {
    const n = size(ctx, 200);
    const names = Array.from({ length: n }, (_, i) => `${prefix} performer ${i}`);
    const existing = names.filter((_, i) => i % 2 === 0);
    await batch(
      ctx,
      existing.map((name) => ({ mutation: 'performerCreate' as const, variables: { input: { name } } })),
    );
    return { prefix, names };
  },
  async ours(ctx, { names }) {
    const s = store(ctx);
    // The bulk form where this branch has one, else one call per name (as a downloader's loop would).
    const many = (s as unknown as { getOrCreateMany?: GetOrCreateMany }).getOrCreateMany;
    const { Performer } = ctx.sdk.orm;
    if (many)
      await many.call(
        s,
        Performer,
        names.map((name) => ({ name })),
      );
    else await Promise.all(names.map((name) => s.getOrCreate(Performer, { name })));
  },
  // Stash's own matcher (pkg/match/scraped.go ScrapedPerformer) takes a performer by name, else by alias; a floor
  // with the same answer looks up names and aliases at once and reads what tells them apart: the name, the aliases
  // and the disambiguation (part of a performer's key). Creates answer the id.
  floor: (ctx, { names }) =>
    performerFloor(ctx, names, {
      value: `(?i)^(${names.map(reEscape).join('|')})$`,
      select: 'id name alias_list disambiguation',
      aliases: true,
    }),
  also: {
    // The first floor: names only, exact case. Cheaper, and wrong for a name Stash knows as an alias.
    'names only': (ctx, { names }) =>
      performerFloor(ctx, names, { value: `^(${names.map(reEscape).join('|')})$`, select: 'id name', aliases: false }),
  },
});

async function performerFloor(
  ctx: BenchContext,
  names: readonly string[],
  lookup: { value: string; select: string; aliases: boolean },
): Promise<void> {
  const re = { value: lookup.value, modifier: 'MATCHES_REGEX' };
  const data = await query(
    ctx,
    `query($f: PerformerFilterType) { findPerformers(performer_filter: $f, filter: {per_page: -1}) { performers { ${lookup.select} } } }`,
    { f: lookup.aliases ? { name: re, OR: { aliases: re } } : { name: re } },
  );
  const found = new Set<string>();
  for (const p of (data.findPerformers?.performers ?? []) as { name: string; alias_list?: string[] }[]) {
    for (const n of [p.name, ...(p.alias_list ?? [])]) found.add(lookup.aliases ? n.toLowerCase() : n);
  }
  const missing = names.filter((n) => !found.has(lookup.aliases ? n.toLowerCase() : n));
  await batch(
    ctx,
    missing.map((name) => ({ mutation: 'performerCreate' as const, variables: { input: { name } } })),
  );
}

const populateTags = byPrefix({
  name: 'populate tags of 500 scenes',
  write: false,
  async prepare(ctx, prefix) {
    const tagIds = await batch(
      ctx,
      Array.from({ length: 20 }, (_, i) => ({
        mutation: 'tagCreate' as const,
        variables: { input: { name: `${prefix} tag ${i}` } },
      })),
    );
    const ids = await createScenes(ctx, prefix, size(ctx, 500), (i) => [
      tagIds[i % 20] as string,
      tagIds[(i * 7 + 3) % 20] as string,
    ]);
    const s = store(ctx);
    const scenes = (await s.getMany(ctx.sdk.orm.Scene, ids, { fields: ['title'] })) as Orm.Scene[];
    return { prefix, s, scenes, ids };
  },
  async ours(_ctx, { s, scenes }) {
    await s.populate(scenes, ['tags']);
    if (!scenes.every((x) => x.tags.toArray().every((t) => typeof t.name === 'string'))) throw new Error('not loaded');
  },
  async floor(ctx, { ids }) {
    await query(ctx, 'query($ids: [ID!]) { findScenes(ids: $ids) { scenes { id tags { id name } } } }', { ids });
  },
});

export const WORKLOADS: Workload[] = [
  createTags,
  newScenes('create 2,000 scenes (batched sceneCreate)', 2000),
  loadLazily,
  updateScenes,
  getOrCreate,
  populateTags,
  ingestFiles,
] as Workload[];

/** Real-server only: too big to be worth repeating on the fake. */
export const BIG_SAVE: Workload = newScenes('saveAll of 10,000 new scenes', 10_000) as Workload;
