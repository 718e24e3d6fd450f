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
export { PRIMARY_STASH_VERSION, STASH_SCHEMA_VERSIONS, type StashSchemaVersion } from './__generated__/versions.js';
export type { UnsupportedInputPolicy } from './adaptRequest.js';
export {
  type BatchOperation,
  type BatchOptions,
  type BatchOutcome,
  type BatchResult,
  buildBatchDocument,
} from './executeBatch.js';
export type { RequestOptions, SubscriptionOptions } from './requestOptions.js';
export { defaultRetryPolicy, type OperationKind, type RetryOptions } from './retryPolicy.js';
export { type ProbeResult, StashCapabilities } from './StashCapabilities.js';
export { type ExecuteResult, StashClient, type StashClientOptions } from './StashClient.js';
export {
  isStashError,
  StashAbortError,
  StashAuthError,
  StashCapabilityError,
  StashConnectionError,
  StashDatabaseLockedError,
  StashError,
  type StashErrorKind,
  StashExecutionError,
  type StashGraphQLErrorDetail,
  StashHttpError,
  StashInputError,
  StashJobError,
  StashTimeoutError,
  StashValidationError,
} from './StashError.js';
export type { StashLogger } from './StashLogger.js';
export { stripTypename } from './stripTypename.js';
export { type JobSource, type WaitForJobOptions, waitForJob } from './waitForJob.js';
