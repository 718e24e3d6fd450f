/**
 * The ORDER BY terms Stash builds for a find (pkg/sqlite/<entity>.go get<Entity>Sort, sql.go getSort): the chosen
 * sort, then the name/title tie-breaker every entity but files, folders and markers appends. Only some terms are
 * COLLATE NATURAL_CI; the others compare text bytewise.
 */
import type { SortTerm } from './collation.js';
import type { EntityKind } from './FakeStashState.js';
import type { Row } from './Table.js';

/** Sorts Stash orders with COLLATE NATURAL_CI: getSort's `name` and `title`, and the hand-written path/studio ones. */
const NATURAL_CI_SORTS: Partial<Record<EntityKind, readonly string[]>> = {
  scene: ['title', 'path', 'studio'],
  image: ['title', 'path'],
  gallery: ['title', 'path'],
  performer: ['name'],
  studio: ['name'],
  tag: ['name'],
  group: ['name'],
  sceneMarker: ['title'],
};

/** `COALESCE(<name or title>, id) COLLATE NATURAL_CI ASC`, appended whatever the sort. */
const NATURAL_CI_TIEBREAK: ReadonlySet<EntityKind> = new Set([
  'scene',
  'image',
  'gallery',
  'performer',
  'studio',
  'tag',
  'group',
]);

/** What of a find spec the terms depend on (FindEngine's FindSpec, without importing it). */
export interface SortSpec {
  kind: EntityKind;
  sortKeys?: Record<string, (row: Row) => unknown>;
  tiebreak?: (row: Row) => unknown;
}

export function sortTerms(spec: SortSpec, sort: string, direction: string): SortTerm<Row>[] {
  return [
    {
      key: spec.sortKeys?.[sort] ?? ((r: Row) => r[sort]),
      direction: direction === 'DESC' ? -1 : 1,
      collated: NATURAL_CI_SORTS[spec.kind]?.includes(sort) ?? false,
    },
    {
      key: spec.tiebreak ?? ((r: Row) => Number(r.id)),
      direction: 1,
      collated: NATURAL_CI_TIEBREAK.has(spec.kind),
    },
  ];
}
