/**
 * Changed-since iteration: every entity whose `updated_at` is after a point, oldest first, with a cursor a tool can
 * persist and resume from.
 *
 * What Stash gives us (v0.30.1, pkg/sqlite/timestamp.go and sql.go): `updated_at` is stored as RFC 3339 text to the
 * second in the server's local zone (`2026-11-29T22:06:33Z`, `…T17:06:42-05:00`) and answered exactly as stored; a
 * TimestampCriterionInput binds its value as text, so comparisons and `sort: updated_at` follow that text. Ties on
 * one second are common (a bulk update stamps thousands of rows alike) and `sort: updated_at` breaks them by
 * title/name, not id. So the keyset is (second, id): seconds in the server's own text (never reformatted), and inside
 * one second the entities in id order (`sort: id` is total). Scenes, images and galleries have an `id` criterion and
 * page a second by `id > last`; the other types page it by offset, skipping ids already seen and stepping back when
 * the second's count drops (an entity updated again leaves it for a later second, shifting the rest back).
 *
 * A second can still gain entities while it is current, or shortly after (a mutation takes its stamp before it waits
 * for SQLite's write lock: scenePartialFromInput runs before withTxn), and Stash cannot tell a second change within
 * the same second from the first: the cursor never moves past a second read less than `settleMs` after it ended (by this machine's
 * clock). Such a second is yielded now and again after a resume, so nothing updated during an iteration is missed.
 */
import type { StashCapabilities } from '@stash-graphql/core';
import { ENTITY_META } from '@stash-graphql/core/generated';
import type { Entity, EntityClass } from '@stash-graphql/orm';
import { type Lookups, Q, type QExpr } from './Q.js';
import { StashStoreError } from './StashStoreError.js';

type Filter = Record<string, unknown>;
type Filters = Lookups | QExpr;

/** Where an iteration stands, as plain JSON: persist it and pass it back as `since` to resume. */
export interface ChangedSinceCursor {
  readonly v: 1;
  /** The entity type it was made for. */
  readonly type: string;
  /** A second as the server writes it (`updated_at` text); null: from the oldest entity (or from `floor`). */
  readonly ts: string | null;
  /** Inside second `ts`: ids up to this one are done (`'0'`: none); null: the whole second is done. */
  readonly id: string | null;
  /** Only entities updated after this instant (ISO), while the server's text for it is not known yet. */
  readonly floor?: string;
}

/** A Date or ISO timestamp (only later changes), null (every entity), or a cursor saved from an earlier run. */
export type ChangedSinceStart = Date | string | null | ChangedSinceCursor;

export interface ChangedSinceOptions {
  /** Entities per request. Default 500. */
  pageSize?: number | undefined;
  /** Extra `a__b` paths to read with each entity (every field of the type is read anyway). */
  fields?: readonly string[] | undefined;
  /**
   * How long after a second ends (by this machine's clock) it is taken as closed: later seconds are re-read after a
   * resume. Raise it when the server's clock is behind this machine's or writes wait long for SQLite's lock.
   * Default 5000 ms.
   */
  settleMs?: number | undefined;
}

/** What the store lends an iteration: compiled filters, weakly held pages, its clock. */
export interface ChangedSinceSource<E extends Entity> {
  capabilities(): Promise<StashCapabilities>;
  /** Compiles lookups/Q for this type's filter (throws StashStoreError on bad input). */
  compile(filters: Filters): Promise<Filter>;
  /** One page, hydrated into the identity map weakly; `count` is the total the filter matches. */
  page(filter: Filter, page: Filter, fields: readonly string[] | undefined): Promise<{ entities: E[]; count: number }>;
  clock(): number;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const CURSOR_KEYS = ['v', 'type', 'ts', 'id', 'floor'];
/** Stash formats time in its own zone; a `since` far from now may be an hour off it (summer time). */
const ZONE_MARGIN_MS = 3_600_000;

/** The types changedSince can read: a find query and an `updated_at` field. */
export function changedSinceTypes(): string[] {
  return Object.values(ENTITY_META)
    .filter((m) => m.find?.resultField && m.fields.updated_at)
    .map((m) => m.typename);
}

interface Position {
  ts: string | null;
  id: string | null;
  floor: number | null;
}

/**
 * An async iterable of the entities changed since a point, oldest first (by second, then id). `cursor` is where it
 * stands after the last entity handed out; iterating again continues from there.
 */
export class ChangedSince<E extends Entity> implements AsyncIterable<E> {
  readonly #cls: EntityClass;
  readonly #filters: Filters;
  readonly #pageSize: number;
  readonly #fields: readonly string[] | undefined;
  readonly #settleMs: number;
  readonly #src: ChangedSinceSource<E>;
  #pos: Position;
  /** The first second of this run that was read while it could still change: the cursor stays there. */
  #hold: string | null = null;
  #running = false;

