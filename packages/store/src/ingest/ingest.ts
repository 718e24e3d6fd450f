import { StashError, StashInputError } from '@stash-graphql/core';
import type { JobDataFragment } from '@stash-graphql/core/generated';
import {
  captureChanges,
  type Entity,
  type EntityClass,
  Performer,
  type PlannedSave,
  Studio,
  Tag,
} from '@stash-graphql/orm';
import { goTrimSpace } from '../naturalKeys/goText.js';
import { type GetOrCreateOutcome, isRunWide } from '../naturalKeys/NameResolver.js';
import { keyOf } from '../naturalKeys/rules.js';
import type { StashEntityStore } from '../StashEntityStore.js';
import type { IngestItem, IngestItemResult, IngestPerformer, IngestReport } from './IngestItem.js';
import { IngestPlanner, type NameSource } from './planIngest.js';
import { performerKey, prepareItems } from './prepareItems.js';
import { resolveByPath } from './resolveByPath.js';

export interface IngestOptions {
  /** Run metadataScan over the items' paths and wait for it first. Default true. */
  scan?: boolean | undefined;
  /** Progress of the scan job. */
  onScanProgress?: ((job: JobDataFragment) => void) | undefined;
  /** How long to keep looking for files the scan has not produced yet. Default 15 s. */
  resolveTimeoutMs?: number | undefined;
  /** Delay between lookups while waiting. Default 250 ms. */
  resolveIntervalMs?: number | undefined;
  /** Paths per lookup request, at most (a lookup's regex also stays under ~40,000 characters). Default 500. */
  lookupChunk?: number | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Plan only: send no mutation (not even the scan) and return the plan in `report.plan` (see docs/dry-run.md). Reads
   * (paths, names) are sent. Items whose files Stash does not know yet are `needs-scan`: the real run scans first.
   */
  dryRun?: boolean | undefined;
}

/**
 * The downloader's routine as one call: scan the paths and wait, resolve each file's scene/image/gallery by path
 * (retrying briefly while the scan lags), find or create studios, performers and tags by name or alias, and apply a
 * dirty-only update in batches. Lists (tags, performers, urls, stash ids) are added to, never replaced, so running it
 * again on the same input changes nothing and creates nothing.
 */
export async function ingest(
  store: StashEntityStore,
  items: readonly IngestItem[],
  options: IngestOptions & { dryRun: true },
): Promise<IngestReport & { plan: PlannedSave }>;
export async function ingest(
  store: StashEntityStore,
  items: readonly IngestItem[],
  options?: IngestOptions,
): Promise<IngestReport>;
export async function ingest(
  store: StashEntityStore,
  items: readonly IngestItem[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const { results: all, work } = prepareItems(items);
  const report: IngestReport = {
    results: all,
    created: { studios: [], performers: [], tags: [] },
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const results = new Map<IngestItem, IngestItemResult>(work.map((w) => [w.item, w.result]));
  const checked = work.map((w) => w.item);
  const planner = options.dryRun ? new IngestPlanner(store) : undefined;
  if (checked.length) await run(store, checked, results, report, options, planner);
  for (const w of work) {
    for (const d of w.duplicates) Object.assign(d, { ...w.result, warnings: d.warnings, path: d.path });
  }
  for (const r of report.results) {
    if (r.status === 'needs-scan') {
      report.needsScan = (report.needsScan ?? 0) + 1;
      continue;
    }
    if (r.status !== 'failed') r.status = r.changed.length ? 'updated' : 'unchanged';
    report[r.status === 'failed' ? 'failed' : r.status === 'updated' ? 'updated' : 'unchanged']++;
  }
  if (planner) report.plan = planner.plan();
  return report;
}

async function run(
  store: StashEntityStore,
  items: readonly IngestItem[],
  results: Map<IngestItem, IngestItemResult>,
  report: IngestReport,
  options: IngestOptions,
  planner?: IngestPlanner,
): Promise<void> {
  const client = store.client;
  // A cover cannot be read back to compare, so it is only sent for files that had no entity before this scan.
  const withCover = items.filter((i) => i.cover);
  const existedBefore = withCover.length
    ? await resolveByPath(store, withCover, { ...options, resolveTimeoutMs: 0 })
    : new Map();

  // 1. Scan and wait. Stash cannot scan a file whose folder it has never seen ("parent folder ... doesn't exist"),
  // so the items' folders are scanned, each once.
  if (options.scan !== false && planner) planner.scan(scanRoots(items.map((i) => i.path)));
  else if (options.scan !== false) {
    report.scan = await client.scan(
      { paths: scanRoots(items.map((i) => i.path)) },
      { onProgress: options.onScanProgress, signal: options.signal },
    );
  }

  // 2. Resolve by path (a dry run has no scan to wait for).
  const found = await resolveByPath(store, items, planner ? { ...options, resolveTimeoutMs: 0 } : options);
  for (const item of items) {
    const entity = found.get(item.path);
    const result = results.get(item)!;
    if (!entity && planner && options.scan !== false) {
      result.status = 'needs-scan';
      planner.note(`${item.path}: not in Stash yet; the scan would add it, then it would be updated as described`);
    } else if (!entity) {
      result.status = 'failed';
      result.error = new StashInputError(
        `No ${result.kind.toLowerCase()} for ${item.path} after the scan: is the path inside a Stash library folder?`,
      );
    } else result.id = entity.id;
  }

  // 3. Find or create what the items name, once each.
  const names: NameSource = planner ? planner.names() : (cls, wanted) => store.getOrCreateMany(cls, wanted);
  const named = await resolveNames(names, items, report);
  // A dry run applies the items to plan the save, then puts back what the entities held before.
  const restore = planner ? captureChanges(found.values()) : undefined;
  try {
    await applyAndSave(store, items, results, report, options, found, existedBefore, named, planner);
  } finally {
    restore?.();
  }
}

async function applyAndSave(
  store: StashEntityStore,
  items: readonly IngestItem[],
  results: Map<IngestItem, IngestItemResult>,
  report: IngestReport,
  options: IngestOptions,
  found: Map<string, Entity>,
  existedBefore: ReadonlyMap<string, Entity>,
  named: Named,
  planner: IngestPlanner | undefined,
): Promise<void> {
  const client = store.client;

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
  if (planner) {
    planner.save(touched);
    for (const { entity, cover, result } of covers) {
      planner.cover(entity, cover);
      result.changed.push('cover_image');
    }
    return;
  }
  const saved = await store.saveBatch(touched);
  // A broken connection or a refused key is the run's failure, not one item's.
  const runWide = saved.failed.find((f) => isRunWide(f.error));
  if (runWide) throw runWide.error;
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
      if (isRunWide(e) || !(e instanceof StashError)) throw e;
      result.status = 'failed';
      result.error = e;
    }
  }
}

