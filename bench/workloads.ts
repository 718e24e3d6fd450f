/**
 * The seven workloads of issue 9 (plus a big saveAll), each as "ours" (the SDK as a downloader uses it) and its
 * "floor": the same server operations sent by hand through executeBatch / one query, answering only ids (and the
 * fields the workload reads). Both variants start from the same state and leave the same state; the runners (fake
 * and real) alternate them round by round. Nothing here knows which server it talks to.
 */
import type { BatchOperation, StashClient } from '@stash-graphql/core';
import type * as Orm from '@stash-graphql/orm';
import { type DocumentNode, parse } from 'graphql';
import type * as Store from '../packages/store/src/index.js';

/** The SDK whose "ours" is measured: this checkout's, or another one's (the "before"), over its own client. */
export interface Sdk {
  client: StashClient;
  orm: Pick<typeof Orm, 'Scene' | 'Tag' | 'Performer'>;
  store: Pick<typeof Store, 'StashEntityStore' | 'ingest'>;
}

export interface BenchContext {
  /** This checkout's client: setup, cleanup and every floor. */
  client: StashClient;
  sdk: Sdk;
  /** Creates `videos` + `images` distinct media files in the server's library; resolves with their paths. */
  files(videos: number, images: number): Promise<string[]>;
  /** 1 for the sizes of the table, less for a quick run. */
  scale: number;
}

export interface Workload<P = unknown> {
  name: string;
  write: boolean;
  /** Run before each variant, not measured: the state both variants start from. `key` is unique per call. */
  prepare(ctx: BenchContext, key: string): Promise<P>;
  ours(ctx: BenchContext, p: P): Promise<void>;
  floor(ctx: BenchContext, p: P): Promise<void>;
  /**
   * Other references printed beside the floor (not the goal), e.g. a cheaper lookup that gives a different answer
   * on some data: shows what the floor's choice costs.
   */
  also?: Record<string, (ctx: BenchContext, p: P) => Promise<void>>;
  /** Removes what prepare and the variant created, not measured. */
  cleanup(ctx: BenchContext, p: P): Promise<void>;
}

const size = (ctx: BenchContext, n: number) => Math.max(2, Math.round(n * ctx.scale));
const store = (ctx: BenchContext) => new ctx.sdk.store.StashEntityStore(ctx.sdk.client);
const reEscape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** A hand-written client holds its documents as constants: parsed once, not per call. */
const parsed = new Map<string, DocumentNode>();

async function query(ctx: BenchContext, text: string, variables: Record<string, unknown> = {}) {
  const doc = parsed.get(text) ?? parse(text);
  parsed.set(text, doc);
  const { data, error } = await ctx.client.execute(doc, variables);
  if (error) throw error;
  return data as Record<string, Record<string, unknown>>;
}

async function batch(ctx: BenchContext, ops: BatchOperation[]): Promise<string[]> {
  const r = await ctx.client.executeBatch(ops, { returning: 'id' });
  if (!r.allSucceeded) throw r.failed[0]?.error;
  return r.results.map((o) => (o.result as { id: string }).id);
}

/** Ids of every entity of a kind whose name (or title) starts with `prefix`. */
async function idsWithPrefix(ctx: BenchContext, kind: 'Tag' | 'Scene' | 'Performer' | 'Studio', prefix: string) {
  const plural = `${kind.toLowerCase()}s`;
  const field = kind === 'Scene' ? 'title' : 'name';
  const data = await query(
    ctx,
    `query($f: ${kind}FilterType) { find${kind}s(${kind.toLowerCase()}_filter: $f, filter: {per_page: -1}) { ${plural} { id } } }`,
    { f: { [field]: { value: `^${reEscape(prefix)}`, modifier: 'MATCHES_REGEX' } } },
  );
  return ((data[`find${kind}s`]?.[plural] ?? []) as { id: string }[]).map((x) => x.id);
}

export async function destroyPrefix(ctx: BenchContext, prefix: string): Promise<void> {
  const scenes = await idsWithPrefix(ctx, 'Scene', prefix);
  if (scenes.length) await query(ctx, 'mutation($ids: [ID!]!) { scenesDestroy(input: {ids: $ids}) }', { ids: scenes });
  for (const kind of ['Tag', 'Performer', 'Studio'] as const) {
    const ids = await idsWithPrefix(ctx, kind, prefix);
    if (ids.length) await query(ctx, `mutation($ids: [ID!]!) { ${kind.toLowerCase()}sDestroy(ids: $ids) }`, { ids });
  }
}

async function createScenes(ctx: BenchContext, prefix: string, n: number, tagIds: (i: number) => string[] = () => []) {
  return batch(
    ctx,
    Array.from({ length: n }, (_, i) => ({
      mutation: 'sceneCreate' as const,
      variables: { input: { title: `${prefix} scene ${i}`, tag_ids: tagIds(i) } },
    })),
  );
}

const byPrefix = <P extends { prefix: string }>(w: Omit<Workload<P>, 'cleanup'>): Workload<P> => ({
  ...w,
  cleanup: (ctx, p) => destroyPrefix(ctx, p.prefix),
});

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

