/**
 * Everything codegen writes from the Stash schema: typed documents with their result and variable types, every schema
 * type (inputs, enums such as `CriterionModifier`), the entity metadata the orm reads, the filter and sort tables the
 * store and the fake Stash read, and the operation table `StashClient`'s methods come from.
 *
 * @packageDocumentation
 * @module @stash-graphql/core/generated
 */
export { SCHEMA_AVAILABLE_SINCE } from './__generated__/availability.js';
export * from './__generated__/entityMeta.js';
export * from './__generated__/graphql.js';
export {
  type MutationName,
  OPERATIONS,
  type OperationMap,
  type OperationName,
  StashOperations,
} from './__generated__/operations.js';
export * from './__generated__/schemaTypes.js';
export type {
  AccessorPairs,
  EntityFilterTypes,
  EntitySortOptions,
  FilterLookupTypes,
  FilterRelations,
  LookupValueTypes,
} from './__generated__/typeMaps.js';
export {
  CRITERION_KINDS,
  CRITERION_LOOKUPS,
  type CriterionKind,
  ENTITY_SORT_OPTIONS,
  type Lookup,
} from './__generated__/typeMaps.js';
