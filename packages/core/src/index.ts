export * from './__generated__/graphql.js';
export { OPERATIONS, type OperationMap, type OperationName, type MutationName, StashOperations } from './__generated__/operations.js';
export { STASH_SCHEMA_VERSIONS, PRIMARY_STASH_VERSION, type StashSchemaVersion } from './__generated__/versions.js';
export { StashClient, type StashClientOptions, type ExecuteResult } from './StashClient.js';
export {
  StashError,
  type StashErrorKind,
  StashInputError,
  StashConnectionError,
  StashTimeoutError,
  StashAbortError,
  StashHttpError,
  StashAuthError,
  StashValidationError,
  StashExecutionError,
  StashDatabaseLockedError,
  type StashGraphQLErrorDetail,
  isStashError,
} from './StashError.js';
export { defaultRetryPolicy, type RetryOptions, type OperationKind } from './retryPolicy.js';
export type { RequestOptions, SubscriptionOptions } from './requestOptions.js';
export type { StashLogger } from './StashLogger.js';
export { stripTypename } from './stripTypename.js';
export { buildBatchDocument, type BatchOperation, type BatchOutcome, type BatchResult, type BatchOptions } from './executeBatch.js';
