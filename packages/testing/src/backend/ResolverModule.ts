import type { BackendContext } from './BackendContext.js';
import { compareNaturalCI } from './collation.js';
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

/** Sort like Stash's `ORDER BY name COLLATE NATURAL_CI`. */
export function byName(rows: Row[], key = 'name'): Row[] {
  return rows.sort((a, b) => naturalCompare(String(a[key] ?? ''), String(b[key] ?? '')));
}

/** `COLLATE NATURAL_CI` as a sort comparator (see collation.ts). */
export const naturalCompare = compareNaturalCI;
