/**
 * An identity map with TTL, Django-style filters, lazy pagination, populate, get-or-create, saveAll and `ingest`.
 *
 * @packageDocumentation
 * @module @stash-graphql/store
 */
export {
  ChangedSince,
  type ChangedSinceCursor,
  type ChangedSinceOptions,
  type ChangedSinceStart,
  changedSinceTypes,
} from './changedSince.js';
export { compileFilter } from './compileFilter.js';
export { createStash } from './createStash.js';
export * from './ingest/index.js';
export * from './naturalKeys/index.js';
export type { PlanOptions } from './PlanOptions.js';
export { type Lookups, Q, QExpr } from './Q.js';
export {
  type Filters,
  type FindOptions,
  type GetOptions,
  StashEntityStore,
  type StashEntityStoreOptions,
} from './StashEntityStore.js';
export { StashStoreError, type StashStoreErrorCode } from './StashStoreError.js';
export { StoreIdentityMap } from './StoreIdentityMap.js';
export type { DateString, FilterLookups, FiltersOf, IdOf, LookupsOf, OwnLookups, SortKeyOf } from './types/lookups.js';
export type { FieldPathOf, GetOrCreateProps, PopulatePath, SortKey } from './types/storeTypes.js';
