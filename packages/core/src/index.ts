/**
 * Typed documents for the whole Stash API and `StashClient`: auth, timeouts, typed errors, safe retries, batched mutations, subscriptions, server-version adaptation, jobs.
 *
 * The documents, their result types and every schema type are generated; import them from
 * `@stash-graphql/core/generated` (`import { FindScenesDocument, CriterionModifier } from '@stash-graphql/core/generated'`).
 *
 * @packageDocumentation
 * @module @stash-graphql/core
 */
export { PRIMARY_STASH_VERSION, STASH_SCHEMA_VERSIONS, type StashSchemaVersion } from './__generated__/versions.js';
export type { UnsupportedInputPolicy } from './adaptRequest.js';
export { brand, hasBrand } from './brand.js';
export {
  answerFields,
  type BatchOperation,
  type BatchOptions,
  type BatchOutcome,
  type BatchResult,
  buildBatchDocument,
  DEFAULT_CHUNK_SIZE,
  type Returning,
} from './executeBatch.js';
export { isSecretKey, REDACTED } from './redact.js';
export type { RequestOptions, SubscriptionOptions } from './requestOptions.js';
export { defaultRetryPolicy, type OperationKind, type RetryOptions } from './retryPolicy.js';
export { type ProbeResult, type SchemaSource, StashCapabilities } from './StashCapabilities.js';
export {
  DEFAULT_WRITE_CONCURRENCY,
  type ExecuteResult,
  StashClient,
  type StashClientOptions,
} from './StashClient.js';
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
  StashJobTimeoutError,
  StashMalformedResponseError,
  StashTimeoutError,
  StashValidationError,
} from './StashError.js';
export type { StashLogger } from './StashLogger.js';
export type { FilterField, SchemaField } from './schemaFields.js';
export { stripTypename } from './stripTypename.js';
export { type ReleaseWrite, WriteScheduler } from './WriteScheduler.js';
export { type JobSource, type WaitForJobOptions, waitForJob } from './waitForJob.js';
