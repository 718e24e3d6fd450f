/**
 * What every workload shares: the SDK and context types, and the floor's hand-written client (documents parsed
 * once, executeBatch answering ids), plus setup and cleanup by a name prefix unique to the run.
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

export const size = (ctx: BenchContext, n: number) => Math.max(2, Math.round(n * ctx.scale));
export const store = (ctx: BenchContext) => new ctx.sdk.store.StashEntityStore(ctx.sdk.client);
export const reEscape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** A hand-written client holds its documents as constants: parsed once, not per call. */
const parsed = new Map<string, DocumentNode>();

export async function query(ctx: BenchContext, text: string, variables: Record<string, unknown> = {}) {
  const doc = parsed.get(text) ?? parse(text);
  parsed.set(text, doc);
  const { data, error } = await ctx.client.execute(doc, variables);
  if (error) throw error;
  return data as Record<string, Record<string, unknown>>;
}

export async function batch(ctx: BenchContext, ops: BatchOperation[]): Promise<string[]> {
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

export async function createScenes(
  ctx: BenchContext,
  prefix: string,
  n: number,
  tagIds: (i: number) => string[] = () => [],
) {
  return batch(
    ctx,
    Array.from({ length: n }, (_, i) => ({
      mutation: 'sceneCreate' as const,
      variables: { input: { title: `${prefix} scene ${i}`, tag_ids: tagIds(i) } },
    })),
  );
}

export const byPrefix = <P extends { prefix: string }>(w: Omit<Workload<P>, 'cleanup'>): Workload<P> => ({
  ...w,
  cleanup: (ctx, p) => destroyPrefix(ctx, p.prefix),
});