  constructor(
    cls: EntityClass,
    since: ChangedSinceStart,
    filters: Filters,
    options: ChangedSinceOptions,
    src: ChangedSinceSource<E>,
  ) {
    const typename = (cls as Partial<EntityClass> | undefined)?.typename;
    const types = changedSinceTypes();
    if (typeof typename !== 'string' || !types.includes(typename)) {
      throw new StashStoreError('unknown-type', `changedSince needs an entity class with updated_at`, types);
    }
    this.#cls = cls;
    this.#filters = filters;
    this.#pageSize = options.pageSize ?? 500;
    if (!Number.isInteger(this.#pageSize) || this.#pageSize < 1) {
      throw new StashStoreError('invalid-value', `pageSize must be a positive integer, got ${options.pageSize}`);
    }
    this.#settleMs = options.settleMs ?? 5000;
    if (typeof this.#settleMs !== 'number' || !(this.#settleMs >= 0) || !Number.isFinite(this.#settleMs)) {
      throw new StashStoreError(
        'invalid-value',
        `settleMs must be a number of milliseconds ≥ 0, got ${options.settleMs}`,
      );
    }
    this.#fields = options.fields;
    this.#src = src;
    this.#pos = startOf(typename, since);
  }

  /** Where the iteration stands: JSON-serialisable; pass it back as `since` to resume. */
  get cursor(): ChangedSinceCursor {
    const type = this.#cls.typename;
    const { ts, id, floor } = this.#hold === null ? this.#pos : { ...this.#pos, ts: this.#hold, id: '0' };
    return floor === null ? { v: 1, type, ts, id } : { v: 1, type, ts, id, floor: new Date(floor).toISOString() };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<E> {
    if (this.#running) {
      throw new StashStoreError(
        'invalid-value',
        'this changedSince iteration is already running; iterate it once at a time',
      );
    }
    this.#running = true;
    // Resume where the cursor says (a held second is read again).
    this.#pos = { ...this.#pos, ...(this.#hold !== null ? { ts: this.#hold, id: '0' } : {}) };
    this.#hold = null;
    try {
      const caps = await this.#src.capabilities();
      const filterType = ENTITY_META[this.#cls.typename as keyof typeof ENTITY_META].find?.filterType ?? '';
      const shape = caps.fields(filterType);
      if (shape?.get('updated_at')?.type !== 'TimestampCriterionInput') {
        throw new StashStoreError('unsupported', `${filterType} on this Stash (${caps.version}) has no updated_at`);
      }
      const byId = shape.get('id')?.type === 'IntCriterionInput';
      await this.#src.compile(this.#filters); // bad filters fail here, before any read
      if (this.#pos.ts === null && this.#pos.floor !== null) await this.#locate(this.#pos.floor);
      for (;;) {
        if (this.#pos.id !== null) {
          yield* this.#second(this.#pos.ts as string, byId);
          continue;
        }
        const more = yield* this.#after();
        if (!more) return;
      }
    } finally {
      this.#running = false;
    }
  }

  /**
   * Turns a `since` instant into the server's text, in its zone as read off the newest entity: by id, not by
   * updated_at, because after a change of the server's zone the old zone's text may sort highest.
   */
  async #locate(floor: number): Promise<void> {
    const { entities } = await this.#src.page({}, { sort: 'id', direction: 'DESC', per_page: 1, page: 1 }, []);
    const sample = stampOf(entities[0]);
    const zone = /[+-]\d{2}:\d{2}$/.exec(sample ?? '')?.[0];
    const shift = zone ? offsetMs(zone) : 0;
    const at = Math.floor(floor / 1000) * 1000 - (zone ? ZONE_MARGIN_MS : 0);
    this.#pos = { ts: `${new Date(at + shift).toISOString().slice(0, 19)}${zone ?? 'Z'}`, id: null, floor };
  }

  #filter(extra: Record<string, unknown>): Promise<Filter> {
    return this.#src.compile(Q().and(this.#filters, extra));
  }

  /** A second is closed once it ended `settleMs` before a read began; else the cursor holds at it. */
  #note(ts: string, readAt: number): void {
    if (this.#hold === null && Date.parse(ts) + 1000 + this.#settleMs > readAt) this.#hold = ts;
  }

  /** Hands out one entity and moves the position past it. */
  #emit(e: E, ts: string): boolean {
    this.#pos = { ts, id: e.id, floor: this.#pos.floor };
    const floor = this.#pos.floor;
    // Past the floor every later second is too (the server's text sorts by time): the cursor can drop it.
    if (floor !== null && Date.parse(ts) > floor) this.#pos.floor = null;
    return floor === null || Date.parse(ts) > floor;
  }

  /** Seconds after the current one, a page at a time; whole seconds are handed out, a cut-off last one is not. */
  async *#after(): AsyncGenerator<E, boolean> {
    const { ts } = this.#pos;
    const filter = await this.#filter(ts === null ? {} : { updated_at__gt: ts });
    const readAt = this.#src.clock();
    const page = { sort: 'updated_at', direction: 'ASC', per_page: this.#pageSize, page: 1 };
    const { entities } = await this.#src.page(filter, page, this.#fields);
    if (!entities.length) return false;
    const full = entities.length >= this.#pageSize;
    const groups = groupBySecond(entities);
    entities.length = 0; // the groups hold the page now, and let go of each entity as it is handed out
    // On a full page the last second may continue on the next one: it is read again on its own, by id.
    const last = full ? groups.pop()?.[0] : undefined;
    for (const [second, group] of groups) {
      this.#note(second, readAt);
      group.sort(byId);
      for (let i = 0; i < group.length; i++) {
        const e = group[i] as E;
        (group as (E | undefined)[])[i] = undefined;
        if (this.#emit(e, second)) yield e;
      }
      this.#pos = { ...this.#pos, ts: second, id: null };
    }
    if (last !== undefined) this.#pos = { ...this.#pos, ts: last, id: '0' };
    return full;
  }

  /** The rest of one second in id order: by `id > last` where the filter has an id criterion, else by offset. */
  async *#second(ts: string, byId: boolean): AsyncGenerator<E> {
    const size = this.#pageSize;
    let n = 1;
    let known: number | null = null;
    for (;;) {
      const last = Number(this.#pos.id);
      const filter = await this.#filter(byId ? { updated_at__exact: ts, id__gt: last } : { updated_at__exact: ts });
      const readAt = this.#src.clock();
      const page = { sort: 'id', direction: 'ASC', per_page: size, page: byId ? 1 : n };
      const { entities, count } = await this.#src.page(filter, page, this.#fields);
      this.#note(ts, readAt);
      if (!byId && known !== null && count < known) {
        // Entities left this second (updated again): what followed moved back by as many places.
        n = Math.max(1, n - Math.ceil((known - count) / size));
        known = count;
        continue;
      }
      known = count;
      for (let i = 0; i < entities.length; i++) {
        const e = entities[i] as E;
        (entities as (E | undefined)[])[i] = undefined;
        if (Number(e.id) <= last) continue;
        if (this.#emit(e, ts)) yield e;
      }
      if (entities.length < size) break;
      n++;
    }
    this.#pos = { ...this.#pos, id: null };
  }
}

function startOf(type: string, since: ChangedSinceStart): Position {
  if (since === null) return { ts: null, id: null, floor: null };
  if (since instanceof Date) {
    if (Number.isNaN(since.getTime())) throw badSince('an Invalid Date');
    return { ts: null, id: null, floor: since.getTime() };
  }
  if (typeof since === 'string') {
    if (!ISO.test(since) || Number.isNaN(Date.parse(since))) throw badSince(JSON.stringify(since));
    return { ts: null, id: null, floor: Date.parse(since) };
  }
  if (typeof since !== 'object' || Array.isArray(since)) throw badSince(String(since));
  return fromCursor(type, since);
}

function badSince(got: string): StashStoreError {
  return new StashStoreError(
    'invalid-value',
    `changedSince: since must be a Date, an ISO timestamp with a zone ('2026-01-31T12:00:00Z'), null or a cursor; got ${got}`,
  );
}

function fromCursor(type: string, c: ChangedSinceCursor): Position {
  const bad = (why: string) =>
    new StashStoreError('invalid-value', `changedSince: malformed cursor (${why}): ${JSON.stringify(c)}`, CURSOR_KEYS);
  for (const k of Object.keys(c)) if (!CURSOR_KEYS.includes(k)) throw bad(`unknown key ${k}`);
  if (c.v !== 1) throw bad('v must be 1');
  if (c.type !== type) throw bad(`it was made for ${JSON.stringify(c.type)}, not ${type}`);
  if (c.ts !== null && (typeof c.ts !== 'string' || !ISO.test(c.ts) || Number.isNaN(Date.parse(c.ts)))) {
    throw bad('ts must be null or a timestamp the server wrote');
  }
  if (c.id !== null && (typeof c.id !== 'string' || !/^\d+$/.test(c.id))) throw bad('id must be null or an id');
  if (c.ts === null && c.id !== null) throw bad('id needs a ts');
  let floor: number | null = null;
  if (c.floor !== undefined) {
    if (typeof c.floor !== 'string' || !ISO.test(c.floor) || Number.isNaN(Date.parse(c.floor))) {
      throw bad('floor must be an ISO timestamp');
    }
    floor = Date.parse(c.floor);
  }
  return { ts: c.ts, id: c.id, floor };
}

function stampOf(e: Entity | undefined): string | undefined {
  const v = (e as unknown as { updated_at?: unknown } | undefined)?.updated_at;
  return typeof v === 'string' ? v : undefined;
}

function offsetMs(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
}

/** Consecutive entities of one second, in the server's order (by its text). */
function groupBySecond<E extends Entity>(entities: readonly E[]): [string, E[]][] {
  const out: [string, E[]][] = [];
  for (const e of entities) {
    const ts = stampOf(e);
    if (ts === undefined) throw new Error(`${e.typename} ${e.id} came back without updated_at`);
    const tail = out.at(-1);
    if (tail && tail[0] === ts) tail[1].push(e);
    else out.push([ts, [e]]);
  }
  return out;
}

const byId = (a: Entity, b: Entity) => Number(a.id) - Number(b.id);
