import type { BackendContext } from './BackendContext.js';
import { compareRowsLikeSqlite } from './collation.js';
import type { EntityStore } from './EntityStore.js';
import type { EntityKind } from './FakeStashState.js';
import type { Row } from './Table.js';

export type RootResolver = (args: Record<string, unknown>) => unknown;

/** What each entity module contributes to the root value. */
export interface ResolverModule {
  query?: Record<string, RootResolver>;
  mutation?: Record<string, RootResolver>;
  stores?: Partial<Record<EntityKind, EntityStore>>;
}

/** Stash image URLs carry `?t=<updated_at unix>` as a cache buster, and `default=true` when unset. */
export function imageUrl(ctx: BackendContext, path: string, row: Row, hasImage: boolean): string {
  const t = Math.floor(Date.parse(row.updated_at) / 1000);
  return `${ctx.baseUrl}/${path}?t=${t}${hasImage ? '' : '&default=true'}`;
}

/**
 * Sort like Stash's `ORDER BY name COLLATE NATURAL_CI` over a join read in id order (the join table's primary key):
 * names the collation cannot tell apart (`émile`, `Émile`) come out the later-read one first, as SQLite's sorter
 * leaves them (see compareRowsLikeSqlite).
 */
export function byName(rows: Row[], key: string | ((row: Row) => unknown) = 'name'): Row[] {
  const read = typeof key === 'string' ? (r: Row) => r[key] ?? '' : key;
  const terms = [{ key: read, direction: 1 as const, collated: true }];
  return rows.sort((a, b) => compareRowsLikeSqlite(a, b, terms, (r) => Number(r.id)));
}

/** Tags of an entity: `ORDER BY COALESCE(tags.sort_name, tags.name) COLLATE NATURAL_CI ASC` (tables.go tagTableSort). */
export function byTagSort(rows: Row[]): Row[] {
  return byName(rows, (r) => (r.sort_name as string | null) || r.name);
}

/** A join Stash reads without ORDER BY (scene / image / gallery performers): its primary key's order, by id. */
export function byId(rows: Row[]): Row[] {
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}