interface IngestState {
  prefix: string;
  items: {
    path: string;
    title: string;
    studio: string;
    performers: string[];
    tags: string[];
  }[];
}

/** The files are made and scanned once (per context); each round names new studios/performers/tags. */
const ingestFiles = (() => {
  const scanned = new WeakMap<object, Promise<string[]>>();
  return byPrefix<IngestState>({
    name: 'ingest 500 files (400 images, 100 videos), after the scan',
    write: true,
    async prepare(ctx, prefix) {
      let paths = scanned.get(ctx.client);
      if (!paths) {
        paths = ctx.files(size(ctx, 100), size(ctx, 400)).then(async (p) => {
          await ctx.client.scan({ paths: [...new Set(p.map((x) => x.replace(/\/[^/]*$/, '')))] });
          return p;
        });
        scanned.set(ctx.client, paths);
      }
      const items = (await paths).map((path, i) => ({
        path,
        title: `item ${i} of ${prefix}`,
        studio: `${prefix} studio ${i % 10}`,
        performers: [`${prefix} performer ${i % 20}`],
        tags: [`${prefix} tag ${i % 30}`, `${prefix} tag ${(i * 7 + 1) % 30}`],
      }));
      return { prefix, items };
    },
    async ours(ctx, { items }) {
      const report = await ctx.sdk.store.ingest(store(ctx), items, { scan: false });
      if (report.failed) throw report.results.find((r) => r.error)?.error;
    },
    async floor(ctx, { items }) {
      await ingestFloor(ctx, items);
    },
  });
})();

/** What ingest has to make the server do, by hand: 2 path lookups, 3 name lookups, 3 creates, 1–2 updates. */
async function ingestFloor(ctx: BenchContext, items: IngestState['items']): Promise<void> {
  const regex = (xs: readonly string[]) => ({
    value: `^(${[...new Set(xs)].map(reEscape).join('|')})$`,
    modifier: 'MATCHES_REGEX',
  });
  const byPath = new Map<string, { kind: 'scene' | 'image'; id: string; tags: string[]; performers: string[] }>();
  for (const kind of ['scene', 'image'] as const) {
    const K = kind === 'scene' ? 'Scene' : 'Image';
    const data = await query(
      ctx,
      `query($f: ${K}FilterType) { find${K}s(${kind}_filter: $f, filter: {per_page: -1}) { ${kind}s { id files { path } tags { id } performers { id } } } }`,
      { f: { path: regex(items.map((i) => i.path)) } },
    );
    for (const e of (data[`find${K}s`]?.[`${kind}s`] ?? []) as {
      id: string;
      files: { path: string }[];
      tags: { id: string }[];
      performers: { id: string }[];
    }[]) {
      const tags = e.tags.map((t) => t.id);
      const performers = e.performers.map((t) => t.id);
      for (const f of e.files) byPath.set(f.path, { kind, id: e.id, tags, performers });
    }
  }
  // Each item its own entity, or the floor and ours would not do the same work (Stash gives a file whose
  // fingerprint it knows to the existing entity).
  if (new Set([...byPath.values()].map((e) => `${e.kind} ${e.id}`)).size !== items.length)
    throw new Error('ingest: some files share an entity (same content): the files must be distinct');
  const ids = new Map<string, string>();
  for (const [kind, names] of [
    ['Studio', items.map((i) => i.studio)],
    ['Performer', items.flatMap((i) => i.performers)],
    ['Tag', items.flatMap((i) => i.tags)],
  ] as const) {
    const plural = `${kind.toLowerCase()}s`;
    const data = await query(
      ctx,
      `query($f: ${kind}FilterType) { find${kind}s(${kind.toLowerCase()}_filter: $f, filter: {per_page: -1}) { ${plural} { id name } } }`,
      { f: { name: regex(names) } },
    );
    for (const e of (data[`find${kind}s`]?.[plural] ?? []) as { id: string; name: string }[]) ids.set(e.name, e.id);
    const missing = [...new Set(names)].filter((n) => !ids.has(n));
    const created = await batch(
      ctx,
      missing.map(
        (name) =>
          ({ mutation: `${kind.toLowerCase()}Create`, variables: { input: { name } } }) as unknown as BatchOperation,
      ),
    );
    for (const [i, n] of missing.entries()) ids.set(n, created[i] as string);
  }
  const ops: BatchOperation[] = [];
  for (const item of items) {
    const e = byPath.get(item.path);
    if (!e) throw new Error(`no entity for ${item.path}`);
    const input = {
      id: e.id,
      title: item.title,
      studio_id: ids.get(item.studio),
      performer_ids: [...new Set([...e.performers, ...item.performers.map((n) => ids.get(n) as string)])],
      tag_ids: [...new Set([...e.tags, ...item.tags.map((n) => ids.get(n) as string)])],
    };
    ops.push({ mutation: e.kind === 'scene' ? 'sceneUpdate' : 'imageUpdate', variables: { input } } as BatchOperation);
  }
  await batch(ctx, ops);
}

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
