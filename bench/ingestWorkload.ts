import type { BatchOperation } from '@stash-graphql/core';
import { type BenchContext, batch, byPrefix, query, reEscape, size, store } from './workloadKit.js';

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
export const ingestFiles = (() => {
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
    also: {
      // The floor reading what ours reads to send only changes (a rerun then writes nothing): the server's share
      // of that choice, apart from the client's.
      'same reads': (ctx, { items }) => ingestFloor(ctx, items, 'files { id path } title studio { id }'),
    },
  });
})();

/** What ingest has to make the server do, by hand: 2 path lookups, 3 name lookups, 3 creates, 1–2 updates. */
async function ingestFloor(ctx: BenchContext, items: IngestState['items'], read = 'files { path }'): Promise<void> {
  const regex = (xs: readonly string[]) => ({
    value: `^(${[...new Set(xs)].map(reEscape).join('|')})$`,
    modifier: 'MATCHES_REGEX',
  });
  const byPath = new Map<string, { kind: 'scene' | 'image'; id: string; tags: string[]; performers: string[] }>();
  for (const kind of ['scene', 'image'] as const) {
    const K = kind === 'scene' ? 'Scene' : 'Image';
    const data = await query(
      ctx,
      `query($f: ${K}FilterType) { find${K}s(${kind}_filter: $f, filter: {per_page: -1}) { ${kind}s { id ${read} tags { id } performers { id } } } }`,
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