/** The items' folders, without any folder that lies inside another one of them. */
function scanRoots(paths: readonly string[]): string[] {
  const dirs = [...new Set(paths.map((p) => p.replace(/[\\/][^\\/]*$/, '') || '/'))].sort();
  return dirs.filter(
    (d) => !dirs.some((o) => o !== d && (d.startsWith(`${o}/`) || d.startsWith(`${o}\\`) || o === '/')),
  );
}

/** What the items name, resolved: per natural key (see naturalKeys), the entity or the error that item meets. */
interface Named {
  studios: Map<string, GetOrCreateOutcome>;
  performers: Map<string, GetOrCreateOutcome>;
  tags: Map<string, GetOrCreateOutcome>;
}

const performerProps = (p: IngestPerformer) => (typeof p === 'string' ? { name: p } : { ...p });

/** Every name of every item, once each: one getOrCreateMany per type (a lookup, a batched create, a re-lookup). */
async function resolveNames(
  getOrCreateMany: NameSource,
  items: readonly IngestItem[],
  report: IngestReport,
): Promise<Named> {
  const named: Named = { studios: new Map(), performers: new Map(), tags: new Map() };
  const collect = <T>(map: Map<string, GetOrCreateOutcome>, wanted: Map<string, T>, key: string, v: T) => {
    if (!map.has(key) && !wanted.has(key)) wanted.set(key, v);
  };
  const studios = new Map<string, string>();
  const performers = new Map<string, Record<string, unknown>>();
  const tags = new Map<string, string>();
  for (const item of items) {
    if (item.studio) collect(named.studios, studios, keyOf(item.studio), item.studio);
    for (const p of item.performers ?? []) collect(named.performers, performers, performerKey(p), performerProps(p));
    for (const t of item.tags ?? []) collect(named.tags, tags, keyOf(t), t);
  }
  const run = async <T extends string | Record<string, unknown>>(
    cls: EntityClass,
    wanted: Map<string, T>,
    into: Map<string, GetOrCreateOutcome>,
    created: string[],
  ) => {
    if (!wanted.size) return;
    const outcomes = await getOrCreateMany(cls, [...wanted.values()]);
    [...wanted.keys()].forEach((key, i) => {
      const o = outcomes[i] as GetOrCreateOutcome;
      into.set(key, o);
      if (o.ok && o.created) created.push(String((o.entity as unknown as { name: unknown }).name));
    });
  };
  await run(Studio, studios, named.studios, report.created.studios);
  await run(Performer, performers, named.performers, report.created.performers);
  await run(Tag, tags, named.tags, report.created.tags);
  return named;
}

/** The entity a name resolved to; throws the item's error when it could not be resolved. */
function entityOf(map: Map<string, GetOrCreateOutcome>, key: string): Entity {
  const o = map.get(key);
  if (!o) throw new StashInputError(`internal: ${key} was not resolved`);
  if (!o.ok) throw o.error;
  return o.entity;
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
  // Every name first: an item whose name could not be resolved (a conflict) changes nothing.
  const studio = item.studio ? entityOf(named.studios, keyOf(item.studio)) : undefined;
  const tags = (item.tags ?? []).map((t) => entityOf(named.tags, keyOf(t)));
  const performers = (item.performers ?? []).map((p) => entityOf(named.performers, performerKey(p)));
  for (const field of ['title', 'code', 'date', 'details', 'rating100', 'organized'] as const) {
    if (item[field] === undefined) continue;
    if (!supports(field)) {
      result.warnings.push(`${field}: not writable on a ${result.kind} in this Stash`);
      continue;
    }
    // Stash trims text on write (changesetTranslator): compare and send what it will store, so a rerun is a no-op.
    const value = item[field];
    e[field] = typeof value === 'string' ? goTrimSpace(value) : value;
  }
  if (item.urls?.length) {
    const current = (e.urls as string[] | null | undefined) ?? [];
    const wanted = [...new Set(item.urls.map(goTrimSpace))];
    const merged = [...current, ...wanted.filter((u) => !current.includes(u))];
    if (merged.length !== current.length) e.urls = merged;
  }
  if (studio) e.studio = studio;
  for (const t of tags) e.tags.add(t);
  for (const p of performers) e.performers.add(p);
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
