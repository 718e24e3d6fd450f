import { type JobDataFragment, StashError, StashInputError } from '@stash-graphql/core';
import { type Entity, type EntityClass, Gallery, Image, Performer, Scene, Studio, Tag } from '@stash-graphql/orm';
import type { StashEntityStore } from '../StashEntityStore.js';
import type { IngestItem, IngestItemResult, IngestKind, IngestPerformer, IngestReport } from './IngestItem.js';

export interface IngestOptions {
  /** Run metadataScan over the items' paths and wait for it first. Default true. */
  scan?: boolean;
  /** Progress of the scan job. */
  onScanProgress?: (job: JobDataFragment) => void;
  /** How long to keep looking for files the scan has not produced yet. Default 15 s. */
  resolveTimeoutMs?: number;
  /** Delay between lookups while waiting. Default 250 ms. */
  resolveIntervalMs?: number;
  /** Paths per lookup request. Default 100. */
  lookupChunk?: number;
  signal?: AbortSignal;
}

const KIND_CLASS: Record<IngestKind, EntityClass> = { Scene, Image, Gallery };
const IMAGE = /\.(jpe?g|png|gif|webp|avif|bmp|heic|jxl)$/i;
const GALLERY = /\.(zip|cbz)$/i;
/** Stash's default video extensions; anything else without an image/zip extension is treated as a video too. */
const kindOf = (path: string): IngestKind => (IMAGE.test(path) ? 'Image' : GALLERY.test(path) ? 'Gallery' : 'Scene');

/** Go RE2 (Stash's REGEXP) literal for an exact path. */
const literal = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

const pathsOf = (e: Entity): string[] => {
  const files = (e as unknown as { files?: readonly { path?: string }[] }).files ?? [];
  const folder = (e as unknown as { folder?: { path?: string } | null }).folder;
  return [...files.map((f) => f.path ?? ''), ...(folder?.path ? [folder.path] : [])];
};

/**
 * The downloader's routine as one call: scan the paths and wait, resolve each file's scene/image/gallery by path
 * (retrying briefly while the scan lags), find or create studios, performers and tags by name or alias, and apply a
 * dirty-only update in batches. Lists (tags, performers, urls, stash ids) are added to, never replaced, so running it
 * again on the same input changes nothing and creates nothing.
 */
