import { StashInputError } from '@stash-graphql/core';
import { keyOf } from '../naturalKeys/rules.js';
import type { IngestItem, IngestItemResult, IngestKind, IngestPerformer } from './IngestItem.js';
import { checkIngestItem } from './IngestItemSchema.js';

const IMAGE = /\.(jpe?g|png|gif|webp|avif|bmp|heic|jxl)$/i;
const GALLERY = /\.(zip|cbz)$/i;
/** Stash's default video extensions; anything else without an image/zip extension is treated as a video too. */
export const kindOf = (path: string): IngestKind =>
  IMAGE.test(path) ? 'Image' : GALLERY.test(path) ? 'Gallery' : 'Scene';

/** One file to work on: the (merged) item and the results of every input item that named it. */
export interface Work {
  item: IngestItem;
  result: IngestItemResult;
  /** Results of later items with the same path: they end as `result` does. */
  duplicates: IngestItemResult[];
}

/**
 * Every item checked before any request (an invalid one is its own failed result, nothing is sent for it), and items
 * naming the same path merged into one: lists are joined, and where scalar values differ the later one is used,
 * with a warning on each of them.
 */
export function prepareItems(items: unknown): { results: IngestItemResult[]; work: Work[] } {
  if (!Array.isArray(items)) {
    throw new StashInputError(`ingest takes a list of items, got ${items === null ? 'null' : typeof items}`);
  }
  const results: IngestItemResult[] = [];
  const byPath = new Map<string, Work>();
  items.forEach((raw: unknown, index) => {
    const path = typeof (raw as { path?: unknown })?.path === 'string' ? (raw as { path: string }).path : '';
    const result: IngestItemResult = { path, kind: kindOf(path), status: 'unchanged', changed: [], warnings: [] };
    results.push(result);
    const error = checkIngestItem(raw, index);
    if (error) {
      result.status = 'failed';
      result.error = error;
      return;
    }
    const item = raw as IngestItem;
    const first = byPath.get(item.path);
    if (!first) {
      byPath.set(item.path, { item: { ...item }, result, duplicates: [] });
      return;
    }
    const firstIndex = results.indexOf(first.result);
    const note = `duplicate path: merged with item ${firstIndex}`;
    result.warnings.push(note);
    first.duplicates.push(result);
    first.result.warnings.push(`duplicate path: merged with item ${index}`);
    first.item = merge(first.item, item, (field) => {
      const warning = `${field}: items ${firstIndex} and ${index} differ; item ${index}'s value is used`;
      first.result.warnings.push(warning);
      result.warnings.push(warning);
    });
  });
  return { results, work: [...byPath.values()] };
}

const SCALARS = ['title', 'code', 'date', 'details', 'rating100', 'organized', 'studio', 'cover'] as const;

function merge(a: IngestItem, b: IngestItem, differ: (field: string) => void): IngestItem {
  const out: IngestItem = { ...a };
  const o = out as Record<string, unknown>;
  for (const f of SCALARS) {
    if (b[f] === undefined) continue;
    if (a[f] !== undefined && a[f] !== b[f]) differ(f);
    o[f] = b[f];
  }
  const union = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined, key: (v: T) => string) => {
    if (!x && !y) return undefined;
    const seen = new Map<string, T>();
    for (const v of [...(x ?? []), ...(y ?? [])]) if (!seen.has(key(v))) seen.set(key(v), v);
    return [...seen.values()];
  };
  out.urls = union(a.urls, b.urls, (u) => u);
  out.tags = union(a.tags, b.tags, (t) => keyOf(t));
  out.performers = union(a.performers, b.performers, performerKey);
  out.stash_ids = union(a.stash_ids, b.stash_ids, (s) => `${s.endpoint}\u0000${s.stash_id}`);
  if (b.custom_fields) out.custom_fields = { ...(a.custom_fields ?? {}), ...b.custom_fields };
  for (const k of ['urls', 'tags', 'performers', 'stash_ids'] as const) if (out[k] === undefined) delete out[k];
  return out;
}

export const performerKey = (p: IngestPerformer): string =>
  typeof p === 'string' ? keyOf(p) : keyOf(p.name, p.disambiguation ?? '');
