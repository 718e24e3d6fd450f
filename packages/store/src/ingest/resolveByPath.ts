import { ENTITY_META } from '@stash-graphql/core/generated';
import { type Entity, type EntityClass, Gallery, Image, Scene } from '@stash-graphql/orm';
import { regexChunks, regexLiteral } from '../naturalKeys/goText.js';
import { Q } from '../Q.js';
import type { StashEntityStore } from '../StashEntityStore.js';
import type { IngestItem, IngestKind } from './IngestItem.js';
import type { IngestOptions } from './ingest.js';
import { kindOf } from './prepareItems.js';

const KIND_CLASS: Record<IngestKind, EntityClass> = { Scene, Image, Gallery };

/** What ingest reads of an item's field to compare with it (lists and references as ids). */
const READ: Record<string, string> = {
  title: 'title',
  code: 'code',
  date: 'date',
  details: 'details',
  rating100: 'rating100',
  organized: 'organized',
  urls: 'urls',
  studio: 'studio__id',
  tags: 'tags__id',
  performers: 'performers__id',
  stash_ids: 'stash_ids',
  custom_fields: 'custom_fields',
};

/**
 * The fields a path lookup reads: the paths, and what the items of this kind set, so that only changes are sent (a
 * rerun sends nothing). Nothing else: Stash reads every list with its own query per entity, and the default tier
 * of 500 scenes and images is most of an ingest's answer bytes.
 */
function readFields(kind: IngestKind, items: readonly IngestItem[]): string[] {
  const own = ENTITY_META[kind].fields as Record<string, unknown>;
  const out = kind === 'Gallery' ? ['files__path', 'folder__path'] : ['files__path'];
  for (const [field, path] of Object.entries(READ)) {
    if (!Object.hasOwn(own, field)) continue;
    if (items.some((i) => i[field as keyof IngestItem] !== undefined)) out.push(path);
  }
  return out;
}

const pathsOf = (e: Entity): string[] => {
  const files = (e as unknown as { files?: readonly { path?: string | undefined }[] | undefined }).files ?? [];
  const folder = (e as unknown as { folder?: { path?: string | undefined } | null | undefined }).folder;
  return [...files.map((f) => f.path ?? ''), ...(folder?.path ? [folder.path] : [])];
};

/** Each item's scene, image or gallery by exact path, retrying briefly while Stash's scan lags behind. */
export async function resolveByPath(
  store: StashEntityStore,
  items: readonly IngestItem[],
  options: IngestOptions,
): Promise<Map<string, Entity>> {
  const found = new Map<string, Entity>();
  const timeout = options.resolveTimeoutMs ?? 15_000;
  const interval = options.resolveIntervalMs ?? 250;
  const chunk = options.lookupChunk ?? 500;
  const started = Date.now();
  for (;;) {
    const missing = items.filter((i) => !found.has(i.path));
    const byKind = new Map<IngestKind, IngestItem[]>();
    for (const i of missing) byKind.get(kindOf(i.path))?.push(i) ?? byKind.set(kindOf(i.path), [i]);
    for (const [kind, kindItems] of byKind) {
      const paths = kindItems.map((i) => i.path);
      const wanted = new Set(paths);
      const fields = readFields(kind, kindItems);
      for (const part of regexChunks(paths.map(regexLiteral), chunk)) {
        // One exact, case-sensitive regex per chunk: LIKE (EQUALS) would treat `_` and `%` in paths as wildcards.
        const entities = await store.findFields(
          KIND_CLASS[kind],
          Q({ path__regex: `^(?:${part.join('|')})$` }),
          fields,
        );
        for (const e of entities) for (const p of pathsOf(e)) if (wanted.has(p)) found.set(p, e);
      }
    }
    if (found.size === new Set(items.map((i) => i.path)).size || Date.now() - started >= timeout) return found;
    if (options.signal?.aborted) return found;
    await new Promise((r) => setTimeout(r, interval));
  }
}