export async function ingest(
  store: StashEntityStore,
  items: readonly IngestItem[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  validate(items);
  const client = store.client;
  const report: IngestReport = {
    results: [],
    created: { studios: [], performers: [], tags: [] },
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const results = new Map<IngestItem, IngestItemResult>();
  for (const item of items) {
    const result: IngestItemResult = {
      path: item.path,
      kind: kindOf(item.path),
      status: 'unchanged',
      changed: [],
      warnings: [],
    };
    results.set(item, result);
    report.results.push(result);
  }
  if (items.length === 0) return report;

  // A cover cannot be read back to compare, so it is only sent for files that had no entity before this scan.
  const withCover = items.filter((i) => i.cover);
  const existedBefore = withCover.length
    ? await resolveByPath(store, withCover, { ...options, resolveTimeoutMs: 0 })
    : new Map();

  // 1. Scan and wait. Stash cannot scan a file whose folder it has never seen ("parent folder ... doesn't exist"),
  // so the items' folders are scanned, each once.
  if (options.scan !== false) {
    report.scan = await client.scan(
      { paths: scanRoots(items.map((i) => i.path)) },
      { onProgress: options.onScanProgress, signal: options.signal },
    );
  }

  // 2. Resolve by path.
  const found = await resolveByPath(store, items, options);
  for (const item of items) {
    const entity = found.get(item.path);
    const result = results.get(item)!;
    if (!entity) {
      result.status = 'failed';
      result.error = new StashInputError(
        `No ${result.kind.toLowerCase()} for ${item.path} after the scan: is the path inside a Stash library folder?`,
      );
    } else result.id = entity.id;
  }

  // 3. Find or create what the items name, once each.
  const named = await resolveNames(store, items, report);

  // 4. Apply and save dirty-only, in batches.
  const caps = await client.capabilities();
  const touched: Entity[] = [];
  const covers: { entity: Entity; cover: string; result: IngestItemResult }[] = [];
  for (const item of items) {
    const result = results.get(item)!;
    const entity = found.get(item.path);
    if (!entity || result.status === 'failed') continue;
    try {
      apply(entity, item, named, result, (field) => caps.inputHasField(`${result.kind}UpdateInput`, field));
    } catch (e) {
      result.status = 'failed';
      result.error = e instanceof StashError ? e : new StashInputError(String(e));
      entity.revert();
      continue;
    }
    if (item.cover && result.kind === 'Scene' && !existedBefore.has(item.path))
      covers.push({ entity, cover: item.cover, result });
    else if (item.cover && result.kind !== 'Scene')
      result.warnings.push(`cover: Stash ${result.kind.toLowerCase()}s have no cover image input`);
    result.changed = entity.dirtyFields().filter((f) => !['id'].includes(f));
    if (entity.isDirty()) touched.push(entity);
  }
  const saved = await store.saveBatch(touched);
  for (const { entity, error } of saved.failed) {
    const result = report.results.find((r) => r.id === entity.id && found.get(r.path) === entity);
    if (result) {
      result.status = 'failed';
      result.error = error;
    }
  }
  for (const { entity, cover, result } of covers) {
    try {
      await client.sceneUpdate({ input: { id: entity.id, cover_image: cover } }, { signal: options.signal });
      result.changed.push('cover_image');
    } catch (e) {
      result.status = 'failed';
      result.error = e as StashError;
    }
  }
  for (const r of report.results) {
    if (r.status !== 'failed') r.status = r.changed.length ? 'updated' : 'unchanged';
    report[r.status === 'failed' ? 'failed' : r.status === 'updated' ? 'updated' : 'unchanged']++;
  }
  return report;
}

/** The items' folders, without any folder that lies inside another one of them. */
function scanRoots(paths: readonly string[]): string[] {
  const dirs = [...new Set(paths.map((p) => p.replace(/[\\/][^\\/]*$/, '') || '/'))].sort();
  return dirs.filter(
    (d) => !dirs.some((o) => o !== d && (d.startsWith(`${o}/`) || d.startsWith(`${o}\\`) || o === '/')),
  );
}

function validate(items: readonly IngestItem[]): void {
  items.forEach((item, i) => {
    if (!item || typeof item.path !== 'string' || (!item.path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(item.path))) {
      throw new StashInputError(
        `ingest item ${i}: path must be an absolute file path, got ${JSON.stringify(item?.path)}`,
      );
    }
    if (item.rating100 != null && (!Number.isInteger(item.rating100) || item.rating100 < 0 || item.rating100 > 100)) {
      throw new StashInputError(`ingest item ${i} (${item.path}): rating100 must be an integer from 0 to 100`);
    }
  });
}

async function resolveByPath(
  store: StashEntityStore,
  items: readonly IngestItem[],
  options: IngestOptions,
): Promise<Map<string, Entity>> {
  const found = new Map<string, Entity>();
  const timeout = options.resolveTimeoutMs ?? 15_000;
  const interval = options.resolveIntervalMs ?? 250;
  const chunk = options.lookupChunk ?? 100;
  const started = Date.now();
  for (;;) {
    const missing = items.filter((i) => !found.has(i.path));
    const byKind = new Map<IngestKind, string[]>();
    for (const i of missing) byKind.set(kindOf(i.path), [...(byKind.get(kindOf(i.path)) ?? []), i.path]);
    for (const [kind, paths] of byKind) {
      for (let k = 0; k < paths.length; k += chunk) {
        const part = paths.slice(k, k + chunk);
        // One exact, case-sensitive regex per chunk: LIKE (EQUALS) would treat `_` and `%` in paths as wildcards.
        const entities = await store.find(
          KIND_CLASS[kind],
          { path__regex: `^(?:${part.map(literal).join('|')})$` },
          { fields: kind === 'Gallery' ? ['files__path', 'folder__path'] : ['files__path'] },
        );
        for (const e of entities) for (const p of pathsOf(e)) if (part.includes(p)) found.set(p, e);
      }
    }
    if (found.size === new Set(items.map((i) => i.path)).size || Date.now() - started >= timeout) return found;
    if (options.signal?.aborted) return found;
    await new Promise((r) => setTimeout(r, interval));
  }
}

interface Named {
  studios: Map<string, Studio>;
  performers: Map<string, Performer>;
  tags: Map<string, Tag>;
}

const performerKey = (p: IngestPerformer) =>
  typeof p === 'string' ? `${p.toLowerCase()}|` : `${p.name.toLowerCase()}|${(p.disambiguation ?? '').toLowerCase()}`;

async function resolveNames(
  store: StashEntityStore,
  items: readonly IngestItem[],
  report: IngestReport,
): Promise<Named> {
  const named: Named = { studios: new Map(), performers: new Map(), tags: new Map() };
  const once = async <E extends Entity>(
    map: Map<string, E>,
    key: string,
    cls: EntityClass,
    props: { name: string } & Record<string, unknown>,
    created: string[],
  ) => {
    if (map.has(key)) return;
    const entity = (await store.getOrCreate(cls, props, { onCreate: () => created.push(String(props.name)) })) as E;
    map.set(key, entity);
  };
  for (const item of items) {
    if (item.studio)
      await once(named.studios, item.studio.toLowerCase(), Studio, { name: item.studio }, report.created.studios);
    for (const p of item.performers ?? []) {
      const props = typeof p === 'string' ? { name: p } : { ...p };
      await once(named.performers, performerKey(p), Performer, props, report.created.performers);
    }
    for (const t of item.tags ?? []) await once(named.tags, t.toLowerCase(), Tag, { name: t }, report.created.tags);
  }
  return named;
}

type StashIdRef = { endpoint: string; stash_id: string };

type Writable = Record<string, unknown> & {
  tags: { add(e: Entity): void };
  performers: { add(e: Entity): void };
};

function apply(
  entity: Entity,
  item: IngestItem,
  named: Named,
  result: IngestItemResult,
  supports: (field: string) => boolean,
) {
  const e = entity as unknown as Writable;
  for (const field of ['title', 'code', 'date', 'details', 'rating100', 'organized'] as const) {
    if (item[field] === undefined) continue;
    if (!supports(field)) {
      result.warnings.push(`${field}: not writable on a ${result.kind} in this Stash`);
      continue;
    }
    e[field] = item[field];
  }
  if (item.urls?.length) {
    const current = (e.urls as string[] | null | undefined) ?? [];
    const merged = [...current, ...item.urls.filter((u) => !current.includes(u))];
    if (merged.length !== current.length) e.urls = merged;
  }
  if (item.studio) e.studio = named.studios.get(item.studio.toLowerCase());
  for (const t of item.tags ?? []) e.tags.add(named.tags.get(t.toLowerCase())!);
  for (const p of item.performers ?? []) e.performers.add(named.performers.get(performerKey(p))!);
  if (item.stash_ids?.length) {
    if (!supports('stash_ids')) result.warnings.push(`stash_ids: a ${result.kind} has none in this Stash`);
    else {
      // stash ids are values, not entities: the orm's list takes a whole new set.
      const list = e.stash_ids as unknown as { toArray(): readonly StashIdRef[]; set(items: StashIdRef[]): void };
      const current = list.toArray();
      const added = item.stash_ids.filter(
        (s) => !current.some((c) => c.endpoint === s.endpoint && c.stash_id === s.stash_id),
      );
      if (added.length) list.set([...current.map(({ endpoint, stash_id }) => ({ endpoint, stash_id })), ...added]);
    }
  }
  if (item.custom_fields && Object.keys(item.custom_fields).length) {
    if (!supports('custom_fields'))
      result.warnings.push(`custom_fields: a ${result.kind} has no custom fields in this Stash`);
    else
      e.custom_fields = { ...((e.custom_fields as Record<string, unknown> | undefined) ?? {}), ...item.custom_fields };
  }
}
